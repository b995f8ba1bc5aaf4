#pragma once

#include "foundation/result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <optional>

/** One server process working for a client of this database, as pg_stat_activity shows it. */
struct BackendActivity
{
    int pid = 0;
    QString user;
    QString state;            // active, idle in transaction, …; empty when the role may not see it
    double durationSeconds = 0;  // of the running statement, or of the open transaction when idle in one
    QString waitEventType;
    QString waitEvent;
    QString query;            // at most QueryLength characters
    bool queryTruncated = false;

    QJsonObject toJson() const;
};

/** A blocked process next to one process it waits for (pg_blocking_pids), the guide's "Database Locks". */
struct LockWait
{
    BackendActivity blocked;
    BackendActivity blocking;
    QString lockMode;     // the lock the blocked process waits for, e.g. AccessShareLock
    QString lockTarget;   // the table, or the kind of lock (transactionid, …)

    QJsonObject toJson() const;
};

/** What the server is doing for this database: long-running statements and who blocks whom. */
class ServerActivity
{
public:
    static constexpr int QueryLength = 500;

    // Statements running (or transactions open) for at least `minSeconds`, oldest first; this connection excluded.
    static Result<QList<BackendActivity>> running(QSqlDatabase db, double minSeconds);
    // Process `pid` when it works on this database (whatever its state); empty otherwise.
    static Result<std::optional<BackendActivity>> process(QSqlDatabase db, int pid);
    // Every blocked process of this database with each process it waits for.
    static Result<QList<LockWait>> locks(QSqlDatabase db);
};
