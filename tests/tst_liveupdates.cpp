// Live updates in the main window, offscreen against the real server: another connection's insert
// shows on the open page within a second with the selection kept; a 10,000-row statement reloads it
// once; the banner comes when the listener's connection is cut or the server goes away and goes when
// it is back (also through "Reconnect now"), with the window's own connection opened again so a later
// save works; an account demoted or deactivated elsewhere makes the window follow; the banner reads
// in the dark theme and right to left.

#include "db/database.h"
#include "guitest.h"
#include "live/changecoalescer.h"
#include "live/liveupdates.h"
#include "mainwindow.h"
#include "models/windowedtablemodel.h"
#include "overview/overviewpage.h"
#include "pages/tablepage.h"
#include "repositories/campaignrepository.h"
#include "serverrelay.h"
#include "theme/apptheme.h"
#include "theme/statuscolours.h"
#include "widgets/connectionbanner.h"

#include <QItemSelectionModel>
#include <QLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

class tst_LiveUpdates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void insertElsewhereShows();
    void overviewFollowsChanges();
    void tenThousandRowsOneReload();
    void computedColumnStaysShown();
    void reconnectsAfterTermination();
    void serverGoneAndBack();
    void accountChangedElsewhere_data();
    void accountChangedElsewhere();
    void bannerReads_data();
    void bannerReads();

private:
    QString insertCampaign(const QString &name);
    static int rowOfId(const TablePage &page, const QString &id);

    TestDatabase m_db;
    std::optional<SignedIn> m_admin;
    QString m_adminId;
};

void tst_LiveUpdates::initTestCase()
{
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    auto admin = GuiTest::createAndSignIn(m_db, "boss@example.com", "admin");
    QVERIFY_OK(admin);
    m_admin = admin.value();
    m_adminId = m_admin->account.id;
}

void tst_LiveUpdates::init()
{
    QVERIFY(m_db.exec("DELETE FROM campaigns; DELETE FROM messages; DELETE FROM groups; DELETE FROM recipients; "
                      "DELETE FROM users WHERE email <> 'boss@example.com'"));
}

QString tst_LiveUpdates::insertCampaign(const QString &name)
{
    return m_db.scalar(QString("INSERT INTO campaigns (user_id, name, message_template) VALUES ('%1', '%2', 't') "
                               "RETURNING id::text").arg(m_adminId, name)).toString();
}

int tst_LiveUpdates::rowOfId(const TablePage &page, const QString &id)
{
    for (int row = 0; row < page.model()->rowCount(); ++row)
        if (page.model()->rowId(row) == id)
            return row;
    return -1;
}

void tst_LiveUpdates::insertElsewhereShows()
{
    const QString first = insertCampaign("First");
    const QString second = insertCampaign("Second");
    MainWindow window(*m_admin);
    QTRY_VERIFY(window.liveUpdates()->isListening());
    QVERIFY(window.openPage(Entity::Campaigns));
    TablePage *page = window.page(Entity::Campaigns);
    QTRY_VERIFY(page->isLoaded());
    QCOMPARE(page->model()->rowCount(), 2);
    const int row = rowOfId(*page, first);
    page->tableView()->selectRow(row);
    page->tableView()->setCurrentIndex(page->model()->index(row, page->model()->fieldIndex("name")));
    QSignalSpy refreshed(page, &TablePage::refreshed);

    const QString third = insertCampaign("Third");  // another client (its own connection)
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 3, 5000);
    QCOMPARE(refreshed.count(), 1);
    QVERIFY(rowOfId(*page, third) >= 0);
    // The same row is still selected and current, wherever it moved.
    const QModelIndexList selected = page->tableView()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(page->model()->rowId(selected.first().row()), first);
    QCOMPARE(page->model()->rowId(page->tableView()->currentIndex().row()), first);
    QVERIFY(second.size() > 0);
}

// The Overview (the first page) shows another client's messages without a refresh: a 100-row statement
// reads the figures again once, and the campaigns card follows an insert too.
void tst_LiveUpdates::overviewFollowsChanges()
{
    MainWindow window(*m_admin);
    QTRY_VERIFY(window.liveUpdates()->isListening());
    QVERIFY(window.openOverview());
    OverviewPage *overview = window.overviewPage();
    QTRY_VERIFY(overview->isLoaded() && !overview->isLoading());
    QCOMPARE(OverviewStats::total(overview->stats().messagesToday), 0);
    QSignalSpy loaded(overview, &OverviewPage::loaded);

    QVERIFY(m_db.exec(QString("INSERT INTO messages (user_id, phone_number, status) "
                              "SELECT '%1', '+9665' || lpad(g::text, 8, '0'), 'sent' FROM generate_series(1, 100) g")
                          .arg(m_adminId)));
    QTRY_COMPARE_WITH_TIMEOUT(OverviewStats::total(overview->stats().messagesToday), qint64(100), 5000);
    QTRY_VERIFY(!overview->isLoading());
    QCOMPARE(loaded.count(), 1);  // one statement, one notification, one read

    insertCampaign("Seen on the overview");
    QTRY_COMPARE_WITH_TIMEOUT(overview->stats().campaignTotal(), qint64(1), 5000);
}

void tst_LiveUpdates::tenThousandRowsOneReload()
{
    MainWindow window(*m_admin);
    QTRY_VERIFY(window.liveUpdates()->isListening());
    QVERIFY(window.openPage(Entity::Messages));
    TablePage *page = window.page(Entity::Messages);
    QTRY_VERIFY(page->isLoaded());
    QSignalSpy refreshed(page, &TablePage::refreshed);
    QSignalSpy due(window.liveUpdates(), &LiveUpdates::due);
    QVERIFY2(m_db.exec(QString("INSERT INTO messages (user_id, phone_number) SELECT '%1', '+1555' || g "
                               "FROM generate_series(1, 10000) g").arg(m_adminId)),
             qPrintable(m_db.lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 5000);
    QCOMPARE(page->model()->rowCount(), page->model()->windowSize());
    // A later change elsewhere (users: not shown here) proves every earlier notification was handled.
    QVERIFY(m_db.exec(QString("UPDATE users SET name = 'Boss' WHERE id = '%1'").arg(m_adminId)));
    QTRY_VERIFY_WITH_TIMEOUT(!due.isEmpty() && due.last().first().value<QSet<QString>>().contains("users"), 5000);
    QTRY_VERIFY(!window.liveUpdates()->coalescer()->isPending());
    QCOMPARE(refreshed.count(), 1);
}

void tst_LiveUpdates::computedColumnStaysShown()
{
    // Groups shows its member count, a computed column past the table's own: a refresh in place
    // hides only the model's helper columns again, never what the page shows.
    QVERIFY(m_db.exec(QString("INSERT INTO groups (user_id, name) VALUES ('%1', 'Team')").arg(m_adminId)));
    MainWindow window(*m_admin);
    QTRY_VERIFY(window.liveUpdates()->isListening());
    QVERIFY(window.openPage(Entity::Groups));
    TablePage *page = window.page(Entity::Groups);
    QTRY_VERIFY(page->isLoaded());
    const int members = page->model()->tableColumnCount();
    QVERIFY(members < page->model()->shownColumnCount());
    QVERIFY(!page->tableView()->isColumnHidden(members));
    QSignalSpy refreshed(page, &TablePage::refreshed);
    QVERIFY2(m_db.exec(QString("INSERT INTO recipients (user_id, phone_number) VALUES ('%1', '+15550009')").arg(m_adminId)),
             qPrintable(m_db.lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 5000);
    QVERIFY(!page->tableView()->isColumnHidden(members));
}

void tst_LiveUpdates::reconnectsAfterTermination()
{
    MainWindow window(*m_admin);
    window.liveUpdates()->setRetryDelays({100});
    QTRY_VERIFY(window.liveUpdates()->isListening());
    QVERIFY(window.openPage(Entity::Campaigns));
    TablePage *page = window.page(Entity::Campaigns);
    QTRY_VERIFY(page->isLoaded());
    ConnectionBanner *banner = window.connectionBanner();
    QVERIFY(banner->isHidden());
    QSignalSpy back(window.liveUpdates(), &LiveUpdates::connectionBack);
    const int pid = window.liveUpdates()->backendPid();
    QVERIFY(pid > 0);
    QVERIFY(m_db.scalar(QString("SELECT pg_terminate_backend(%1)").arg(pid)).toBool());
    QTRY_COMPARE(back.count(), 1);  // lost, then listening again
    QVERIFY(banner->isHidden());
    QVERIFY(window.liveUpdates()->backendPid() != pid);
    insertCampaign("After the cut");
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, 5000);
}

void tst_LiveUpdates::serverGoneAndBack()
{
    // The window and its listener both reach the server through a relay that can go away like a
    // restarting server; the shared test cluster itself stays up for the tests beside this one.
    ServerRelay relay(quint16(m_db.settings().port));
    ConnectionSettings viaRelay = m_db.settings();
    viaRelay.port = relay.port();
    const auto signedIn = SignedIn::signIn(viaRelay, "boss@example.com", "gui-test-password", "relayed");
    QVERIFY_OK(signedIn);
    insertCampaign("Before");
    {
        MainWindow window(signedIn.value());
        window.liveUpdates()->setRetryDelays({60000});  // only "Reconnect now" brings it back in time
        QTRY_VERIFY(window.liveUpdates()->isListening());
        QVERIFY(window.openPage(Entity::Campaigns));
        TablePage *page = window.page(Entity::Campaigns);
        QTRY_VERIFY(page->isLoaded());
        ConnectionBanner *banner = window.connectionBanner();
        auto *button = banner->findChild<QPushButton *>("reconnectButton");
        QVERIFY(button);

        relay.down();
        QTRY_VERIFY(!banner->isHidden());
        QVERIFY2(banner->text().contains("The connection to the database server was lost"), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains("unsaved edits are kept"), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains("Trying again in 60 s"), qPrintable(banner->text()));
        // A save meanwhile fails, saying so: nothing is reported as saved.
        CampaignEdit edit;
        edit.name = "During";
        edit.messageTemplate = "t";
        edit.status = "draft";
        edit.userId = m_adminId;
        const auto during = CampaignRepository(signedIn->database(), signedIn->policy, "boss@example.com").save(edit);
        QVERIFY(!during.ok());
        QVERIFY(!during.error().message.isEmpty());
        // Reconnect now while it is still down: refused again, the banner stays.
        QSignalSpy lost(window.liveUpdates(), &LiveUpdates::connectionLost);
        button->click();
        QTRY_COMPARE(lost.count(), 1);
        QVERIFY(!banner->isHidden());

        QVERIFY(relay.up());
        QSignalSpy refreshed(page, &TablePage::refreshed);
        button->click();
        QTRY_VERIFY(banner->isHidden());
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 5000);  // what changed meanwhile is shown
        // The window's own connection was opened again: a save works.
        edit.name = "After";
        QVERIFY_OK(CampaignRepository(signedIn->database(), signedIn->policy, "boss@example.com").save(edit));
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 2, 5000);
    }
    Database::disconnect("relayed");
}

void tst_LiveUpdates::accountChangedElsewhere_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("active");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("says");
    QTest::newRow("made viewer") << "UPDATE users SET role = 'viewer' WHERE id = '%1'" << true << "viewer"
                                 << "An administrator changed your role from User to Viewer";
    QTest::newRow("deactivated") << "UPDATE users SET is_active = false WHERE id = '%1'" << false << "user"
                                 << "Your account was deactivated by an administrator; you are signed out.";
}

void tst_LiveUpdates::accountChangedElsewhere()
{
    QFETCH(QString, change);
    QFETCH(bool, active);
    QFETCH(QString, role);
    QFETCH(QString, says);
    const auto alice = GuiTest::createAndSignIn(m_db, "alice@example.com", "user");
    QVERIFY_OK(alice);
    {
        MainWindow window(alice.value());
        QTRY_VERIFY(window.liveUpdates()->isListening());
        QSignalSpy changed(&window, &MainWindow::accountChanged);
        QVERIFY(m_db.exec(change.arg(alice->account.id)));
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 5000);
        const Standing standing = changed.first().at(0).value<Standing>();
        QCOMPARE(standing.active, active);
        QCOMPARE(standing.role, role);
        QVERIFY2(changed.first().at(1).toString().contains(says), qPrintable(changed.first().at(1).toString()));
        // And the old rights write nothing more, told why.
        CampaignEdit edit;
        edit.name = "Late";
        edit.messageTemplate = "t";
        edit.status = "draft";
        const auto late = CampaignRepository(alice->database(), alice->policy, alice->account.email).save(edit);
        QVERIFY(!late.ok());
        QVERIFY2(late.error().message.contains("nothing was saved"), qPrintable(late.error().message));
        QCOMPARE(m_db.scalar("SELECT count(*) FROM campaigns").toInt(), 0);
    }
    Database::disconnect(alice->connectionName);
}

void tst_LiveUpdates::bannerReads_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("rightToLeft");
    QTest::newRow("light, left to right") << false << false;
    QTest::newRow("dark, left to right") << true << false;
    QTest::newRow("dark, right to left") << true << true;
    QTest::newRow("light, right to left") << false << true;
}

void tst_LiveUpdates::bannerReads()
{
    QFETCH(bool, dark);
    QFETCH(bool, rightToLeft);
    AppTheme::apply(dark ? AppTheme::Mode::Dark : AppTheme::Mode::Light);
    QApplication::setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    ConnectionBanner banner;
    banner.resize(600, 60);
    banner.showLost("server closed the connection unexpectedly.");
    banner.showRetryIn(4000);
    QVERIFY(banner.isVisible());
    banner.layout()->activate();
    QVERIFY2(banner.text().contains("Trying again in 4 s"), qPrintable(banner.text()));
    auto *label = banner.findChild<QLabel *>("connectionBannerText");
    auto *button = banner.findChild<QPushButton *>("reconnectButton");
    const QPalette p = label->palette();
    QCOMPARE(StatusColours::isDark(banner.palette()), dark);
    const double ratio = StatusColours::contrast(p.color(QPalette::WindowText), p.color(QPalette::Window));
    QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
    // The button sits at the end of the line: right in left-to-right, left in right-to-left.
    QCOMPARE(button->geometry().center().x() < label->geometry().center().x(), rightToLeft);
    QApplication::setLayoutDirection(Qt::LeftToRight);
    AppTheme::apply(AppTheme::Mode::Light);
}

QTEST_MAIN(tst_LiveUpdates)
#include "tst_liveupdates.moc"
