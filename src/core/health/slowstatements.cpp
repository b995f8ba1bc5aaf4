#include "health/slowstatements.h"

#include "foundation/sqlerrortext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SlowStatements)
};

QString preloadStep()
{
    return Tr::tr("add pg_stat_statements to shared_preload_libraries in postgresql.conf "
                  "(shared_preload_libraries = 'pg_stat_statements') and restart the server");
}

} // namespace

Result<SlowStatementReport> SlowStatements::read(QSqlDatabase db, int limit)
{
    const QString doing = Tr::tr("Could not read the slow statements");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // pg_settings hides shared_preload_libraries from roles that may not read it: then "loaded" is unknown (NULL).
    if (!q.exec(QStringLiteral("SELECT (SELECT extnamespace::regnamespace::text FROM pg_extension "
                               "WHERE extname = 'pg_stat_statements'), "
                               "(SELECT 'pg_stat_statements' = ANY(string_to_array(replace(setting, ' ', ''), ',')) "
                               "FROM pg_settings WHERE name = 'shared_preload_libraries'), "
                               "current_setting('server_version_num')::int"))
        || !q.next())
        return SqlErrorText::toError(doing, q.lastError());
    const QString schema = q.value(0).toString();
    const QVariant loaded = q.value(1);
    const int version = q.value(2).toInt();

    SlowStatementReport report;
    const QString create = Tr::tr("run CREATE EXTENSION pg_stat_statements; in this database as a superuser");
    if (!loaded.isNull() && !loaded.toBool()) {
        report.hint = schema.isEmpty()
                          ? Tr::tr("Slow statements need the pg_stat_statements extension: %1, then %2.").arg(preloadStep(), create)
                          : Tr::tr("The pg_stat_statements extension is installed but not loaded: %1.").arg(preloadStep());
        return report;
    }
    if (schema.isEmpty()) {
        report.hint = loaded.isNull()
                          ? Tr::tr("Slow statements need the pg_stat_statements extension: %1 if it is not there yet, "
                                   "then %2.").arg(preloadStep(), create)
                          : Tr::tr("Slow statements need the pg_stat_statements extension, which the server already "
                                   "loads: %1.").arg(create);
        return report;
    }

    // PostgreSQL 13 renamed mean_time and total_time (the guide's names) to …_exec_time.
    const QString suffix = version >= 130000 ? QStringLiteral("exec_time") : QStringLiteral("time");
    q.prepare(QStringLiteral("SELECT query, calls, total_%1, mean_%1, rows FROM %2.pg_stat_statements "
                             "WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                             "ORDER BY mean_%1 DESC LIMIT :limit")
                  .arg(suffix, db.driver()->escapeIdentifier(schema, QSqlDriver::TableName)));
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!q.exec()) {
        // 55000: the extension exists in this database but the server did not preload its library.
        if (SqlErrorText::sqlState(q.lastError()) == QLatin1String("55000")) {
            report.hint = Tr::tr("The pg_stat_statements extension is installed but not loaded: %1.").arg(preloadStep());
            return report;
        }
        return SqlErrorText::toError(doing, q.lastError());
    }
    report.available = true;
    while (q.next())
        report.statements << SlowStatement{q.value(0).toString(), q.value(1).toLongLong(), q.value(3).toDouble(),
                                           q.value(2).toDouble(), q.value(4).toLongLong()};
    return report;
}

QJsonObject SlowStatementReport::toJson() const
{
    QJsonArray list;
    for (const SlowStatement &s : statements)
        list.append(QJsonObject{{QStringLiteral("query"), s.query}, {QStringLiteral("calls"), s.calls},
                                {QStringLiteral("mean_ms"), s.meanMs}, {QStringLiteral("total_ms"), s.totalMs},
                                {QStringLiteral("rows"), s.rows}});
    return QJsonObject{{QStringLiteral("available"), available},
                       {QStringLiteral("hint"), available ? QJsonValue(QJsonValue::Null) : QJsonValue(hint)},
                       {QStringLiteral("statements"), list}};
}
