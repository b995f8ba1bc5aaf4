#pragma once

#include "db/backgroundquery.h"

#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

/**
 * One statement running on a connection of its own (a BackgroundQuery) while the test goes on: a
 * pg_sleep to be found, cancelled or terminated, or a query waiting for a lock the test holds.
 */
class RunningStatement
{
public:
    RunningStatement(const ConnectionSettings &settings, const QString &sql);
    RunningStatement(const RunningStatement &) = delete;
    RunningStatement &operator=(const RunningStatement &) = delete;

    // Waits (events processed) until the statement runs on the server, and for `waitEventType`
    // ("Lock", "Timeout") when given; false after `timeoutMs`.
    bool waitUntilRunning(QSqlDatabase observer, const QString &waitEventType = {}, int timeoutMs = 10000);
    int pid() const { return m_pid->load(); }
    bool finished() const { return m_status.has_value(); }
    // Once finished(): how it ended (cancelled and terminated statements fail).
    Status status() const { return m_status.value_or(Status()); }
    QString failureText() const { return m_status ? m_status->error().message + u' ' + m_status->error().detail : QString(); }

private:
    std::shared_ptr<std::atomic<int>> m_pid = std::make_shared<std::atomic<int>>(0);
    std::optional<Status> m_status;
    BackgroundQuery m_query;  // last: destroyed (cancelled, waited for) before the members it reports into
};
