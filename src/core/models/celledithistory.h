#pragma once

#include <QList>
#include <QString>
#include <QVariant>

/**
 * The in-place edits saved in this session, for Ctrl+Z / Ctrl+Shift+Z: each one's row, field, the
 * value before and after, and the row's version right after the save, so undoing it goes through
 * the same writer with the stale check (someone changed the row since: nothing is overwritten).
 */
class CellEditHistory
{
public:
    struct Change
    {
        QString rowId;
        QString field;
        QVariant before;
        QVariant after;
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
