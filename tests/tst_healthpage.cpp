// The admins' Health page, driven offscreen against the real server: figures shown, a statement
// cancelled from the Activity tab after its confirmation, a vacuum run from the Maintenance tab, a
// plan explained as a tree (ANALYZE only once confirmed), and other roles kept out.

#include "db/database.h"
#include "guitest.h"
#include "health/healthactivitytab.h"
#include "health/healthpage.h"
#include "health/healthstatementstab.h"
#include "health/maintenancetab.h"
#include "mainwindow.h"
#include "runningstatement.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

class tst_HealthPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void figures();
    void cancelFromActivity();
    void vacuumFromMaintenance();
    void readOnlyConnectionOnlyWatches();
    void explain_data();
    void explain();
    void otherRolesKeptOut_data();
    void otherRolesKeptOut();

private:
    static void answer(QMessageBox::StandardButton button)
    {
        GuiTest::onNextModal([button](QDialog *d) {
            if (auto *box = qobject_cast<QMessageBox *>(d))
                box->button(button)->click();
            else
                d->reject();
        });
    }
    int rowOf(QTableWidget *view, int pid)
    {
        for (int r = 0; r < view->rowCount(); ++r)
            if (view->item(r, 0) && view->item(r, 0)->text() == QString::number(pid))
                return r;
        return -1;
    }

    TestDatabase m_db;
    std::optional<SignedIn> m_admin;
};

void tst_HealthPage::initTestCase()
{
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    const auto admin = GuiTest::createAndSignIn(m_db, "health-admin@example.com", "admin");
    QVERIFY_OK(admin);
    m_admin = admin.value();
}

void tst_HealthPage::figures()
{
    HealthPage page(*m_admin);
    page.reload();
    QTRY_VERIFY(page.isLoaded());
    QCOMPARE(page.tablesView()->rowCount(), 7);
    QCOMPARE(page.tablesView()->item(0, 0)->text(), QString("users"));
    const QString summary = page.findChild<QLabel *>("healthSummary")->text();
    QVERIFY2(summary.contains("Cache hit ratio") && summary.contains(m_db.name()), qPrintable(summary));
    QVERIFY2(summary.contains("may read and write every WaQtor table"), qPrintable(summary));
    QVERIFY(page.findChild<QTableWidget *>("healthIndexes")->rowCount() > 7);
}

void tst_HealthPage::cancelFromActivity()
{
    HealthPage page(*m_admin);
    RunningStatement sleeper(m_db.settings(), "SELECT pg_sleep(60) /* gui-activity */");
    QVERIFY(sleeper.waitUntilRunning(m_db.connection(), "Timeout"));
    page.activityTab()->findChild<QDoubleSpinBox *>("minSeconds")->setValue(0);
    page.reload();
    QTRY_VERIFY(page.isLoaded());
    QTableWidget *running = page.activityTab()->runningView();
    const int row = rowOf(running, sleeper.pid());
    QVERIFY2(row >= 0, "the sleeping statement is listed");
    QVERIFY(!page.activityTab()->cancelButton()->isEnabled());
    running->selectRow(row);
    QCOMPARE(page.activityTab()->chosenPid(), sleeper.pid());
    QVERIFY(page.activityTab()->cancelButton()->isEnabled());

    answer(QMessageBox::No);  // declined: nothing happens
    page.activityTab()->cancelButton()->click();
    QVERIFY(sleeper.waitUntilRunning(m_db.connection(), "Timeout", 2000));

    answer(QMessageBox::Yes);
    page.activityTab()->cancelButton()->click();
    QTRY_VERIFY(sleeper.finished());
    QVERIFY2(sleeper.failureText().contains("canceling statement due to user request"), qPrintable(sleeper.failureText()));
    QTRY_VERIFY(rowOf(page.activityTab()->runningView(), sleeper.pid()) < 0);  // the page reloaded
}

void tst_HealthPage::vacuumFromMaintenance()
{
    HealthPage page(*m_admin);
    MaintenanceTab *tab = page.maintenanceTab();
    QVERIFY(!tab->reindexButton()->isEnabled());  // all seven: reindex is per table
    tab->tableChoice()->setCurrentIndex(tab->tableChoice()->findData("groups"));
    QVERIFY(tab->reindexButton()->isEnabled());
    tab->vacuumButton()->click();
    QTRY_VERIFY(!tab->isRunning());
    QCOMPARE(tab->status()->text(), QString("Vacuumed and analyzed groups."));
    QVERIFY(!m_db.scalar("SELECT last_vacuum FROM pg_stat_user_tables WHERE relname = 'groups'").isNull());

    const QVariant before = m_db.scalar("SELECT pg_relation_filenode('groups_pkey')");
    tab->reindexButton()->click();
    QTRY_VERIFY(!tab->isRunning());
    QCOMPARE(tab->status()->text(), QString("Rebuilt the indexes of groups."));
    QVERIFY(m_db.scalar("SELECT pg_relation_filenode('groups_pkey')") != before);
}

void tst_HealthPage::readOnlyConnectionOnlyWatches()
{
    // An admin signed in through a read-only profile sees the figures but is offered no vacuum or reindex.
    ConnectionSettings readOnly = m_db.settings();
    readOnly.readOnly = true;
    const auto signedIn = SignedIn::signIn(readOnly, "health-admin@example.com", "gui-test-password", "health-read-only");
    QVERIFY_OK(signedIn);
    QVERIFY(signedIn->policy.readOnlyDatabase());
    {
        HealthPage page(signedIn.value());
        page.reload();
        QTRY_VERIFY(page.isLoaded());
        QCOMPARE(page.tablesView()->rowCount(), 7);
        MaintenanceTab *tab = page.maintenanceTab();
        tab->tableChoice()->setCurrentIndex(tab->tableChoice()->findData("groups"));
        QVERIFY(!tab->vacuumButton()->isEnabled());
        QVERIFY(!tab->reindexButton()->isEnabled());
        QVERIFY2(tab->status()->text().contains("read-only"), qPrintable(tab->status()->text()));
    }
    Database::disconnect("health-read-only");
}

void tst_HealthPage::explain_data()
{
    QTest::addColumn<bool>("analyze");
    QTest::addColumn<int>("confirm");
    QTest::addColumn<QString>("status");
    QTest::newRow("explain") << false << int(QMessageBox::NoButton) << "Estimated plan; nothing was run.";
    QTest::newRow("analyze, confirmed") << true << int(QMessageBox::Yes) << "then rolled back";
    QTest::newRow("analyze, declined") << true << int(QMessageBox::No) << "";
}

void tst_HealthPage::explain()
{
    QFETCH(bool, analyze);
    QFETCH(int, confirm);
    QFETCH(QString, status);
    QVERIFY(m_db.exec("DELETE FROM recipients"));
    HealthStatementsTab tab(*m_admin);
    tab.editor()->setPlainText("DELETE FROM users WHERE email <> 'nobody'");
    if (confirm != QMessageBox::NoButton)
        answer(QMessageBox::StandardButton(confirm));
    tab.explain(analyze);
    const qint64 users = m_db.scalar("SELECT count(*) FROM users").toLongLong();
    QVERIFY(users >= 1);
    if (status.isEmpty()) {
        // Declined: explain() returned without starting anything ("Explaining…" is shown once it starts).
        QVERIFY(tab.findChild<QLabel *>("planStatus")->text().isEmpty());
        QCOMPARE(tab.planView()->topLevelItemCount(), 0);
        return;
    }
    QTRY_COMPARE(tab.planView()->topLevelItemCount(), 1);
    QCOMPARE(tab.planView()->topLevelItem(0)->text(0), QString("ModifyTable on users"));
    QVERIFY2(tab.findChild<QLabel *>("planStatus")->text().contains(status),
             qPrintable(tab.findChild<QLabel *>("planStatus")->text()));
    QCOMPARE(m_db.scalar("SELECT count(*) FROM users").toLongLong(), users);  // ANALYZE's delete rolled back
}

void tst_HealthPage::otherRolesKeptOut_data()
{
    QTest::addColumn<QString>("role");
    QTest::newRow("user") << "user";
    QTest::newRow("viewer") << "viewer";
}

void tst_HealthPage::otherRolesKeptOut()
{
    QFETCH(QString, role);
    const auto signedIn = GuiTest::createAndSignIn(m_db, QString("health-%1@example.com").arg(role), role);
    QVERIFY_OK(signedIn);
    MainWindow window(signedIn.value());
    QVERIFY(!window.healthPage());
    QString error;
    QVERIFY(!window.openHealthPage(&error));
    QVERIFY2(error.contains("Only admins open the Health page"), qPrintable(error));

    MainWindow adminWindow(*m_admin);
    QVERIFY(adminWindow.healthPage());
    QVERIFY(adminWindow.openHealthPage(&error));
    QTRY_VERIFY(adminWindow.healthPage()->isLoaded());
}

QTEST_MAIN(tst_HealthPage)
#include "tst_healthpage.moc"
