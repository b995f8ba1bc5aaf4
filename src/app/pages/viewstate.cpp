#include "pages/viewstate.h"

#include "models/windowedtablemodel.h"

#include <QItemSelectionModel>
#include <QScrollBar>
#include <QTableView>

ViewState ViewState::capture(const QTableView *view, const WindowedTableModel *model)
{
    ViewState s;
    for (const QModelIndex &index : view->selectionModel()->selectedRows())
        s.m_selected << model->rowId(index.row());
    const QModelIndex current = view->currentIndex();
    if (current.isValid()) {
        s.m_current = model->rowId(current.row());
        s.m_currentColumn = current.column();
    }
    s.m_vertical = view->verticalScrollBar()->value();
    s.m_horizontal = view->horizontalScrollBar()->value();
    return s;
}

void ViewState::restore(QTableView *view, const WindowedTableModel *model) const
{
    QItemSelectionModel *selection = view->selectionModel();
    QItemSelection rows;
    const int lastColumn = model->columnCount() - 1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString id = model->rowId(row);
        if (id == m_current)
            selection->setCurrentIndex(model->index(row, qMax(0, m_currentColumn)), QItemSelectionModel::NoUpdate);
        if (m_selected.contains(id))
            rows.select(model->index(row, 0), model->index(row, lastColumn));
    }
    selection->select(rows, QItemSelectionModel::ClearAndSelect);
    view->verticalScrollBar()->setValue(m_vertical);
    view->horizontalScrollBar()->setValue(m_horizontal);
}
