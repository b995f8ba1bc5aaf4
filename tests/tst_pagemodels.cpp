#include "dialogs/membershipdialog.h"
#include "models/membershiplistmodel.h"
#include "models/windowedtablemodel.h"
#include "pages/campaignspage.h"
#include "pages/contactspage.h"
#include "pages/groupspage.h"
#include "pages/messagespage.h"
#include "pages/sessionspage.h"
#include "pages/userspage.h"
#include "guitest.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

// Every page's model, and both membership lists, under QAbstractItemModelTester while they page,
// sort and filter: the statement WindowedTableModel writes must keep each a well-behaved model.
class tst_PageModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pages_data();
    void pages();
    void membershipLists_data();
    void membershipLists();

private:
    // Walks every window forwards and back; returns the rows seen on the way forward.
    static int walk(WindowedTableModel *model);

    TestDatabase m_db;
    SignedIn m_admin;
};

using PageFactory = std::function<TablePage *(const SignedIn &)>;
Q_DECLARE_METATYPE(PageFactory)

void tst_PageModels::initTestCase()
{
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    const auto admin = GuiTest::createAndSignIn(m_db, "root@example.com", "admin");
    QVERIFY_OK(admin);
    m_admin = admin.value();
    for (const char *email : {"alice@example.com", "bob@example.com", "carol@example.com"})
        QVERIFY_OK(GuiTest::createAndSignIn(m_db, email, "user"));
    QVERIFY_OK(GuiTest::createAndSignIn(m_db, "eye@example.com", "viewer"));
    // A few windows of everything, with NULLs where the schema allows them (session, email,
    // custom fields, dates), so relation and computed columns show NULL as well as values.
    QVERIFY2(m_db.exec(R"sql(
        INSERT INTO whatsapp_sessions (user_id, session_name, phone_number, status)
        SELECT u.id, split_part(u.email, '@', 1) || ' line ' || n, CASE WHEN n % 2 = 0 THEN '96650000' || n END,
               (ARRAY['connected', 'disconnected', 'qr'])[1 + n % 3]
        FROM users u, generate_series(1, 4) n WHERE u.email IN ('alice@example.com', 'bob@example.com');
        INSERT INTO recipients (user_id, phone_number, name, email, status, custom_fields)
        SELECT u.id, '+9665010' || lpad(n::text, 5, '0') || CASE WHEN u.email LIKE 'bob%' THEN '1' ELSE '2' END,
               'Contact ' || n, CASE WHEN n % 3 = 0 THEN 'c' || n || '@example.com' END,
               (ARRAY['active', 'blocked', 'invalid'])[1 + n % 3],
               CASE WHEN n % 4 = 0 THEN NULL ELSE jsonb_build_object('city', 'Riyadh', 'n', n) END
        FROM users u, generate_series(1, 9) n WHERE u.email IN ('alice@example.com', 'bob@example.com');
        INSERT INTO groups (user_id, name, description)
        SELECT u.id, 'Group ' || n, CASE WHEN n % 2 = 0 THEN 'line one' || E'\n' || 'line two' END
        FROM users u, generate_series(1, 5) n WHERE u.email IN ('alice@example.com', 'bob@example.com');
        INSERT INTO recipient_groups (recipient_id, group_id)
        SELECT r.id, g.id FROM recipients r JOIN groups g ON g.user_id = r.user_id
        WHERE right(r.name, 1)::int % 5 < right(g.name, 1)::int;
        INSERT INTO campaigns (user_id, session_id, name, message_template, status, total_recipients, sent_count, failed_count)
        SELECT s.user_id, CASE WHEN n = 3 THEN NULL ELSE s.id END, 'Campaign ' || s.session_name || ' ' || n, 'Hi {{name}}',
               (ARRAY['draft', 'running', 'completed'])[1 + n % 3], 20, n, 1
        FROM whatsapp_sessions s, generate_series(1, 3) n;
        INSERT INTO messages (user_id, session_id, phone_number, message_text, status, ack_status, created_at)
        SELECT s.user_id, CASE WHEN n % 4 = 0 THEN NULL ELSE s.id END, '+96650200' || lpad(n::text, 4, '0'),
               'Message ' || n, (ARRAY['pending', 'sent', 'delivered', 'read', 'failed'])[1 + n % 5], n % 4,
               CASE WHEN n % 7 = 0 THEN NULL ELSE now() - n * interval '1 hour' END
        FROM whatsapp_sessions s, generate_series(1, 4) n;
    )sql"),
             qPrintable(m_db.lastError()));
}

int tst_PageModels::walk(WindowedTableModel *model)
{
    int seen = model->rowCount();
    int pages = 1;
    while (model->hasNextPage() && model->nextPage()) {
        seen += model->rowCount();
        ++pages;
    }
    while (model->hasPreviousPage())
        if (!model->previousPage())
            break;
    return model->pageIndex() == 0 ? seen : -1;
}

void tst_PageModels::pages_data()
{
    QTest::addColumn<PageFactory>("make");
    QTest::addColumn<QString>("search");  // typed into the page's search box
    QTest::addColumn<QString>("table");   // the model's table, to count its rows
    QTest::newRow("users") << PageFactory([](const SignedIn &s) { return new UsersPage(s); }) << "example" << "users";
    QTest::newRow("sessions") << PageFactory([](const SignedIn &s) { return new SessionsPage(s); }) << "line"
                              << "whatsapp_sessions";
    QTest::newRow("campaigns") << PageFactory([](const SignedIn &s) { return new CampaignsPage(s); }) << "Campaign"
                               << "campaigns";
    QTest::newRow("contacts") << PageFactory([](const SignedIn &s) { return new ContactsPage(s); }) << "Contact"
                              << "recipients";
    QTest::newRow("groups") << PageFactory([](const SignedIn &s) { return new GroupsPage(s); }) << "Group" << "groups";
    // A phone number: the indexed, synchronous search (text runs in the background).
    QTest::newRow("messages") << PageFactory([](const SignedIn &s) { return new MessagesPage(s); }) << "+966502000001"
                              << "messages";
}

void tst_PageModels::pages()
{
    QFETCH(PageFactory, make);
    QFETCH(QString, search);
    QFETCH(QString, table);
    std::unique_ptr<TablePage> page(make(m_admin));
    WindowedTableModel *model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int total = m_db.scalar("SELECT count(*) FROM " + table).toInt();
    QVERIFY(total > 3);

    model->setWindowSize(3);
    QVERIFY2(page->reload(), qPrintable(model->lastError().text() + '\n' + model->selectStatement()));
    QCOMPARE(walk(model), total);
    // Every column the model shows, both ways, each walked through its windows.
    const int columns = model->tableColumnCount() + 1;  // and a computed one where there is one
    for (int column = 0; column < qMin(columns, model->columnCount()); ++column) {
        for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model->sort(column, order);
            QVERIFY2(model->lastError().text().isEmpty(), qPrintable(model->lastError().text() + '\n' + model->selectStatement()));
            QCOMPARE(walk(model), total);
        }
    }

    auto *edit = page->findChild<QLineEdit *>("searchEdit");
    QVERIFY(edit);
    edit->setText(search);
    QVERIFY2(page->reload(), qPrintable(model->lastError().text() + '\n' + model->selectStatement()));
    const int found = walk(model);
    QVERIFY2(found > 0 && found <= total, qPrintable(QString::number(found) + "\n" + model->selectStatement() + "\n" + model->boundParameters().values().join(" / ")));
    if (auto *status = page->findChild<QComboBox *>("statusFilter")) {
        status->setCurrentIndex(1);  // reloads
        QVERIFY(walk(model) >= 0);
        status->setCurrentIndex(0);
    }
    edit->clear();
    QVERIFY(page->reload());
    QCOMPARE(walk(model), total);

    // Every cell read above, owners' emails and session names included, came from the model's own
    // select: no model of a whole related table was filled behind it (users' password hashes,
    // sessions' auth data).
    for (const QSqlTableModel *related : model->findChildren<QSqlTableModel *>()) {
        const QSqlRecord fields = related->record();
        QVERIFY2(fields.indexOf("password_hash") < 0 && fields.indexOf("session_data") < 0,
                 qPrintable(related->tableName() + " was read whole"));
    }
}

void tst_PageModels::membershipLists_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("searchEdit");
    QTest::newRow("members") << "membersView" << "membersSearch";
    QTest::newRow("non-members") << "nonMembersView" << "nonMembersSearch";
}

void tst_PageModels::membershipLists()
{
    QFETCH(QString, view);
    QFETCH(QString, searchEdit);
    const QString group = m_db.scalar("SELECT g.id::text FROM groups g JOIN users u ON u.id = g.user_id "
                                      "WHERE u.email = 'alice@example.com' AND g.name = 'Group 3'").toString();
    const int members = m_db.scalar("SELECT count(*) FROM recipient_groups WHERE group_id = '" + group + "'").toInt();
    const int owned = m_db.scalar("SELECT count(*) FROM recipients r JOIN users u ON u.id = r.user_id "
                                  "WHERE u.email = 'alice@example.com'").toInt();
    const int expected = view == "membersView" ? members : owned - members;
    QVERIFY(expected > 3);
    MembershipDialog dialog(m_admin, group);
    auto *model = qobject_cast<MembershipListModel *>(dialog.findChild<QTableView *>(view)->model());
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setWindowSize(3);
    QVERIFY2(model->refresh(), qPrintable(model->lastError().text() + '\n' + model->selectStatement()));
    QCOMPARE(walk(model), expected);
    for (const auto order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
        model->sort(model->fieldIndex("phone_number"), order);
        QCOMPARE(walk(model), expected);
    }
    // The member_now column says what the database holds now.
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->isPending(row), false);
    auto *edit = dialog.findChild<QLineEdit *>(searchEdit);
    edit->setText("Contact 1");
    const auto *pause = dialog.findChild<QTimer *>(searchEdit + "Pause");
    QVERIFY(pause);
    QTRY_VERIFY(!pause->isActive());
    QVERIFY(model->rowCount() <= 3);
    QVERIFY(walk(model) >= 0);
}

QTEST_MAIN(tst_PageModels)
#include "tst_pagemodels.moc"
