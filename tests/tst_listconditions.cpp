#include "accounts/accountservice.h"
#include "repositories/campaignrepository.h"
#include "repositories/contactrepository.h"
#include "repositories/grouprepository.h"
#include "repositories/sessionrepository.h"
#include "repositories/userrepository.h"
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// The repositories' list conditions against a real database: the owner scope is theirs to apply,
// whatever owner a filter names, and every value is bound.
class tst_ListConditions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ownerScope_data();
    void ownerScope();
    void searchBindsText_data();
    void searchBindsText();
    void ownerChoices();
    void ownerChoicesFailure();

private:
    QString userId(const QString &email)
    {
        return m_db.scalar("SELECT id::text FROM users WHERE email = '" + email + "'").toString();
    }
    SqlConditions conditions(const QString &table, const QString &text, const QString &owner,
                             const PermissionPolicy &policy) const;
    // Rows of `table` matching `c`, through a prepared query with ":name" placeholders.
    qint64 count(const QString &table, const SqlConditions &c);

    TestDatabase m_db;
};

void tst_ListConditions::initTestCase()
{
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    AccountService accounts(m_db.connection(), "test");
    QVERIFY_OK(accounts.createUser("root@example.com", "root-password", "Root", "admin"));
    QVERIFY_OK(accounts.createUser("alice@example.com", "alice-password", "Alice", "user"));
    QVERIFY_OK(accounts.createUser("bob@example.com", "bob-password", "Bob", "user"));
    QVERIFY_OK(accounts.createUser("eye@example.com", "eye-password", "Eye", "viewer"));
    // Alice owns one row of each table, Bob two; every name holds "it's 100%".
    QVERIFY2(m_db.exec(R"sql(
        INSERT INTO campaigns (user_id, name, message_template)
            SELECT u.id, 'it''s 100% ' || n, 'hi' FROM users u, generate_series(1, 2) n
            WHERE u.email = 'bob@example.com' OR (u.email = 'alice@example.com' AND n = 1);
        INSERT INTO recipients (user_id, phone_number, name)
            SELECT u.id, '+96650000000' || n, 'it''s 100% ' || n FROM users u, generate_series(1, 2) n
            WHERE u.email = 'bob@example.com' OR (u.email = 'alice@example.com' AND n = 1);
        INSERT INTO groups (user_id, name)
            SELECT u.id, 'it''s 100% ' || n FROM users u, generate_series(1, 2) n
            WHERE u.email = 'bob@example.com' OR (u.email = 'alice@example.com' AND n = 1);
        INSERT INTO whatsapp_sessions (user_id, session_name)
            SELECT u.id, 'it''s 100% ' || n FROM users u, generate_series(1, 2) n
            WHERE u.email = 'bob@example.com' OR (u.email = 'alice@example.com' AND n = 1);
    )sql"), qPrintable(m_db.lastError()));
}

SqlConditions tst_ListConditions::conditions(const QString &table, const QString &text, const QString &owner,
                                             const PermissionPolicy &policy) const
{
    const SqlPlaceholder placeholder = [](const QString &name) { return u':' + name; };
    if (table == "campaigns")
        return CampaignRepository::conditions({text, QString(), owner}, policy, placeholder);
    if (table == "recipients") {
        ContactFilter filter;
        filter.text = text;
        filter.ownerId = owner;
        return ContactRepository::conditions(filter, policy, placeholder);
    }
    if (table == "groups")
        return GroupRepository::conditions({text, owner}, policy, placeholder);
    SessionFilter filter;
    filter.text = text;
    filter.ownerId = owner;
    return SessionRepository::conditions(filter, policy, placeholder);
}

qint64 tst_ListConditions::count(const QString &table, const SqlConditions &c)
{
    QSqlQuery q(m_db.connection());
    const QString where = c.sql.isEmpty() ? QString() : " WHERE (" + c.sql.join(") AND (") + ")";
    if (!q.prepare("SELECT count(*) FROM " + table + where)) {
        qWarning() << q.lastError().text();
        return -1;
    }
    for (const auto &value : c.values)
        q.bindValue(u':' + value.first, value.second);
    if (!q.exec() || !q.next()) {
        qWarning() << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

void tst_ListConditions::ownerScope_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("chosenOwner");
    QTest::addColumn<qint64>("rows");
    for (const QString table : {"campaigns", "recipients", "groups", "whatsapp_sessions"}) {
        const QByteArray t = table.toUtf8();
        QTest::newRow((t + ": admin, every owner").constData()) << table << "admin" << "root@example.com" << "" << qint64(3);
        QTest::newRow((t + ": admin chooses Bob").constData()) << table << "admin" << "root@example.com" << "bob@example.com" << qint64(2);
        QTest::newRow((t + ": viewer chooses Alice").constData()) << table << "viewer" << "eye@example.com" << "alice@example.com" << qint64(1);
        QTest::newRow((t + ": user, no choice").constData()) << table << "user" << "alice@example.com" << "" << qint64(1);
        // The security rule: a user naming another owner still sees only their own rows.
        QTest::newRow((t + ": user names Bob").constData()) << table << "user" << "alice@example.com" << "bob@example.com" << qint64(1);
    }
}

void tst_ListConditions::ownerScope()
{
    QFETCH(QString, table);
    QFETCH(QString, role);
    QFETCH(QString, email);
    QFETCH(QString, chosenOwner);
    QFETCH(qint64, rows);
    const PermissionPolicy policy(role, userId(email));
    const QString owner = chosenOwner.isEmpty() ? QString() : userId(chosenOwner);
    QCOMPARE(count(table, conditions(table, QString(), owner, policy)), rows);
}

void tst_ListConditions::searchBindsText_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("rows");
    for (const QString table : {"campaigns", "recipients", "groups", "whatsapp_sessions"}) {
        const QByteArray t = table.toUtf8();
        QTest::newRow((t + ": quote and percent").constData()) << table << "it's 100% 2" << qint64(1);
        // As a LIKE pattern "100_" would match "100%"; it must match itself only.
        QTest::newRow((t + ": wildcard literal").constData()) << table << "100_" << qint64(0);
    }
}

void tst_ListConditions::searchBindsText()
{
    QFETCH(QString, table);
    QFETCH(QString, text);
    QFETCH(qint64, rows);
    const SqlConditions c = conditions(table, text, QString(), PermissionPolicy("admin", userId("root@example.com")));
    QCOMPARE(c.sql.size(), 1);
    QVERIFY2(!c.sql.first().contains(text), qPrintable(c.sql.first()));
    QCOMPARE(count(table, c), rows);
}

void tst_ListConditions::ownerChoices()
{
    const auto owners = UserRepository(m_db.connection()).ownerChoices();
    QVERIFY_OK(owners);
    QStringList emails;
    for (const OwnerChoice &o : owners.value()) {
        QCOMPARE(o.id, userId(o.email));
        emails << o.email;
    }
    // By email.
    QCOMPARE(emails, QStringList({"alice@example.com", "bob@example.com", "eye@example.com", "root@example.com"}));
}

void tst_ListConditions::ownerChoicesFailure()
{
    QSqlDatabase closed = QSqlDatabase::addDatabase("QPSQL", "tst_listconditions_closed");
    {
        const auto owners = UserRepository(closed).ownerChoices();
        QVERIFY(!owners);
        QVERIFY2(owners.error().message.startsWith("Could not load the list of owners"), qPrintable(owners.error().message));
    }
    closed = QSqlDatabase();
    QSqlDatabase::removeDatabase("tst_listconditions_closed");
}

QTEST_GUILESS_MAIN(tst_ListConditions)
#include "tst_listconditions.moc"
