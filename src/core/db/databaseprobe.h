#pragma once

#include "foundation/result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

/**
 * Small read-only questions the windows ask the server (is the schema there, what day is it, about
 * how many rows), so the SQL stays in core and every answer comes back as a Result.
 */
class DatabaseProbe
{
public:
    // True when WaQtor's tables and its migration ledger exist.
    static Result<bool> hasWaqtorSchema(QSqlDatabase db);
    // The server's version as it reports it, e.g. "15.5 (Debian 15.5-0+deb12u1)".
    static Result<QString> serverVersion(QSqlDatabase db);
    // True when this session's transactions are read-only (default_transaction_read_only, or a standby).
    static Result<bool> isReadOnly(QSqlDatabase db);
    // Whether the index exists in the current schema (e.g. migration 0010's optional pg_trgm indexes).
    static Result<bool> hasIndex(QSqlDatabase db, const QString &index);
    // The server's date (its clock and time zone, not this computer's).
    static Result<QDate> serverToday(QSqlDatabase db);
    // The planner's statistics for the whole table: free at any size; -1 until the first ANALYZE.
    static Result<qint64> tableEstimate(QSqlDatabase db, const QString &table);
    // The planner's row estimate for `table` under `where` (the parameters it reads must be bound on db).
    static Result<qint64> planEstimate(QSqlDatabase db, const QString &table, const QString &where);
    // Every table outside the system schemas, as "schema.table", in name order (what a backup may choose).
    static Result<QStringList> tableNames(QSqlDatabase db);
};
