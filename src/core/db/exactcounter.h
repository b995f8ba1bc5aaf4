#pragma once

#include "foundation/result.h"

#include <QMap>
#include <QString>

class BackgroundContext;

/**
 * Counts the rows of a table exactly (count(*) under a view's conditions), made to run on a
 * BackgroundQuery: its worker supplies the connection, and its cancel() stops the count on the server.
 */
class ExactCounter
{
public:
    // where: SQL conditions reading their values through current_setting() (empty: every row);
    // parameters: the full setting names those read → their values, bound first with set_config().
    ExactCounter(QString table, QString where, QMap<QString, QString> parameters);

    // The sentence a cancelled count reports; give it to the BackgroundQuery that runs it.
    static QString cancelledMessage();
    // In the worker thread, on the context's connection.
    Result<qint64> count(const BackgroundContext &context) const;

private:
    QString m_table;
    QString m_where;
    QMap<QString, QString> m_parameters;
};
