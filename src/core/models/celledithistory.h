#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

/**
 * The edits saved in this session, in place or in a dialog, for Ctrl+Z / Ctrl+Shift+Z: each one's
 * row, the fields it changed with their values before and after, and the row's version right after
 * the save, so undoing it goes through the same repository with the stale check (someone changed
 * the row since: nothing is overwritten).
 */
class CellEditHistory
{
public:
    struct Change
    {
        QString rowId;
        QVariantMap before;  // only the fields the edit changed
        QVariantMap after;
        QString version;  // the row's version once this change (or its undo) was saved
    };

    void record(const Change &change);
    bool canUndo() const { return !m_done.isEmpty(); }
    bool canRedo() const { return !m_undone.isEmpty(); }
    const Change &nextUndo() const { return m_done.constLast(); }
    const Change &nextRedo() const { return m_undone.constLast(); }
    // The caller wrote the undo (or redo); `version` is the row's version after that write.
    void undone(const QString &version);
    void redone(const QString &version);
    void clear();

private:
    void adopt(const QString &rowId, const QString &version);

    QList<Change> m_done;
    QList<Change> m_undone;
};
