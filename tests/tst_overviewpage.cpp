// The Overview page, driven offscreen against the real server: the first page after sign-in for
// every role, its cards filled with the role's own figures (accounts and size for admins only), an
// admin's owner choice narrowing them, and a click on a chart opening the matching page filtered.

#include "guitest.h"
#include "mainwindow.h"
#include "overview/overviewcards.h"
#include "overview/overviewcharts.h"
#include "overview/overviewpage.h"
#include "pages/tablepage.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBarSeries>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QTest>

class tst_OverviewPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstPageFilled_data();
    void firstPageFilled();
    void ownerChoiceNarrows();
    void clickOpensFilteredPage_data();
    void clickOpensFilteredPage();
    void staleAnswerDropped_data();
    void staleAnswerDropped();
    void stopCancelsRead();

private:
    SignedIn &account(const QString &who) { return who == "admin" ? *m_admin : who == "viewer" ? *m_viewer : *m_user; }
    // Waits for the overview a fresh window opens on.
    static OverviewPage *openedOverview(MainWindow &window);

    TestDatabase m_db;
    std::optional<SignedIn> m_admin, m_user, m_viewer;
    QString m_otherOwner;
};

void tst_OverviewPage::initTestCase()
{
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    const auto admin = GuiTest::createAndSignIn(m_db, "ov-admin@example.com", "admin");
    const auto user = GuiTest::createAndSignIn(m_db, "ov-user@example.com", "user");
    const auto viewer = GuiTest::createAndSignIn(m_db, "ov-viewer@example.com", "viewer");
    QVERIFY_OK(admin);
    QVERIFY_OK(user);
    QVERIFY_OK(viewer);
    m_admin = admin.value();
    m_user = user.value();
    m_viewer = viewer.value();
    m_otherOwner = m_admin->account.id;
    // The user owns 3 read and 2 failed messages today on session "ov-one", a completed campaign and
    // 5 contacts (4 added this week, 1 eight weeks ago); the admin account owns 7 sent messages, a draft
    // campaign and 1 contact.
    QVERIFY2(m_db.exec(QStringLiteral(R"(
        INSERT INTO whatsapp_sessions (id, user_id, session_name, status) VALUES
            ('00000000-0000-4000-8000-0000000000a1', '%1', 'ov-one', 'ready'),
            ('00000000-0000-4000-8000-0000000000a2', '%2', 'ov-two', 'qr'),
            ('00000000-0000-4000-8000-0000000000a3', '%1', 'ov-one spare', 'disconnected');
        INSERT INTO messages (user_id, session_id, phone_number, status)
            SELECT '%1', '00000000-0000-4000-8000-0000000000a1', '+96650' || g, CASE WHEN g <= 3 THEN 'read' ELSE 'failed' END
            FROM generate_series(1, 5) g;
        INSERT INTO messages (user_id, session_id, phone_number, status)
            SELECT '%2', '00000000-0000-4000-8000-0000000000a2', '+96651' || g, 'sent' FROM generate_series(1, 7) g;
        INSERT INTO campaigns (user_id, name, message_template, status, sent_count, failed_count) VALUES
            ('%1', 'ov-c1', 't', 'completed', 30, 4), ('%2', 'ov-c2', 't', 'draft', 0, 0);
        INSERT INTO recipients (user_id, phone_number, status)
            SELECT '%1', '+96652' || g, 'active' FROM generate_series(1, 4) g;
        INSERT INTO recipients (user_id, phone_number, status) VALUES ('%2', '+966530', 'blocked');
        INSERT INTO recipients (user_id, phone_number, status, created_at)
            VALUES ('%1', '+966539', 'active', CURRENT_TIMESTAMP - interval '8 weeks');
    )").arg(m_user->account.id, m_admin->account.id)),
             qPrintable(m_db.lastError()));
}

OverviewPage *tst_OverviewPage::openedOverview(MainWindow &window)
{
    OverviewPage *page = window.overviewPage();
    if (!page || !window.openOverview())
        return nullptr;
    if (!QTest::qWaitFor([page] { return page->isLoaded(); }, 10000))
        return nullptr;
    return page;
}

void tst_OverviewPage::firstPageFilled_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("today");      // the messages-today card's total
    QTest::addColumn<QString>("campaigns");  // a line of the campaigns card
    QTest::addColumn<QString>("contacts");   // the contacts card's total
    QTest::addColumn<bool>("adminCards");
    QTest::addColumn<bool>("ownerChoice");
    QTest::addColumn<QString>("busiest");  // the funnel's first session
    QTest::addColumn<int>("reached");      // its bar of messages that reached the phone (sent or further)
    QTest::newRow("admin sees every owner") << "admin" << "12" << "Messages sent by campaigns: 30" << "6" << true << true << "ov-two" << 7;
    QTest::newRow("viewer sees every owner") << "viewer" << "12" << "Messages sent by campaigns: 30" << "6" << false << true << "ov-two" << 7;
    QTest::newRow("user sees their own") << "user" << "5" << "Messages failed in campaigns: 4" << "5" << false << false << "ov-one" << 3;
}

void tst_OverviewPage::firstPageFilled()
{
    QFETCH(QString, who);
    QFETCH(QString, today);
    QFETCH(QString, campaigns);
    QFETCH(QString, contacts);
    QFETCH(bool, adminCards);
    QFETCH(bool, ownerChoice);
    QFETCH(QString, busiest);
    QFETCH(int, reached);
    MainWindow window(account(who));
    window.show();
    QVERIFY(window.overviewPage());
    auto *navigation = window.findChild<QListWidget *>("navigation");
    QVERIFY(navigation && navigation->count() > 0);
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Overview"));
    OverviewPage *page = openedOverview(window);
    QVERIFY(page);
    QVERIFY(window.currentPage() == nullptr);  // not a table page: no New / Edit / Delete

    const QString todayCard = page->cards()->cardText("messagesTodayCard");
    QVERIFY2(todayCard.section(u'\n', 1, 1) == today, qPrintable(todayCard));
    QVERIFY2(page->cards()->cardText("campaignsCard").contains(campaigns), qPrintable(page->cards()->cardText("campaignsCard")));
    QCOMPARE(page->cards()->cardText("contactsCard").section(u'\n', 1, 1), contacts);
    QCOMPARE(!page->cards()->cardText("usersCard").isEmpty(), adminCards);
    QCOMPARE(!page->cards()->cardText("databaseCard").isEmpty(), adminCards);
    QCOMPARE(page->ownerCombo()->isVisible(), ownerChoice);

    // Every chart has its data.
    const auto *daily = qobject_cast<QStackedBarSeries *>(page->charts()->messagesView()->chart()->series().value(0));
    QVERIFY(daily);
    qreal todayBars = 0;
    for (QBarSet *set : daily->barSets())
        todayBars += set->at(set->count() - 1);  // the last day is today
    QCOMPARE(QString::number(todayBars), today);
    const auto *funnel = qobject_cast<QHorizontalBarSeries *>(page->charts()->funnelView()->chart()->series().value(0));
    QVERIFY(funnel && funnel->count() == 3);  // sent, delivered, read
    const int top = int(funnel->barSets().at(0)->count()) - 1;  // the busiest session is drawn on top, last
    QCOMPARE(int(funnel->barSets().at(0)->at(top)), reached);
    const auto *sessionAxis = qobject_cast<QBarCategoryAxis *>(page->charts()->funnelView()->chart()->axes(Qt::Vertical).value(0));
    QVERIFY(sessionAxis);
    QCOMPARE(sessionAxis->at(top), busiest);
    const auto *campaignPie = qobject_cast<QPieSeries *>(page->charts()->campaignsView()->chart()->series().value(0));
    QVERIFY(campaignPie);
    QCOMPARE(int(campaignPie->sum()), who == "user" ? 1 : 2);
    const auto *weeks = qobject_cast<QBarSeries *>(page->charts()->contactsView()->chart()->series().value(0));
    QVERIFY(weeks && weeks->count() == 1);
    QCOMPARE(weeks->barSets().at(0)->count(), 12);
    QCOMPARE(QString::number(weeks->barSets().at(0)->sum()), contacts);  // all added within the twelve weeks
}

void tst_OverviewPage::ownerChoiceNarrows()
{
    MainWindow window(*m_admin);
    window.show();
    OverviewPage *page = openedOverview(window);
    QVERIFY(page);
    QComboBox *owner = page->ownerCombo();
    QTRY_VERIFY(owner->findData(m_user->account.id) >= 0);
    owner->setCurrentIndex(owner->findData(m_user->account.id));
    QTRY_COMPARE(page->cards()->cardText("messagesTodayCard").section(u'\n', 1, 1), QStringLiteral("5"));
    QCOMPARE(page->cards()->cardText("contactsCard").section(u'\n', 1, 1), QStringLiteral("5"));
    QVERIFY(!page->isLoading());
}

void tst_OverviewPage::clickOpensFilteredPage_data()
{
    QTest::addColumn<QString>("chart");   // which chart is clicked
    QTest::addColumn<QString>("bar");     // the bar set or slice label clicked (today's bar / first session)
    QTest::addColumn<int>("entity");
    QTest::addColumn<QString>("status");  // the opened page's status filter
    QTest::addColumn<QString>("search");  // its search text
    QTest::addColumn<int>("rows");        // what it then lists (the user's own rows)
    QTest::newRow("today's failed messages") << "messages" << "Failed" << int(Entity::Messages) << "failed" << "" << 2;
    QTest::newRow("today's read messages") << "messages" << "Read" << int(Entity::Messages) << "read" << "" << 3;
    QTest::newRow("a session's delivery") << "funnel" << "Read" << int(Entity::Sessions) << "" << "" << 1;  // not "ov-one spare"
    QTest::newRow("completed campaigns") << "campaigns" << "Completed" << int(Entity::Campaigns) << "completed" << "" << 1;
    QTest::newRow("contacts of this week") << "contacts" << "" << int(Entity::Contacts) << "" << "" << 4;  // not the older one
}

void tst_OverviewPage::clickOpensFilteredPage()
{
    QFETCH(QString, chart);
    QFETCH(QString, bar);
    QFETCH(int, entity);
    QFETCH(QString, status);
    QFETCH(QString, search);
    QFETCH(int, rows);
    MainWindow window(*m_user);
    window.show();
    OverviewPage *page = openedOverview(window);
    QVERIFY(page);
    OverviewCharts *charts = page->charts();

    if (chart == "campaigns") {
        auto *pie = qobject_cast<QPieSeries *>(charts->campaignsView()->chart()->series().value(0));
        QVERIFY(pie);
        QPieSlice *slice = nullptr;
        for (QPieSlice *s : pie->slices())
            if (s->label().startsWith(bar))
                slice = s;
        QVERIFY(slice);
        emit slice->clicked();
    } else {
        QChartView *view = chart == "messages" ? charts->messagesView() : chart == "funnel" ? charts->funnelView()
                                                                                                 : charts->contactsView();
        auto *series = qobject_cast<QAbstractBarSeries *>(view->chart()->series().value(0));
        QVERIFY(series);
        QBarSet *set = nullptr;
        for (QBarSet *s : series->barSets())
            if (bar.isEmpty() || s->label() == bar)
                set = s;
        QVERIFY(set);
        // The last day and week are the current ones; the funnel's last (top) session is the busiest.
        emit set->clicked(int(set->count() - 1));
    }

    QTRY_VERIFY(window.currentPage() && int(window.currentPage()->entity()) == entity);
    TablePage *opened = window.currentPage();
    QTRY_VERIFY(opened->isLoaded());
    if (auto *statusFilter = opened->findChild<QComboBox *>("statusFilter"))
        QCOMPARE(statusFilter->currentData().toString(), status);
    if (auto *searchEdit = opened->findChild<QLineEdit *>("searchEdit"))
        QCOMPARE(searchEdit->text(), search);
    if (entity == int(Entity::Messages)) {
        QVERIFY(opened->findChild<QCheckBox *>("dateRangeCheck")->isChecked());
        const QDate today = page->stats().today;
        QCOMPARE(opened->findChild<QDateEdit *>("fromDateEdit")->date(), today);
        QCOMPARE(opened->findChild<QDateEdit *>("toDateEdit")->date(), today);
    }
    // A condition with no filter widget of its own (the week, the one session) is said above the table.
    const auto *banner = opened->findChild<QLabel *>("narrowingBanner");
    QCOMPARE(banner && banner->isVisible(), entity == int(Entity::Contacts) || entity == int(Entity::Sessions));
    if (entity == int(Entity::Sessions))
        QVERIFY2(banner->text().contains("ov-one"), qPrintable(banner->text()));
    QTRY_COMPARE(opened->model()->rowCount(QModelIndex()), rows);
}

void tst_OverviewPage::staleAnswerDropped_data()
{
    QTest::addColumn<bool>("firstEveryOwner");  // the read that becomes stale: every owner's, or the user's
    QTest::addColumn<QString>("today");         // what the page must end up showing (the newer read's)
    QTest::newRow("owner chosen while every owner's figures are read") << true << "5";
    QTest::newRow("every owner chosen while one owner's figures are read") << false << "12";
}

void tst_OverviewPage::staleAnswerDropped()
{
    QFETCH(bool, firstEveryOwner);
    QFETCH(QString, today);
    MainWindow window(*m_admin);
    window.show();
    OverviewPage *page = openedOverview(window);
    QVERIFY(page);
    QComboBox *owner = page->ownerCombo();
    QTRY_VERIFY(owner->findData(m_user->account.id) >= 0);
    const int userRow = owner->findData(m_user->account.id);
    if (!firstEveryOwner) {
        owner->setCurrentIndex(userRow);
        QTRY_VERIFY(!page->isLoading());
    }

    // The summary table held by another transaction: the first read waits on it, still unanswered,
    // when the owner choice starts the second.
    QSqlQuery hold(m_db.connection(QStringLiteral("hold")));
    QVERIFY_SQL(hold, exec("BEGIN"));
    QVERIFY_SQL(hold, exec("LOCK TABLE waqtor_message_daily IN ACCESS EXCLUSIVE MODE"));
    QSignalSpy loaded(page, &OverviewPage::loaded);
    QSignalSpy failed(page, &OverviewPage::failed);
    page->reload();
    const QString waiting = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                           "AND wait_event_type = 'Lock'");
    QTRY_COMPARE(m_db.scalar(waiting).toInt(), 1);
    owner->setCurrentIndex(firstEveryOwner ? userRow : 0);
    QVERIFY_SQL(hold, exec("COMMIT"));

    QTRY_COMPARE(loaded.count(), 1);
    QTRY_COMPARE(page->workersRunning(), qsizetype(0));  // the older read has ended too: nothing more can come
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(failed.count(), 0);  // the older read's cancellation is dropped, not shown as a failure
    QCOMPARE(page->cards()->cardText("messagesTodayCard").section(u'\n', 1, 1), today);
}

void tst_OverviewPage::stopCancelsRead()
{
    MainWindow window(*m_admin);
    window.show();
    OverviewPage *page = openedOverview(window);
    QVERIFY(page);
    auto *button = page->findChild<QPushButton *>("overviewRefresh");
    QVERIFY(button);
    QCOMPARE(button->text(), QStringLiteral("&Refresh"));

    QSqlQuery hold(m_db.connection(QStringLiteral("hold")));
    QVERIFY_SQL(hold, exec("BEGIN"));
    QVERIFY_SQL(hold, exec("LOCK TABLE waqtor_message_daily IN ACCESS EXCLUSIVE MODE"));
    QSignalSpy loaded(page, &OverviewPage::loaded);
    QSignalSpy failed(page, &OverviewPage::failed);
    button->click();
    QTRY_COMPARE(m_db.scalar("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                             "AND wait_event_type = 'Lock'").toInt(), 1);
    QCOMPARE(button->text(), QStringLiteral("&Stop"));
    button->click();
    // Stopped on the server while the lock is still held: nothing but the cancel can have ended it.
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains("stopped"), qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(page->findChild<QLabel *>("overviewState")->text(), failed.at(0).at(0).toString());
    QCOMPARE(button->text(), QStringLiteral("&Refresh"));
    QCOMPARE(m_db.scalar("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                         "AND wait_event_type = 'Lock'").toInt(), 0);
    QVERIFY_SQL(hold, exec("COMMIT"));
    QTRY_COMPARE(page->workersRunning(), qsizetype(0));
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(page->cards()->cardText("messagesTodayCard").section(u'\n', 1, 1), QStringLiteral("12"));  // the last answer stays
}

QTEST_MAIN(tst_OverviewPage)

#include "tst_overviewpage.moc"
