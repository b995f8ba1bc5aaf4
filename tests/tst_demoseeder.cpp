#include "db/demoseeder.h"
#include "accounts/accountservice.h"
#include "testdatabase.h"

#include <QTest>

// The demo set is what newcomers and the app's page tests see: every status must be there.
class tst_DemoSeeder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void accountsSignIn_data();
    void accountsSignIn();
    void everyStatusIsPresent_data();
    void everyStatusIsPresent();
    void volumesAndSpread();
    void membershipsJoinSameOwnerOnly();
    void refusesDatabaseWithAccounts();
    void forceReplacesDemoAccounts();

private:
    TestDatabase m_db;
};

void tst_DemoSeeder::initTestCase()
{
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    QVERIFY_OK(DemoSeeder(m_db.connection(), QStringLiteral("test")).seed(false));
}

void tst_DemoSeeder::accountsSignIn_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("role");
    for (const DemoSeeder::Login &login : DemoSeeder::logins())
        QTest::newRow(qPrintable(login.role)) << login.email << login.password << login.role;
}

void tst_DemoSeeder::accountsSignIn()
{
    QFETCH(QString, email);
    QFETCH(QString, password);
    QFETCH(QString, role);
    const auto account = AccountService(m_db.connection(), QStringLiteral("test")).authenticate(email, password);
    QVERIFY_OK(account);
    QCOMPARE(account->role, role);
}

void tst_DemoSeeder::everyStatusIsPresent_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("sessions") << "whatsapp_sessions" << "status" << QStringList{"qr", "connecting", "ready", "disconnected"};
    QTest::newRow("messages") << "messages" << "status" << QStringList{"pending", "sent", "delivered", "read", "failed"};
    QTest::newRow("acks") << "messages" << "ack_status::text" << QStringList{"-1", "0", "1", "2", "3", "4"};
    QTest::newRow("campaigns") << "campaigns" << "status"
                               << QStringList{"draft", "scheduled", "running", "paused", "completed", "failed"};
    QTest::newRow("contacts") << "recipients" << "status" << QStringList{"active", "blocked", "invalid"};
}

void tst_DemoSeeder::everyStatusIsPresent()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QStringList, values);
    // Table and column names come from the data table above, not from users.
    const QString present = m_db.scalar(QStringLiteral("SELECT string_agg(DISTINCT %1, ',' ORDER BY %1) FROM %2")
                                            .arg(column, table)).toString();
    for (const QString &value : values)
        QVERIFY2(present.split(u',').contains(value), qPrintable(value + QStringLiteral(" missing from ") + present));
}

void tst_DemoSeeder::volumesAndSpread()
{
    const int contacts = m_db.scalar(QStringLiteral("SELECT count(*) FROM recipients")).toInt();
    QVERIFY2(contacts >= 9000 && contacts <= 11000, qPrintable(QString::number(contacts)));
    const int messages = m_db.scalar(QStringLiteral("SELECT count(*) FROM messages")).toInt();
    QVERIFY2(messages >= 90000 && messages <= 110000, qPrintable(QString::number(messages)));
    // Messages over the last 30 days, none in the future.
    QVERIFY(m_db.scalar(QStringLiteral("SELECT min(created_at) >= LOCALTIMESTAMP - interval '31 days' "
                                       "AND max(created_at) <= LOCALTIMESTAMP FROM messages")).toBool());
    QVERIFY(m_db.scalar(QStringLiteral("SELECT count(DISTINCT created_at::date) >= 28 FROM messages")).toBool());
    // Arabic and Latin names, and custom fields.
    QVERIFY(m_db.scalar(QStringLiteral("SELECT count(*) FROM recipients WHERE name ~ '[\u0600-\u06FF]'")).toInt() > 100);
    QVERIFY(m_db.scalar(QStringLiteral("SELECT count(*) FROM recipients WHERE name ~ '^[A-Za-z]'")).toInt() > 100);
    QVERIFY(m_db.scalar(QStringLiteral("SELECT count(*) FROM recipients WHERE custom_fields ? 'city'")).toInt() > 100);
    // Phones are E.164 and unique per owner (the constraint would have refused otherwise).
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM recipients WHERE phone_number !~ '^\\+[1-9][0-9]{6,14}$'")).toInt(), 0);
    QVERIFY(m_db.scalar(QStringLiteral("SELECT count(*) FROM recipient_groups")).toInt() > 100);
    QVERIFY(m_db.scalar(QStringLiteral("SELECT count(*) FROM groups g WHERE NOT EXISTS "
                                       "(SELECT 1 FROM recipient_groups rg WHERE rg.group_id = g.id)")).toInt() >= 1);
}

void tst_DemoSeeder::membershipsJoinSameOwnerOnly()
{
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM recipient_groups rg JOIN recipients r ON r.id = rg.recipient_id "
                                        "JOIN groups g ON g.id = rg.group_id WHERE r.user_id <> g.user_id")).toInt(), 0);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM campaigns c JOIN whatsapp_sessions s ON s.id = c.session_id "
                                        "WHERE s.user_id <> c.user_id")).toInt(), 0);
}

void tst_DemoSeeder::refusesDatabaseWithAccounts()
{
    const QVariant before = m_db.scalar(QStringLiteral("SELECT count(*) FROM recipients"));
    const Status again = DemoSeeder(m_db.connection(), QStringLiteral("test")).seed(false);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, ErrorKind::Conflict);
    QVERIFY2(again.error().message.contains(QLatin1String("--force")), qPrintable(again.error().message));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM recipients")), before);
}

void tst_DemoSeeder::forceReplacesDemoAccounts()
{
    QVERIFY_OK(AccountService(m_db.connection(), QStringLiteral("test"))
                   .createUser(QStringLiteral("real@example.com"), QStringLiteral("real-password"), {}, QStringLiteral("admin")));
    const QVariant contacts = m_db.scalar(QStringLiteral("SELECT count(*) FROM recipients"));
    QVERIFY_OK(DemoSeeder(m_db.connection(), QStringLiteral("test")).seed(true));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM users")).toInt(), 4);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM recipients")), contacts);  // replaced, not doubled
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM users WHERE email = 'real@example.com'")).toInt(), 1);
}

QTEST_GUILESS_MAIN(tst_DemoSeeder)
#include "tst_demoseeder.moc"
