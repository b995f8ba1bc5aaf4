#pragma once

#include "db/backgroundquery.h"
#include "foundation/result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

/** Where a maintenance run is: which table, and what the server's progress view says about it. */
struct MaintenanceProgress
{
    QString table;
    int tableNumber = 0;  // 1-based
    int tableCount = 0;
    bool waitingForLock = false;  // queued behind another session's lock on the table
    QString phase;                // the server's phase ("scanning heap", "building index", …); empty when none yet
    qint64 blocksDone = 0;
    qint64 blocksTotal = 0;
};

/**
 * VACUUM (ANALYZE), VACUUM (FULL, ANALYZE) and REINDEX TABLE CONCURRENTLY on WaQtor's tables, one table
 * at a time on a BackgroundQuery, while a timer on the caller's thread reads pg_stat_progress_vacuum /
 * _cluster / _analyze / _create_index for that process from a second connection (`observer`).
 */
class Maintenance
{
public:
    enum class Operation { Vacuum, VacuumFull, Reindex };
    using Progress = std::function<void(const MaintenanceProgress &)>;
    using Done = std::function<void(const Result<QStringList> &tablesDone)>;

    Maintenance(const ConnectionSettings &settings, QSqlDatabase observer);

    // `tables`: names of WaQtor tables (an empty list is all seven); any other name fails at once, as Invalid.
    void start(Operation operation, const QStringList &tables, Progress progress, Done done);
    // start() and wait for the end (events processed meanwhile, so progress and cancel still come).
    Result<QStringList> run(Operation operation, const QStringList &tables, Progress progress);
    // From any thread: stops the running statement on the server; the run ends Interrupted.
    void cancel() { m_query.cancel(); }
    BackgroundQuery *query() { return &m_query; }

private:
    struct Shared;
    void poll();

    QSqlDatabase m_observer;
    std::shared_ptr<Shared> m_shared;
    Progress m_progress;
    QTimer m_timer;
    BackgroundQuery m_query;  // last: its destructor waits for the worker, which writes into m_shared
};
