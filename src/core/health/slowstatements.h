#pragma once

#include "foundation/result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

/** One normalised statement from pg_stat_statements, with its timings in milliseconds. */
struct SlowStatement
{
    QString query;  // as pg_stat_statements keeps it: constants replaced by $1, $2, …
    qint64 calls = 0;
    double meanMs = 0;
    double totalMs = 0;
    qint64 rows = 0;
};

/** The slowest statements of this database, or, without pg_stat_statements, how to enable it. */
struct SlowStatementReport
{
    bool available = false;
    QString hint;  // when not available: one sentence saying what to do
    QList<SlowStatement> statements;  // slowest mean first
    QJsonObject toJson() const;
};

/** Reads pg_stat_statements (mean_exec_time; mean_time before PostgreSQL 13) when it is installed. */
class SlowStatements
{
public:
    static Result<SlowStatementReport> read(QSqlDatabase db, int limit = 10);
};
