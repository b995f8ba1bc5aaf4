#pragma once

#include <QMap>
#include <QSqlRecord>
#include <QSqlRelation>
#include <QStringList>

#include <functional>

class QSqlDriver;

/**
 * The SQL of one window of a table's rows, written from the table's record and its relations (never
 * from text Qt generated): the column list with each relation's display value from a LEFT JOIN, the
 * filter conditions, a keyset boundary compared with the boundary row's own key, the sort key with
 * NULLs folded so row comparisons work, and a LIMIT one past the window (to know whether more
 * follow). Values are never spliced in: conditions read them through parameter(name).
 * WindowedTableModel keeps one and hands each call its connection's driver, which quotes the names.
 */
class WindowSelect
{
public:
    // From: the boundary row itself, then the rows after it.
    enum class Direction { First, After, Before, Last, From };

    // `relation(column)` is the model's; `parameterPrefix` names this model's server settings.
    WindowSelect(QString table, QSqlRecord record, std::function<QSqlRelation(int)> relation, QString parameterPrefix);

    // The alias a relation column's display value is selected under, e.g. "user_id_display".
    static QString relationDisplayAlias(const QString &field) { return field + QStringLiteral("_display"); }
    const QSqlRecord &tableRecord() const { return m_record; }
    int columnCount() const { return m_record.count() + int(m_computed.size()); }
    int fieldIndex(const QString &fieldName) const;
    bool isWithheld(const QString &field) const { return m_withheld.contains(field); }
    void setWithheld(const QString &field) { m_withheld << field; }
    void setColumnExpression(const QString &field, const QString &expression) { m_columnExpressions.insert(field, expression); }
    int addComputedColumn(const QString &name, const QString &expression);
    void setSortExpressions(int column, const QStringList &expressions) { m_sortExpressions.insert(column, expressions); }
    void setConditions(const QStringList &conditions) { m_conditions = conditions; }
    void setSort(int column, Qt::SortOrder order)
    {
        m_sortColumn = column;
        m_sortOrder = order;
    }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // current_setting() of this model's setting `name` (letters and digits only).
    QString parameter(const QString &name) const;
    QString parameterPrefix() const { return m_prefix; }
    QString tableReference(const QSqlDriver *driver) const;
    // The conditions alone, ANDed.
    QString whereClause() const;
    // The current sort as an ORDER BY list, the row id last.
    QString orderBy(const QSqlDriver *driver) const;
    // A window of `size` rows (and one more) going `direction` from the row whose id is parameter("id").
    QString statement(const QSqlDriver *driver, Direction direction, int size) const;

private:
    QString identifier(const QSqlDriver *driver, const QString &name) const;
    QString columnsAndJoins(const QSqlDriver *driver, const QString &table) const;
    QStringList sortTerms(const QSqlDriver *driver, const QString &tableReference) const;
    QString sortKey(const QSqlDriver *driver, const QString &tableReference) const
    {
        return sortTerms(driver, tableReference).join(QStringLiteral(", "));
    }
    QString orderList(const QSqlDriver *driver, const QString &table, const QString &direction) const;

    QString m_table;
    QSqlRecord m_record;
    std::function<QSqlRelation(int)> m_relation;
    QString m_prefix;
    QStringList m_conditions;
    QStringList m_withheld;
    QMap<QString, QString> m_columnExpressions;
    QList<QPair<QString, QString>> m_computed;  // name, expression
    QMap<int, QStringList> m_sortExpressions;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};
