#include "health/waqtortables.h"

#include <QCoreApplication>
#include <QSqlDriver>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WaqtorTables)
};

} // namespace

const QStringList &WaqtorTables::names()
{
    static const QStringList tables = {QStringLiteral("users"),     QStringLiteral("whatsapp_sessions"),
                                       QStringLiteral("messages"),  QStringLiteral("campaigns"),
                                       QStringLiteral("recipients"), QStringLiteral("groups"),
                                       QStringLiteral("recipient_groups")};
    return tables;
}

Result<QString> WaqtorTables::check(const QString &name)
{
    const QString wanted = name.trimmed().toLower();
    if (names().contains(wanted))
        return wanted;
    return Error::invalid(Tr::tr("\"%1\" is not one of WaQtor's tables; choose from %2.")
                              .arg(name, names().join(QStringLiteral(", "))));
}

Result<QStringList> WaqtorTables::checkAll(const QStringList &requested)
{
    if (requested.isEmpty())
        return names();
    QStringList checked;
    for (const QString &name : requested) {
        const auto table = check(name);
        if (!table)
            return table.error();
        if (!checked.contains(table.value()))
            checked << table.value();
    }
    return checked;
}

QString WaqtorTables::quoted(const QSqlDatabase &db, const QString &checkedName)
{
    return db.driver()->escapeIdentifier(checkedName, QSqlDriver::TableName);
}
