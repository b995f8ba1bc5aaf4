#include "health/databasehealth.h"

#include "foundation/sqlerrortext.h"
#include "health/waqtortables.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseHealth)
};

Error failed(const QSqlQuery &q)
{
    return SqlErrorText::toError(Tr::tr("Could not read the database's health figures"), q.lastError());
}

std::optional<double> ratio(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return double(part) / double(whole);
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalText(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

Status readServer(QSqlDatabase db, DatabaseHealth *h)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT current_database(), current_setting('server_version'), "
                               "extract(epoch FROM now() - pg_postmaster_start_time())::bigint, "
                               "current_setting('max_connections')::int, %1, d.blks_hit, d.blks_read "
                               "FROM pg_stat_database d WHERE d.datname = current_database()")
                    .arg(DatabaseHealth::isoUtc(QStringLiteral("d.stats_reset"))))
        || !q.next())
        return failed(q);
    h->databaseName = q.value(0).toString();
    h->serverVersion = q.value(1).toString();
    h->uptimeSeconds = q.value(2).toLongLong();
    h->maxConnections = q.value(3).toInt();
    h->statsResetAt = q.value(4).toString();
    const qint64 hits = q.value(5).toLongLong();
    h->cacheHitRatio = ratio(hits, hits + q.value(6).toLongLong());

    // Every client connection counts against max_connections, whichever database it uses.
    if (!q.exec(QStringLiteral("SELECT COALESCE(state, 'unknown'), count(*) FROM pg_stat_activity "
                               "WHERE backend_type = 'client backend' GROUP BY 1 ORDER BY 2 DESC, 1")))
        return failed(q);
    while (q.next())
        h->connections << ConnectionCount{q.value(0).toString(), q.value(1).toInt()};
    return {};
}

Status readTables(QSqlDatabase db, DatabaseHealth *h)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString toast = QStringLiteral("COALESCE(pg_total_relation_size(NULLIF(c.reltoastrelid, 0)), 0)");
    q.prepare(QStringLiteral("SELECT t.name, c.reltuples::bigint, pg_table_size(c.oid) - %1, pg_indexes_size(c.oid), %1, "
                             "COALESCE(s.n_live_tup, 0), COALESCE(s.n_dead_tup, 0), %2, %3, %4, %5 "
                             "FROM unnest(string_to_array(:tables, ',')) WITH ORDINALITY AS t(name, n) "
                             "JOIN pg_class c ON c.oid = to_regclass(t.name) "
                             "LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid ORDER BY t.n")
                  .arg(toast, DatabaseHealth::isoUtc(QStringLiteral("s.last_vacuum")),
                       DatabaseHealth::isoUtc(QStringLiteral("s.last_autovacuum")),
                       DatabaseHealth::isoUtc(QStringLiteral("s.last_analyze")),
                       DatabaseHealth::isoUtc(QStringLiteral("s.last_autoanalyze"))));
    q.bindValue(QStringLiteral(":tables"), WaqtorTables::names().join(u','));
    if (!q.exec())
        return failed(q);
    while (q.next()) {
        TableHealth t;
        t.name = q.value(0).toString();
        t.estimatedRows = q.value(1).toLongLong();
        t.tableBytes = q.value(2).toLongLong();
        t.indexBytes = q.value(3).toLongLong();
        t.toastBytes = q.value(4).toLongLong();
        t.liveRows = q.value(5).toLongLong();
        t.deadRows = q.value(6).toLongLong();
        t.deadShare = ratio(t.deadRows, t.liveRows + t.deadRows);
        t.lastVacuum = q.value(7).toString();
        t.lastAutovacuum = q.value(8).toString();
        t.lastAnalyze = q.value(9).toString();
        t.lastAutoanalyze = q.value(10).toString();
        h->tables << t;
    }

    q.prepare(QStringLiteral("SELECT t.name, i.relname, pg_relation_size(i.oid), COALESCE(s.idx_scan, 0), x.indisunique, x.indisvalid "
                             "FROM unnest(string_to_array(:tables, ',')) WITH ORDINALITY AS t(name, n) "
                             "JOIN pg_index x ON x.indrelid = to_regclass(t.name) "
                             "JOIN pg_class i ON i.oid = x.indexrelid "
                             "LEFT JOIN pg_stat_user_indexes s ON s.indexrelid = x.indexrelid ORDER BY t.n, i.relname"));
    q.bindValue(QStringLiteral(":tables"), WaqtorTables::names().join(u','));
    if (!q.exec())
        return failed(q);
    while (q.next()) {
        IndexHealth i;
        i.table = q.value(0).toString();
        i.name = q.value(1).toString();
        i.bytes = q.value(2).toLongLong();
        i.scans = q.value(3).toLongLong();
        i.unique = q.value(4).toBool();
        i.valid = q.value(5).toBool();
        i.unused = i.scans == 0 && !i.unique && i.valid;
        h->indexes << i;
    }
    return {};
}

} // namespace

QString DatabaseHealth::isoUtc(const QString &expression)
{
    return QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')").arg(expression);
}

Result<DatabaseHealth> DatabaseHealth::collect(QSqlDatabase db)
{
    DatabaseHealth h;
    if (const Status s = readServer(db, &h); !s)
        return s.error();
    if (const Status s = readTables(db, &h); !s)
        return s.error();
    const auto privileges = PrivilegeCheck::run(db);
    if (!privileges)
        return privileges.error();
    h.privileges = privileges.value();
    const auto statements = SlowStatements::read(db);
    if (!statements)
        return statements.error();
    h.slowStatements = statements.value();
    return h;
}

int DatabaseHealth::connectionTotal() const
{
    int total = 0;
    for (const ConnectionCount &c : connections)
        total += c.count;
    return total;
}

QJsonObject DatabaseHealth::toJson() const
{
    QJsonArray tableArray;
    for (const TableHealth &t : tables)
        tableArray.append(QJsonObject{{QStringLiteral("name"), t.name},
                                      {QStringLiteral("estimated_rows"), t.estimatedRows},
                                      {QStringLiteral("table_bytes"), t.tableBytes},
                                      {QStringLiteral("index_bytes"), t.indexBytes},
                                      {QStringLiteral("toast_bytes"), t.toastBytes},
                                      {QStringLiteral("live_rows"), t.liveRows},
                                      {QStringLiteral("dead_rows"), t.deadRows},
                                      {QStringLiteral("dead_share"), optionalNumber(t.deadShare)},
                                      {QStringLiteral("last_vacuum"), optionalText(t.lastVacuum)},
                                      {QStringLiteral("last_autovacuum"), optionalText(t.lastAutovacuum)},
                                      {QStringLiteral("last_analyze"), optionalText(t.lastAnalyze)},
                                      {QStringLiteral("last_autoanalyze"), optionalText(t.lastAutoanalyze)}});
    QJsonArray indexArray;
    for (const IndexHealth &i : indexes)
        indexArray.append(QJsonObject{{QStringLiteral("table"), i.table}, {QStringLiteral("name"), i.name},
                                      {QStringLiteral("bytes"), i.bytes}, {QStringLiteral("scans"), i.scans},
                                      {QStringLiteral("unique"), i.unique}, {QStringLiteral("unused"), i.unused},
                                      {QStringLiteral("valid"), i.valid}});
    QJsonObject byState;
    for (const ConnectionCount &c : connections)
        byState.insert(c.state, c.count);
    return QJsonObject{
        {QStringLiteral("server"), QJsonObject{{QStringLiteral("version"), serverVersion},
                                               {QStringLiteral("uptime_seconds"), uptimeSeconds},
                                               {QStringLiteral("database"), databaseName},
                                               {QStringLiteral("stats_reset"), optionalText(statsResetAt)}}},
        {QStringLiteral("cache_hit_ratio"), optionalNumber(cacheHitRatio)},
        {QStringLiteral("connections"), QJsonObject{{QStringLiteral("total"), connectionTotal()},
                                                    {QStringLiteral("max"), maxConnections},
                                                    {QStringLiteral("by_state"), byState}}},
        {QStringLiteral("tables"), tableArray},
        {QStringLiteral("indexes"), indexArray},
        {QStringLiteral("privileges"), privileges.toJson()},
        {QStringLiteral("slow_statements"), slowStatements.toJson()},
    };
}
