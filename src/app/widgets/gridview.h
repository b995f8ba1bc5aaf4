#pragma once

#include <QByteArray>
#include <QSet>
#include <QTableView>

class QMenu;
class TableText;

/**
 * The table every page shows, behaving as admins know it from DBeaver and pgAdmin: Ctrl+C copies
 * the selected cells as tab-separated text with a header line (Ctrl+Shift+C without) and as an
 * HTML table; the rows' context menu offers Copy, Copy as CSV, Export selection… and the actions
 * the page added to the view; the header's context menu hides and shows columns and resets them,
 * and columns are reordered by dragging. saveState()/restoreState() carry that layout (widths,
 * order, visibility, sort) for whoever keeps it between runs.
 */
class GridView : public QTableView
{
    Q_OBJECT

public:
    explicit GridView(QWidget *parent = nullptr);

    // The selected cells: rows in view order, the visible columns holding a selected cell in their
    // on-screen order, as shown (a NULL as an empty string).
    TableText selectedText() const;
    void copySelection(bool withHeader);
    void copySelectionAsCsv();

    // Never offered in the header's menu: helper columns, withheld ones (a password hash).
    void setColumnOffered(int column, bool offered);
    bool isColumnOffered(int column) const { return !m_notOffered.contains(column); }
    // The layout "Reset columns" returns to; the page marks it once its columns are arranged.
    void markDefaultLayout();
    void resetLayout();
    // Widths, order, visibility and sort; restore after the model's columns are known (the first load).
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

    // Builds the rows' context menu (also used by tests to read what it offers).
    QMenu *createRowMenu(QWidget *parent);
    QMenu *createHeaderMenu(QWidget *parent);

signals:
    void exportSelectionRequested();
    void layoutChanged();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    enum class CopyKey { None, WithHeader, WithoutHeader };
    static CopyKey copyKey(const QKeyEvent *event);
    QString cellText(const QModelIndex &index) const;

    QSet<int> m_notOffered;
    QByteArray m_defaultLayout;
};
