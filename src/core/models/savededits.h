#pragma once

#include "foundation/result.h"
#include "models/celledithistory.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariantMap>

#include <functional>

/**
 * A table's saves from its page, in place or through the page's dialog, handed to the page's
 * repository (RowAccess), and their Ctrl+Z history: an undo writes the values before back against
 * the row's version right after that save, so a row someone changed since is refused as stale
 * instead of overwritten.
 */
class SavedEdits
{
    Q_DECLARE_TR_FUNCTIONS(SavedEdits)

public:
    // `read` gives the row's fields a dialog can change, as its repository has them; `write` saves
    // some of them in one save of that repository (validation, owner scope, the stale check against
    // `version`, audit); an empty version overwrites.
    struct RowAccess
    {
        std::function<Result<QVariantMap>(const QString &rowId)> read;
        std::function<Status(const QString &rowId, const QString &version, const QVariantMap &values)> write;
    };

    SavedEdits(QSqlDatabase db, QString table) : m_db(std::move(db)), m_table(std::move(table)) {}

    void setAccess(RowAccess access) { m_access = std::move(access); }
    bool hasAccess() const { return bool(m_access.write); }
    Result<QVariantMap> read(const QString &rowId) const;
    // Saves one field and records the change; an empty version overwrites.
    Status write(const QString &rowId, const QString &version, const QString &field, const QVariant &value);
    // A dialog saved the row: the fields that differ between `before` and `after` become one change.
    void recordSave(const QString &rowId, const QVariantMap &before, const QVariantMap &after);
    bool canUndo() const { return hasAccess() && m_history.canUndo(); }
    bool canRedo() const { return hasAccess() && m_history.canRedo(); }
    // Writes the change back (forward) and returns it.
    Result<CellEditHistory::Change> undo();
    Result<CellEditHistory::Change> redo();

private:
    Result<CellEditHistory::Change> replay(bool undo);
    // The row's field as stored (a foreign key's id, not its display value), and its version now.
    QVariant storedValue(const QString &rowId, const QString &field) const;
    QString storedVersion(const QString &rowId) const;

    QSqlDatabase m_db;
    QString m_table;
    RowAccess m_access;
    CellEditHistory m_history;
};
