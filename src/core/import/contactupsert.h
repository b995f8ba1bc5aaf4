#pragma once

#include "import/contactimporter.h"

#include <QSqlDatabase>
#include <QSqlQuery>

/**
 * The set-based SQL of an import, inside the caller's transaction: a round of rows with distinct
 * phones goes into a temporary table by COPY, then one UPDATE (duplicates under Update), one
 * INSERT ... ON CONFLICT DO NOTHING and one INSERT into recipient_groups apply the whole round.
 */
class ContactUpsert
{
public:
    ContactUpsert(QSqlDatabase db, const ImportOptions &options, QStringList groupIds);
    Status prepare();
    // Every phone in `rows` is distinct; counts are added to `counts`.
    Status apply(const QList<ImportRow> &rows, ImportCounts *counts);

    // The statements, with placeholders :owner, :unblock and :groups; bench/ runs them through psql.
    static QString workTableSql();
    static QString updateSql();
    static QString insertSql();
    static QString joinSql();

private:
    Status exec(QSqlQuery &query, const char *what);

    QSqlDatabase m_db;
    const ImportOptions &m_options;
    QString m_groupArray;  // uuid[] literal of the target groups, from ids the database gave us
    QSqlQuery m_truncate;
    QSqlQuery m_update;
    QSqlQuery m_insert;
    QSqlQuery m_join;
};
