#include "plaincontactsexport.h"

#include <QStringList>

namespace {

// What a careful user types to keep a spreadsheet from running a cell: a leading ' before = + - @
// (a tab or CR first too), E.164 numbers left alone.
QString guard(const QString &e)
{
    return QStringLiteral("CASE WHEN left(%1, 1) IN ('=', '+', '-', '@', E'\\t', E'\\r') AND %1 !~ '^[+][1-9][0-9]{6,14}$' "
                          "THEN '''' || %1 ELSE %1 END")
        .arg(e);
}

QString iso(const QString &e)
{
    return QStringLiteral("to_char(%1, 'YYYY-MM-DD\"T\"HH24:MI:SS.US')").arg(e);
}

} // namespace

QString PlainContactsExport::copyCommand(const QString &file)
{
    const QStringList columns = {
        guard(QStringLiteral("r.phone_number")) + QStringLiteral(" AS phone_number"),
        guard(QStringLiteral("r.name")) + QStringLiteral(" AS name"),
        guard(QStringLiteral("r.email")) + QStringLiteral(" AS email"),
        guard(QStringLiteral("r.status")) + QStringLiteral(" AS status"),
        QStringLiteral("CASE WHEN jsonb_typeof(r.custom_fields) = 'object' THEN r.custom_fields::text ELSE %1 END AS custom_fields")
            .arg(guard(QStringLiteral("r.custom_fields::text"))),
        guard(QStringLiteral("u.email")) + QStringLiteral(" AS owner_email"),
        guard(QStringLiteral("m.names")) + QStringLiteral(" AS groups"),
        iso(QStringLiteral("r.created_at")) + QStringLiteral(" AS created_at"),
        iso(QStringLiteral("r.updated_at")) + QStringLiteral(" AS updated_at")};
    return QStringLiteral("\\copy (SELECT %1 FROM recipients r LEFT JOIN users u ON u.id = r.user_id LEFT JOIN (SELECT "
                          "rg.recipient_id, string_agg(g.name, '; ' ORDER BY g.name) AS names FROM recipient_groups rg "
                          "JOIN groups g ON g.id = rg.group_id GROUP BY rg.recipient_id) m ON m.recipient_id = r.id) "
                          "TO '%2' WITH (FORMAT csv, HEADER)")
        .arg(columns.join(QStringLiteral(", ")), file);
}
