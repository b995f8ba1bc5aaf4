#include "db/databaseprobe.h"

#include "foundation/sqlerrortext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseProbe)
};

}  // namespace

Result<bool> DatabaseProbe::hasWaqtorSchema(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('users') IS NOT NULL AND to_regclass('schema_migrations') IS NOT NULL"))
        || !q.next())
        return SqlErrorText::toError(Tr::tr("Could not check the database for the WaQtor schema"), q.lastError());
    return q.value(0).toBool();
}

Result<QString> DatabaseProbe::serverVersion(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT current_setting('server_version')")) || !q.next())
        return SqlErrorText::toError(Tr::tr("Could not read the server's version"), q.lastError());
    return q.value(0).toString();
}

Result<bool> DatabaseProbe::isReadOnly(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT current_setting('transaction_read_only') = 'on'")) || !q.next())
        return SqlErrorText::toError(Tr::tr("Could not read whether the connection is read-only"), q.lastError());
    return q.value(0).toBool();
}

Result<bool> DatabaseProbe::hasIndex(QSqlDatabase db, const QString &index)
{
    QSqlQuery q(db);
    const bool prepared = q.prepare(QStringLiteral("SELECT to_regclass(:name) IS NOT NULL"));
    q.bindValue(QStringLiteral(":name"), index);
    if (!(prepared && q.exec() && q.next()))
        return SqlErrorText::toError(Tr::tr("Could not check the index %1").arg(index), q.lastError());
    return q.value(0).toBool();
}

Result<QDate> DatabaseProbe::serverToday(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT LOCALTIMESTAMP::date::text")) || !q.next())
        return SqlErrorText::toError(Tr::tr("Could not read the server's date"), q.lastError());
    return QDate::fromString(q.value(0).toString(), Qt::ISODate);
}

Result<qint64> DatabaseProbe::tableEstimate(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass(:table)"));
    q.bindValue(QStringLiteral(":table"), table);
    if (!q.exec() || !q.next())
        return SqlErrorText::toError(Tr::tr("Could not estimate the number of rows"), q.lastError());
    return q.value(0).toLongLong();
}

Result<qint64> DatabaseProbe::planEstimate(QSqlDatabase db, const QString &table, const QString &where)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("EXPLAIN (FORMAT JSON) SELECT 1 FROM %1 WHERE %2").arg(table, where)) || !q.next())
        return SqlErrorText::toError(Tr::tr("Could not estimate the number of rows"), q.lastError());
    const QJsonArray plan = QJsonDocument::fromJson(q.value(0).toByteArray()).array();
    return qint64(plan.at(0).toObject().value(QStringLiteral("Plan")).toObject().value(QStringLiteral("Plan Rows")).toDouble());
}

Result<QStringList> DatabaseProbe::tableNames(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT schemaname || '.' || tablename FROM pg_tables WHERE schemaname NOT IN "
                               "('pg_catalog', 'information_schema') ORDER BY 1")))
        return Error::database(Tr::tr("Cannot list the database's tables."), q.lastError().text());
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    return tables;
}
