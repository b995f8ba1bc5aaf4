#pragma once

#include "accounts/accountstanding.h"
#include "accounts/permissionpolicy.h"
#include "accounts/signedin.h"

#include <QMainWindow>
#include <QMap>
#include <memory>

namespace Ui { class MainWindow; }
class ConnectionBanner;
class HealthPage;
class OverviewPage;
class LiveUpdates;
class SessionWatch;
class TablePage;
class WorkspaceKeeper;

/** Navigation between the pages the signed-in role may open, and the actions that work on the current one. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const SignedIn &signedIn, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (and loads) a page; false with a sentence in *error when the role may not open it.
    bool openPage(Entity entity, QString *error = nullptr);
    TablePage *currentPage() const;
    TablePage *page(Entity entity) const { return m_pages.value(entity); }
    static QList<Entity> pageOrder();
    // The admins' Health page (nullptr for other roles); opening it as another role fails with a sentence.
    HealthPage *healthPage() const { return m_health; }
    bool openHealthPage(QString *error = nullptr);
    // The first page after sign-in, for every role.
    OverviewPage *overviewPage() const { return m_overview; }
    bool openOverview();

    // Brings back the signed-in account's window, last page, columns and filters, offers View →
    // Reset layout and Saved filters, and writes them all again when the window goes. Not called
    // for --screenshot runs, which must look the same on every computer.
    void restoreWorkspace();
    WorkspaceKeeper *workspace() const { return m_workspace; }
    LiveUpdates *liveUpdates() const;
    ConnectionBanner *connectionBanner() const;

protected:
    void changeEvent(QEvent *event) override;

signals:
    void pageLoaded(TablePage *page);
    void pageFailed(TablePage *page, const QString &message);
    // File → Sign out / Switch user: AppSession closes this window and its connections.
    void signOutRequested();
    void switchUserRequested();
    // Other clients changed these tables (at most once a second): for views beside the table pages.
    void tablesChanged(const QSet<QString> &tables);
    // The signed-in account was deactivated, deleted or given another role by someone else; `message`
    // says so. Sent once: whoever owns the window rebuilds it for the new rights, or signs out.
    void accountChanged(const Standing &standing, const QString &message);

private:
    void setUpLiveUpdates();
    void showChanges(const QSet<QString> &tables);
    void addPage(TablePage *page);
    void addOverview();
    void updateActions();
    void addSessionActions();
    void changePassword();
    void openSettings();
    // Texts set in code (the .ui's come from retranslateUi): on creation and on every language change.
    void retranslate();

    std::unique_ptr<Ui::MainWindow> ui;
    const SignedIn &m_signedIn;
    QMap<Entity, TablePage *> m_pages;
    HealthPage *m_health = nullptr;
    class QLabel *m_who = nullptr;
    OverviewPage *m_overview = nullptr;
    WorkspaceKeeper *m_workspace = nullptr;
    SessionWatch *m_watch = nullptr;
    bool m_overviewStale = false;  // other clients changed tables while the overview was not shown
};
