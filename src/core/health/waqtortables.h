#pragma once

#include "foundation/result.h"

#include <QSqlDatabase>
#include <QStringList>

/**
 * The seven tables of the guide's schema, the only names the health and maintenance commands accept:
 * a table name never reaches SQL unless it is one of these, and then only quoted by the driver.
 */
class WaqtorTables
{
public:
    static const QStringList &names();
    // `name` when it is one of the seven (case-insensitive); otherwise a sentence listing them.
    static Result<QString> check(const QString &name);
    // Every name checked; an empty list means all seven.
    static Result<QStringList> checkAll(const QStringList &names);
    // The driver-quoted identifier of a checked name.
    static QString quoted(const QSqlDatabase &db, const QString &checkedName);
};
