#include "widgets/windowscroller.h"

#include "models/windowedtablemodel.h"

#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QScrollBar>
#include <QTableView>

WindowScroller::WindowScroller(QTableView *view, WindowedTableModel *model, QObject *parent)
    : QObject(parent), m_view(view), m_model(model)
{
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { followView(); });
    view->installEventFilter(this);
}

int WindowScroller::step() const
{
    // Half a window: the rows in view always stay inside the window after a slide.
    return qMax(1, m_model->windowSize() / 2);
}

bool WindowScroller::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::ControlModifier && key->key() == Qt::Key_Home)
            return jumpToStart();
        if (key->modifiers() == Qt::ControlModifier && key->key() == Qt::Key_End)
            return jumpToEnd();
    }
    return QObject::eventFilter(watched, event);
}

bool WindowScroller::jumpToStart()
{
    const bool ok = m_model->firstPage();
    emit moved(ok);
    if (ok && m_model->rowCount() > 0) {
        m_view->scrollToTop();
        m_view->setCurrentIndex(m_model->index(0, m_view->currentIndex().isValid() ? m_view->currentIndex().column() : 0));
    }
    return true;
}

bool WindowScroller::jumpToEnd()
{
    const bool ok = m_model->lastPage();
    emit moved(ok);
    if (ok && m_model->rowCount() > 0) {
        m_view->scrollToBottom();
        const int column = m_view->currentIndex().isValid() ? m_view->currentIndex().column() : 0;
        m_view->setCurrentIndex(m_model->index(m_model->rowCount() - 1, column));
    }
    return true;
}

bool WindowScroller::followView()
{
    if (m_sliding || !m_view || m_model->rowCount() == 0)
        return false;
    const int top = m_view->rowAt(0);
    int bottom = m_view->rowAt(m_view->viewport()->height() - 1);
    if (bottom < 0)
        bottom = m_model->rowCount() - 1;
    const int screen = qMax(1, bottom - qMax(0, top) + 1);
    if (bottom >= m_model->rowCount() - 1 - screen / 2 && m_model->hasNextPage())
        return slide(true);
    if (top >= 0 && top <= screen / 2 && m_model->hasPreviousPage())
        return slide(false);
    return false;
}

bool WindowScroller::slide(bool forward)
{
    m_sliding = true;
    // The row at the top of the view, and the current and selected rows, by id: the window's rows
    // are replaced, and these must stay where the reader sees them.
    const int topRow = qMax(0, m_view->rowAt(0));
    const QString topId = m_model->rowId(topRow);
    const QModelIndex current = m_view->currentIndex();
    const QString currentId = current.isValid() ? m_model->rowId(current.row()) : QString();
    QStringList selected;
    if (m_view->selectionModel())
        for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
            selected << m_model->rowId(index.row());

    const bool ok = forward ? m_model->slideForward(step()) : m_model->slideBack(step());
    if (ok) {
        int newTop = -1;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QString id = m_model->rowId(row);
            if (id == topId)
                newTop = row;
            if (!currentId.isEmpty() && id == currentId)
                m_view->selectionModel()->setCurrentIndex(m_model->index(row, current.column()), QItemSelectionModel::NoUpdate);
            if (selected.contains(id))
                m_view->selectionModel()->select(m_model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        if (newTop >= 0)
            m_view->scrollTo(m_model->index(newTop, qMax(0, m_view->columnAt(0))), QAbstractItemView::PositionAtTop);
    }
    m_sliding = false;
    emit moved(ok);
    return ok;
}
