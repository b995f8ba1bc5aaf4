#include "accounts/accountservice.h"
#include "accounts/passwordhasher.h"
#include "db/transaction.h"
#include "repositories/passwordhashwriter.h"
#include "repositories/userrepository.h"
#include "serverlog.h"
#include "testdatabase.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

/**
 * Every way a password hash is written keeps it out of the server's log under log_statement = 'all',
 * which logs every statement and, like the default settings, every error with its statement and detail.
 */
class tst_PasswordHashWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyWriterKeepsHashOutOfLog_data();
    void everyWriterKeepsHashOutOfLog();
    void failedWriteKeepsHashOutOfLog_data();
    void failedWriteKeepsHashOutOfLog();
    void insertedAccountIsCurrent();
    void writeOutsideTransactionIsRefused();
    void writeToMissingAccountIsNotFound();

private:
    // seed-demo writes its accounts through UserRepository::insert too, like create-user; seeding
    // under log_statement = 'all' takes 25 s, too slow for the suite.
    enum class Operation { Create, SaveWithPassword, Reset, ChangeOwn };
    enum class Failure { DuplicateEmail, ConstraintOnReset, ConstraintOnCreate };
    void logEveryStatement();
    // Adds every hash users holds now.
    void collectHashes(QSet<QString> *hashes);
    // None of `hashes` in the log, nor any line with a bcrypt prefix and one of `emails`.
    void verifyAbsent(const ServerLog &log, const QSet<QString> &hashes, const QStringList &emails);
    AccountService service() { return AccountService(m_db->connection(), QStringLiteral("tester@example.com")); }
    std::unique_ptr<TestDatabase> m_db;
};

void tst_PasswordHashWriter::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->createMigrated(), qPrintable(m_db->lastError()));
}

void tst_PasswordHashWriter::cleanup()
{
    m_db.reset();
}

void tst_PasswordHashWriter::logEveryStatement()
{
    // The guide's troubleshooting advice; applies to sessions opened afterwards.
    QVERIFY2(m_db->exec(QStringLiteral("ALTER DATABASE %1 SET log_statement = 'all'").arg(m_db->name())),
             qPrintable(m_db->lastError()));
    m_db->closeConnections();
    QCOMPARE(m_db->scalar(QStringLiteral("SHOW log_statement")).toString(), QStringLiteral("all"));
}

void tst_PasswordHashWriter::collectHashes(QSet<QString> *hashes)
{
    QSqlQuery q(m_db->connection());
    QVERIFY_SQL(q, exec(QStringLiteral("SELECT password_hash FROM users")));
    while (q.next())
        hashes->insert(q.value(0).toString());
}

void tst_PasswordHashWriter::verifyAbsent(const ServerLog &log, const QSet<QString> &hashes, const QStringList &emails)
{
    const QString text = log.textSince();
    for (const QString &hash : hashes) {
        QVERIFY2(hash.startsWith(QLatin1String("$2")), qPrintable(hash));
        QVERIFY2(!text.contains(hash), qPrintable(QStringLiteral("the server log has the hash %1").arg(hash)));
    }
    for (const QString &email : emails) {
        const QStringList leaks = log.linesWith({QStringLiteral("$2"), email});
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }
}

void tst_PasswordHashWriter::everyWriterKeepsHashOutOfLog_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::newRow("create-user") << Operation::Create;
    QTest::newRow("user dialog, new password") << Operation::SaveWithPassword;
    QTest::newRow("reset-password") << Operation::Reset;
    QTest::newRow("change own password") << Operation::ChangeOwn;
}

void tst_PasswordHashWriter::everyWriterKeepsHashOutOfLog()
{
    QFETCH(Operation, operation);
    logEveryStatement();
    const ServerLog log;
    QVERIFY2(log.isOpen(), qPrintable(log.error()));

    const QString email = QStringLiteral("secret-%1@example.com").arg(m_db->name());
    QSet<QString> hashes;
    QVERIFY_OK(service().createUser(email, QStringLiteral("first password"), QStringLiteral("Sec"),
                                    QStringLiteral("admin")));
    collectHashes(&hashes);
    switch (operation) {
    case Operation::Create:
        break;
    case Operation::SaveWithPassword: {
        const auto account = UserRepository(m_db->connection()).find(email);
        QVERIFY_OK(account);
        AccountEdit edit{account->id, account->version, email, QStringLiteral("Sec"), QStringLiteral("admin"), true,
                         QStringLiteral("second password")};
        QVERIFY_OK(service().save(edit));
        break;
    }
    case Operation::Reset:
        QVERIFY_OK(service().resetPassword(email, QStringLiteral("second password")));
        break;
    case Operation::ChangeOwn:
        QVERIFY_OK(service().changeOwnPassword(email, QStringLiteral("first password"),
                                               QStringLiteral("second password")));
        break;
    }
    collectHashes(&hashes);
    QCOMPARE(hashes.size(), operation == Operation::Create ? 1 : 2);
    if (operation != Operation::Create)
        QVERIFY_OK(service().authenticate(email, QStringLiteral("second password")));
    verifyAbsent(log, hashes, {email});
    // The statements were logged, just not the hash: the test looked at the right log.
    QVERIFY(!log.linesWith({QStringLiteral("INSERT INTO users")}).isEmpty());
}

void tst_PasswordHashWriter::failedWriteKeepsHashOutOfLog_data()
{
    QTest::addColumn<Failure>("failure");
    QTest::newRow("duplicate email (a race past the check)") << Failure::DuplicateEmail;
    QTest::newRow("constraint refuses the new hash") << Failure::ConstraintOnReset;
    QTest::newRow("constraint refuses the new account's hash") << Failure::ConstraintOnCreate;
}

void tst_PasswordHashWriter::failedWriteKeepsHashOutOfLog()
{
    QFETCH(Failure, failure);
    const QString email = QStringLiteral("taken-%1@example.com").arg(m_db->name());
    QVERIFY_OK(service().createUser(email, QStringLiteral("first password"), QString(), QStringLiteral("admin")));
    // A check the row passes with any other value but a bcrypt hash: PostgreSQL reports such a
    // failure with "Failing row contains (…)", every column included.
    if (failure != Failure::DuplicateEmail)
        QVERIFY2(m_db->exec(QStringLiteral("UPDATE users SET password_hash = 'legacy'; "
                                           "ALTER TABLE users ADD CONSTRAINT short_hash CHECK (length(password_hash) < 20)")),
                 qPrintable(m_db->lastError()));
    logEveryStatement();
    const ServerLog log;
    QVERIFY2(log.isOpen(), qPrintable(log.error()));

    const QString hash = PasswordHasher::hash(QStringLiteral("never logged"), PasswordHasher::MinCost);
    QVERIFY(PasswordHasher::looksLikeBcrypt(hash));
    QString newEmail = email;
    {
        Transaction tx(m_db->connection());
        QVERIFY_OK(tx.begin());
        UserRepository users(m_db->connection());
        switch (failure) {
        case Failure::DuplicateEmail: {
            const auto created = users.insert(email, hash, QString(), QStringLiteral("user"));
            QVERIFY(!created);
            QCOMPARE(created.error().kind, ErrorKind::Conflict);
            break;
        }
        case Failure::ConstraintOnReset: {
            const auto account = users.find(email);
            QVERIFY_OK(account);
            const Status s = users.setPasswordHash(account->id, hash);
            QVERIFY(!s);
            QVERIFY2(s.error().message.contains(QLatin1String("password")), qPrintable(s.error().message));
            QVERIFY2(!(s.error().message + s.error().detail).contains(hash), qPrintable(s.error().detail));
            break;
        }
        case Failure::ConstraintOnCreate: {
            newEmail = QStringLiteral("new-%1@example.com").arg(m_db->name());
            const auto created = users.insert(newEmail, hash, QString(), QStringLiteral("user"));
            QVERIFY(!created);
            QVERIFY2(!(created.error().message + created.error().detail).contains(hash),
                     qPrintable(created.error().detail));
            break;
        }
        }
    }
    // Rolled back: nothing of the failed write is left.
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM users")).toInt(), 1);
    if (failure != Failure::DuplicateEmail)
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT password_hash FROM users")).toString(), QStringLiteral("legacy"));
    verifyAbsent(log, {hash}, {email, newEmail});
    // The failure itself was logged (default logging logs every error): the test read the right log.
    QVERIFY(!log.linesWith({QStringLiteral("ERROR:")}).isEmpty());
}

void tst_PasswordHashWriter::insertedAccountIsCurrent()
{
    const auto created = service().createUser(QStringLiteral("fresh@example.com"), QStringLiteral("a good password"),
                                              QString(), QStringLiteral("user"));
    QVERIFY_OK(created);
    QCOMPARE(created->version, m_db->scalar(QStringLiteral("SELECT xmin::text FROM users")).toString());
    QVERIFY(PasswordHasher::verify(QStringLiteral("a good password"),
                                   m_db->scalar(QStringLiteral("SELECT password_hash FROM users")).toString()));
    // The version it returned is the row's: an edit made from it is not taken for a stale one.
    AccountEdit edit{created->id, created->version, created->email, QStringLiteral("Renamed"), created->role, true, {}};
    QVERIFY_OK(service().save(edit));
}

void tst_PasswordHashWriter::writeOutsideTransactionIsRefused()
{
    QVERIFY_OK(service().createUser(QStringLiteral("solo@example.com"), QStringLiteral("a good password"), QString(),
                                    QStringLiteral("user")));
    const QString before = m_db->scalar(QStringLiteral("SELECT password_hash FROM users")).toString();
    const QString id = m_db->scalar(QStringLiteral("SELECT id::text FROM users")).toString();
    const Status s = PasswordHashWriter::write(m_db->connection(), id,
                                               PasswordHasher::hash(QStringLiteral("other"), PasswordHasher::MinCost));
    QVERIFY(!s);
    QVERIFY2(s.error().message.contains(QLatin1String("transaction")), qPrintable(s.error().message));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT password_hash FROM users")).toString(), before);
}

void tst_PasswordHashWriter::writeToMissingAccountIsNotFound()
{
    Transaction tx(m_db->connection());
    QVERIFY_OK(tx.begin());
    const Status s = PasswordHashWriter::write(m_db->connection(), QStringLiteral("00000000-0000-4000-8000-000000000001"),
                                               PasswordHasher::hash(QStringLiteral("other"), PasswordHasher::MinCost));
    QVERIFY(!s);
    QCOMPARE(s.error().kind, ErrorKind::NotFound);
}

QTEST_GUILESS_MAIN(tst_PasswordHashWriter)
#include "tst_passwordhashwriter.moc"
