#pragma once

#include <QString>
#include <QStringList>

class QTableView;
class WindowedTableModel;

/**
 * What the user sees of a table, by row id rather than row number: the selected rows, the current
 * row and column, and both scroll positions. Captured before the model reloads and put back after,
 * so a change made elsewhere does not move the user's place.
 */
class ViewState
{
public:
    static ViewState capture(const QTableView *view, const WindowedTableModel *model);
    // Rows that are gone stay unselected; the scroll positions are clamped to the new contents.
    void restore(QTableView *view, const WindowedTableModel *model) const;

    QStringList selectedIds() const { return m_selected; }
    QString currentId() const { return m_current; }

private:
    QStringList m_selected;
    QString m_current;
    int m_currentColumn = -1;
    int m_vertical = 0;
    int m_horizontal = 0;
};
