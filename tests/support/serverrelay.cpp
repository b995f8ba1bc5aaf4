#include "serverrelay.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

class ServerRelay::Worker : public QObject
{
public:
    explicit Worker(quint16 serverPort) : m_serverPort(serverPort) {}

    // On the relay's thread.
    quint16 listen(quint16 port)
    {
        if (!m_server) {
            m_server = new QTcpServer(this);
            connect(m_server, &QTcpServer::newConnection, this, &Worker::accept);
        }
        return m_server->listen(QHostAddress::LocalHost, port) ? m_server->serverPort() : 0;
    }
    void close()
    {
        m_server->close();
        // Both ends at once, as when the server's process ends: the client reads end of file.
        for (QTcpSocket *socket : findChildren<QTcpSocket *>())
            socket->abort();
        qDeleteAll(findChildren<QTcpSocket *>());
    }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            client->setParent(this);
            auto *upstream = new QTcpSocket(this);
            QPointer<QTcpSocket> c(client), u(upstream);
            connect(client, &QTcpSocket::readyRead, this, [c, u] { if (c && u && u->state() == QAbstractSocket::ConnectedState) u->write(c->readAll()); });
            connect(upstream, &QTcpSocket::connected, this, [c, u] { if (c && u) u->write(c->readAll()); });
            connect(upstream, &QTcpSocket::readyRead, this, [c, u] { if (c && u) c->write(u->readAll()); });
            connect(upstream, &QTcpSocket::disconnected, this, [c] { if (c) c->disconnectFromHost(); });
            connect(client, &QTcpSocket::disconnected, this, [u] { if (u) u->disconnectFromHost(); });
            upstream->connectToHost(QHostAddress::LocalHost, m_serverPort);
        }
    }

    quint16 m_serverPort;
    QTcpServer *m_server = nullptr;
};

ServerRelay::ServerRelay(quint16 serverPort) : m_worker(new Worker(serverPort))
{
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    up();
}

ServerRelay::~ServerRelay()
{
    m_thread.quit();
    m_thread.wait();
}

bool ServerRelay::up()
{
    quint16 port = 0;
    QMetaObject::invokeMethod(m_worker, [this, &port] { port = m_worker->listen(m_port); }, Qt::BlockingQueuedConnection);
    if (port)
        m_port = port;
    return port != 0;
}

void ServerRelay::down()
{
    QMetaObject::invokeMethod(m_worker, [this] { m_worker->close(); }, Qt::BlockingQueuedConnection);
}
