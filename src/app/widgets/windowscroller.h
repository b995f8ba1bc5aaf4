#pragma once

#include <QObject>
#include <QPointer>

class QTableView;
class WindowedTableModel;

/**
 * Makes a windowed table scroll through the whole result: near the bottom of the rows held the
 * window slides forward by part of its size (the next keyset window), near the top it slides back,
 * and the row that was at the top of the view stays there. Only the model's window of rows is ever
 * held, so memory stays flat however far one scrolls. Ctrl+Home and Ctrl+End jump to the first and
 * the last rows of the whole result (the last through the reversed keyset).
 */
class WindowScroller : public QObject
{
    Q_OBJECT

public:
    WindowScroller(QTableView *view, WindowedTableModel *model, QObject *parent = nullptr);

    // Rows the window moves by when the view reaches one of its ends.
    int step() const;
    bool jumpToStart();
    bool jumpToEnd();
    // Slides the window when the view shows rows within a screen of its ends; true when it moved.
    bool followView();

signals:
    // The window moved (the page updates its row labels); false: the server refused the query.
    void moved(bool ok);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool slide(bool forward);

    QPointer<QTableView> m_view;
    WindowedTableModel *m_model;
    bool m_sliding = false;
};
