#pragma once

#include "import/contactimporter.h"

#include <QSqlDatabase>
#include <QSqlQuery>

/**
 * The set-based SQL of an import, inside the caller's transaction: a chunk of rows goes into a
 * temporary table by COPY (repeats of a phone folded into one row by one GROUP BY), then one UPDATE
 * (duplicates under Update), one INSERT ... ON CONFLICT DO NOTHING, under Update one more UPDATE of
 * phones another session inserted meanwhile, and one INSERT into recipient_groups apply it.
 */
class ContactUpsert
{
public:
    ContactUpsert(QSqlDatabase db, const ImportOptions &options, QStringList groupIds);
    Status prepare();
    // `rows` in file order; `repeats` of them repeat a phone seen earlier in `rows` (0: all distinct).
    // Counts are added to `counts`.
    Status apply(const QList<ImportRow> &rows, qint64 repeats, ImportCounts *counts);

    // The statements, with placeholders :owner, :unblock and :groups; bench/ runs them through psql.
    static QString workTableSql();
    static QString rawTableSql();
    static QString collapseSql();
    static QString updateRacedSql();
    static QString updateSql();
    static QString insertSql();
    static QString joinSql();

private:
    Status exec(QSqlQuery &query, const char *what);
    Status load(const QList<ImportRow> &rows, bool numbered);

    QSqlDatabase m_db;
    const ImportOptions &m_options;
    QString m_groupArray;  // uuid[] literal of the target groups, from ids the database gave us
    QSqlQuery m_truncate;
    QSqlQuery m_collapse;
    QSqlQuery m_update;
    QSqlQuery m_updateRaced;
    QSqlQuery m_insert;
    QSqlQuery m_join;
};
