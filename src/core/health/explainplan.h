#pragma once

#include "foundation/result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <optional>

/** One node of a query plan, as EXPLAIN (FORMAT JSON) describes it, with its children. */
struct PlanNode
{
    QString nodeType;   // Seq Scan, Index Scan, Hash Join, …
    QString relation;   // the table scanned, when any
    QString index;      // the index used, when any
    QString detail;     // the condition or filter, the join or sort key: the line a plan viewer shows under the node
    double startupCost = 0;
    double totalCost = 0;
    double planRows = 0;
    std::optional<double> actualRows;    // EXPLAIN ANALYZE only: per loop
    std::optional<double> actualTotalMs; // EXPLAIN ANALYZE only: per loop
    int loops = 0;
    QJsonObject fields;  // every field the server gave for this node, children excepted
    QList<PlanNode> children;
};

/** A statement's plan: the tree, the server's JSON text, and for EXPLAIN ANALYZE the timings. */
struct ExplainedPlan
{
    PlanNode root;
    bool analyzed = false;
    std::optional<double> planningMs;
    std::optional<double> executionMs;
    QByteArray json;  // the server's own answer, as it came
};

/**
 * EXPLAIN (FORMAT JSON) of one statement. The text is the user's own SQL, so it is sent through
 * libpq's extended protocol, which refuses more than one statement: "EXPLAIN x; DROP …" never runs the
 * DROP. EXPLAIN ANALYZE really runs the statement, so it runs inside a transaction that is always
 * rolled back, whatever the statement writes.
 */
class ExplainPlan
{
public:
    static Result<ExplainedPlan> explain(QSqlDatabase db, const QString &statement, bool analyze);
    // The tree from EXPLAIN (FORMAT JSON)'s text; Invalid when it is not such a plan.
    static Result<ExplainedPlan> parse(const QByteArray &json);
};
