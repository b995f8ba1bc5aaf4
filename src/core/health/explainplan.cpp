#include "health/explainplan.h"

#include "db/libpqconnection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <libpq-fe.h>

#include <memory>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExplainPlan)
};

using ResultHandle = std::unique_ptr<PGresult, decltype(&PQclear)>;

PlanNode node(const QJsonObject &o)
{
    PlanNode n;
    n.nodeType = o.value(QStringLiteral("Node Type")).toString();
    n.relation = o.value(QStringLiteral("Relation Name")).toString();
    n.index = o.value(QStringLiteral("Index Name")).toString();
    for (const char *key : {"Index Cond", "Recheck Cond", "Hash Cond", "Merge Cond", "Join Filter", "Filter"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString()) {
            n.detail = QStringLiteral("%1: %2").arg(QLatin1String(key), v.toString());
            break;
        }
    }
    if (n.detail.isEmpty() && o.value(QStringLiteral("Sort Key")).isArray()) {
        QStringList keys;
        for (const QJsonValue &k : o.value(QStringLiteral("Sort Key")).toArray())
            keys << k.toString();
        n.detail = QStringLiteral("Sort Key: %1").arg(keys.join(QStringLiteral(", ")));
    }
    n.startupCost = o.value(QStringLiteral("Startup Cost")).toDouble();
    n.totalCost = o.value(QStringLiteral("Total Cost")).toDouble();
    n.planRows = o.value(QStringLiteral("Plan Rows")).toDouble();
    if (o.contains(QStringLiteral("Actual Rows"))) {
        n.actualRows = o.value(QStringLiteral("Actual Rows")).toDouble();
        n.actualTotalMs = o.value(QStringLiteral("Actual Total Time")).toDouble();
        n.loops = o.value(QStringLiteral("Actual Loops")).toInt();
    }
    n.fields = o;
    n.fields.remove(QStringLiteral("Plans"));
    for (const QJsonValue &child : o.value(QStringLiteral("Plans")).toArray())
        n.children << node(child.toObject());
    return n;
}

// Runs one statement through the extended protocol (one statement only); the JSON text or the server's error.
Result<QByteArray> execOne(PGconn *conn, const QByteArray &sql)
{
    const ResultHandle result(PQexecParams(conn, sql.constData(), 0, nullptr, nullptr, nullptr, nullptr, 0), &PQclear);
    if (result && PQresultStatus(result.get()) == PGRES_TUPLES_OK && PQntuples(result.get()) > 0) {
        QByteArray text;
        for (int row = 0; row < PQntuples(result.get()); ++row)
            text += PQgetvalue(result.get(), row, 0);
        return text;
    }
    const QString message = QString::fromUtf8(result ? PQresultErrorMessage(result.get()) : PQerrorMessage(conn)).trimmed();
    const char *state = result ? PQresultErrorField(result.get(), PG_DIAG_SQLSTATE) : nullptr;
    const QByteArray sqlState = state ? QByteArray(state) : QByteArray();
    // "bind message supplies 0 parameters" (08P01), or a $n the server cannot type (42P18) or place (42P02).
    const bool parameters = sqlState == "42P02" || sqlState == "42P18"
        || (sqlState == "08P01" && message.contains(QLatin1String("parameters")));
    if (parameters)
        return Error::invalid(Tr::tr("The statement has parameters ($1, $2, …), as pg_stat_statements keeps them; "
                                     "write values in their place to explain it."));
    if (sqlState == "42601" && message.contains(QLatin1String("multiple commands")))
        return Error::invalid(Tr::tr("Give one statement to explain, without a second one after a semicolon."));
    if (sqlState.startsWith("42"))
        return Error{ErrorKind::Invalid, Tr::tr("The server cannot explain this statement; check its SQL."), message};
    return Error::database(Tr::tr("Could not explain the statement."), message);
}

} // namespace

Result<ExplainedPlan> ExplainPlan::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    const QJsonObject top = doc.array().at(0).toObject();
    if (error.error != QJsonParseError::NoError || !top.value(QStringLiteral("Plan")).isObject())
        return Error::invalid(Tr::tr("The server's answer is not an EXPLAIN (FORMAT JSON) plan."));
    ExplainedPlan plan;
    plan.json = json;
    plan.root = node(top.value(QStringLiteral("Plan")).toObject());
    if (top.contains(QStringLiteral("Execution Time"))) {
        plan.analyzed = true;
        plan.executionMs = top.value(QStringLiteral("Execution Time")).toDouble();
    }
    if (top.contains(QStringLiteral("Planning Time")))
        plan.planningMs = top.value(QStringLiteral("Planning Time")).toDouble();
    return plan;
}

Result<ExplainedPlan> ExplainPlan::explain(QSqlDatabase db, const QString &statement, bool analyze)
{
    const QString body = statement.trimmed();
    if (body.isEmpty())
        return Error::invalid(Tr::tr("There is no statement to explain."));
    PGconn *conn = LibPqConnection::handle(db);
    if (!conn)
        return Error::database(Tr::tr("Could not explain the statement: the database connection is not open."));
    const QByteArray sql = (analyze ? QStringLiteral("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ")
                                    : QStringLiteral("EXPLAIN (FORMAT JSON) "))
                               .toUtf8()
                           + body.toUtf8();
    if (!analyze) {
        const auto json = execOne(conn, sql);
        return json ? parse(json.value()) : Result<ExplainedPlan>(json.error());
    }
    // The statement really runs: whatever it writes is undone, even when it fails half-way.
    if (!db.transaction())
        return Error::database(Tr::tr("Could not start the transaction EXPLAIN ANALYZE runs in; nothing was run."));
    const auto json = execOne(conn, sql);
    const bool rolledBack = db.rollback();
    if (!rolledBack)
        return Error::database(Tr::tr("Could not roll back EXPLAIN ANALYZE's transaction; close the connection so "
                                      "the server discards what the statement did."));
    return json ? parse(json.value()) : Result<ExplainedPlan>(json.error());
}
