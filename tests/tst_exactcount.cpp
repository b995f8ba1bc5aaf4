#include "pages/userspage.h"
#include "pages/contactspage.h"
#include "db/backgroundquery.h"
#include "db/exactcounter.h"
#include "guitest.h"
#include "models/windowedtablemodel.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QToolButton>
#include <memory>

// The footer's "Count exactly": exact counts under the page's filters and scope, and Cancel that
// stops the query on the server (made slow on purpose by a table lock held by the test).
class tst_ExactCount : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void buttonSitsRightAfterTheCountLabel();
    void countMatchesServer_data();
    void countMatchesServer();
    void filterChangeDropsTheCount();
    void cancelStopsTheServerQuery();
    void smallTableCountedAtOnce();
    void pageDestroyedWhileCounting();
    void counterCountsWithBoundParameters();
    void counterCancelledBeforeItStarts();
    void counterCancelledWhileBlocked();

private:
    static QLabel *countLabel(ContactsPage &page) { return page.findChild<QLabel *>("countLabel"); }
    static QToolButton *countButton(ContactsPage &page) { return page.findChild<QToolButton *>("exactCountButton"); }
    static QString exactText(qint64 n) { return QString("Contacts: %L1 (exact)").arg(n); }
    QString idOf(const QString &email) { return m_db.scalar("SELECT id::text FROM users WHERE email = '" + email + "'").toString(); }
    // Blocks every reader of recipients until cleanup() rolls back.
    bool lockContacts();
    // How many backends wait for a lock on a count of recipients: our worker once it is blocked.
    int blockedCounts();

    TestDatabase m_db;
    SignedIn m_admin, m_alice;
    std::unique_ptr<QSqlQuery> m_locker;
};

void tst_ExactCount::initTestCase()
{
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    const auto admin = GuiTest::createAndSignIn(m_db, "admin@example.com", "admin");
    QVERIFY_OK(admin);
    m_admin = admin.value();
    const auto alice = GuiTest::createAndSignIn(m_db, "alice@example.com", "user");
    QVERIFY_OK(alice);
    m_alice = alice.value();
    QVERIFY(m_db.exec("INSERT INTO users (email, password_hash, role) VALUES ('bob@example.com', 'x', 'user'), "
                      "('carol@example.com', 'x', 'user')"));
    // Over 10,000 rows, so the page shows an estimate until asked (smaller tables are counted at once).
    // Three owners with different sizes, mixed statuses and names: every filter gives its own number.
    QVERIFY(m_db.exec("INSERT INTO recipients (user_id, phone_number, name, status) "
                      "SELECT u.id, '+9665' || lpad(g::text, 8, '0'), 'Name ' || g, "
                      "       CASE WHEN g % 3 = 0 THEN 'blocked' ELSE 'active' END "
                      "FROM users u JOIN (VALUES ('alice@example.com', 3000), ('bob@example.com', 4400), "
                      "                          ('carol@example.com', 5800)) AS n(email, rows) ON n.email = u.email, "
                      "     generate_series(1, n.rows) AS g"));
    QVERIFY(m_db.exec("ANALYZE recipients"));
    QCOMPARE(m_db.scalar("SELECT count(*) FROM recipients").toLongLong(), 13200);
}

void tst_ExactCount::cleanup()
{
    if (m_locker) {
        m_locker->exec("ROLLBACK");
        m_locker.reset();
    }
}

bool tst_ExactCount::lockContacts()
{
    m_locker = std::make_unique<QSqlQuery>(m_db.connection("locker"));
    return m_locker->exec("BEGIN") && m_locker->exec("LOCK TABLE recipients IN ACCESS EXCLUSIVE MODE");
}

int tst_ExactCount::blockedCounts()
{
    return m_db.scalar("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                       "AND wait_event_type = 'Lock' AND query LIKE 'SELECT count(*) FROM%recipients%'").toInt();
}

void tst_ExactCount::buttonSitsRightAfterTheCountLabel()
{
    ContactsPage page(m_admin);
    QToolButton *button = countButton(page);
    QVERIFY(button);
    QVERIFY2(!button->isEnabled(), "no count before the first load applies the filters and the scope");
    QVERIFY(page.reload());
    QVERIFY(button->isEnabled());
    QCOMPARE(button->text(), QString("Count exactly"));
    QBoxLayout *footer = nullptr;
    for (QBoxLayout *layout : page.findChildren<QBoxLayout *>())
        if (layout->indexOf(countLabel(page)) >= 0)
            footer = layout;
    QVERIFY(footer);
    QCOMPARE(footer->indexOf(button), footer->indexOf(countLabel(page)) + 1);
}

void tst_ExactCount::countMatchesServer_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("owner");   // email chosen in the owner filter (admin only)
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("where");   // the same rows, for the reference count

    QTest::newRow("admin, everything") << "admin" << "" << "" << "" << "true";
    QTest::newRow("admin, one owner") << "admin" << "bob@example.com" << "" << ""
                                      << "user_id = (SELECT id FROM users WHERE email = 'bob@example.com')";
    QTest::newRow("admin, blocked") << "admin" << "" << "blocked" << "" << "status = 'blocked'";
    QTest::newRow("admin, name search") << "admin" << "" << "" << "Name 12" << "name ILIKE '%Name 12%'";
    QTest::newRow("admin, owner + status") << "admin" << "carol@example.com" << "active" << ""
                                           << "status = 'active' AND user_id = (SELECT id FROM users WHERE email = 'carol@example.com')";
    QTest::newRow("user, own rows only") << "user" << "" << "" << ""
                                         << "user_id = (SELECT id FROM users WHERE email = 'alice@example.com')";
    QTest::newRow("user, own blocked") << "user" << "" << "blocked" << ""
                                       << "status = 'blocked' AND user_id = (SELECT id FROM users WHERE email = 'alice@example.com')";
    QTest::newRow("user, name search") << "user" << "" << "" << "Name 1"
                                       << "name ILIKE '%Name 1%' AND user_id = (SELECT id FROM users WHERE email = 'alice@example.com')";
}

void tst_ExactCount::countMatchesServer()
{
    QFETCH(QString, who);
    QFETCH(QString, owner);
    QFETCH(QString, status);
    QFETCH(QString, search);
    QFETCH(QString, where);

    ContactsPage page(who == "admin" ? m_admin : m_alice);
    QVERIFY(page.reload());
    if (!owner.isEmpty()) {
        auto *combo = page.findChild<QComboBox *>("ownerFilter");
        combo->setCurrentIndex(combo->findText(owner));
        QVERIFY(combo->currentIndex() > 0);
    }
    if (!status.isEmpty()) {
        auto *combo = page.findChild<QComboBox *>("statusFilter");
        combo->setCurrentIndex(combo->findData(status));
        QVERIFY(combo->currentIndex() > 0);
    }
    if (!search.isEmpty()) {
        // The search applies after its typing pause; wait for that reload, or it would drop the count.
        QSignalSpy loaded(&page, &TablePage::loaded);
        page.findChild<QLineEdit *>("searchEdit")->setText(search);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 5000);
    }
    const qint64 expected = m_db.scalar("SELECT count(*) FROM recipients WHERE " + where).toLongLong();
    QVERIFY(expected > 0);
    QVERIFY2(countLabel(page)->text() != exactText(expected), "the estimate is what shows before the click");

    countButton(page)->click();
    QVERIFY(page.isCountingExactly());
    QCOMPARE(countLabel(page)->text(), QString("Counting…"));
    QCOMPARE(countButton(page)->text(), QString("Cancel"));
    QTRY_COMPARE_WITH_TIMEOUT(countLabel(page)->text(), exactText(expected), 5000);
    QCOMPARE(countButton(page)->text(), QString("Count exactly"));

    // Paging keeps the exact count: the rows counted are the same.
    if (page.model()->hasNextPage()) {
        page.findChild<QAbstractButton *>("nextButton")->click();
        QCOMPARE(countLabel(page)->text(), exactText(expected));
    }
}

void tst_ExactCount::filterChangeDropsTheCount()
{
    ContactsPage page(m_admin);
    QVERIFY(page.reload());
    countButton(page)->click();
    QVERIFY(page.isCountingExactly());
    // A new filter before the answer arrives: the answer is for rows no longer shown.
    auto *combo = page.findChild<QComboBox *>("statusFilter");
    combo->setCurrentIndex(combo->findData("blocked"));
    QVERIFY(!page.isCountingExactly());
    QTRY_COMPARE_WITH_TIMEOUT(page.countWorkers(), 0, 5000);  // its answer came back and was dropped
    QVERIFY2(countLabel(page)->text().startsWith("Contacts: ≈ "), qPrintable(countLabel(page)->text()));
    QCOMPARE(countButton(page)->text(), QString("Count exactly"));

    // And an exact count already shown goes back to the estimate on the next reload.
    countButton(page)->click();
    const qint64 blocked = m_db.scalar("SELECT count(*) FROM recipients WHERE status = 'blocked'").toLongLong();
    QTRY_COMPARE_WITH_TIMEOUT(countLabel(page)->text(), exactText(blocked), 5000);
    QVERIFY(page.reload());
    QVERIFY2(!countLabel(page)->text().contains("exact"), qPrintable(countLabel(page)->text()));
}

void tst_ExactCount::cancelStopsTheServerQuery()
{
    ContactsPage page(m_admin);
    QVERIFY(page.reload());
    const QString estimate = countLabel(page)->text();
    QVERIFY(lockContacts());
    countButton(page)->click();
    QCOMPARE(countLabel(page)->text(), QString("Counting…"));
    QTRY_COMPARE_WITH_TIMEOUT(blockedCounts(), 1, 5000);
    QVERIFY(page.isCountingExactly());

    QElapsedTimer clock;
    clock.start();
    countButton(page)->click();  // now "Cancel"
    QVERIFY2(clock.elapsed() < 1000, "Cancel must not wait for the query");
    QVERIFY(!page.isCountingExactly());
    QCOMPARE(countLabel(page)->text(), estimate);
    QCOMPARE(countButton(page)->text(), QString("Count exactly"));
    // Stopped on the server while the lock is still held, not merely forgotten by the page.
    QTRY_COMPARE_WITH_TIMEOUT(blockedCounts(), 0, 5000);
    // The event loop keeps running (the GUI is responsive) and the late answer changes nothing.
    bool ticked = false;
    QTimer::singleShot(0, this, [&ticked] { ticked = true; });
    QTRY_VERIFY_WITH_TIMEOUT(ticked, 2000);
    QTRY_COMPARE_WITH_TIMEOUT(page.countWorkers(), 0, 5000);  // the late answer came back and was dropped
    QCOMPARE(countLabel(page)->text(), estimate);
    cleanup();

    // After the lock is gone, counting again works.
    countButton(page)->click();
    QTRY_COMPARE_WITH_TIMEOUT(countLabel(page)->text(), exactText(13200), 5000);
}

// "Users: about 3" beside 4 rows: a small table is counted at every load, and again after a
// row is added or deleted, so the count always matches the rows.
void tst_ExactCount::smallTableCountedAtOnce()
{
    UsersPage page(m_admin);
    QVERIFY(page.reload());
    const auto users = [this] { return m_db.scalar("SELECT count(*) FROM users").toLongLong(); };
    auto *label = page.findChild<QLabel *>("countLabel");
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), QString("Users: %L1 (exact)").arg(users()), 5000);
    QCOMPARE(qint64(page.model()->rowCount()), users());
    QVERIFY(m_db.exec("INSERT INTO users (email, password_hash, role) VALUES ('dave@example.com', 'x', 'user')"));
    QVERIFY(page.reload());
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), QString("Users: %L1 (exact)").arg(users()), 5000);
    QCOMPARE(qint64(page.model()->rowCount()), users());
    QVERIFY(m_db.exec("DELETE FROM users WHERE email = 'dave@example.com'"));
    QVERIFY(page.reload());
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), QString("Users: %L1 (exact)").arg(users()), 5000);
}

void tst_ExactCount::pageDestroyedWhileCounting()
{
    auto page = std::make_unique<ContactsPage>(m_alice);
    QVERIFY(page->reload());
    QVERIFY(lockContacts());
    countButton(*page)->click();
    QTRY_COMPARE_WITH_TIMEOUT(blockedCounts(), 1, 5000);
    QElapsedTimer clock;
    clock.start();
    page.reset();  // cancels on the server and waits for the worker, with the lock still held
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(blockedCounts(), 0);
}

// Runs `counter` on a BackgroundQuery and waits for its answer.
static Result<qint64> countInBackground(const ConnectionSettings &settings, const ExactCounter &counter)
{
    BackgroundQuery query(settings);
    std::optional<Result<qint64>> answer;
    query.start<qint64>([counter](const BackgroundContext &c) { return counter.count(c); },
                        [&answer](const Result<qint64> &r) { answer = r; });
    // A helper returning a value cannot use QTRY_*; qWaitFor waits on the same condition, and no
    // answer in time becomes an error the caller's QVERIFY_OK reports.
    (void)QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000);
    return answer.value_or(Error::invalid("no answer"));
}

void tst_ExactCount::counterCountsWithBoundParameters()
{
    const QString bob = idOf("bob@example.com");
    const ExactCounter counter("recipients",
                               "recipients.user_id = current_setting('waqtor.t1_owner')::uuid "
                               "AND recipients.status = current_setting('waqtor.t1_status')",
                               {{"waqtor.t1_owner", bob}, {"waqtor.t1_status", "active"}});
    const Result<qint64> n = countInBackground(m_db.settings(), counter);
    QVERIFY_OK(n);
    QCOMPARE(n.value(), m_db.scalar("SELECT count(*) FROM recipients WHERE status = 'active' AND user_id = '" + bob + "'")
                            .toLongLong());
    QCOMPARE(countInBackground(m_db.settings(), ExactCounter("recipients", QString(), {})).value(), 13200);
    // A broken condition is a sentence naming what failed, not raw SQL alone.
    const Result<qint64> error =
        countInBackground(m_db.settings(), ExactCounter("recipients", "recipients.no_such_column = 1", {}));
    QVERIFY(!error);
    QCOMPARE(error.error().kind, ErrorKind::Database);
    QVERIFY2(error.error().message.contains("count the rows of recipients"), qPrintable(error.error().message));
}

void tst_ExactCount::counterCancelledBeforeItStarts()
{
    BackgroundQuery query(m_db.settings());
    query.setCancelledMessage(ExactCounter::cancelledMessage());
    const ExactCounter counter("recipients", QString(), {});
    std::optional<Result<qint64>> answer;
    query.start<qint64>([counter](const BackgroundContext &c) { return counter.count(c); },
                        [&answer](const Result<qint64> &r) { answer = r; });
    query.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
    QVERIFY(!*answer);
    QCOMPARE(answer->error().kind, ErrorKind::Interrupted);
    QCOMPARE(answer->error().message, QString("Counting was cancelled."));
}

void tst_ExactCount::counterCancelledWhileBlocked()
{
    QVERIFY(lockContacts());
    BackgroundQuery query(m_db.settings());
    query.setCancelledMessage(ExactCounter::cancelledMessage());
    const ExactCounter counter("recipients", QString(), {});
    std::optional<Result<qint64>> answer;
    query.start<qint64>([counter](const BackgroundContext &c) { return counter.count(c); },
                        [&answer](const Result<qint64> &r) { answer = r; });
    QTRY_COMPARE_WITH_TIMEOUT(blockedCounts(), 1, 5000);
    QVERIFY(query.isRunning());
    query.cancel();
    // Answered while the lock is still held: stopped on the server.
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 5000);
    QCOMPARE(answer->error().kind, ErrorKind::Interrupted);
    QCOMPARE(answer->error().message, QString("Counting was cancelled."));
}

QTEST_MAIN(tst_ExactCount)
#include "tst_exactcount.moc"
