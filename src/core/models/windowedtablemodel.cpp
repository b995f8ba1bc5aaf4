#include "models/windowedtablemodel.h"

#include "models/relationchoicesmodel.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {
const QLatin1String DefaultSortField("created_at");
int g_nextModel = 0;  // each model binds its parameters under its own setting names
}

WindowedTableModel::WindowedTableModel(const QString &table, QSqlDatabase db, QObject *parent)
    : QSqlRelationalTableModel(parent, db), m_paramPrefix(QStringLiteral("waqtor.m%1_").arg(++g_nextModel))
{
    setTable(table);
    m_tableRecord = QSqlTableModel::record();
    setJoinMode(QSqlRelationalTableModel::LeftJoin);  // rows whose foreign key is NULL still show
    setEditStrategy(QSqlTableModel::OnManualSubmit);
}

void WindowedTableModel::setConditions(const SqlConditions &conditions)
{
    for (const auto &value : conditions.values)
        setParameter(value.first, value.second);
    m_conditions = conditions.sql;
}

QString WindowedTableModel::parameter(const QString &name) const
{
    // The setting name is ours (letters and digits only); the value is bound in bindParameters().
    return QStringLiteral("current_setting('%1%2')").arg(m_paramPrefix, name);
}

QString WindowedTableModel::identifier(const QString &name) const
{
    return database().driver()->escapeIdentifier(name, QSqlDriver::FieldName);
}

QString WindowedTableModel::tableReference() const
{
    return database().driver()->escapeIdentifier(tableName(), QSqlDriver::TableName);
}

int WindowedTableModel::fieldIndex(const QString &fieldName) const
{
    if (const int column = m_tableRecord.indexOf(fieldName); column >= 0)
        return column;
    for (int i = 0; i < m_computed.size(); ++i) {
        if (m_computed.at(i).first == fieldName)
            return m_tableRecord.count() + i;
    }
    return -1;
}

int WindowedTableModel::addComputedColumn(const QString &name, const QString &expression)
{
    for (int i = 0; i < m_computed.size(); ++i) {
        if (m_computed.at(i).first == name) {
            m_computed[i].second = expression;
            return m_tableRecord.count() + i;
        }
    }
    m_computed.append({name, expression});
    return m_tableRecord.count() + int(m_computed.size()) - 1;
}

QString WindowedTableModel::orderList(const QString &table, const QString &direction) const
{
    QStringList terms;
    for (const QString &term : sortTerms(table))
        terms << term + u' ' + direction;
    return terms.join(QStringLiteral(", ")) + QStringLiteral(", %1.id %2").arg(table, direction);
}

QStringList WindowedTableModel::sortTerms(const QString &tableReference) const
{
    const int computed = m_sortColumn - m_tableRecord.count();
    const bool known = m_sortColumn >= 0 && m_sortColumn < m_tableRecord.count() + m_computed.size();
    // No sort chosen, or a helper column: newest first, as the pages open.
    const int column = known ? m_sortColumn : m_tableRecord.indexOf(DefaultSortField);
    if (m_sortExpressions.contains(column)) {
        QStringList terms;
        for (const QString &expression : m_sortExpressions.value(column))
            terms << expression.arg(tableReference);
        return terms;
    }
    if (known && computed >= 0)
        return {u'(' + m_computed.at(computed).second.arg(tableReference) + u')'};
    const QSqlField field = m_tableRecord.field(column);
    if (const auto expression = m_columnExpressions.constFind(field.name()); expression != m_columnExpressions.cend())
        return {u'(' + expression->arg(tableReference) + u')'};
    const QString value = tableReference + u'.' + identifier(field.name());
    const QSqlRelation relation = this->relation(column);
    QString key;
    QString blank;  // true for a NULL or blank value
    if (relation.isValid()) {
        // The related row's display value, so an owner column sorts by email, not by UUID. A
        // subquery rather than the join's alias: the keyset boundary row "b" has no join.
        QSqlDriver *driver = database().driver();
        key = QStringLiteral("COALESCE((SELECT r.%1::text FROM %2 r WHERE r.%3 = %4), '')")
                  .arg(identifier(relation.displayColumn()),
                       driver->escapeIdentifier(relation.tableName(), QSqlDriver::TableName),
                       identifier(relation.indexColumn()), value);
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

void WindowedTableModel::setSort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
}

void WindowedTableModel::sort(int column, Qt::SortOrder order)
{
    setSort(column, order);
    // The view sorts as soon as sorting is switched on, before the page has applied its filters
    // (a marketer's owner scope among them): nothing is fetched until the page loads it.
    if (m_loadedOnce)
        firstPage();
}

QString WindowedTableModel::orderBy() const
{
    const QString dir = m_sortOrder == Qt::DescendingOrder ? QStringLiteral("DESC") : QStringLiteral("ASC");
    return orderList(tableReference(), dir);
}

QString WindowedTableModel::whereClause() const
{
    QStringList parts;
    for (const QString &c : m_conditions)
        parts << u'(' + c + u')';
    return parts.join(QStringLiteral(" AND "));
}

QString WindowedTableModel::columnsAndJoins(const QString &table) const
{
    QSqlDriver *driver = database().driver();
    QStringList columns;
    QStringList joins;
    for (int i = 0; i < m_tableRecord.count(); ++i) {
        const QString name = m_tableRecord.fieldName(i);
        const QString quoted = identifier(name);
        const QSqlRelation relation = this->relation(i);
        if (m_withheld.contains(name)) {
            columns << QStringLiteral("NULL::text AS ") + quoted;
        } else if (const auto expression = m_columnExpressions.constFind(name); expression != m_columnExpressions.cend()) {
            columns << QStringLiteral("(%1) AS %2").arg(expression->arg(table), quoted);
        } else if (relation.isValid()) {
            // A LEFT JOIN: a row whose key is NULL, or points at no row, still shows (with NULL).
            const QString alias = QStringLiteral("r%1").arg(i);
            columns << QStringLiteral("%1.%2 AS %3")
                           .arg(alias, identifier(relation.displayColumn()), identifier(relationDisplayAlias(name)));
            joins << QStringLiteral(" LEFT JOIN %1 %2 ON %2.%3 = %4.%5")
                         .arg(driver->escapeIdentifier(relation.tableName(), QSqlDriver::TableName), alias,
                              identifier(relation.indexColumn()), table, quoted);
        } else {
            columns << table + u'.' + quoted;
        }
    }
    for (const auto &[name, expression] : m_computed)
        columns << QStringLiteral("(%1) AS %2").arg(expression.arg(table), identifier(name));
    columns << QStringLiteral("%1.id::text AS waqtor_row_id").arg(table)
            << QStringLiteral("%1.xmin::text AS waqtor_row_version").arg(table);
    return QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + table
        + joins.join(QString());
}

QString WindowedTableModel::selectStatement() const
{
    const QString table = tableReference();
    const QString key = sortKey(table);
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    QStringList conditions;
    if (!whereClause().isEmpty())
        conditions << whereClause();
    if (m_direction == Direction::After || m_direction == Direction::Before || m_direction == Direction::From) {
        // Rows past the boundary row in the direction of travel (From: the boundary row too),
        // compared with the boundary row's own key (looked up by id, so no value is ever parsed back from text).
        const bool less = (m_direction != Direction::Before) == descending;
        const QString comparison = QString(less ? u'<' : u'>') + (m_direction == Direction::From ? QStringLiteral("=") : QString());
        conditions << QStringLiteral("(%1, %2.id) %3 (SELECT %4, b.id FROM %2 b WHERE b.id = CAST(%5 AS uuid))")
                          .arg(key, table, comparison, sortKey(QStringLiteral("b")), parameter(QStringLiteral("id")));
    }
    // Backwards (and from the end) the query runs in the reversed order, and is turned around below.
    const bool backwards = m_direction == Direction::Before || m_direction == Direction::Last;
    const bool ascendingQuery = backwards == descending;
    const QString dir = ascendingQuery ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString inner = columnsAndJoins(table)
        + (conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")))
        + QStringLiteral(" ORDER BY %1 LIMIT %2").arg(orderList(table, dir), QString::number(m_windowSize + 1));
    // Numbered in fetch order: a backwards page is turned around for display, and the extra row
    // (fetched only to know whether another page follows) always comes last, where rowCount() hides it.
    const QString display = backwards ? QStringLiteral("waqtor_rn DESC") : QStringLiteral("waqtor_rn");
    return QStringLiteral("SELECT * FROM (SELECT q.*, row_number() OVER () AS waqtor_rn FROM (%1) AS q) AS w "
                          "ORDER BY waqtor_rn > %2, %3")
        .arg(inner, QString::number(m_windowSize), display);
}

bool WindowedTableModel::bindParameters()
{
    QSqlQuery q(database());
    if (!q.prepare(QStringLiteral("SELECT set_config(:name, :value, false)")))
        return false;
    for (auto it = m_parameters.cbegin(); it != m_parameters.cend(); ++it) {
        q.bindValue(QStringLiteral(":name"), m_paramPrefix + it.key());
        q.bindValue(QStringLiteral(":value"), it.value());
        if (!q.exec())
            return false;
    }
    return true;
}

QMap<QString, QString> WindowedTableModel::boundParameters() const
{
    QMap<QString, QString> settings;
    for (auto it = m_parameters.cbegin(); it != m_parameters.cend(); ++it)
        settings.insert(m_paramPrefix + it.key(), it.value());
    return settings;
}

bool WindowedTableModel::select()
{
    if (!bindParameters())
        return false;
    if (!QSqlRelationalTableModel::select())
        return false;
    while (QSqlRelationalTableModel::canFetchMore())
        QSqlRelationalTableModel::fetchMore();
    m_loadedOnce = true;
    const bool more = QSqlRelationalTableModel::rowCount() > m_windowSize;  // the extra row came back
    switch (m_direction) {
    case Direction::First:
        m_hasPrevious = false;
        m_hasNext = more;
        break;
    case Direction::After:
        m_hasPrevious = true;
        m_hasNext = more;
        break;
    case Direction::Before:
        m_hasPrevious = more;
        m_hasNext = true;
        break;
    case Direction::Last:
        m_hasPrevious = more;
        m_hasNext = false;
        break;
    case Direction::From:
        m_hasPrevious = true;  // unknown without counting; going back finds out
        m_hasNext = more;
        break;
    }
    if (!m_hasPrevious)
        m_offset = 0;  // whichever way it came, the window starts the result
    return true;
}

int WindowedTableModel::rowCount(const QModelIndex &parent) const
{
    return qMin(QSqlRelationalTableModel::rowCount(parent), m_windowSize);
}

bool WindowedTableModel::selectFrom(Direction direction, const QString &boundaryId)
{
    m_direction = direction;
    if (!boundaryId.isEmpty())
        setParameter(QStringLiteral("id"), boundaryId);
    return select();
}

bool WindowedTableModel::firstPage()
{
    m_offset = 0;
    return selectFrom(Direction::First, QString());
}

bool WindowedTableModel::lastPage()
{
    m_offset.reset();
    return selectFrom(Direction::Last, QString());
}

bool WindowedTableModel::nextPage()
{
    if (!m_hasNext || rowCount() == 0)
        return false;
    const int rows = rowCount();
    if (m_offset)
        *m_offset += rows;
    return selectFrom(Direction::After, rowId(rows - 1));
}

bool WindowedTableModel::previousPage()
{
    if (!m_hasPrevious || rowCount() == 0)
        return false;
    if (m_offset && *m_offset <= m_windowSize)
        return firstPage();
    if (m_offset)
        *m_offset -= m_windowSize;
    if (!selectFrom(Direction::Before, rowId(0)))
        return false;
    // Fewer rows than a window before this one: they are the start, shown as a full first window.
    return rowCount() < m_windowSize ? firstPage() : true;
}

bool WindowedTableModel::slideForward(int rows)
{
    if (!m_hasNext || rows <= 0 || rowCount() <= rows)
        return nextPage();
    if (m_offset)
        *m_offset += rows;
    return selectFrom(Direction::After, rowId(rows - 1));
}

bool WindowedTableModel::slideBack(int rows)
{
    if (!m_hasPrevious || rowCount() == 0)
        return false;
    if (m_offset && *m_offset <= rows)
        return firstPage();
    // The window's size in rows ending just before row `keep`: `rows` new rows, then rows 0..keep-1.
    const int keep = qMax(0, qMin(m_windowSize - rows, rowCount() - 1));
    if (m_offset)
        *m_offset -= m_windowSize - keep;
    if (!selectFrom(Direction::Before, rowId(keep)))
        return false;
    return rowCount() < m_windowSize ? firstPage() : true;
}

int WindowedTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (rowId(row) == id)
            return row;
    return -1;
}

bool WindowedTableModel::showRow(const QString &id)
{
    if (id.isEmpty())
        return false;
    if (rowOf(id) >= 0)
        return true;
    // Asked first, so a row the filters leave out does not move the window.
    setParameter(QStringLiteral("id"), id);
    if (!bindParameters())
        return false;
    const QString table = tableReference();
    const QString where = whereClause();
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT 1 FROM %1 WHERE %2%1.id = CAST(%3 AS uuid)")
                    .arg(table, where.isEmpty() ? QString() : where + QStringLiteral(" AND "), parameter(QStringLiteral("id"))))
        || !q.next())
        return false;
    m_offset.reset();
    return selectFrom(Direction::From, id) && rowOf(id) >= 0;
}

QString WindowedTableModel::rowId(int row) const
{
    return record(row).value(QStringLiteral("waqtor_row_id")).toString();
}

QString WindowedTableModel::rowVersion(int row) const
{
    return record(row).value(QStringLiteral("waqtor_row_version")).toString();
}

Qt::ItemFlags WindowedTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QSqlRelationalTableModel::flags(index) & ~Qt::ItemIsEditable;
    if (index.isValid() && hasRowAccess() && m_editable.contains(m_tableRecord.fieldName(index.column()))
        && (!m_rowEditable || m_rowEditable(index.row())))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant WindowedTableModel::data(const QModelIndex &index, int role) const
{
    // Not QSqlRelationalTableModel::data(): on the first name it shows, that fills a dictionary from a
    // model of the whole related table, every column, only to look up names of edits held in the
    // model's cache. This model never holds edits (they go through the repositories) and its select
    // already joined the names; the dictionary cost a read of every session's auth data and put every
    // account's password hash in memory each time a page opened.
    return QSqlTableModel::data(index, role);
}

bool WindowedTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!(flags(index) & Qt::ItemIsEditable))
        return false;
    // QSqlRelationalDelegate hands over the chosen display text first, then the key: only the key is saved.
    if (role != Qt::EditRole)
        return role == Qt::DisplayRole && relation(index.column()).isValid();
    const QString field = m_tableRecord.fieldName(index.column());
    const QString id = rowId(index.row());
    if (!relation(index.column()).isValid() && data(index, Qt::EditRole) == value)
        return true;
    const Status saved = write(id, rowVersion(index.row()), field, value);
    const ErrorKind kind = saved ? ErrorKind::None : saved.error().kind;
    if (m_refusalsToEditor && (kind == ErrorKind::Invalid || kind == ErrorKind::Conflict || kind == ErrorKind::NotFound)) {
        m_refusal = saved.error();
        return false;
    }
    if (!saved) {
        // Queued: a message box opened while the delegate is still committing its editor misbehaves.
        QMetaObject::invokeMethod(this, [this, error = saved.error(), id, field, value] {
            emit cellSaveFailed(error, id, field, value);
        }, Qt::QueuedConnection);
        return false;
    }
    // Reloaded after the editor has closed: the row shows what the database now holds.
    QMetaObject::invokeMethod(this, [this, id, field] {
        select();
        emit cellSaved(id, field);
    }, Qt::QueuedConnection);
    return true;
}

Status WindowedTableModel::overwrite(const QString &rowId, const QString &field, const QVariant &value)
{
    if (!hasRowAccess())
        return Error::invalid(tr("This table cannot be edited here."));
    const Status saved = write(rowId, QString(), field, value);
    if (saved)
        select();
    return saved;
}

Status WindowedTableModel::write(const QString &rowId, const QString &version, const QString &field, const QVariant &value)
{
    // The value before, as the repository has it (what an undo hands back to it).
    const auto row = readRow(rowId);
    const QVariant before = row && row->contains(field) ? row->value(field) : storedValue(rowId, field);
    const Status saved = m_access.write(rowId, version, {{field, value}});
    if (saved)
        m_history.record({rowId, {{field, before}}, {{field, value}}, storedVersion(rowId)});
    return saved;
}

Result<QVariantMap> WindowedTableModel::readRow(const QString &rowId) const
{
    if (!m_access.read)
        return Error::invalid(tr("This table cannot be edited here."));
    return m_access.read(rowId);
}

void WindowedTableModel::recordSave(const QString &rowId, const QVariantMap &before, const QVariantMap &after)
{
    QVariantMap was, now;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (before.value(it.key()) != it.value()) {
            was.insert(it.key(), before.value(it.key()));
            now.insert(it.key(), it.value());
        }
    }
    if (!now.isEmpty())
        m_history.record({rowId, was, now, storedVersion(rowId)});
}

Status WindowedTableModel::undo()
{
    if (!canUndo())
        return Error::invalid(tr("There is no saved edit to undo."));
    const CellEditHistory::Change change = m_history.nextUndo();
    if (const Status s = m_access.write(change.rowId, change.version, change.before); !s)
        return s;
    m_history.undone(storedVersion(change.rowId));
    select();
    emit cellSaved(change.rowId, change.before.firstKey());
    return {};
}

Status WindowedTableModel::redo()
{
    if (!canRedo())
        return Error::invalid(tr("There is no undone edit to redo."));
    const CellEditHistory::Change change = m_history.nextRedo();
    if (const Status s = m_access.write(change.rowId, change.version, change.after); !s)
        return s;
    m_history.redone(storedVersion(change.rowId));
    select();
    emit cellSaved(change.rowId, change.after.firstKey());
    return {};
}

QVariant WindowedTableModel::storedValue(const QString &rowId, const QString &field) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = CAST(:id AS uuid)").arg(identifier(field), tableReference()));
    q.bindValue(QStringLiteral(":id"), rowId);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

QString WindowedTableModel::storedVersion(const QString &rowId) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT xmin::text FROM %1 WHERE id = CAST(:id AS uuid)").arg(tableReference()));
    q.bindValue(QStringLiteral(":id"), rowId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QSqlTableModel *WindowedTableModel::relationModel(int column) const
{
    const QSqlRelation rel = relation(column);
    if (!rel.isValid())
        return nullptr;
    RelationChoicesModel *&choices = m_choices[column];
    if (!choices) {
        auto *self = const_cast<WindowedTableModel *>(this);
        choices = new RelationChoicesModel(rel, m_relationOwnerFields.value(column), database(), self);
        choices->select();
    }
    return choices;
}

void WindowedTableModel::prepareRelationChoices(const QModelIndex &index) const
{
    const QString ownerField = m_relationOwnerFields.value(index.column());
    if (ownerField.isEmpty())
        return;
    auto *choices = static_cast<RelationChoicesModel *>(relationModel(index.column()));
    // The owner as stored in the row (the id, not the email the relation shows).
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1::text FROM %2 WHERE id = CAST(:id AS uuid)")
                  .arg(database().driver()->escapeIdentifier(ownerField, QSqlDriver::FieldName),
                       database().driver()->escapeIdentifier(tableName(), QSqlDriver::TableName)));
    q.bindValue(QStringLiteral(":id"), rowId(index.row()));
    choices->setOwner(q.exec() && q.next() ? q.value(0).toString() : QString());
    choices->select();
}
