#pragma once

#include <csignal>
#include <memory>

class BackgroundQuery;
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
    ~CancelOnSignal();
    CancelOnSignal(const CancelOnSignal &) = delete;
    CancelOnSignal &operator=(const CancelOnSignal &) = delete;

private:
    static constexpr int Signals[3] = {SIGINT, SIGTERM, SIGHUP};
    struct sigaction m_previous[3];
    int m_pipe[2];
    std::unique_ptr<QSocketNotifier> m_notifier;
};
