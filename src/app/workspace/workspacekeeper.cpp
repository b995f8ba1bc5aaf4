#include "workspace/workspacekeeper.h"

#include "health/healthpage.h"
#include "mainwindow.h"
#include "pages/tablepage.h"
#include "workspace/pagefilters.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QEvent>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>

namespace {
const QString HealthKey = QStringLiteral("health");
}

WorkspaceKeeper::WorkspaceKeeper(MainWindow *window, const QString &accountId)
    : QObject(window), m_window(window), m_workspace(accountId)
{
    // What a first start looks like, for Reset layout.
    m_defaultState = window->saveState();
    m_defaultSize = window->size();
    for (TablePage *page : pages()) {
        m_defaultHeaders.insert(int(page->entity()), page->tableView()->horizontalHeader()->saveState());
        m_defaultFilters.insert(int(page->entity()), PageFilters::capture(page));
    }
    addMenus();
}

QList<TablePage *> WorkspaceKeeper::pages() const
{
    QList<TablePage *> found;
    for (Entity entity : MainWindow::pageOrder())
        if (TablePage *page = m_window->page(entity))
            found << page;
    return found;
}

void WorkspaceKeeper::addMenus()
{
    m_viewMenu = m_window->findChild<QMenu *>(QStringLiteral("viewMenu"));
    if (!m_viewMenu) {
        m_viewMenu = new QMenu(m_window);
        m_ownsViewMenu = true;
        m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
        m_window->menuBar()->addMenu(m_viewMenu);
    }
    m_savedMenu = m_viewMenu->addMenu(QString());
    m_savedMenu->setObjectName(QStringLiteral("savedFiltersMenu"));
    connect(m_savedMenu, &QMenu::aboutToShow, this, &WorkspaceKeeper::fillSavedFiltersMenu);
    fillSavedFiltersMenu();
    m_viewMenu->addSeparator();
    QAction *reset = m_viewMenu->addAction(QString());
    reset->setObjectName(QStringLiteral("resetLayoutAction"));
    connect(reset, &QAction::triggered, this, &WorkspaceKeeper::resetLayout);
    // The menus are widgets and hear a language switch; this keeper is not one, so it listens to them.
    m_viewMenu->installEventFilter(this);
    retranslate();
}

void WorkspaceKeeper::retranslate()
{
    if (m_ownsViewMenu)
        m_viewMenu->setTitle(tr("&View"));
    m_savedMenu->setTitle(tr("&Saved filters"));
    if (auto *reset = m_viewMenu->findChild<QAction *>(QStringLiteral("resetLayoutAction"))) {
        reset->setText(tr("&Reset layout"));
        reset->setToolTip(tr("Window size, column widths, order, hidden columns, sort and filters back to how they first were"));
    }
}

bool WorkspaceKeeper::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewMenu && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void WorkspaceKeeper::fillSavedFiltersMenu()
{
    m_savedMenu->clear();
    const bool onTablePage = m_window->currentPage() != nullptr;
    QAction *save = m_savedMenu->addAction(tr("&Save current filters as…"));
    save->setObjectName(QStringLiteral("saveFiltersAction"));
    save->setEnabled(onTablePage);
    connect(save, &QAction::triggered, this, &WorkspaceKeeper::askToSaveFilters);
    const QStringList names = savedFilterNames();
    if (!names.isEmpty())
        m_savedMenu->addSeparator();
    for (const QString &name : names) {
        QAction *pick = m_savedMenu->addAction(name);
        pick->setData(name);
        connect(pick, &QAction::triggered, this, [this, name] { applySavedFilters(name); });
    }
    if (names.isEmpty())
        return;
    m_savedMenu->addSeparator();
    QAction *rename = m_savedMenu->addAction(tr("&Rename…"));
    rename->setObjectName(QStringLiteral("renameFiltersAction"));
    connect(rename, &QAction::triggered, this, &WorkspaceKeeper::askToRename);
    QAction *remove = m_savedMenu->addAction(tr("&Delete…"));
    remove->setObjectName(QStringLiteral("deleteFiltersAction"));
    connect(remove, &QAction::triggered, this, &WorkspaceKeeper::askToDelete);
}

QString WorkspaceKeeper::currentPageKey() const
{
    if (TablePage *page = m_window->currentPage())
        return Workspace::pageKey(page->entity());
    if (HealthPage *health = m_window->healthPage(); health && health->isVisibleTo(m_window))
        return HealthKey;
    return {};
}

void WorkspaceKeeper::restoreHeader(TablePage *page, const QByteArray &state)
{
    QHeaderView *header = page->tableView()->horizontalHeader();
    // restoreState() checks what it reads (a layout of another version of the page is ignored) and
    // moves the sort arrow without telling the model: sort the rows the way the arrow says.
    if (header->restoreState(state))
        page->tableView()->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void WorkspaceKeeper::restoreHeaderWhenLoaded(TablePage *page, const QByteArray &state)
{
    // A page fits its columns to the rows on its first load: the saved widths go on after that.
    if (page->isLoaded()) {
        restoreHeader(page, state);
        return;
    }
    auto *once = new QMetaObject::Connection;
    *once = connect(page, &TablePage::loaded, this, [page, state, once] {
        QObject::disconnect(*once);
        delete once;
        restoreHeader(page, state);
    });
}

void WorkspaceKeeper::restore()
{
    if (const QByteArray geometry = m_workspace.windowGeometry(); !geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    if (const QByteArray state = m_workspace.windowState(); !state.isEmpty())
        m_window->restoreState(state);
    for (TablePage *page : pages()) {
        if (const QByteArray header = m_workspace.header(page->entity()); !header.isEmpty())
            restoreHeaderWhenLoaded(page, header);
        if (const QVariantMap filters = m_workspace.filters(page->entity()); !filters.isEmpty())
            PageFilters::apply(page, filters);
    }
    const QString last = m_workspace.lastPage();
    if (last == HealthKey) {
        m_window->openHealthPage();
        return;
    }
    for (TablePage *page : pages())
        if (Workspace::pageKey(page->entity()) == last)
            m_window->openPage(page->entity());
}

bool WorkspaceKeeper::save()
{
    m_workspace.setWindow(m_window->saveGeometry(), m_window->saveState());
    if (const QString current = currentPageKey(); !current.isEmpty())
        m_workspace.setLastPage(current);
    for (TablePage *page : pages())
        m_workspace.setPage(page->entity(), page->tableView()->horizontalHeader()->saveState(), PageFilters::capture(page));
    return m_workspace.sync();
}

void WorkspaceKeeper::resetLayout()
{
    m_workspace.resetLayout();
    m_window->restoreState(m_defaultState);
    if (!m_window->isMaximized() && !m_window->isFullScreen())
        m_window->resize(m_defaultSize);
    for (TablePage *page : pages()) {
        restoreHeader(page, m_defaultHeaders.value(int(page->entity())));
        if (page->isLoaded())
            page->tableView()->resizeColumnsToContents();  // as the first load does
        PageFilters::apply(page, m_defaultFilters.value(int(page->entity())));
    }
    if (!m_workspace.sync())
        m_window->statusBar()->showMessage(tr("The layout was reset here, but the settings file could not be written."));
}

QStringList WorkspaceKeeper::savedFilterNames() const
{
    TablePage *page = m_window->currentPage();
    return page ? m_workspace.savedFilterNames(page->entity()) : QStringList();
}

bool WorkspaceKeeper::saveCurrentFilters(const QString &name)
{
    TablePage *page = m_window->currentPage();
    if (!page || !m_workspace.saveFilter(page->entity(), name, PageFilters::capture(page)))
        return false;
    if (!m_workspace.sync()) {
        m_window->statusBar()->showMessage(tr("The filters \"%1\" could not be saved: the settings file cannot be written.")
                                               .arg(name.trimmed()));
        return false;
    }
    m_window->statusBar()->showMessage(tr("Filters saved as \"%1\".").arg(name.trimmed()), 8000);
    return true;
}

bool WorkspaceKeeper::applySavedFilters(const QString &name)
{
    TablePage *page = m_window->currentPage();
    if (!page || !m_workspace.savedFilterNames(page->entity()).contains(name))
        return false;
    PageFilters::apply(page, m_workspace.savedFilter(page->entity(), name));
    return true;
}

bool WorkspaceKeeper::renameSavedFilters(const QString &from, const QString &to)
{
    TablePage *page = m_window->currentPage();
    return page && m_workspace.renameFilter(page->entity(), from, to) && m_workspace.sync();
}

void WorkspaceKeeper::deleteSavedFilters(const QString &name)
{
    if (TablePage *page = m_window->currentPage()) {
        m_workspace.removeFilter(page->entity(), name);
        if (!m_workspace.sync())
            m_window->statusBar()->showMessage(tr("The settings file cannot be written; \"%1\" may come back.").arg(name));
    }
}

void WorkspaceKeeper::askToSaveFilters()
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Save filters"),
                                               tr("Name for the current search and filters:"), QLineEdit::Normal,
                                               QString(), &ok);
    if (!ok)
        return;
    if (name.trimmed().isEmpty()) {
        m_window->statusBar()->showMessage(tr("The filters were not saved: give them a name."), 8000);
        return;
    }
    if (savedFilterNames().contains(name.trimmed())
        && QMessageBox::question(m_window, tr("Save filters"), tr("Replace the saved filters \"%1\"?").arg(name.trimmed()))
               != QMessageBox::Yes)
        return;
    saveCurrentFilters(name);
}

void WorkspaceKeeper::askToRename()
{
    bool ok = false;
    const QString from = QInputDialog::getItem(m_window, tr("Rename saved filters"), tr("Saved filters:"),
                                               savedFilterNames(), 0, false, &ok);
    if (!ok)
        return;
    const QString to = QInputDialog::getText(m_window, tr("Rename saved filters"), tr("New name:"), QLineEdit::Normal,
                                             from, &ok);
    if (!ok || to.trimmed() == from)
        return;
    if (!renameSavedFilters(from, to))
        m_window->statusBar()->showMessage(tr("\"%1\" was not renamed: the new name is empty or taken.").arg(from), 8000);
}

void WorkspaceKeeper::askToDelete()
{
    bool ok = false;
    const QString name = QInputDialog::getItem(m_window, tr("Delete saved filters"), tr("Saved filters:"),
                                               savedFilterNames(), 0, false, &ok);
    if (ok)
        deleteSavedFilters(name);
}
