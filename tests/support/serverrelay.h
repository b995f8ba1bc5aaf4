#pragma once

#include <QObject>
#include <QThread>

class QTcpServer;

/**
 * A TCP relay to the test server on a thread of its own, standing for a database server that goes
 * away and comes back: down() closes its port and cuts every relayed connection (as a restart does),
 * up() listens on the same port again. The shared test cluster itself is never touched, so tests
 * running beside this one keep their server.
 */
class ServerRelay
{
public:
    explicit ServerRelay(quint16 serverPort);
    ~ServerRelay();
    ServerRelay(const ServerRelay &) = delete;
    ServerRelay &operator=(const ServerRelay &) = delete;

    quint16 port() const { return m_port; }
    bool up();
    void down();

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr;
    quint16 m_port = 0;
};
