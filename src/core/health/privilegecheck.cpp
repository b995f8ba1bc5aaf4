#include "health/privilegecheck.h"

#include "foundation/sqlerrortext.h"
#include "health/waqtortables.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PrivilegeCheck)
};

// What the WaQtor server and this program do to the tables; in GRANT's usual order.
const QStringList Privileges = {QStringLiteral("SELECT"), QStringLiteral("INSERT"), QStringLiteral("UPDATE"),
                                QStringLiteral("DELETE")};

} // namespace

Result<PrivilegeReport> PrivilegeCheck::run(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT current_user")) || !q.next())
        return SqlErrorText::toError(Tr::tr("Could not read the connected role"), q.lastError());
    PrivilegeReport report;
    report.role = q.value(0).toString();

    q.prepare(QStringLiteral("SELECT t.name, string_agg(p.privilege, ',' ORDER BY p.pn) "
                             "FROM unnest(string_to_array(:tables, ',')) WITH ORDINALITY AS t(name, tn) "
                             "CROSS JOIN unnest(string_to_array(:privileges, ',')) WITH ORDINALITY AS p(privilege, pn) "
                             "WHERE to_regclass(t.name) IS NOT NULL "
                             "AND NOT has_table_privilege(to_regclass(t.name), p.privilege) "
                             "GROUP BY t.name, t.tn ORDER BY t.tn"));
    q.bindValue(QStringLiteral(":tables"), WaqtorTables::names().join(u','));
    q.bindValue(QStringLiteral(":privileges"), Privileges.join(u','));
    if (!q.exec())
        return SqlErrorText::toError(Tr::tr("Could not check the role's privileges on WaQtor's tables"), q.lastError());
    const QString role = db.driver()->escapeIdentifier(report.role, QSqlDriver::FieldName);
    while (q.next()) {
        PrivilegeGap gap;
        gap.table = q.value(0).toString();
        gap.missing = q.value(1).toString().split(u',');
        gap.grant = QStringLiteral("GRANT %1 ON TABLE %2 TO %3;")
                        .arg(gap.missing.join(QStringLiteral(", ")), WaqtorTables::quoted(db, gap.table), role);
        report.gaps << gap;
    }
    return report;
}

QJsonObject PrivilegeReport::toJson() const
{
    QJsonArray missing;
    for (const PrivilegeGap &gap : gaps)
        missing.append(QJsonObject{{QStringLiteral("table"), gap.table},
                                   {QStringLiteral("missing"), QJsonArray::fromStringList(gap.missing)},
                                   {QStringLiteral("grant"), gap.grant}});
    return QJsonObject{{QStringLiteral("role"), role}, {QStringLiteral("missing"), missing}};
}
