#pragma once

#include "foundation/result.h"

#include <QSqlError>

/** Turns a database error into a sentence for a dialog or the terminal; the driver's text becomes the detail. */
class SqlErrorText
{
public:
    // `doing` says what was attempted, e.g. "Could not create the account alice@example.com".
    static Error toError(const QString &doing, const QSqlError &error);
    // The PostgreSQL SQLSTATE ("23505"), or empty.
    static QString sqlState(const QSqlError &error);
    static bool isUniqueViolation(const QSqlError &error) { return sqlState(error) == QLatin1String("23505"); }
    static bool isConnectionLost(const QSqlError &error);
};
