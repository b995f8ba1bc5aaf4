#include "pages/tablepage.h"

#include "pages/filterbar.h"
#include "pages/inplaceediting.h"
#include "pages/rowcount.h"
#include "pages/viewstate.h"

#include "delegates/celldelegate.h"
#include "db/databaseprobe.h"
#include "dialogs/exportdialog.h"
#include "foundation/sqlerrortext.h"
#include "models/windowedtablemodel.h"
#include "widgets/gridview.h"
#include "widgets/windowscroller.h"

#include <QAbstractButton>
#include <QAction>
#include <QBoxLayout>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSqlError>
#include <QSqlRecord>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

TablePage::TablePage(Entity entity, const SignedIn &signedIn, QWidget *parent)
    : QWidget(parent), m_entity(entity), m_signedIn(signedIn)
{
}

TablePage::~TablePage()
{
    // A count still running must not outlive the page's members: cancelled and waited for first.
    delete m_rowCount;
}

void TablePage::startExactCount()
{
    m_rowCount->start();
}

void TablePage::cancelExactCount()
{
    m_rowCount->cancel();
}

bool TablePage::isCountingExactly() const
{
    return m_rowCount && m_rowCount->isCounting();
}

qsizetype TablePage::countWorkers() const
{
    return m_rowCount ? m_rowCount->workers() : 0;
}

void TablePage::setUp(const Widgets &widgets, WindowedTableModel *model)
{
    m_widgets = widgets;
    m_model = model;
    GridView *view = widgets.table;
    view->setModel(model);
    view->setItemDelegate(new CellDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSortIndicator(model->fieldIndex(QStringLiteral("created_at")), Qt::DescendingOrder);
    view->horizontalHeader()->setStretchLastSection(true);
    // Columns fit the rows in view (all of them while the table is hidden), not every row of the
    // window: measuring 200 long message texts took most of the Messages page's first window.
    view->horizontalHeader()->setResizeContentsPrecision(0);
    connect(view, &QTableView::doubleClicked, this, [this] { editCurrent(); });
    connect(view, &GridView::exportSelectionRequested, this, &TablePage::exportCsv);
    if (widgets.search) {
        // Ctrl+F: the page's search, its text selected so typing replaces it.
        auto *find = new QAction(this);
        find->setObjectName(QStringLiteral("findAction"));
        // Named again on a language switch: Help → Keyboard shortcuts lists it by this text.
        onLanguageChange([find] { find->setText(tr("&Find")); });
        find->setShortcut(QKeySequence::Find);
        find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(find);
        connect(find, &QAction::triggered, this, [search = widgets.search] {
            search->setFocus(Qt::ShortcutFocusReason);
            search->selectAll();
        });
    }
    addRowActions();
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TablePage::selectionChanged);

    m_filters = new FilterBar(m_signedIn, widgets.search, widgets.status, widgets.owner, this);
    connect(m_filters, &FilterBar::changed, this, &TablePage::reload);
    connect(m_filters, &FilterBar::statusMessage, this, &TablePage::statusMessage);
    connect(widgets.previous, &QAbstractButton::clicked, this, [this] {
        if (m_model->previousPage())
            updatePaging();
    });
    connect(widgets.next, &QAbstractButton::clicked, this, [this] {
        if (m_model->nextPage())
            updatePaging();
    });
    connect(view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] { updatePaging(); });
    // Scrolling pages: the window slides as the view reaches its ends; Ctrl+Home / Ctrl+End jump.
    auto *scroller = new WindowScroller(view, model, this);
    connect(scroller, &WindowScroller::moved, this, [this](bool ok) {
        if (ok) {
            updatePaging();
            return;
        }
        const Error error = SqlErrorText::toError(tr("Could not load the %1").arg(PermissionPolicy::entityName(m_entity)),
                                                  m_model->lastError());
        emit statusMessage(error.message);
    });
    m_rowCount = new RowCount(m_signedIn, m_model, m_widgets.count, [this] { return title(); },
                              [this] { return m_loaded; }, this);
    connect(m_rowCount, &RowCount::counted, this, &TablePage::showRows);  // after Ctrl+End the rows' numbers follow
    connect(m_rowCount, &RowCount::statusMessage, this, &TablePage::statusMessage);
    m_rowCount->addButton();
}

QTableView *TablePage::tableView() const
{
    return m_widgets.table;
}

// The rows' context menu offers the page's Edit… and Delete… after Copy (GridView adds the view's actions).
void TablePage::addRowActions()
{
    GridView *view = m_widgets.table;
    if (policy().allows(Action::Edit, m_entity)) {
        auto *edit = new QAction(view);
        edit->setObjectName(QStringLiteral("rowEditAction"));
        onLanguageChange([edit] { edit->setText(tr("&Edit…")); });
        connect(edit, &QAction::triggered, this, [this] { editCurrent(); });
        view->addAction(edit);
    }
    if (policy().allows(Action::Delete, m_entity)) {
        auto *remove = new QAction(view);
        remove->setObjectName(QStringLiteral("rowDeleteAction"));
        onLanguageChange([remove] { remove->setText(tr("&Delete…")); });
        connect(remove, &QAction::triggered, this, [this] { deleteSelected(); });
        view->addAction(remove);
    }
}

void TablePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (const auto &retranslate : std::as_const(m_retranslations))
            retranslate();
        if (m_filters)
            m_filters->retranslate();
        if (m_loaded)
            updatePaging();  // the count and row labels, in the new language and digits
        else if (m_rowCount)
            m_rowCount->showButton();
    }
    QWidget::changeEvent(event);
}

void TablePage::onLanguageChange(std::function<void()> retranslate)
{
    retranslate();
    m_retranslations.append(std::move(retranslate));
}

void TablePage::showFiltered(const QString &text, const QString &status, const QString &ownerId)
{
    m_filters->show(text, status, ownerId);
}

QString TablePage::ownerFilter() const
{
    if (m_filters)
        return m_filters->owner();
    // Before setUp() (a page's first, scoped select): no owner chosen yet.
    return policy().seesAllOwners() ? QString() : policy().ownerScope();
}

bool TablePage::reload()
{
    // New filters (or rows changed by an edit): an exact count of the old ones no longer applies.
    m_rowCount->invalidate();
    applyFilters();
    if (!m_model->firstPage()) {
        const Error error = SqlErrorText::toError(tr("Could not load the %1").arg(PermissionPolicy::entityName(m_entity)),
                                                  m_model->lastError());
        m_widgets.count->setText(error.message);
        emit failed(error.message);
        return false;
    }
    // Our own helper columns (row id, window numbering) stay out of sight, and out of the header's
    // menu with the withheld ones (a password hash is never fetched).
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const bool helper = c >= m_model->shownColumnCount();
        if (c >= m_model->tableColumnCount() && helper)
            m_widgets.table->setColumnHidden(c, true);
        m_widgets.table->setColumnOffered(c, !helper && !m_model->isWithheld(c));
    }
    const bool first = !m_loaded;
    for (int c = m_model->tableColumnCount(); c < m_model->shownColumnCount(); ++c) {
        if (first)
            m_widgets.table->setColumnHidden(c, true);  // a page shows its computed columns itself
    }
    m_loaded = true;  // the filters and the scope apply: counting may start
    updatePaging();
    if (first)
        m_widgets.table->resizeColumnsToContents();
    m_stale = false;
    m_rowCount->showButton();
    emit loaded();
    if (first)
        m_widgets.table->markDefaultLayout();  // what "Reset columns" returns to, as the page arranged it
    return true;
}

QStringList TablePage::liveTables() const
{
    // Each page's own table, and those whose names it shows beside its rows (owner emails, session names).
    switch (m_entity) {
    case Entity::Users: return {QStringLiteral("users")};
    case Entity::Sessions: return {QStringLiteral("whatsapp_sessions"), QStringLiteral("users")};
    case Entity::Campaigns: return {QStringLiteral("campaigns"), QStringLiteral("whatsapp_sessions"), QStringLiteral("users")};
    case Entity::Contacts: return {QStringLiteral("recipients"), QStringLiteral("users")};
    case Entity::Groups: return {QStringLiteral("recipients"), QStringLiteral("users")};  // member counts
    case Entity::Messages: return {QStringLiteral("messages"), QStringLiteral("whatsapp_sessions")};
    }
    return {};
}

void TablePage::refreshInPlace()
{
    if (!m_loaded)
        return;  // its first load shows the change anyway
    QTableView *view = m_widgets.table;
    // An in-place editor is a widget of the viewport's own while it is open (the view's state() is protected).
    const QList<QWidget *> editors = view->viewport()->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    const bool editing = std::any_of(editors.cbegin(), editors.cend(), [](const QWidget *w) { return w->isVisible(); });
    if (editing) {
        // Reloading would close the editor and drop what is typed: look again shortly.
        if (!std::exchange(m_refreshWaits, true))
            QTimer::singleShot(250, this, [this] {
                m_refreshWaits = false;
                refreshInPlace();
            });
        return;
    }
    const ViewState state = ViewState::capture(view, m_model);
    m_rowCount->invalidate();
    bool ok = m_model->select();
    // Past the first rows the window's boundary row may be the one that went: start again from the top
    // (after Ctrl+End the window's offset is unknown, so it counts as past the first rows).
    const std::optional<qint64> offset = m_model->firstRowOffset();
    if (ok && m_model->rowCount() == 0 && (!offset || *offset > 0))
        ok = m_model->firstPage();
    if (!ok) {
        const Error error = SqlErrorText::toError(tr("Could not load the %1").arg(PermissionPolicy::entityName(m_entity)),
                                                  m_model->lastError());
        emit failed(error.message);
        return;
    }
    // Only our helper columns: the computed ones are shown or hidden by the page and the user.
    for (int c = m_model->shownColumnCount(); c < m_model->columnCount(); ++c)
        view->setColumnHidden(c, true);
    m_stale = false;
    updatePaging();
    state.restore(view, m_model);
    emit refreshed();
}

void TablePage::updatePaging()
{
    m_widgets.previous->setEnabled(m_model->hasPreviousPage());
    m_widgets.next->setEnabled(m_model->hasNextPage());
    showRows();
    m_rowCount->update();
    emit selectionChanged();
}

void TablePage::showRows()
{
    const int rows = m_model->rowCount();
    std::optional<qint64> offset = m_model->firstRowOffset();
    if (const std::optional<qint64> total = m_rowCount->exact(); !offset && total)
        offset = *total - rows;  // the window ends the result (Ctrl+End)
    if (rows == 0)
        m_widgets.page->setText(tr("No rows"));
    else if (offset)
        m_widgets.page->setText(tr("Rows %L1–%L2").arg(*offset + 1).arg(*offset + rows));
    else if (!m_model->hasNextPage())
        m_widgets.page->setText(tr("The last %L1 rows").arg(rows));
    else
        m_widgets.page->setText(tr("%Ln rows", nullptr, rows));  // a window opened on one row, its place unknown
}

void TablePage::exportCsv()
{
    if (!m_loaded || !policy().allows(Action::Export, m_entity))
        return;
    // Exactly what the page shows: its conditions and their bound values, and its sort order.
    ExportFilter view;
    view.viewConditions = m_model->whereClause();
    view.viewSettings = m_model->boundParameters();
    view.viewOrder = m_model->orderBy();
    ExportDialog dialog(m_signedIn, m_entity, title(), view, hasSelection() ? selectedIds() : QStringList(), this);
    connect(&dialog, &ExportDialog::exportFinished, this, [this](bool, const QString &message) { emit statusMessage(message); });
    dialog.exec();
}

bool TablePage::hasSelection() const
{
    return m_widgets.table && m_widgets.table->selectionModel() && m_widgets.table->selectionModel()->hasSelection();
}

void TablePage::showCreated(const QString &id, const QString &created)
{
    if (!reload())
        return;
    if (!m_model->showRow(id)) {
        emit statusMessage(created + u' ' + tr("It does not match the current filters, so it is not shown."));
        return;
    }
    updatePaging();
    const QModelIndex cell = m_model->index(m_model->rowOf(id), m_widgets.table->horizontalHeader()->logicalIndexAt(0));
    m_widgets.table->setCurrentIndex(cell);
    m_widgets.table->selectionModel()->select(cell, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_widgets.table->scrollTo(cell);
    emit statusMessage(created);
}

QString TablePage::currentId() const
{
    const QModelIndex index = m_widgets.table->currentIndex();
    return index.isValid() ? m_model->rowId(index.row()) : QString();
}

QStringList TablePage::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_widgets.table->selectionModel()->selectedRows())
        ids << m_model->rowId(index.row());
    return ids;
}

void TablePage::showError(const Error &error)
{
    QMessageBox box(QMessageBox::Warning, title(), error.message, QMessageBox::Ok, this);
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    box.exec();
}

void TablePage::enableInPlaceEditing(QStringList fields, WindowedTableModel::RowAccess access)
{
    if (!policy().allows(Action::Edit, m_entity))
        return;  // a viewer's table stays read-only
    if (!policy().seesAllOwners())
        fields.removeAll(QStringLiteral("user_id"));
    m_editing = new InPlaceEditing(this, m_model, fields, std::move(access));
    // Double-click opens the dialog; F2 or a second click on a selected cell edits in place.
    m_widgets.table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    connect(m_editing, &InPlaceEditing::statusMessage, this, &TablePage::statusMessage);
    connect(m_editing, &InPlaceEditing::errorOccurred, this, &TablePage::showError);
    connect(m_editing, &InPlaceEditing::reloadRequested, this, &TablePage::reload);
    onLanguageChange([editing = m_editing] { editing->retranslate(); });
}

bool TablePage::editWithUndo(const QString &rowId, const std::function<bool()> &runDialog)
{
    return m_editing ? m_editing->editWithUndo(rowId, runDialog) : runDialog();
}
