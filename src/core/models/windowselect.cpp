#include "models/windowselect.h"

#include <QSqlDriver>
#include <QSqlField>

namespace {
const QLatin1String DefaultSortField("created_at");
}

WindowSelect::WindowSelect(QString table, QSqlRecord record, std::function<QSqlRelation(int)> relation,
                           QString parameterPrefix)
    : m_table(std::move(table)), m_record(std::move(record)), m_relation(std::move(relation)),
      m_prefix(std::move(parameterPrefix))
{
}

int WindowSelect::fieldIndex(const QString &fieldName) const
{
    if (const int column = m_record.indexOf(fieldName); column >= 0)
        return column;
    for (int i = 0; i < m_computed.size(); ++i) {
        if (m_computed.at(i).first == fieldName)
            return m_record.count() + i;
    }
    return -1;
}

int WindowSelect::addComputedColumn(const QString &name, const QString &expression)
{
    for (int i = 0; i < m_computed.size(); ++i) {
        if (m_computed.at(i).first == name) {
            m_computed[i].second = expression;
            return m_record.count() + i;
        }
    }
    m_computed.append({name, expression});
    return m_record.count() + int(m_computed.size()) - 1;
}

QString WindowSelect::parameter(const QString &name) const
{
    // The setting name is ours (letters and digits only); the model binds the value.
    return QStringLiteral("current_setting('%1%2')").arg(m_prefix, name);
}

QString WindowSelect::identifier(const QSqlDriver *driver, const QString &name) const
{
    return driver->escapeIdentifier(name, QSqlDriver::FieldName);
}

QString WindowSelect::tableReference(const QSqlDriver *driver) const
{
    return driver->escapeIdentifier(m_table, QSqlDriver::TableName);
}

QString WindowSelect::orderList(const QSqlDriver *driver, const QString &table, const QString &direction) const
{
    QStringList terms;
    for (const QString &term : sortTerms(driver, table))
        terms << term + u' ' + direction;
    return terms.join(QStringLiteral(", ")) + QStringLiteral(", %1.id %2").arg(table, direction);
}

QStringList WindowSelect::sortTerms(const QSqlDriver *driver, const QString &tableReference) const
{
    const int computed = m_sortColumn - m_record.count();
    const bool known = m_sortColumn >= 0 && m_sortColumn < columnCount();
    // No sort chosen, or a helper column: newest first, as the pages open.
    const int column = known ? m_sortColumn : m_record.indexOf(DefaultSortField);
    if (m_sortExpressions.contains(column)) {
        QStringList terms;
        for (const QString &expression : m_sortExpressions.value(column))
            terms << expression.arg(tableReference);
        return terms;
    }
    if (known && computed >= 0)
        return {u'(' + m_computed.at(computed).second.arg(tableReference) + u')'};
    const QSqlField field = m_record.field(column);
    if (const auto expression = m_columnExpressions.constFind(field.name()); expression != m_columnExpressions.cend())
        return {u'(' + expression->arg(tableReference) + u')'};
    const QString value = tableReference + u'.' + identifier(driver, field.name());
    const QSqlRelation relation = m_relation(column);
    QString key;
    QString blank;  // true for a NULL or blank value
    if (relation.isValid()) {
        // The related row's display value, so an owner column sorts by email, not by UUID. A
        // subquery rather than the join's alias: the keyset boundary row "b" has no join.
        key = QStringLiteral("COALESCE((SELECT r.%1::text FROM %2 r WHERE r.%3 = %4), '')")
                  .arg(identifier(driver, relation.displayColumn()),
                       driver->escapeIdentifier(relation.tableName(), QSqlDriver::TableName),
                       identifier(driver, relation.indexColumn()), value);
        blank = key + QStringLiteral(" = ''");
    } else {
        // NULLs fold to the lowest value of their type: row comparisons with NULL match nothing.
        blank = value + QStringLiteral(" IS NULL");
        switch (field.metaType().id()) {
        case QMetaType::QDateTime:
        case QMetaType::QDate:
            key = QStringLiteral("COALESCE(%1, '-infinity')").arg(value);
            break;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::Double:
            key = QStringLiteral("COALESCE(%1, '-Infinity'::float8)").arg(value);
            break;
        case QMetaType::Bool:
            key = QStringLiteral("COALESCE(%1, false)").arg(value);
            break;
        default:
            key = QStringLiteral("COALESCE(%1::text, '')").arg(value);
            blank = key + QStringLiteral(" = ''");
        }
    }
    // The default sort column keeps exactly the expressions the keyset indexes hold (migrations
    // 0005, 0006), so both directions stay index range scans; its NULLs (rare: it defaults to now)
    // sort as the oldest time, last when newest come first.
    if (field.name() == DefaultSortField)
        return {key};
    // NULLs and blanks last whichever way the column is sorted: a leading flag compared in the same
    // direction as the rest of the key, so one row comparison still finds the keyset boundary.
    const QString last = m_sortOrder == Qt::AscendingOrder ? QStringLiteral("(%1)").arg(blank)
                                                           : QStringLiteral("(NOT (%1))").arg(blank);
    return {last, key};
}

QString WindowSelect::orderBy(const QSqlDriver *driver) const
{
    const QString dir = m_sortOrder == Qt::DescendingOrder ? QStringLiteral("DESC") : QStringLiteral("ASC");
    return orderList(driver, tableReference(driver), dir);
}

QString WindowSelect::whereClause() const
{
    QStringList parts;
    for (const QString &c : m_conditions)
        parts << u'(' + c + u')';
    return parts.join(QStringLiteral(" AND "));
}

QString WindowSelect::columnsAndJoins(const QSqlDriver *driver, const QString &table) const
{
    QStringList columns;
    QStringList joins;
    for (int i = 0; i < m_record.count(); ++i) {
        const QString name = m_record.fieldName(i);
        const QString quoted = identifier(driver, name);
        const QSqlRelation relation = m_relation(i);
        if (m_withheld.contains(name)) {
            columns << QStringLiteral("NULL::text AS ") + quoted;
        } else if (const auto expression = m_columnExpressions.constFind(name); expression != m_columnExpressions.cend()) {
            columns << QStringLiteral("(%1) AS %2").arg(expression->arg(table), quoted);
        } else if (relation.isValid()) {
            // A LEFT JOIN: a row whose key is NULL, or points at no row, still shows (with NULL).
            const QString alias = QStringLiteral("r%1").arg(i);
            columns << QStringLiteral("%1.%2 AS %3")
                           .arg(alias, identifier(driver, relation.displayColumn()),
                                identifier(driver, relationDisplayAlias(name)));
            joins << QStringLiteral(" LEFT JOIN %1 %2 ON %2.%3 = %4.%5")
                         .arg(driver->escapeIdentifier(relation.tableName(), QSqlDriver::TableName), alias,
                              identifier(driver, relation.indexColumn()), table, quoted);
        } else {
            columns << table + u'.' + quoted;
        }
    }
    for (const auto &[name, expression] : m_computed)
        columns << QStringLiteral("(%1) AS %2").arg(expression.arg(table), identifier(driver, name));
    columns << QStringLiteral("%1.id::text AS waqtor_row_id").arg(table)
            << QStringLiteral("%1.xmin::text AS waqtor_row_version").arg(table);
    return QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + table
        + joins.join(QString());
}

QString WindowSelect::statement(const QSqlDriver *driver, Direction direction, int size) const
{
    const QString table = tableReference(driver);
    const QString key = sortKey(driver, table);
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    QStringList conditions;
    if (!whereClause().isEmpty())
        conditions << whereClause();
    if (direction == Direction::After || direction == Direction::Before || direction == Direction::From) {
        // Rows past the boundary row in the direction of travel (From: the boundary row too),
        // compared with the boundary row's own key (looked up by id, so no value is ever parsed back from text).
        const bool less = (direction != Direction::Before) == descending;
        const QString comparison = QString(less ? u'<' : u'>') + (direction == Direction::From ? QStringLiteral("=") : QString());
        conditions << QStringLiteral("(%1, %2.id) %3 (SELECT %4, b.id FROM %2 b WHERE b.id = CAST(%5 AS uuid))")
                          .arg(key, table, comparison, sortKey(driver, QStringLiteral("b")), parameter(QStringLiteral("id")));
    }
    // Backwards (and from the end) the query runs in the reversed order, and is turned around below.
    const bool backwards = direction == Direction::Before || direction == Direction::Last;
    const bool ascendingQuery = backwards == descending;
    const QString dir = ascendingQuery ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString inner = columnsAndJoins(driver, table)
        + (conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")))
        + QStringLiteral(" ORDER BY %1 LIMIT %2").arg(orderList(driver, table, dir), QString::number(size + 1));
    // Numbered in fetch order: a backwards page is turned around for display, and the extra row
    // (fetched only to know whether another page follows) always comes last, where rowCount() hides it.
    const QString display = backwards ? QStringLiteral("waqtor_rn DESC") : QStringLiteral("waqtor_rn");
    return QStringLiteral("SELECT * FROM (SELECT q.*, row_number() OVER () AS waqtor_rn FROM (%1) AS q) AS w "
                          "ORDER BY waqtor_rn > %2, %3")
        .arg(inner, QString::number(size), display);
}
