#include "live/changelistener.h"

#include "db/database.h"
#include "db/libpqconnection.h"
#include "foundation/sqlerrortext.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <libpq-fe.h>

#include <atomic>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChangeListener)
};

std::atomic<quint64> g_nextListener{0};

} // namespace

ChangeListener::ChangeListener(ConnectionSettings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)),
      m_connectionName(QStringLiteral("waqtor-listener-%1").arg(++g_nextListener)), m_retry(new QTimer(this)),
      m_heartbeat(new QTimer(this))
{
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &ChangeListener::connectNow);
    m_heartbeat->setInterval(10000);
    connect(m_heartbeat, &QTimer::timeout, this, &ChangeListener::checkAlive);
}

ChangeListener::~ChangeListener()
{
    close();
}

void ChangeListener::setHeartbeatInterval(int msecs)
{
    m_heartbeat->setInterval(msecs);
}

void ChangeListener::start()
{
    m_running = true;
    m_attempt = 0;
    connectNow();
}

void ChangeListener::stop()
{
    m_running = false;
    m_retry->stop();
    close();
}

void ChangeListener::reconnectNow()
{
    if (!m_running || isListening())
        return;
    m_retry->stop();
    connectNow();
}

void ChangeListener::connectNow()
{
    if (!m_running || isListening())
        return;
    {
        const auto db = Database::connect(m_settings, m_connectionName);
        if (!db) {
            emit lost(db.error());
            scheduleRetry();
            return;
        }
        QSqlQuery q(db.value());
        // The channel is a constant: nothing of the user's reaches this statement.
        if (!q.exec(QStringLiteral("LISTEN %1").arg(QLatin1String(ChangeEvent::Channel)))
            || !q.exec(QStringLiteral("SELECT pg_backend_pid()")) || !q.next()) {
            const Error error = SqlErrorText::toError(Tr::tr("Could not listen for changes on %1")
                                                          .arg(m_settings.describe()), q.lastError());
            q = QSqlQuery();
            Database::disconnect(m_connectionName);
            emit lost(error);
            scheduleRetry();
            return;
        }
        m_backendPid = q.value(0).toInt();
        m_conn = LibPqConnection::handle(db.value());
    }
    m_attempt = 0;
    m_notifier = std::make_unique<QSocketNotifier>(PQsocket(m_conn), QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &ChangeListener::readNotifications);
    m_heartbeat->start();
    emit listening();
    // A notification may have come in with the LISTEN's own reply: libpq keeps it, the socket stays quiet.
    readNotifications();
}

void ChangeListener::readNotifications()
{
    if (!m_conn)
        return;
    // A dropped connection makes the socket readable (end of file): consuming then fails.
    const bool read = PQconsumeInput(m_conn) == 1;
    while (PGnotify *notify = PQnotifies(m_conn)) {
        const QByteArray payload(notify->extra);
        const bool ours = qstrcmp(notify->relname, ChangeEvent::Channel) == 0;
        PQfreemem(notify);
        if (!ours)
            continue;
        if (const auto event = ChangeEvent::parse(payload))
            emit changed(event.value());
        if (!m_conn)
            return;  // a receiver stopped us
    }
    if (!read || PQstatus(m_conn) == CONNECTION_BAD)
        drop(Error::database(Tr::tr("Lost the connection to %1; changes made by others are not shown until it is back.")
                                 .arg(m_settings.describe()),
                             QString::fromLocal8Bit(PQerrorMessage(m_conn)).trimmed()));
}

void ChangeListener::checkAlive()
{
    if (!m_conn)
        return;
    QString failure;
    {
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        if (q.exec(QStringLiteral("SELECT 1")))
            failure.clear();
        else
            failure = q.lastError().text();
    }
    if (failure.isEmpty() && PQstatus(m_conn) != CONNECTION_BAD) {
        readNotifications();  // any that arrived with the answer
        return;
    }
    drop(Error::database(Tr::tr("Lost the connection to %1; changes made by others are not shown until it is back.")
                             .arg(m_settings.describe()),
                         failure.trimmed()));
}

void ChangeListener::drop(const Error &why)
{
    close();
    emit lost(why);
    scheduleRetry();
}

void ChangeListener::close()
{
    m_heartbeat->stop();
    m_notifier.reset();
    m_conn = nullptr;
    m_backendPid = 0;
    if (QSqlDatabase::contains(m_connectionName))
        Database::disconnect(m_connectionName);
}

void ChangeListener::scheduleRetry()
{
    if (!m_running || m_delays.isEmpty())
        return;
    const int delay = m_delays.at(qMin(m_attempt, int(m_delays.size()) - 1));
    ++m_attempt;
    m_retry->start(delay);
    emit retryScheduled(delay);
}
