#pragma once

#include <atomic>
#include <csignal>
#include <functional>
#include <memory>

class BackgroundQuery;
class QObject;
class QSocketNotifier;

/**
 * Routes SIGINT / SIGTERM / SIGHUP to `query` while it lives, then restores the previous handlers:
 * InterruptGuard's immediate exit would leave QSaveFile's temporary file behind, and would leave a
 * VACUUM or REINDEX running on the server after the client is gone. The handler only writes to a pipe;
 * the event loop reads it and cancels the query on the server.
 */
class CancelOnSignal
{
public:
    explicit CancelOnSignal(BackgroundQuery *query);
    // For commands that wait on the event loop without a query (watch): `handler` runs in
    // `context`'s thread, from the event loop, never in the signal handler.
    CancelOnSignal(QObject *context, std::function<void()> handler);
    // For jobs that poll a flag between steps without an event loop (pg_dump, pg_restore): the
    // handler sets `flag` (cleared here first) and nothing else.
    explicit CancelOnSignal(std::atomic<bool> *flag);
    ~CancelOnSignal();
    CancelOnSignal(const CancelOnSignal &) = delete;
    CancelOnSignal &operator=(const CancelOnSignal &) = delete;

private:
    void install();

    static constexpr int Signals[3] = {SIGINT, SIGTERM, SIGHUP};
    struct sigaction m_previous[3];
    int m_pipe[2] = {-1, -1};
    bool m_installed = false;
    std::unique_ptr<QSocketNotifier> m_notifier;
};
