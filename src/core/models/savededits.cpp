#include "models/savededits.h"

#include <QSqlDriver>
#include <QSqlQuery>

Result<QVariantMap> SavedEdits::read(const QString &rowId) const
{
    if (!m_access.read)
        return Error::invalid(tr("This table cannot be edited here."));
    return m_access.read(rowId);
}

Status SavedEdits::write(const QString &rowId, const QString &version, const QString &field, const QVariant &value)
{
    if (!hasAccess())
        return Error::invalid(tr("This table cannot be edited here."));
    // The value before, as the repository has it (what an undo hands back to it).
    const auto row = read(rowId);
    const QVariant before = row && row->contains(field) ? row->value(field) : storedValue(rowId, field);
    const Status saved = m_access.write(rowId, version, {{field, value}});
    if (saved)
        m_history.record({rowId, {{field, before}}, {{field, value}}, storedVersion(rowId)});
    return saved;
}

void SavedEdits::recordSave(const QString &rowId, const QVariantMap &before, const QVariantMap &after)
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

Result<CellEditHistory::Change> SavedEdits::undo()
{
    return replay(true);
}

Result<CellEditHistory::Change> SavedEdits::redo()
{
    return replay(false);
}

Result<CellEditHistory::Change> SavedEdits::replay(bool undo)
{
    if (undo ? !canUndo() : !canRedo())
        return Error::invalid(undo ? tr("There is no saved edit to undo.") : tr("There is no undone edit to redo."));
    const CellEditHistory::Change change = undo ? m_history.nextUndo() : m_history.nextRedo();
    if (const Status s = m_access.write(change.rowId, change.version, undo ? change.before : change.after); !s)
        return s.error();
    const QString version = storedVersion(change.rowId);
    if (undo)
        m_history.undone(version);
    else
        m_history.redone(version);
    return change;
}

QVariant SavedEdits::storedValue(const QString &rowId, const QString &field) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = CAST(:id AS uuid)")
                  .arg(m_db.driver()->escapeIdentifier(field, QSqlDriver::FieldName),
                       m_db.driver()->escapeIdentifier(m_table, QSqlDriver::TableName)));
    q.bindValue(QStringLiteral(":id"), rowId);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

QString SavedEdits::storedVersion(const QString &rowId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT xmin::text FROM %1 WHERE id = CAST(:id AS uuid)")
                  .arg(m_db.driver()->escapeIdentifier(m_table, QSqlDriver::TableName)));
    q.bindValue(QStringLiteral(":id"), rowId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}
