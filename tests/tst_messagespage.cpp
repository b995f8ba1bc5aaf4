#include "guitest.h"
#include "mainwindow.h"
#include "dialogs/messagedialog.h"
#include "pages/messagespage.h"
#include "models/windowedtablemodel.h"

#include <QAbstractItemDelegate>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>

// The Messages page and detail dialog driven through their widgets against a real database, per role.
class tst_MessagesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void adminSeesAllOwners();
    void userSeesOnlyOwn();
    void nullSessionRowShows();
    void ackAsWords_data();
    void ackAsWords();
    void phoneSearchNormalised_data();
    void phoneSearchNormalised();
    void dateRangeInclusive();
    void pagingNoGapsNoDuplicates();
    void filtersRunOnServer();
    void sortByPhonePages_data();
    void sortByPhonePages();
    void unindexedSortRefused();
    void textSearchInBackground();
    void cancelTextSearch();
    void searchFurtherPastTheLimit();
    void viewerCannotDelete();
    void detailDialogHasNoSave();
    void deleteSeveral();

private:
    // Waits for the page's first load (as MainWindow does on activation).
    static void load(MessagesPage &page);
    static QString cell(MessagesPage &page, int row, const char *column);
    static QString shown(MessagesPage &page, int row, const char *column);
    static QStringList columnValues(MessagesPage &page, const char *column);
    static QSet<QString> distinct(const QStringList &values) { return {values.begin(), values.end()}; }
    static int columnOf(const char *column);
    static QString statement(MessagesPage &page) { return page.model()->query().lastQuery(); }
    static void search(MessagesPage &page, const QString &text);

    TestDatabase m_db;
    SignedIn m_admin;
    SignedIn m_alice;
    SignedIn m_viewer;
    qint64 m_aliceRows = 0;
};

void tst_MessagesPage::initTestCase()
{
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    const auto admin = GuiTest::createAndSignIn(m_db, "root@example.com", "admin");
    const auto alice = GuiTest::createAndSignIn(m_db, "alice@example.com", "user");
    const auto bob = GuiTest::createAndSignIn(m_db, "bob@example.com", "user");
    const auto viewer = GuiTest::createAndSignIn(m_db, "eye@example.com", "viewer");
    for (const auto *r : {&admin, &alice, &bob, &viewer})
        QVERIFY_OK(*r);
    m_admin = admin.value();
    m_alice = alice.value();
    m_viewer = viewer.value();
    // Alice: 1,000 log rows, two per minute (ties broken by id) and a few without created_at.
    // Bob: newer rows, a phone of his own, one ack value each, a NULL session, a dated block.
    QVERIFY2(m_db.exec(R"sql(
        INSERT INTO whatsapp_sessions (user_id, session_name)
        SELECT id, split_part(email, '@', 1) || ' line' FROM users WHERE email IN ('alice@example.com', 'bob@example.com');
        INSERT INTO messages (user_id, session_id, phone_number, message_text, status, ack_status, created_at)
        SELECT u.id, s.id, '+96650000' || lpad((g % 1000)::text, 4, '0'), 'Alice message ' || g || E'\nsecond line',
               (ARRAY['pending','sent','delivered','read','failed'])[1 + g % 5], (g % 6) - 1,
               CASE WHEN g % 250 = 0 THEN NULL ELSE timestamp '2026-01-01' + (g / 2) * interval '1 minute' END
        FROM users u JOIN whatsapp_sessions s ON s.user_id = u.id, generate_series(1, 1000) g
        WHERE u.email = 'alice@example.com';
        INSERT INTO messages (user_id, session_id, phone_number, message_text, status, ack_status, error_message,
                              metadata, media_url, media_type, created_at)
        SELECT u.id, CASE WHEN a = 2 THEN NULL ELSE s.id END, '+96650555000' || (a + 1),
               'Bob ack ' || a || CASE WHEN a = 0 THEN ' 50% off_now' ELSE '' END,
               CASE WHEN a < 0 THEN 'failed' ELSE 'sent' END, a, CASE WHEN a < 0 THEN 'not on WhatsApp' END,
               '{"source": "api", "attempt": {"n": 2}}', 'https://cdn.example.com/a b.jpg', 'image',
               timestamp '2026-06-01' + (a + 1) * interval '1 hour'
        FROM users u JOIN whatsapp_sessions s ON s.user_id = u.id, generate_series(-1, 4) a
        WHERE u.email = 'bob@example.com';
        INSERT INTO messages (user_id, phone_number, message_text, status, created_at)
        SELECT u.id, '+966501234567', 'Bob dated ' || t, 'read', t::timestamp
        FROM users u, unnest(ARRAY['2026-03-09 23:59:59.999999', '2026-03-10 00:00:00', '2026-03-10 23:59:59.999999',
                                   '2026-03-11 12:00:00', '2026-03-11 23:59:59.999999', '2026-03-12 00:00:00']) t
        WHERE u.email = 'bob@example.com';
        ANALYZE messages;
    )sql"), qPrintable(m_db.lastError()));
    m_aliceRows = m_db.scalar("SELECT count(*) FROM messages m JOIN users u ON u.id = m.user_id "
                              "WHERE u.email = 'alice@example.com'").toLongLong();
    QCOMPARE(m_aliceRows, qint64(1000));
}

void tst_MessagesPage::load(MessagesPage &page)
{
    page.resize(1200, 700);
    page.show();
    QVERIFY(page.reload());
}

int tst_MessagesPage::columnOf(const char *column)
{
    // The relations rename user_id and session_id in the model; the table keeps the positions.
    static const QSqlRecord table = QSqlDatabase::database("gui-root@example.com").record("messages");
    return table.indexOf(column);
}

QString tst_MessagesPage::cell(MessagesPage &page, int row, const char *column)
{
    return page.model()->index(row, columnOf(column)).data().toString();
}

QString tst_MessagesPage::shown(MessagesPage &page, int row, const char *column)
{
    const QModelIndex index = page.model()->index(row, columnOf(column));
    auto *delegate = qobject_cast<QStyledItemDelegate *>(page.tableView()->itemDelegateForIndex(index));
    return delegate->displayText(index.data(), QLocale());
}

QStringList tst_MessagesPage::columnValues(MessagesPage &page, const char *column)
{
    QStringList values;
    for (int row = 0; row < page.model()->rowCount(); ++row)
        values << cell(page, row, column);
    return values;
}

void tst_MessagesPage::search(MessagesPage &page, const QString &text)
{
    // Typing's debounced reload would start the search a second time: reload once, by hand.
    auto *edit = page.findChild<QLineEdit *>("searchEdit");
    const QSignalBlocker blocker(edit);
    edit->setText(text);
    QVERIFY(page.reload());
}

void tst_MessagesPage::adminSeesAllOwners()
{
    MessagesPage page(m_admin);
    load(page);
    QVERIFY(page.findChild<QComboBox *>("ownerFilter")->isVisible());
    const QStringList owners = columnValues(page, "user_id");
    QVERIFY2(owners.contains("alice@example.com") && owners.contains("bob@example.com"), qPrintable(owners.join(',')));
    // No UUIDs on screen: id, message_id and metadata columns are hidden.
    for (const char *hidden : {"id", "message_id", "metadata", "media_url"})
        QVERIFY(page.tableView()->isColumnHidden(columnOf(hidden)));
    // The owner filter narrows to one owner, on the server.
    auto *owner = page.findChild<QComboBox *>("ownerFilter");
    owner->setCurrentIndex(owner->findText("alice@example.com"));
    QVERIFY(distinct(columnValues(page, "user_id")) == QSet<QString>{"alice@example.com"});
}

void tst_MessagesPage::userSeesOnlyOwn()
{
    MessagesPage page(m_alice);
    load(page);
    QVERIFY(!page.findChild<QComboBox *>("ownerFilter")->isVisible());
    qint64 total = 0;
    do {
        QCOMPARE(distinct(columnValues(page, "user_id")), QSet<QString>{"alice@example.com"});
        total += page.model()->rowCount();
    } while (page.model()->nextPage());
    QCOMPARE(total, m_aliceRows);
    // Bob's phone finds nothing for Alice, whatever she types.
    search(page, "+966501234567");
    QCOMPARE(page.model()->rowCount(), 0);
}

void tst_MessagesPage::nullSessionRowShows()
{
    MessagesPage page(m_admin);
    load(page);
    search(page, "+966505550003");  // Bob's ack-2 row, whose session is NULL
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(shown(page, 0, "session_id"), QString());
    QCOMPARE(cell(page, 0, "user_id"), QString("bob@example.com"));
    search(page, "+966505550004");
    QCOMPARE(cell(page, 0, "session_id"), QString("bob line"));
}

void tst_MessagesPage::ackAsWords_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("ack");
    QTest::addColumn<QString>("status");
    QTest::newRow("-1") << "+966505550000" << "failed" << "Failed";
    QTest::newRow("0") << "+966505550001" << "pending" << "Sent";
    QTest::newRow("1") << "+966505550002" << "sent" << "Sent";
    QTest::newRow("2") << "+966505550003" << "delivered" << "Sent";
    QTest::newRow("3") << "+966505550004" << "read" << "Sent";
    QTest::newRow("4") << "+966505550005" << "played" << "Sent";
}

void tst_MessagesPage::ackAsWords()
{
    QFETCH(QString, phone);
    QFETCH(QString, ack);
    QFETCH(QString, status);
    MessagesPage page(m_admin);
    load(page);
    search(page, phone);
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(shown(page, 0, "ack_status"), ack);
    QCOMPARE(shown(page, 0, "status"), status);
    QVERIFY(shown(page, 0, "message_text").startsWith("Bob ack"));
}

void tst_MessagesPage::phoneSearchNormalised_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("national") << "050 123 4567";
    QTest::newRow("international spaced") << "+966 50 123 4567";
    QTest::newRow("00 prefix") << "00966501234567";
    QTest::newRow("Arabic-Indic digits") << "٠٥٠١٢٣٤٥٦٧";
}

void tst_MessagesPage::phoneSearchNormalised()
{
    QFETCH(QString, typed);
    MessagesPage page(m_admin);
    load(page);
    search(page, typed);
    QCOMPARE(page.model()->rowCount(), 6);
    QCOMPARE(distinct(columnValues(page, "phone_number")), QSet<QString>{"+966501234567"});
    // Exact and bound: neither what was typed nor its normalised form is in the SQL.
    QVERIFY(statement(page).contains("current_setting"));
    QVERIFY(!statement(page).contains("501234567"));
    QVERIFY(page.findChild<QLabel *>("searchStateLabel")->text().contains("+966501234567"));
}

void tst_MessagesPage::dateRangeInclusive()
{
    MessagesPage page(m_admin);
    load(page);
    search(page, "+966501234567");
    page.findChild<QDateEdit *>("fromDateEdit")->setDate(QDate(2026, 3, 10));
    page.findChild<QDateEdit *>("toDateEdit")->setDate(QDate(2026, 3, 11));
    page.findChild<QCheckBox *>("dateRangeCheck")->setChecked(true);  // reloads
    QCOMPARE(columnValues(page, "message_text"),
             QStringList({"Bob dated 2026-03-11 23:59:59.999999", "Bob dated 2026-03-11 12:00:00",
                          "Bob dated 2026-03-10 23:59:59.999999", "Bob dated 2026-03-10 00:00:00"}));
    // One day on its own is that whole day.
    page.findChild<QDateEdit *>("toDateEdit")->setDate(QDate(2026, 3, 10));
    QVERIFY(page.reload());
    QCOMPARE(page.model()->rowCount(), 2);
    page.findChild<QCheckBox *>("dateRangeCheck")->setChecked(false);
    QCOMPARE(page.model()->rowCount(), 6);
}

void tst_MessagesPage::pagingNoGapsNoDuplicates()
{
    MessagesPage page(m_alice);
    page.model()->setWindowSize(100);
    load(page);
    // The server's own order of every row: the page must walk exactly this, window by window.
    QStringList expected;
    QSqlQuery q(m_db.connection());
    QVERIFY_SQL(q, exec("SELECT m.id::text FROM messages m JOIN users u ON u.id = m.user_id "
                        "WHERE u.email = 'alice@example.com' "
                        "ORDER BY COALESCE(m.created_at, '-infinity') DESC, m.id DESC"));
    while (q.next())
        expected << q.value(0).toString();
    auto windowIds = [&page] {
        QStringList ids;
        for (int row = 0; row < page.model()->rowCount(); ++row)
            ids << page.model()->rowId(row);
        return ids;
    };
    QList<QStringList> windows;
    QStringList seen;
    auto *next = page.findChild<QAbstractButton *>("nextButton");
    auto *previous = page.findChild<QAbstractButton *>("previousButton");
    for (;;) {
        QVERIFY(page.model()->rowCount() <= 100);
        windows << windowIds();
        seen += windows.last();
        if (!next->isEnabled())
            break;
        QTest::mouseClick(next, Qt::LeftButton);
    }
    QCOMPARE(windows.size(), 10);
    QCOMPARE(seen, expected);  // same order, no gaps, no duplicates
    for (int i = windows.size() - 2; i >= 0; --i) {
        QTest::mouseClick(previous, Qt::LeftButton);
        QCOMPARE(windowIds(), windows.at(i));
    }
    QVERIFY(!previous->isEnabled());
    // Oldest first walks the same rows backwards (NULL created_at first).
    page.tableView()->horizontalHeader()->setSortIndicator(columnOf("created_at"), Qt::AscendingOrder);
    QCOMPARE(page.model()->rowId(0), expected.last());
}

void tst_MessagesPage::sortByPhonePages_data()
{
    QTest::addColumn<int>("order");
    QTest::newRow("ascending") << int(Qt::AscendingOrder);
    QTest::newRow("descending") << int(Qt::DescendingOrder);
}

void tst_MessagesPage::sortByPhonePages()
{
    QFETCH(int, order);
    MessagesPage page(m_alice);
    page.model()->setWindowSize(100);
    load(page);
    page.tableView()->horizontalHeader()->setSortIndicator(columnOf("phone_number"), Qt::SortOrder(order));
    const QString dir = order == Qt::AscendingOrder ? "ASC" : "DESC";
    QStringList expected;
    QSqlQuery q(m_db.connection());
    QVERIFY_SQL(q, exec("SELECT m.id::text FROM messages m JOIN users u ON u.id = m.user_id WHERE u.email = 'alice@example.com' "
                        "ORDER BY m.phone_number " + dir + ", COALESCE(m.created_at, '-infinity') " + dir + ", m.id " + dir));
    while (q.next())
        expected << q.value(0).toString();
    QVERIFY(expected.size() > 200);
    QStringList seen;
    auto *next = page.findChild<QAbstractButton *>("nextButton");
    for (;;) {
        for (int row = 0; row < page.model()->rowCount(); ++row)
            seen << page.model()->rowId(row);
        if (!next->isEnabled())
            break;
        QTest::mouseClick(next, Qt::LeftButton);
    }
    QCOMPARE(seen, expected);
    // The window's ORDER BY is the composite index's, column for column.
    QVERIFY2(statement(page).contains("\"messages\".phone_number " + dir + ", COALESCE(\"messages\".created_at, '-infinity'::timestamp) " + dir),
             qPrintable(statement(page)));
}

void tst_MessagesPage::unindexedSortRefused()
{
    MessagesPage page(m_admin);
    load(page);
    QString said;
    connect(&page, &TablePage::statusMessage, this, [&](const QString &m) { said = m; });
    page.tableView()->horizontalHeader()->setSortIndicator(columnOf("status"), Qt::AscendingOrder);
    QVERIFY2(said.contains("time or by phone"), qPrintable(said));
    QCOMPARE(page.tableView()->horizontalHeader()->sortIndicatorSection(), columnOf("created_at"));
    QCOMPARE(page.model()->sortColumn(), columnOf("created_at"));
}

void tst_MessagesPage::filtersRunOnServer()
{
    MessagesPage page(m_admin);
    load(page);
    auto *status = page.findChild<QComboBox *>("statusFilter");
    status->setCurrentIndex(status->findData("failed"));
    QVERIFY(page.model()->rowCount() > 0);
    QCOMPARE(distinct(columnValues(page, "status")), QSet<QString>{"failed"});
    page.findChild<QDateEdit *>("fromDateEdit")->setDate(QDate(2026, 1, 1));
    page.findChild<QDateEdit *>("toDateEdit")->setDate(QDate(2026, 1, 1));
    page.findChild<QCheckBox *>("dateRangeCheck")->setChecked(true);
    QCOMPARE(page.model()->rowCount(), 200);  // Alice's failed rows of that day
    QVERIFY(!page.model()->hasNextPage());
    const QString sql = statement(page);
    QVERIFY(sql.contains("current_setting"));
    for (const char *value : {"failed", "2026-01-01", "2026-01-02"})
        QVERIFY2(!sql.contains(value), value);
}

void tst_MessagesPage::textSearchInBackground()
{
    MessagesPage page(m_admin);
    load(page);
    QSignalSpy finished(&page, &MessagesPage::searchFinished);
    // LIKE wildcards are literal: only Bob's "50% off_now" row, not every "50…" text.
    search(page, "50% OFF_");
    // reload() returned before the search ended: the GUI thread never waits on ILIKE.
    QVERIFY(page.isSearching());
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(page.findChild<QPushButton *>("cancelSearchButton")->isVisible());
    QVERIFY(finished.wait(10000));
    QCOMPARE(columnValues(page, "message_text"), QStringList{"Bob ack 0 50% off_now"});
    QVERIFY(!statement(page).contains("50%"));
    QVERIFY(!statement(page).contains("OFF_", Qt::CaseInsensitive));
    QVERIFY(statement(page).contains("current_setting"));
    // Scoped: Alice's text search sees only hers, newest first.
    MessagesPage own(m_alice);
    load(own);
    QSignalSpy ownFinished(&own, &MessagesPage::searchFinished);
    search(own, "alice MESSAGE 99");
    QVERIFY(ownFinished.wait(10000));
    QCOMPARE(own.model()->rowCount(), 11);  // 99 and 990..999
    QCOMPARE(distinct(columnValues(own, "user_id")), QSet<QString>{"alice@example.com"});
    // Newest first: 998 and 999 share the newest minute.
    const QStringList texts = columnValues(own, "message_text");
    QCOMPARE(distinct(texts.mid(0, 2)), QSet<QString>({"Alice message 998\nsecond line", "Alice message 999\nsecond line"}));
    QCOMPARE(texts.last(), QString("Alice message 99\nsecond line"));
}

void tst_MessagesPage::cancelTextSearch()
{
    MessagesPage page(m_admin);
    load(page);
    QSignalSpy finished(&page, &MessagesPage::searchFinished);
    search(page, "Bob ack");
    QVERIFY(page.isSearching());
    QTest::mouseClick(page.findChild<QPushButton *>("cancelSearchButton"), Qt::LeftButton);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!page.isSearching());
    QVERIFY(page.findChild<QLabel *>("searchStateLabel")->text().contains("cancelled"));
    QTRY_COMPARE_WITH_TIMEOUT(page.searchWorkers(), 0, 5000);  // the worker's answer, if any, was dropped
    QCOMPARE(page.model()->rowCount(), 0);
    // Refresh runs it again.
    QVERIFY(page.reload());
    QVERIFY(finished.wait(10000));
    QCOMPARE(page.model()->rowCount(), 6);
}

// A text search stops at TextMatchLimit matches and says older ones may match; Search further finds the
// next batch past the last one shown and keeps the first, until a batch comes back short.
void tst_MessagesPage::searchFurtherPastTheLimit()
{
    // 150 older matches for Alice on top of her 1,000: 1,150 in all.
    QVERIFY2(m_db.exec("INSERT INTO messages (user_id, phone_number, message_text, created_at) "
                       "SELECT user_id, '+966500001111', 'Alice message old ' || g, timestamp '2025-01-01' + g * interval '1 minute' "
                       "FROM (SELECT id AS user_id FROM users WHERE email = 'alice@example.com') u, generate_series(1, 150) g"),
             qPrintable(m_db.lastError()));
    const auto removeThem = qScopeGuard([this] { m_db.exec("DELETE FROM messages WHERE message_text LIKE 'Alice message old %'"); });
    MessagesPage page(m_alice);
    load(page);
    QSignalSpy finished(&page, &MessagesPage::searchFinished);
    search(page, "alice message");
    QVERIFY(finished.wait(10000));
    auto *further = page.findChild<QPushButton *>("searchFurtherButton");
    auto *state = page.findChild<QLabel *>("searchStateLabel");
    QVERIFY(further->isVisibleTo(&page));
    QVERIFY2(state->text().contains("newest 1,000") && state->text().contains("older ones may match"), qPrintable(state->text()));
    // The batch ends with the newest of the old ones: her rows without a time sort last and are not in it.
    QVERIFY(page.model()->lastPage());
    QCOMPARE(cell(page, page.model()->rowCount() - 1, "message_text"), QString("Alice message old 147"));

    QTest::mouseClick(further, Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QVERIFY(!further->isVisibleTo(&page));
    QVERIFY2(state->text().startsWith("1,150 message"), qPrintable(state->text()));
    // The first batch is still there, and the next one follows it: the older ones, then the four
    // rows without a time.
    QVERIFY(page.model()->firstPage());
    QVERIFY(cell(page, 0, "message_text").startsWith("Alice message 99"));
    QVERIFY(page.model()->lastPage());
    const int last = page.model()->rowCount() - 1;
    QVERIFY(page.model()->index(last, columnOf("created_at")).data().isNull());
    QVERIFY(page.model()->index(last - 4, columnOf("message_text")).data().toString() == "Alice message old 1");
}

void tst_MessagesPage::viewerCannotDelete()
{
    const qint64 before = m_db.scalar("SELECT count(*) FROM messages").toLongLong();
    {
        MainWindow window(m_viewer);
        window.show();
        QVERIFY(window.openPage(Entity::Messages));
        auto *page = qobject_cast<MessagesPage *>(window.currentPage());
        QVERIFY(page);
        page->tableView()->selectRow(0);
        QVERIFY(!window.findChild<QAction *>("deleteAction")->isVisible());
        QVERIFY(!window.findChild<QAction *>("editAction")->isVisible());
        QVERIFY(!window.findChild<QAction *>("newAction")->isVisible());
        // Even called directly, the page refuses with a sentence and deletes nothing.
        QString refusal;
        GuiTest::onNextModal([&refusal](QDialog *d) {
            refusal = qobject_cast<QMessageBox *>(d)->text();
            d->reject();
        });
        page->deleteSelected();
        QVERIFY2(refusal.contains("not change"), qPrintable(refusal));
    }
    QCOMPARE(m_db.scalar("SELECT count(*) FROM messages").toLongLong(), before);
    MainWindow window(m_alice);
    QVERIFY(window.openPage(Entity::Messages));
    QVERIFY(window.findChild<QAction *>("deleteAction")->isVisible());
    QVERIFY(!window.findChild<QAction *>("editAction")->isVisible());
}

void tst_MessagesPage::detailDialogHasNoSave()
{
    MessagesPage page(m_viewer);
    load(page);
    search(page, "+966505550001");
    QCOMPARE(page.model()->rowCount(), 1);
    page.tableView()->selectRow(0);
    QString title;
    QString metadata;
    bool readOnly = false;
    QList<QDialogButtonBox::StandardButton> buttons;
    QString link;
    GuiTest::onNextModal([&](QDialog *d) {
        title = d->windowTitle();
        if (!qobject_cast<MessageDialog *>(d))
            return d->reject();
        metadata = d->findChild<QPlainTextEdit *>("metadataEdit")->toPlainText();
        readOnly = d->findChild<QPlainTextEdit *>("metadataEdit")->isReadOnly()
                   && d->findChild<QPlainTextEdit *>("textEdit")->isReadOnly();
        for (QAbstractButton *b : d->findChild<QDialogButtonBox *>("buttonBox")->buttons())
            buttons << d->findChild<QDialogButtonBox *>("buttonBox")->standardButton(b);
        link = d->findChild<QLabel *>("mediaUrlValue")->text();
        d->reject();
    });
    page.editCurrent();  // what a double-click does
    QCOMPARE(title, QString("Message to +966505550001"));
    QVERIFY(readOnly);
    QCOMPARE(buttons, QList<QDialogButtonBox::StandardButton>{QDialogButtonBox::Close});
    QVERIFY2(metadata.contains("\"attempt\": {\n") && metadata.contains("\"n\": 2"), qPrintable(metadata));
    QVERIFY2(link.contains("href=\"https://cdn.example.com/a%20b.jpg\""), qPrintable(link));
    // Another owner's message does not open for a user, even by id.
    const QString bobsId = page.model()->rowId(0);
    MessageDialog refused(m_alice, bobsId);
    QVERIFY(refused.errorText().contains("no longer exists"));
}

void tst_MessagesPage::deleteSeveral()
{
    MessagesPage page(m_alice);
    load(page);
    const QStringList ids = {page.model()->rowId(0), page.model()->rowId(1), page.model()->rowId(2)};
    page.tableView()->selectRow(0);
    page.tableView()->selectionModel()->select(page.model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    page.tableView()->selectionModel()->select(page.model()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QString question;
    GuiTest::onNextModal([&question](QDialog *d) {
        question = qobject_cast<QMessageBox *>(d)->text();
        d->findChild<QPushButton *>("deleteButton")->click();
    });
    page.deleteSelected();
    QCOMPARE(question, QString("Delete 3 message(s) for good?"));
    const QString list = "{" + ids.join(',') + "}";
    QCOMPARE(m_db.scalar("SELECT count(*) FROM messages WHERE id = ANY('" + list + "'::uuid[])").toInt(), 0);
    QCOMPARE(m_db.scalar("SELECT count(*) FROM waqtor_audit WHERE action = 'message.delete' "
                         "AND actor = 'alice@example.com' AND (details->>'count')::int = 3").toInt(), 1);
    QCOMPARE(page.model()->rowId(0).isEmpty(), false);
    QVERIFY(!ids.contains(page.model()->rowId(0)));
}

QTEST_MAIN(tst_MessagesPage)
#include "tst_messagespage.moc"
