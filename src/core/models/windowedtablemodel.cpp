#include "models/windowedtablemodel.h"

#include "models/relationchoicesmodel.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {
int g_nextModel = 0;  // each model binds its parameters under its own setting names
}

WindowedTableModel::WindowedTableModel(const QString &table, QSqlDatabase db, QObject *parent)
    : QSqlRelationalTableModel(parent, db), m_edits(db, table)
{
    setTable(table);
    m_select.emplace(table, QSqlTableModel::record(), [this](int column) { return relation(column); },
                     QStringLiteral("waqtor.m%1_").arg(++g_nextModel));
    setJoinMode(QSqlRelationalTableModel::LeftJoin);  // rows whose foreign key is NULL still show
    setEditStrategy(QSqlTableModel::OnManualSubmit);
}

void WindowedTableModel::setConditions(const SqlConditions &conditions)
{
    for (const auto &value : conditions.values)
        setParameter(value.first, value.second);
    m_select->setConditions(conditions.sql);
}

QString WindowedTableModel::tableReference() const
{
    return m_select->tableReference(database().driver());
}

void WindowedTableModel::setSort(int column, Qt::SortOrder order)
{
    m_select->setSort(column, order);
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
    return m_select->orderBy(database().driver());
}

QString WindowedTableModel::selectStatement() const
{
    return m_select->statement(database().driver(), m_direction, m_windowSize);
}

bool WindowedTableModel::bindParameters()
{
    QSqlQuery q(database());
    if (!q.prepare(QStringLiteral("SELECT set_config(:name, :value, false)")))
        return false;
    for (auto it = m_parameters.cbegin(); it != m_parameters.cend(); ++it) {
        q.bindValue(QStringLiteral(":name"), m_select->parameterPrefix() + it.key());
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
        settings.insert(m_select->parameterPrefix() + it.key(), it.value());
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
    if (index.isValid() && hasRowAccess() && m_editable.contains(tableRecord().fieldName(index.column()))
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
    const QString field = tableRecord().fieldName(index.column());
    const QString id = rowId(index.row());
    if (!relation(index.column()).isValid() && data(index, Qt::EditRole) == value)
        return true;
    const Status saved = m_edits.write(id, rowVersion(index.row()), field, value);
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
    const Status saved = m_edits.write(rowId, QString(), field, value);
    if (saved)
        select();
    return saved;
}

Status WindowedTableModel::undo()
{
    const auto change = m_edits.undo();
    if (!change)
        return change.error();
    select();
    emit cellSaved(change->rowId, change->before.firstKey());
    return {};
}

Status WindowedTableModel::redo()
{
    const auto change = m_edits.redo();
    if (!change)
        return change.error();
    select();
    emit cellSaved(change->rowId, change->after.firstKey());
    return {};
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
                  .arg(database().driver()->escapeIdentifier(ownerField, QSqlDriver::FieldName), tableReference()));
    q.bindValue(QStringLiteral(":id"), rowId(index.row()));
    choices->setOwner(q.exec() && q.next() ? q.value(0).toString() : QString());
    choices->select();
}
