// The expressions the list models select and sort by beyond the tables' plain columns, next to
// the conditions in listconditions.cpp: the pages only name them. %1 is always the table's
// reference, so the same expression serves the window and its keyset boundary row.

#include "foundation/uuidlist.h"
#include "repositories/contactrepository.h"
#include "repositories/grouprepository.h"
#include "repositories/messagerepository.h"

QString GroupRepository::memberCountExpression()
{
    return QStringLiteral("(SELECT count(*) FROM recipient_groups rg WHERE rg.group_id = %1.id)");
}

QString GroupRepository::nameSortExpression()
{
    return QStringLiteral("lower(%1.name)");
}

QString ContactRepository::customFieldsSummaryExpression()
{
    return QStringLiteral(
        "CASE WHEN jsonb_typeof(%1.custom_fields) = 'object' THEN (SELECT left(string_agg(e.key || ': ' || "
        "left(COALESCE(e.value #>> '{}', 'null'), 80), '; ' ORDER BY e.key), 300) FROM jsonb_each(%1.custom_fields) e) "
        "ELSE left(%1.custom_fields::text, 300) END");
}

QString ContactRepository::customFieldsSortExpression()
{
    return QStringLiteral("COALESCE(%1.custom_fields::text, '')");
}

QString ContactRepository::phoneSortExpression()
{
    return QStringLiteral("%1.phone_number");
}

SqlConditions MessageRepository::idsCondition(const QStringList &ids, const QString &table,
                                              const SqlPlaceholder &placeholder)
{
    SqlConditions c;
    const QStringList clean = UuidList::canonical(ids);
    if (clean.isEmpty()) {
        // A constant the planner sees: no index walk that filters every row to find none.
        c.sql << QStringLiteral("false");
        return c;
    }
    c.add(QStringLiteral("hits"), UuidList::arrayLiteral(clean),
          table + QStringLiteral(".id = ANY(CAST(%1 AS uuid[]))"), placeholder);
    return c;
}

QStringList MessageRepository::phoneSortExpressions()
{
    return {QStringLiteral("%1.phone_number"), QStringLiteral("COALESCE(%1.created_at, '-infinity'::timestamp)")};
}
