#include "mainwindow.h"
#include "accounts/accountrules.h"
#include "ui_mainwindow.h"

#include "health/healthpage.h"
#include "overview/overviewpage.h"
#include "pages/campaignspage.h"
#include "dialogs/changepassworddialog.h"
#include "pages/contactspage.h"
#include "dialogs/exportdialog.h"
#include "pages/groupspage.h"
#include "pages/messagespage.h"
#include "pages/sessionspage.h"
#include "pages/tablepage.h"
#include "pages/userspage.h"
#include "dialogs/settingsdialog.h"
#include "settings/languagepreference.h"
#include "theme/icontheme.h"
#include "widgets/helpmenu.h"
#include "widgets/toolsmenu.h"
#include "widgets/connectionbanner.h"
#include "workspace/workspacekeeper.h"
#include "live/sessionwatch.h"

#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QVBoxLayout>
#include <QMenuBar>
#include <QStatusBar>

#include <cstdio>
#include <tuple>

MainWindow::MainWindow(const SignedIn &signedIn, QWidget *parent)
    : QMainWindow(parent), ui(std::make_unique<Ui::MainWindow>()), m_signedIn(signedIn)
{
    ui->setupUi(this);
    m_who = new QLabel(this);
    ui->statusBar->addPermanentWidget(m_who);

    addOverview();
    // Only the pages this role may open are built at all.
    for (Entity entity : pageOrder()) {
        if (!signedIn.policy.canOpen(entity))
            continue;
        switch (entity) {
        case Entity::Users: addPage(new UsersPage(signedIn, this)); break;
        case Entity::Sessions: addPage(new SessionsPage(signedIn, this)); break;
        case Entity::Campaigns: addPage(new CampaignsPage(signedIn, this)); break;
        case Entity::Contacts: addPage(new ContactsPage(signedIn, this)); break;
        case Entity::Groups: addPage(new GroupsPage(signedIn, this)); break;
        case Entity::Messages: addPage(new MessagesPage(signedIn, this)); break;
        default: break;  // the remaining pages arrive with their own classes
        }
    }
    if (signedIn.policy.canSeeHealth()) {
        m_health = new HealthPage(signedIn, this);
        ui->pages->addWidget(m_health);
        ui->navigation->addItem(new QListWidgetItem(IconTheme::health(), m_health->title()));
        connect(m_health, &HealthPage::failed, this, [this](const QString &message) { ui->statusBar->showMessage(message); });
    }
    connect(ui->navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        ui->pages->setCurrentIndex(row);
        if (TablePage *p = currentPage(); p && !p->isLoaded())
            p->reload();
        else if (p && p->isStale())
            p->refreshInPlace();
        if (m_health && ui->pages->currentWidget() == m_health && !m_health->isLoaded())
            m_health->reload();
        if (m_overview && ui->pages->currentWidget() == m_overview && (!m_overview->isLoaded() || m_overviewStale)) {
            m_overviewStale = false;
            m_overview->reload();
        }
        updateActions();
    });
    connect(ui->newAction, &QAction::triggered, this, [this] { if (auto *p = currentPage()) p->newRecord(); });
    connect(ui->editAction, &QAction::triggered, this, [this] { if (auto *p = currentPage()) p->editCurrent(); });
    connect(ui->deleteAction, &QAction::triggered, this, [this] { if (auto *p = currentPage()) p->deleteSelected(); });
    connect(ui->refreshAction, &QAction::triggered, this, [this] {
        if (auto *p = currentPage())
            p->reload();
        else if (m_overview && ui->pages->currentWidget() == m_overview)
            m_overview->reload();
    });
    connect(ui->exportAction, &QAction::triggered, this, [this] { if (auto *p = currentPage()) p->exportCsv(); });
    // Reports: for staff as much as for admins; each summarises only the rows the role may see.
    const QList<std::tuple<QAction *, ReportKind, Entity>> reports = {
        {ui->campaignsReportAction, ReportKind::Campaigns, Entity::Campaigns},
        {ui->messagesReportAction, ReportKind::Messages, Entity::Messages},
        {ui->groupsReportAction, ReportKind::Groups, Entity::Groups}};
    for (const auto &[action, kind, entity] : reports) {
        action->setVisible(signedIn.policy.allows(Action::Export, entity));
        connect(action, &QAction::triggered, this, [this, kind = kind] {
            ExportDialog dialog(m_signedIn, kind, this);
            connect(&dialog, &ExportDialog::exportFinished, this, [this](bool, const QString &message) {
                statusBar()->showMessage(message, 10000);
            });
            dialog.exec();
        });
    }
    connect(ui->changePasswordAction, &QAction::triggered, this, &MainWindow::changePassword);
    connect(ui->settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(ui->quitAction, &QAction::triggered, this, &QWidget::close);
    ui->changePasswordAction->setEnabled(signedIn.policy.canChangeOwnPassword());
    // Admins only: the menu does not exist for other roles.
    if (signedIn.policy.canBackUpAndRestore())
        menuBar()->addMenu(new ToolsMenu(m_signedIn, this));
    addSessionActions();
    // Last, so Help stays the rightmost menu whatever was added before it.
    menuBar()->addMenu(new HelpMenu(m_signedIn, this));
    retranslate();
    updateActions();
    setUpLiveUpdates();
}

void MainWindow::setUpLiveUpdates()
{
    m_watch = new SessionWatch(m_signedIn, this);
    // The banner goes above the navigation and the pages.
    QWidget *pagesArea = takeCentralWidget();
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_watch->banner());
    layout->addWidget(pagesArea, 1);
    setCentralWidget(column);

    connect(m_watch, &SessionWatch::tablesChanged, this, &MainWindow::showChanges);
    connect(m_watch, &SessionWatch::reconnected, this, [this] {
        ui->statusBar->showMessage(tr("Connected to the database again; the page shows it as it is now."), 8000);
    });
    connect(m_watch, &SessionWatch::accountChanged, this, &MainWindow::accountChanged);
    m_watch->start();
}

void MainWindow::showChanges(const QSet<QString> &tables)
{
    for (TablePage *page : std::as_const(m_pages)) {
        const QStringList shown = page->liveTables();
        if (!page->isLoaded() || !QSet<QString>(shown.cbegin(), shown.cend()).intersects(tables))
            continue;
        if (page == currentPage())
            page->refreshInPlace();
        else
            page->markStale();  // refreshed when shown: one reload, not one per change
    }
    // The overview's figures come from every WaQtor table; its reads go to the summary table, never a count of messages.
    if (m_overview && m_overview->isLoaded()) {
        if (ui->pages->currentWidget() == m_overview)
            m_overview->reload();
        else
            m_overviewStale = true;
    }
    emit tablesChanged(tables);
}

void MainWindow::addSessionActions()
{
    // Texts come from retranslate(), so a language switch reaches them too.
    QAction *signOut = new QAction(IconTheme::icon(QStringLiteral("system-log-out")), QString(), this);
    signOut->setObjectName(QStringLiteral("signOutAction"));
    QAction *switchUser = new QAction(IconTheme::icon(QStringLiteral("system-switch-user")), QString(), this);
    switchUser->setObjectName(QStringLiteral("switchUserAction"));
    ui->fileMenu->insertAction(ui->quitAction, switchUser);
    ui->fileMenu->insertAction(ui->quitAction, signOut);
    ui->fileMenu->insertSeparator(ui->quitAction);
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(switchUser, &QAction::triggered, this, &MainWindow::switchUserRequested);
}

void MainWindow::retranslate()
{
    const QString role = AccountRules::roleText(m_signedIn.account.role);
    // A read-only connection says so where the role is: it is why nothing offers a change.
    if (m_signedIn.policy.readOnlyDatabase()) {
        setWindowTitle(tr("WaQtor Admin — %1 (%2, read-only connection)").arg(m_signedIn.account.email, role));
        m_who->setText(tr("%1 · %2 · read-only").arg(m_signedIn.account.email, m_signedIn.settings.describe()));
    } else {
        setWindowTitle(tr("WaQtor Admin — %1 (%2)").arg(m_signedIn.account.email, role));
        m_who->setText(tr("%1 · %2").arg(m_signedIn.account.email, m_signedIn.settings.describe()));
    }
    for (int row = 0; row < ui->navigation->count(); ++row) {
        if (auto *p = qobject_cast<TablePage *>(ui->pages->widget(row)))
            ui->navigation->item(row)->setText(p->title());
        else if (ui->pages->widget(row) == m_health)
            ui->navigation->item(row)->setText(m_health->title());
        else if (ui->pages->widget(row) == m_overview)
            ui->navigation->item(row)->setText(m_overview->title());
    }
    if (auto *signOut = findChild<QAction *>(QStringLiteral("signOutAction"))) {
        signOut->setText(tr("Sign &out"));
        signOut->setToolTip(tr("Close every page and connection and return to the sign-in dialog"));
    }
    if (auto *switchUser = findChild<QAction *>(QStringLiteral("switchUserAction"))) {
        switchUser->setText(tr("S&witch user…"));
        switchUser->setToolTip(tr("Sign in as someone else; this account closes once the other one is signed in"));
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_signedIn.account.id, LanguagePreference::load(m_signedIn.account.id), this);
    dialog.exec();
}

MainWindow::~MainWindow()
{
    // The pages are still here: their columns and filters are written before they go.
    if (m_workspace && !m_workspace->save())
        std::fprintf(stderr, "waqtor-admin: %s\n",
                     qPrintable(tr("The window layout could not be saved: the settings file cannot be written.")));
}

void MainWindow::restoreWorkspace()
{
    if (m_workspace)
        return;
    m_workspace = new WorkspaceKeeper(this, m_signedIn.account.id);
    m_workspace->restore();
}

QList<Entity> MainWindow::pageOrder()
{
    return {Entity::Users, Entity::Sessions, Entity::Campaigns, Entity::Contacts, Entity::Groups, Entity::Messages};
}

void MainWindow::addPage(TablePage *page)
{
    m_pages.insert(page->entity(), page);
    ui->pages->addWidget(page);
    ui->navigation->addItem(new QListWidgetItem(IconTheme::forEntity(page->entity()), page->title()));
    connect(page, &TablePage::loaded, this, [this, page] { emit pageLoaded(page); });
    connect(page, &TablePage::failed, this, [this, page](const QString &message) {
        ui->statusBar->showMessage(message);
        emit pageFailed(page, message);
    });
    connect(page, &TablePage::statusMessage, this, [this](const QString &m) { ui->statusBar->showMessage(m, 8000); });
    connect(page, &TablePage::selectionChanged, this, &MainWindow::updateActions);
}

bool MainWindow::openPage(Entity entity, QString *error)
{
    if (const Status allowed = m_signedIn.policy.check(Action::View, entity); !allowed) {
        if (error)
            *error = allowed.error().message;
        return false;
    }
    TablePage *p = m_pages.value(entity);
    if (!p) {
        if (error)
            *error = tr("The %1 page is not available in this version.").arg(PermissionPolicy::entityName(entity));
        return false;
    }
    const int row = ui->pages->indexOf(p);
    if (ui->navigation->currentRow() == row)
        p->reload();
    else
        ui->navigation->setCurrentRow(row);
    return true;
}

void MainWindow::addOverview()
{
    // First in the list and the stack: the page every role lands on after signing in.
    m_overview = new OverviewPage(m_signedIn, this);
    ui->pages->addWidget(m_overview);
    ui->navigation->addItem(new QListWidgetItem(IconTheme::overview(), m_overview->title()));
    connect(m_overview, &OverviewPage::failed, this, [this](const QString &message) { ui->statusBar->showMessage(message); });
    // A click on a chart opens that page through its own filter values.
    connect(m_overview, &OverviewPage::messagesRequested, this, [this](const MessageFilter &f) {
        if (auto *p = qobject_cast<MessagesPage *>(page(Entity::Messages))) {
            p->showFilter(f);
            openPage(Entity::Messages);
        }
    });
    connect(m_overview, &OverviewPage::sessionsRequested, this, [this](const SessionFilter &f, const QString &name) {
        if (auto *p = qobject_cast<SessionsPage *>(page(Entity::Sessions))) {
            p->showFilter(f, name);
            openPage(Entity::Sessions);
        }
    });
    connect(m_overview, &OverviewPage::campaignsRequested, this, [this](const CampaignFilter &f) {
        if (auto *p = qobject_cast<CampaignsPage *>(page(Entity::Campaigns))) {
            p->showFilter(f);
            openPage(Entity::Campaigns);
        }
    });
    connect(m_overview, &OverviewPage::contactsRequested, this, [this](const ContactFilter &f) {
        if (auto *p = qobject_cast<ContactsPage *>(page(Entity::Contacts))) {
            p->showFilter(f);
            openPage(Entity::Contacts);
        }
    });
}

bool MainWindow::openOverview()
{
    const int row = ui->pages->indexOf(m_overview);
    if (ui->navigation->currentRow() == row)
        m_overview->reload();
    else
        ui->navigation->setCurrentRow(row);
    return true;
}

bool MainWindow::openHealthPage(QString *error)
{
    if (const Status allowed = m_signedIn.policy.checkHealth(); !allowed || !m_health) {
        if (error)
            *error = allowed ? tr("The Health page is not available.") : allowed.error().message;
        return false;
    }
    const int row = ui->pages->indexOf(m_health);
    if (ui->navigation->currentRow() == row)
        m_health->reload();
    else
        ui->navigation->setCurrentRow(row);
    return true;
}

LiveUpdates *MainWindow::liveUpdates() const
{
    return m_watch->liveUpdates();
}

ConnectionBanner *MainWindow::connectionBanner() const
{
    return m_watch->banner();
}

TablePage *MainWindow::currentPage() const
{
    return qobject_cast<TablePage *>(ui->pages->currentWidget());
}

void MainWindow::updateActions()
{
    TablePage *p = currentPage();
    const PermissionPolicy &policy = m_signedIn.policy;
    const bool selected = p && p->hasSelection();
    // Actions a role may never take are hidden; the rest follow the selection.
    ui->newAction->setVisible(p && policy.allows(Action::Insert, p->entity()));
    ui->editAction->setVisible(p && policy.allows(Action::Edit, p->entity()));
    ui->deleteAction->setVisible(p && policy.allows(Action::Delete, p->entity()));
    ui->editAction->setEnabled(selected);
    ui->deleteAction->setEnabled(selected);
    ui->refreshAction->setEnabled(p != nullptr || (m_overview && ui->pages->currentWidget() == m_overview));
    ui->exportAction->setVisible(p && policy.allows(Action::Export, p->entity()));
    ui->exportAction->setEnabled(p && p->isLoaded());
}

void MainWindow::changePassword()
{
    ChangePasswordDialog dialog(m_signedIn, this);
    if (dialog.exec() == QDialog::Accepted)
        ui->statusBar->showMessage(tr("Your password was changed."), 8000);
}
