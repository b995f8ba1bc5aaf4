#include "models/celledithistory.h"

namespace {
// A long session of edits must not grow without end; older ones are no longer undoable.
constexpr qsizetype MaxChanges = 200;
}

void CellEditHistory::record(const Change &change)
{
    m_done.append(change);
    adopt(change.rowId, change.version);
    if (m_done.size() > MaxChanges)
        m_done.removeFirst();
    m_undone.clear();  // a new edit ends the redo line, as in every editor
}

void CellEditHistory::undone(const QString &version)
{
    Change change = m_done.takeLast();
    change.version = version;
    m_undone.append(change);
    adopt(change.rowId, version);
}

void CellEditHistory::redone(const QString &version)
{
    Change change = m_undone.takeLast();
    change.version = version;
    m_done.append(change);
    adopt(change.rowId, version);
}

void CellEditHistory::adopt(const QString &rowId, const QString &version)
{
    // Our own later write to the row is not someone else's change: the row's earlier edits stay
    // undoable against its version now (a change by anyone else still makes them stale).
    for (QList<Change> *changes : {&m_done, &m_undone})
        for (Change &c : *changes)
            if (c.rowId == rowId)
                c.version = version;
}

void CellEditHistory::clear()
{
    m_done.clear();
    m_undone.clear();
}
