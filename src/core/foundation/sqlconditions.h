#pragma once

#include <QList>
#include <QPair>
#include <QStringList>

#include <functional>

// How a condition reads a bound value: ":name" for a prepared query, current_setting(…) for a model.
using SqlPlaceholder = std::function<QString(const QString &name)>;

/**
 * WHERE conditions a repository built from a filter value object, and the values their
 * placeholders stand for: the one place a filter (and the signed-in owner scope) becomes SQL.
 */
struct SqlConditions
{
    QStringList sql;                        // ANDed together
    QList<QPair<QString, QString>> values;  // placeholder name, value

    // `condition` uses %1 for the placeholder of `name`, which stands for `value`.
    void add(const QString &name, const QString &value, const QString &condition, const SqlPlaceholder &placeholder)
    {
        values.append({name, value});
        sql << condition.arg(placeholder(name));
    }
};
