#pragma once

#include "db/connectionsettings.h"
#include "foundation/result.h"
#include "live/changeevent.h"

#include <QList>
#include <QObject>
#include <atomic>
#include <memory>

class QSocketNotifier;
class QTimer;

/**
 * LISTENs for migration 0009's change notifications on a connection of its own and emits each one
 * parsed. When that connection drops (the server restarted, a backend was terminated, the network
 * went) it says so, retries with growing pauses, and once back LISTENs again and says so: whatever
 * changed meanwhile was never announced, so listeners reload then. Lives on one thread (the one it
 * was started on): its connection is opened, read and closed there.
 */
class ChangeListener : public QObject
{
    Q_OBJECT

public:
    explicit ChangeListener(ConnectionSettings settings, QObject *parent = nullptr);
    ~ChangeListener() override;

    // Connects and LISTENs; a failure is reported through lost() and retried like a drop.
    void start();
    // Closes the connection and stops retrying.
    void stop();
    // Retries at once instead of waiting for the next attempt (the banner's "Reconnect now").
    void reconnectNow();

    bool isListening() const { return m_conn != nullptr; }
    // The server process of the listening connection, 0 while there is none (tests terminate it).
    // Any thread.
    int backendPid() const { return m_backendPid.load(); }
    // Pauses between attempts, the last one repeating (default 1, 2, 4, 8, 15, 30 seconds).
    void setRetryDelays(const QList<int> &msecs) { m_delays = msecs; }
    // How often an idle connection is checked (default 10 s): a peer that vanished without closing
    // the socket is noticed by the next check rather than never.
    void setHeartbeatInterval(int msecs);

signals:
    void changed(const ChangeEvent &event);
    // Listening (again): changes made while not listening were not announced.
    void listening();
    // Listening stopped or could not start; `error` says why. Retries follow (retryScheduled).
    void lost(const Error &error);
    void retryScheduled(int msecs);

private:
    void connectNow();
    void readNotifications();
    void checkAlive();
    void drop(const Error &why);
    void close();
    void scheduleRetry();

    ConnectionSettings m_settings;
    QString m_connectionName;
    struct pg_conn *m_conn = nullptr;  // libpq's handle under the QPSQL connection, while listening
    std::atomic<int> m_backendPid{0};  // read from other threads (a window's tests)
    std::unique_ptr<QSocketNotifier> m_notifier;
    QTimer *m_retry = nullptr;
    QTimer *m_heartbeat = nullptr;
    QList<int> m_delays{1000, 2000, 4000, 8000, 15000, 30000};
    int m_attempt = 0;
    bool m_running = false;
};
