#pragma once

#include "foundation/result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <functional>

/**
 * A piece of SQL and the values it reads, by parameter name. The same condition serves a prepared
 * QSqlQuery (names spelled ":name") and a WindowedTableModel (names spelled current_setting(...)):
 * every value is text and the SQL casts it, so user data never becomes part of the statement.
 */
struct SqlCondition
{
    QString sql;                             // a boolean expression; never NULL-valued
    QList<QPair<QString, QString>> values;   // parameter name -> value

    void append(const QString &name, const QString &value) { values.append({name, value}); }
};

// How a parameter name appears in the SQL: ":name" for QSqlQuery, current_setting(...) for the models.
using ParameterSpelling = std::function<QString(const QString &name)>;

/**
 * "Contacts matching" for group membership and its searches: a status, a text (a phone number is
 * matched exactly in E.164, other text anywhere in name or email, % and _ literally) and one
 * custom_fields key = value (an empty value: the key is present). Empty parts match everything.
 */
struct MembershipFilter
{
    QString status;
    QString text;
    QString fieldKey;
    QString fieldValue;

    bool isEmpty() const;
    // The sentence saying why this filter cannot be used, or ok.
    Status validate() const;
    // For the pending-changes list and the audit record, e.g. "status active, “Riyadh”, city = Riyadh".
    QString describe() const;

    // The condition over the recipients row `alias`, its parameters named `prefix` + a letter;
    // phone-like text is normalised to E.164 with `region`. COALESCEd: NULL columns never make it NULL.
    SqlCondition condition(const QString &alias, const QString &prefix, const ParameterSpelling &spell,
                           const QString &region) const;

    // Digits with an optional +, spaces and dashes: searched as a phone number.
    static bool looksLikePhone(const QString &text);
};
