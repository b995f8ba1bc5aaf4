#pragma once

#include "foundation/result.h"
#include "health/privilegecheck.h"
#include "health/slowstatements.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <optional>

/** One WaQtor table's size and upkeep, from pg_class and pg_stat_user_tables. */
struct TableHealth
{
    QString name;
    qint64 estimatedRows = -1;  // the planner's estimate; -1 until the first ANALYZE or VACUUM
    qint64 tableBytes = 0;      // heap (free space and visibility maps included), TOAST excluded
    qint64 indexBytes = 0;
    qint64 toastBytes = 0;      // TOAST table and its index
    qint64 liveRows = 0;
    qint64 deadRows = 0;
    std::optional<double> deadShare;  // dead / (live + dead); empty when both are 0
    // UTC, ISO-8601 with a Z; empty when it never happened since the statistics were reset.
    QString lastVacuum;
    QString lastAutovacuum;
    QString lastAnalyze;
    QString lastAutoanalyze;
};

/** One index of a WaQtor table: its size and how often the planner used it. */
struct IndexHealth
{
    QString table;
    QString name;
    qint64 bytes = 0;
    qint64 scans = 0;   // since the statistics were last reset
    bool unique = false;
    bool unused = false;  // never scanned and not unique: it only costs writes (a unique one enforces a rule)
    bool valid = true;    // false: left by a failed or interrupted CREATE INDEX / REINDEX CONCURRENTLY, never used
};

/** Client connections to the server in one state (active, idle, idle in transaction, …). */
struct ConnectionCount
{
    QString state;  // "unknown" for another role's connection the signed-in role may not see
    int count = 0;
};

/**
 * A snapshot of the database's health for admins: the guide's Performance Optimization and
 * Troubleshooting queries in one place, each figure read from the server's catalogues and statistics.
 */
struct DatabaseHealth
{
    QString databaseName;
    QString serverVersion;
    qint64 uptimeSeconds = 0;
    QString statsResetAt;  // UTC; empty when this database's statistics were never reset
    std::optional<double> cacheHitRatio;  // blocks found in shared buffers / blocks needed; empty before any read
    QList<ConnectionCount> connections;
    int maxConnections = 0;
    QList<TableHealth> tables;
    QList<IndexHealth> indexes;
    PrivilegeReport privileges;
    SlowStatementReport slowStatements;

    static Result<DatabaseHealth> collect(QSqlDatabase db);
    int connectionTotal() const;
    // The --json shape documented in the README ("Health").
    QJsonObject toJson() const;

    // UTC ISO-8601 text of a timestamptz expression, for the statements of this folder.
    static QString isoUtc(const QString &expression);
};
