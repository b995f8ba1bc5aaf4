#pragma once

#include "db/connectionsettings.h"
#include "db/querycancel.h"
#include "foundation/result.h"

#include <QMap>
#include <QSqlDatabase>
#include <QString>

/**
 * Counts the rows of a table exactly (count(*) under a view's conditions) on a connection of its
 * own, made for a worker thread; the GUI thread can cancel it on the server at any moment.
 */
class ExactCounter
{
public:
    // where: SQL conditions reading their values through current_setting() (empty: every row);
    // parameters: the full setting names those read → their values, bound first with set_config().
    ExactCounter(ConnectionSettings settings, QString table, QString where, QMap<QString, QString> parameters);

    // Blocks until the count is done: call it in the worker thread. Interrupted after cancel().
    Result<qint64> run();
    // From another thread, on that thread's own connection `db`: stops run() (safe to repeat).
    void cancel(QSqlDatabase db);
    bool isCancelled() const { return m_cancel.cancelled; }

private:
    Result<qint64> count(QSqlDatabase db);

    ConnectionSettings m_settings;
    QString m_table;
    QString m_where;
    QMap<QString, QString> m_parameters;
    QueryCancel m_cancel;
};
