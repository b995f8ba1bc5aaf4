// Rights follow the database: an account deactivated, demoted or deleted by someone else after it
// signed in cannot write one more row, through any repository or the account service, and is told
// why; an unchanged account writes as before, and the command line (no account) is never asked.

#include "accounts/accountservice.h"
#include "accounts/accountstanding.h"
#include "repositories/campaignrepository.h"
#include "repositories/contactrepository.h"
#include "repositories/sessionrepository.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <functional>

namespace {
using Write = std::function<Status(QSqlDatabase db, const PermissionPolicy &policy, const QString &ownerId)>;
}
Q_DECLARE_METATYPE(Write)

class tst_AccountStanding : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void nextWriteRefused_data();
    void nextWriteRefused();
    void commandLineNeverAsked();

private:
    qint64 count(const QString &sql) { return m_db.scalar(sql).toLongLong(); }

    TestDatabase m_db;
    QString m_bossId, m_aliceId, m_otherAdminId;
};

void tst_AccountStanding::initTestCase()
{
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    AccountService accounts(m_db.connection(), "test");
    QVERIFY_OK(accounts.createUser("boss@example.com", "boss-password", "Boss", "admin"));
    QVERIFY_OK(accounts.createUser("root@example.com", "root-password", "Root", "admin"));
    QVERIFY_OK(accounts.createUser("alice@example.com", "alice-password", "Alice", "user"));
    m_bossId = m_db.scalar("SELECT id::text FROM users WHERE email = 'boss@example.com'").toString();
    m_otherAdminId = m_db.scalar("SELECT id::text FROM users WHERE email = 'root@example.com'").toString();
    m_aliceId = m_db.scalar("SELECT id::text FROM users WHERE email = 'alice@example.com'").toString();
}

void tst_AccountStanding::init()
{
    QVERIFY(m_db.exec(QString("UPDATE users SET role = 'admin', is_active = true WHERE id IN ('%1', '%2'); "
                              "UPDATE users SET role = 'user', is_active = true WHERE id = '%3'; "
                              "DELETE FROM campaigns; DELETE FROM recipients; DELETE FROM whatsapp_sessions;")
                          .arg(m_bossId, m_otherAdminId, m_aliceId)));
}

void tst_AccountStanding::nextWriteRefused_data()
{
    QTest::addColumn<QString>("who");     // alice (user) or boss (admin)
    QTest::addColumn<QString>("change");  // SQL run by "someone else" after signing in; %1 the account's id
    QTest::addColumn<Write>("write");
    QTest::addColumn<QString>("says");    // "" when the write must succeed
    QTest::addColumn<QString>("rows");    // a count that must be 0 when refused, 1 when written

    const Write campaign = [](QSqlDatabase db, const PermissionPolicy &p, const QString &owner) {
        CampaignEdit e;
        e.userId = owner;
        e.name = "Spring";
        e.messageTemplate = "Hi";
        e.status = "draft";
        return CampaignRepository(db, p, "tester").save(e).status();
    };
    const Write contact = [](QSqlDatabase db, const PermissionPolicy &p, const QString &owner) {
        ContactEdit e;
        e.ownerId = owner;
        e.phone = "+966501234567";
        return ContactRepository(db, p, "tester").save(e, "SA").status();
    };
    const Write session = [](QSqlDatabase db, const PermissionPolicy &p, const QString &owner) {
        SessionEdit e;
        e.userId = owner;
        e.name = "main";
        e.status = "disconnected";
        return SessionRepository(db, p, "tester").save(e).status();
    };
    const Write account = [](QSqlDatabase db, const PermissionPolicy &p, const QString &) {
        return AccountService(db, "boss@example.com", p).createUser("new@example.com", "new-password-1", "New", "user").status();
    };
    const QString campaigns = "SELECT count(*) FROM campaigns", contacts = "SELECT count(*) FROM recipients",
                  sessions = "SELECT count(*) FROM whatsapp_sessions", accounts = "SELECT count(*) FROM users WHERE email = 'new@example.com'";

    QTest::newRow("unchanged user writes") << "alice" << "" << campaign << "" << campaigns;
    QTest::newRow("deactivated user: campaign") << "alice" << "UPDATE users SET is_active = false WHERE id = '%1'" << campaign
                                                << "Your account was deactivated by an administrator, so nothing was saved" << campaigns;
    QTest::newRow("deactivated user: contact") << "alice" << "UPDATE users SET is_active = false WHERE id = '%1'" << contact
                                               << "Your account was deactivated" << contacts;
    QTest::newRow("user made viewer: session") << "alice" << "UPDATE users SET role = 'viewer' WHERE id = '%1'" << session
                                               << "An administrator changed your role from User to Viewer, so nothing was saved" << sessions;
    QTest::newRow("admin made user: campaign") << "boss" << "UPDATE users SET role = 'user' WHERE id = '%1'" << campaign
                                               << "changed your role from Admin to User" << campaigns;
    QTest::newRow("admin made user: account") << "boss" << "UPDATE users SET role = 'user' WHERE id = '%1'" << account
                                              << "changed your role from Admin to User" << accounts;
    QTest::newRow("deactivated admin: account") << "boss" << "UPDATE users SET is_active = false WHERE id = '%1'" << account
                                                << "Your account was deactivated" << accounts;
    QTest::newRow("unchanged admin: account") << "boss" << "" << account << "" << accounts;
    QTest::newRow("deleted admin: contact") << "boss" << "DELETE FROM users WHERE id = '%1'" << contact
                                            << "Your account was deleted by an administrator" << contacts;
}

void tst_AccountStanding::nextWriteRefused()
{
    QFETCH(QString, who);
    QFETCH(QString, change);
    QFETCH(Write, write);
    QFETCH(QString, says);
    QFETCH(QString, rows);
    QVERIFY(m_db.exec("DELETE FROM users WHERE email = 'new@example.com'"));
    const QString id = who == "alice" ? m_aliceId : m_bossId;
    const PermissionPolicy signedIn(who == "alice" ? "user" : "admin", id);  // as at sign-in
    if (!change.isEmpty())
        QVERIFY2(m_db.exec(change.arg(id)), qPrintable(m_db.lastError()));
    QSignalSpy refused(AccountStanding::instance(), &AccountStanding::refused);
    // The contact of a deleted admin is written for alice: the owner must still exist.
    const Status s = write(m_db.connection(), signedIn, change.startsWith("DELETE") ? m_aliceId : id);
    if (says.isEmpty()) {
        QVERIFY_OK(s);
        QCOMPARE(count(rows), 1);
        QCOMPARE(refused.count(), 0);
    } else {
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(says), qPrintable(s.error().message));
        QCOMPARE(count(rows), 0);  // not one row
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.first().at(0).toString(), id);
        QCOMPARE(refused.first().at(1).toString(), s.error().message);
    }
    if (change.startsWith("DELETE"))
        QVERIFY(m_db.exec(QString("INSERT INTO users (id, email, password_hash, role) VALUES ('%1', 'boss@example.com', 'x', 'admin')").arg(id)));
}

void tst_AccountStanding::commandLineNeverAsked()
{
    // waqtor-db acts with the database credentials: no account to re-read, even with every admin gone.
    QVERIFY(m_db.exec("UPDATE users SET is_active = false"));
    CampaignEdit e;
    e.userId = m_aliceId;
    e.name = "From the CLI";
    e.messageTemplate = "Hi";
    e.status = "draft";
    QVERIFY_OK(CampaignRepository(m_db.connection(), PermissionPolicy::databaseOperator(), "cli").save(e));
    QVERIFY_OK(AccountStanding::confirm(m_db.connection(), PermissionPolicy::databaseOperator()));
}

QTEST_GUILESS_MAIN(tst_AccountStanding)
#include "tst_accountstanding.moc"
