#include "widgets/gridview.h"

#include "csv/tabletext.h"

#include <QAbstractItemDelegate>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>
#include <QMimeData>
#include <QStyledItemDelegate>
#include <map>
#include <set>

GridView::GridView(QWidget *parent)
    : QTableView(parent)
{
    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = createHeaderMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(horizontalHeader()->viewport()->mapToGlobal(pos));
    });
    for (auto signal : {&QHeaderView::sectionMoved, &QHeaderView::sectionResized})
        connect(header, signal, this, &GridView::layoutChanged);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &GridView::layoutChanged);
}

QString GridView::cellText(const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::DisplayRole);
    if (value.isNull())
        return {};
    // As the cell shows it (dates to the second, yes/no), through the view's own delegate.
    if (const auto *delegate = qobject_cast<const QStyledItemDelegate *>(itemDelegateForIndex(index)))
        return delegate->displayText(value, locale());
    return value.toString();
}

TableText GridView::selectedText() const
{
    const QModelIndexList indexes = selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    std::set<int> rows;
    std::map<int, int> columns;  // on-screen position → column
    for (const QModelIndex &index : indexes) {
        if (isColumnHidden(index.column()) || isRowHidden(index.row()))
            continue;
        rows.insert(index.row());
        columns.emplace(horizontalHeader()->visualIndex(index.column()), index.column());
    }
    QStringList headers;
    for (const auto &[visual, column] : columns)
        headers << model()->headerData(column, Qt::Horizontal).toString();
    QList<QStringList> lines;
    for (const int row : rows) {
        QStringList line;
        for (const auto &[visual, column] : columns) {
            const QModelIndex index = model()->index(row, column);
            line << (selectionModel()->isSelected(index) ? cellText(index) : QString());
        }
        lines << line;
    }
    return TableText(headers, lines);
}

void GridView::copySelection(bool withHeader)
{
    const TableText text = selectedText();
    if (text.isEmpty())
        return;
    auto *mime = new QMimeData;
    mime->setText(text.tsv(withHeader));
    mime->setHtml(text.html(withHeader));
    QApplication::clipboard()->setMimeData(mime);
}

void GridView::copySelectionAsCsv()
{
    const TableText text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text.csv(true));
}

GridView::CopyKey GridView::copyKey(const QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy))
        return CopyKey::WithHeader;
    const auto combination = event->keyCombination();
    if (combination.key() == Qt::Key_C && combination.keyboardModifiers() == (Qt::ControlModifier | Qt::ShiftModifier))
        return CopyKey::WithoutHeader;
    return CopyKey::None;
}

bool GridView::event(QEvent *event)
{
    // Ours even when a window-wide action claims the same keys.
    if (event->type() == QEvent::ShortcutOverride && copyKey(static_cast<QKeyEvent *>(event)) != CopyKey::None) {
        event->accept();
        return true;
    }
    return QTableView::event(event);
}

void GridView::keyPressEvent(QKeyEvent *event)
{
    switch (copyKey(event)) {
    case CopyKey::WithHeader:
        copySelection(true);
        event->accept();
        return;
    case CopyKey::WithoutHeader:
        copySelection(false);
        event->accept();
        return;
    case CopyKey::None:
        break;
    }
    QTableView::keyPressEvent(event);
}

QMenu *GridView::createRowMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    const bool any = selectionModel() && selectionModel()->hasSelection();
    QAction *copy = menu->addAction(tr("&Copy"), this, [this] { copySelection(true); });
    copy->setShortcut(QKeySequence::Copy);
    copy->setObjectName(QStringLiteral("copyAction"));
    QAction *plain = menu->addAction(tr("Copy &without header"), this, [this] { copySelection(false); });
    plain->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    plain->setObjectName(QStringLiteral("copyWithoutHeaderAction"));
    QAction *csv = menu->addAction(tr("Copy as C&SV"), this, &GridView::copySelectionAsCsv);
    csv->setObjectName(QStringLiteral("copyCsvAction"));
    QAction *exportSelection = menu->addAction(tr("E&xport selection…"), this, &GridView::exportSelectionRequested);
    exportSelection->setObjectName(QStringLiteral("exportSelectionAction"));
    for (QAction *a : {copy, plain, csv, exportSelection})
        a->setEnabled(any);
    // The page's own actions (Edit…, Delete…, Members…) follow.
    const QList<QAction *> own = actions();
    if (!own.isEmpty()) {
        menu->addSeparator();
        menu->addActions(own);
    }
    return menu;
}

QMenu *GridView::createHeaderMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    QHeaderView *header = horizontalHeader();
    int shown = 0;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (isColumnOffered(column) && !isColumnHidden(column))
            ++shown;
    }
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!isColumnOffered(column))
            continue;
        QAction *toggle = menu->addAction(model()->headerData(column, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!isColumnHidden(column));
        // The last visible column stays: a table without columns cannot be right-clicked back.
        toggle->setEnabled(isColumnHidden(column) || shown > 1);
        connect(toggle, &QAction::toggled, this, [this, column](bool on) {
            setColumnHidden(column, !on);
            emit layoutChanged();
        });
    }
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("&Reset columns"), this, &GridView::resetLayout);
    reset->setObjectName(QStringLiteral("resetColumnsAction"));
    reset->setEnabled(!m_defaultLayout.isEmpty());
    return menu;
}

void GridView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createRowMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
    event->accept();
}

void GridView::setColumnOffered(int column, bool offered)
{
    if (offered)
        m_notOffered.remove(column);
    else
        m_notOffered.insert(column);
}

void GridView::markDefaultLayout()
{
    m_defaultLayout = horizontalHeader()->saveState();
}

void GridView::resetLayout()
{
    if (m_defaultLayout.isEmpty())
        return;
    restoreState(m_defaultLayout);
    emit layoutChanged();
}

QByteArray GridView::saveState() const
{
    return horizontalHeader()->saveState();
}

bool GridView::restoreState(const QByteArray &state)
{
    QHeaderView *header = horizontalHeader();
    if (!header->restoreState(state))
        return false;
    // A layout saved by another version must not bring helper or withheld columns into view.
    for (const int column : std::as_const(m_notOffered))
        setColumnHidden(column, true);
    if (isSortingEnabled())
        sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    return true;
}
