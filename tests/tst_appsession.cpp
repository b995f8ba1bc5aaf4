// File → Sign out and Switch user: the window, its pages and their worker connections and the account's
// own connection are closed, as a second connection sees in pg_stat_activity, before the sign-in dialog
// shows again; cancelling it after a sign-out ends the program, after Switch user keeps the account.
#include "appsession.h"
#include "mainwindow.h"
#include "live/liveupdates.h"

#include "accounts/accountservice.h"
#include "dialogs/logindialog.h"
#include "guitest.h"
#include "health/healthpage.h"
#include "pages/tablepage.h"

#include <QAction>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

class tst_AppSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signOutClosesEveryConnection();
    void signOutThenSignInAsAnother();
    void switchUserCancelledKeepsAccount();
    void switchUserClosesOldAccount();
    void followsAccountChangedElsewhere_data();
    void followsAccountChangedElsewhere();

private:
    // The other connections to the test database: the app's, as the server sees them.
    int appConnections();
    // Opens the pages whose loading starts worker connections, and waits until they are loaded.
    void openBusyPages(MainWindow *window);
    void signInThroughDialog(QDialog *dialog, const QString &email);
    MainWindow *openAsAdmin(AppSession &session);
    // The backend of the GUI connection of that name (the first sign-in of a session has the plain stem).
    qint64 mainConnectionPid(const QString &connectionName);

    TestDatabase m_db;
};

namespace {
const QString Password = QStringLiteral("session-test-password");
}

void tst_AppSession::initTestCase()
{
    qRegisterMetaType<MainWindow *>();
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    AccountService accounts(m_db.connection(), QStringLiteral("test"));
    QVERIFY_OK(accounts.createUser("admin@example.com", Password, {}, "admin"));
    QVERIFY_OK(accounts.createUser("marketer@example.com", Password, {}, "user"));
    QVERIFY(m_db.exec("INSERT INTO recipients (user_id, phone_number, name) "
                      "SELECT u.id, '+9665000' || lpad(g::text, 5, '0'), 'Name ' || g "
                      "FROM users u, generate_series(1, 300) g WHERE u.email = 'marketer@example.com'"));
}

int tst_AppSession::appConnections()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")
        || !q.next())
        return -1;
    return q.value(0).toInt();
}

qint64 tst_AppSession::mainConnectionPid(const QString &connectionName)
{
    const QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    if (!db.isOpen())
        return -1;
    QSqlQuery q(db);
    return q.exec("SELECT pg_backend_pid()") && q.next() ? q.value(0).toLongLong() : -1;
}

MainWindow *tst_AppSession::openAsAdmin(AppSession &session)
{
    const auto admin = SignedIn::signIn(m_db.settings(), "admin@example.com", Password, session.nextConnectionName());
    if (!admin)
        return nullptr;
    return session.open(admin.value());
}

void tst_AppSession::openBusyPages(MainWindow *window)
{
    for (Entity entity : {Entity::Contacts, Entity::Messages, Entity::Users}) {
        QVERIFY(window->openPage(entity));
        QTRY_VERIFY(window->page(entity)->isLoaded());
    }
    QVERIFY(window->openHealthPage());
    QTRY_VERIFY(window->healthPage()->isLoaded());
}

void tst_AppSession::signInThroughDialog(QDialog *dialog, const QString &email)
{
    dialog->findChild<QLineEdit *>("emailEdit")->setText(email);
    dialog->findChild<QLineEdit *>("passwordEdit")->setText(Password);
    dialog->accept();
    // A failed sign-in leaves the dialog open: close it so the test fails instead of hanging.
    if (dialog->isVisible()) {
        qWarning("sign-in failed: %s", qPrintable(qobject_cast<LoginDialog *>(dialog)->errorText()));
        dialog->reject();
    }
}

void tst_AppSession::signOutClosesEveryConnection()
{
    AppSession session(m_db.settings(), "session-a");
    QSignalSpy finished(&session, &AppSession::finished);
    MainWindow *window = openAsAdmin(session);
    QVERIFY(window);
    openBusyPages(window);
    QVERIFY(appConnections() >= 1);

    bool sawSignIn = false;
    int whileSigningIn = -1;
    GuiTest::onNextModal([&](QDialog *dialog) {
        sawSignIn = qobject_cast<LoginDialog *>(dialog) != nullptr;
        // Waits while the dialog shows: workers may take a moment to hang up.
        if (!QTest::qWaitFor([&] { return appConnections() == 0; }, 10000))
            qWarning("the app's connections were still open after 10 s");
        whileSigningIn = appConnections();
        dialog->reject();
    });
    window->findChild<QAction *>("signOutAction")->trigger();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(sawSignIn);
    QCOMPARE(whileSigningIn, 0);
    QVERIFY(!session.window());
    QCOMPARE(appConnections(), 0);
}

void tst_AppSession::signOutThenSignInAsAnother()
{
    AppSession session(m_db.settings(), "session-b");
    QSignalSpy finished(&session, &AppSession::finished);
    QSignalSpy opened(&session, &AppSession::windowOpened);
    MainWindow *window = openAsAdmin(session);
    QVERIFY(window);
    openBusyPages(window);
    const qint64 adminPid = mainConnectionPid("session-b");
    QVERIFY(adminPid > 0);

    GuiTest::onNextModal([&](QDialog *dialog) { signInThroughDialog(dialog, "marketer@example.com"); });
    window->findChild<QAction *>("signOutAction")->trigger();
    QTRY_COMPARE(opened.count(), 2);
    QCOMPARE(finished.count(), 0);
    MainWindow *marketers = session.window();
    QVERIFY(marketers);
    QVERIFY2(marketers->windowTitle().contains("marketer@example.com"), qPrintable(marketers->windowTitle()));
    QVERIFY(!marketers->page(Entity::Users));  // built for the new role, not the old one
    QVERIFY(marketers->openPage(Entity::Contacts));
    QTRY_VERIFY(marketers->page(Entity::Contacts)->isLoaded());
    QCOMPARE(marketers->page(Entity::Contacts)->model()->rowCount() > 0, true);
    QSqlQuery q(m_db.connection());
    QVERIFY_SQL(q, exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = %1").arg(adminPid)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void tst_AppSession::switchUserCancelledKeepsAccount()
{
    AppSession session(m_db.settings(), "session-c");
    QSignalSpy finished(&session, &AppSession::finished);
    MainWindow *window = openAsAdmin(session);
    QVERIFY(window);
    QVERIFY(window->openPage(Entity::Contacts));
    QTRY_VERIFY(window->page(Entity::Contacts)->isLoaded());
    const qint64 pid = mainConnectionPid("session-c");
    QVERIFY(pid > 0);

    bool sawSignIn = false;
    GuiTest::onNextModal([&](QDialog *dialog) {
        sawSignIn = qobject_cast<LoginDialog *>(dialog) != nullptr;
        dialog->reject();
    });
    window->findChild<QAction *>("switchUserAction")->trigger();
    QTRY_VERIFY(sawSignIn);
    QTest::qWait(0);
    QCOMPARE(session.window(), window);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(mainConnectionPid("session-c"), pid);  // the same connection, still open
    QVERIFY(window->openPage(Entity::Users));
    QTRY_VERIFY(window->page(Entity::Users)->isLoaded());
}

void tst_AppSession::switchUserClosesOldAccount()
{
    AppSession session(m_db.settings(), "session-d");
    QSignalSpy opened(&session, &AppSession::windowOpened);
    MainWindow *window = openAsAdmin(session);
    QVERIFY(window);
    openBusyPages(window);
    const qint64 adminPid = mainConnectionPid("session-d");
    QVERIFY(adminPid > 0);

    GuiTest::onNextModal([&](QDialog *dialog) { signInThroughDialog(dialog, "marketer@example.com"); });
    window->findChild<QAction *>("switchUserAction")->trigger();
    QTRY_COMPARE(opened.count(), 2);
    QVERIFY(session.window()->windowTitle().contains("marketer@example.com"));
    // The admin's connection and every worker of the admin's pages are gone; only the marketer's remain.
    QSqlQuery q(m_db.connection());
    QTRY_VERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = %1").arg(adminPid)) && q.next()
                && q.value(0).toInt() == 0);
    QVERIFY(session.window()->openPage(Entity::Contacts));
    QTRY_VERIFY(session.window()->page(Entity::Contacts)->isLoaded());
    // The marketer's own connection and its window's live-updates listener; the old account's, and the
    // pages' workers, are gone. A worker ends a moment after its answer (the page's exact count), longer
    // on a loaded machine, hence the longer wait.
    QTRY_VERIFY(session.window()->liveUpdates()->isListening());
    QTRY_COMPARE_WITH_TIMEOUT(appConnections(), 2, 20000);
}

void tst_AppSession::followsAccountChangedElsewhere_data()
{
    QTest::addColumn<bool>("exists");
    QTest::addColumn<bool>("active");
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("signInAgain");
    QTest::newRow("made a user") << true << true << "user" << false;
    QTest::newRow("made a viewer") << true << true << "viewer" << false;
    QTest::newRow("deactivated") << true << false << "admin" << true;
    QTest::newRow("deleted") << false << false << "" << true;
}

// Another admin changed this account (LiveUpdates or a refused write says so through accountChanged):
// a new role rebuilds the window with that role's rights on the same connection; a deactivated or
// deleted account gets the sign-in dialog. The sentence is shown first, either way.
void tst_AppSession::followsAccountChangedElsewhere()
{
    QFETCH(bool, exists);
    QFETCH(bool, active);
    QFETCH(QString, role);
    QFETCH(bool, signInAgain);
    AppSession session(m_db.settings(), QStringLiteral("session-follow-") + QTest::currentDataTag());
    QSignalSpy finished(&session, &AppSession::finished);
    QSignalSpy opened(&session, &AppSession::windowOpened);
    MainWindow *window = openAsAdmin(session);
    QVERIFY(window);
    QVERIFY(window->healthPage());  // an admin's window
    QCOMPARE(opened.count(), 1);

    const QString message = QStringLiteral("Your account was changed by another admin.");
    QString shown;
    bool sawSignIn = false;
    int whileSigningIn = -1;
    GuiTest::onNextModal([&](QDialog *dialog) {
        if (auto *box = qobject_cast<QMessageBox *>(dialog))
            shown = box->text();
        if (signInAgain)
            GuiTest::onNextModal([&](QDialog *next) {
                sawSignIn = qobject_cast<LoginDialog *>(next) != nullptr;
                // The old window's workers and listener hang up while the dialog shows (longer when busy);
                // whileSigningIn, checked below, says whether they did.
                (void)QTest::qWaitFor([&] { return appConnections() == 0; }, 20000);
                whileSigningIn = appConnections();
                next->reject();
            });
        dialog->accept();
    });
    Standing standing;
    standing.exists = exists;
    standing.active = active;
    standing.role = role;
    emit window->accountChanged(standing, message);
    if (signInAgain) {
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(sawSignIn);
        QCOMPARE(whileSigningIn, 0);
        QVERIFY(!session.window());
        QTRY_COMPARE_WITH_TIMEOUT(appConnections(), 0, 20000);
    } else {
        QTRY_COMPARE(opened.count(), 2);
        MainWindow *rebuilt = session.window();
        QVERIFY(rebuilt);
        QVERIFY2(!rebuilt->healthPage(), "the Health page is for admins only");
        QVERIFY(!rebuilt->page(Entity::Users));
        // Still signed in, on a connection that works.
        QVERIFY(rebuilt->openPage(Entity::Contacts));
        QTRY_VERIFY(rebuilt->page(Entity::Contacts)->isLoaded());
        QCOMPARE(finished.count(), 0);
    }
    QCOMPARE(shown, message);
}

QTEST_MAIN(tst_AppSession)
#include "tst_appsession.moc"
