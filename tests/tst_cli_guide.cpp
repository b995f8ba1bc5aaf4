// End-to-end tests of waqtor-db (the real binary, a clean environment, a throwaway database), checking
// the exit code, the effect on the database and the message; stdout and stderr are shown whenever a
// check fails.
//
// The guide's own example commands, run in its order: create-admin, list-users, create-user,
// update-role, show-stats, reset-password and delete-user.

#include "clifixture.h"
#include "accounts/passwordhasher.h"

#include <QTest>

class tst_CliGuide : public QObject, public CliFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(setUpDatabase(), qPrintable(cliError())); }
    void init() { QVERIFY2(emptyTables(), qPrintable(cliError())); }

    void guideExamples();
};

// --- the guide's examples ---------------------------------------------------------------------

void tst_CliGuide::guideExamples()
{
    const CliRunner c = cli();

    // The guide's own password is too short for the rules: refused, nothing created.
    auto r = c.run({QStringLiteral("create-admin"), QStringLiteral("admin@test.com"), QStringLiteral("pass123"),
                    QStringLiteral("Admin Name")});
    QCOMPARE_EXIT(r, 1);
    QVERIFY_SAYS(r.err, QStringLiteral("password is too short"), r);
    QVERIFY_SAYS(r.err, QStringLiteral("needs at least 8"), r);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users")), 0);

    r = c.run({QStringLiteral("create-admin"), QStringLiteral("admin@test.com"), QStringLiteral("pass12345"),
               QStringLiteral("Admin Name")});
    QCOMPARE_EXIT(r, 0);
    QVERIFY_SAYS(r.out, QStringLiteral("Created admin account admin@test.com (Admin Name)."), r);
    QVERIFY(!r.out.contains(QLatin1String("pass12345")) && !r.err.contains(QLatin1String("pass12345")));
    QCOMPARE(text(QStringLiteral("SELECT role || '|' || name || '|' || is_active FROM users WHERE email = 'admin@test.com'")),
             QStringLiteral("admin|Admin Name|true"));
    QVERIFY(PasswordHasher::verify(QStringLiteral("pass12345"),
                                   text(QStringLiteral("SELECT password_hash FROM users WHERE email = 'admin@test.com'"))));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM waqtor_audit WHERE action = 'user.create' "
                                  "AND target = 'admin@test.com'")), 1);

    r = c.run({QStringLiteral("list-users")});
    QCOMPARE_EXIT(r, 0);
    QVERIFY_SAYS(r.out, QStringLiteral("EMAIL"), r);
    QVERIFY_SAYS(r.out, QStringLiteral("admin@test.com"), r);
    QVERIFY_SAYS(r.out, QStringLiteral("Admin Name"), r);
    QVERIFY_SAYS(r.out, QStringLiteral("never"), r);  // last login
    QVERIFY_SAYS(r.out, QStringLiteral("Accounts: 1"), r);

    r = c.run({QStringLiteral("create-user"), QStringLiteral("user@test.com"), QStringLiteral("userpass1")});
    QCOMPARE_EXIT(r, 0);
    QCOMPARE(text(QStringLiteral("SELECT role FROM users WHERE email = 'user@test.com'")), QStringLiteral("user"));
    r = c.run({QStringLiteral("update-role"), QStringLiteral("user@test.com"), QStringLiteral("admin")});
    QCOMPARE_EXIT(r, 0);
    QVERIFY_SAYS(r.out, QStringLiteral("user@test.com is now admin."), r);
    QCOMPARE(text(QStringLiteral("SELECT role FROM users WHERE email = 'user@test.com'")), QStringLiteral("admin"));

    r = c.run({QStringLiteral("show-stats")});
    QCOMPARE_EXIT(r, 0);
    QVERIFY_SAYS(r.out, QStringLiteral("Database %1, ").arg(m_db.name()), r);
    QVERIFY_SAYS(r.out, QStringLiteral("Users:     2 (2 active, 0 inactive)"), r);
    QVERIFY_SAYS(r.out, QStringLiteral("by role:   admin 2"), r);
    QVERIFY_SAYS(r.out, QStringLiteral("Messages:  0"), r);

    const QString before = text(QStringLiteral("SELECT password_hash FROM users WHERE email = 'user@test.com'"));
    r = c.run({QStringLiteral("reset-password"), QStringLiteral("user@test.com"), QStringLiteral("newpass123")});
    QCOMPARE_EXIT(r, 0);
    QVERIFY_SAYS(r.out, QStringLiteral("Password changed for user@test.com."), r);
    QVERIFY2(!r.out.contains(QLatin1String("newpass123")) && !r.err.contains(QLatin1String("newpass123")),
             qPrintable(describe(r)));
    const QString after = text(QStringLiteral("SELECT password_hash FROM users WHERE email = 'user@test.com'"));
    QVERIFY(after != before);
    QVERIFY2(after.startsWith(QLatin1String("$2b$10$")), qPrintable(after));
    QVERIFY(PasswordHasher::verify(QStringLiteral("newpass123"), after));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("userpass1"), after));

    r = c.run({QStringLiteral("create-user"), QStringLiteral("email@test.com"), QStringLiteral("emailpass1")});
    QCOMPARE_EXIT(r, 0);
    // From a script (standard input is a pipe), without --yes: nothing deleted.
    r = c.run({QStringLiteral("delete-user"), QStringLiteral("email@test.com")});
    QCOMPARE_EXIT(r, 1);
    QVERIFY_SAYS(r.err, QStringLiteral("Nothing was deleted"), r);
    QVERIFY_SAYS(r.err, QStringLiteral("add --yes"), r);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users WHERE email = 'email@test.com'")), 1);

    r = c.run({QStringLiteral("delete-user"), QStringLiteral("email@test.com"), QStringLiteral("--yes")});
    QCOMPARE_EXIT(r, 0);
    QVERIFY_SAYS(r.out, QStringLiteral("Deleting email@test.com (user) also removes:"), r);
    QVERIFY_SAYS(r.out, QStringLiteral("Deleted email@test.com"), r);
    QCOMPARE(cascadeShown(r.out.mid(r.out.indexOf(QLatin1String("Deleted email@test.com")))),
             QStringLiteral("0 0 0 0 0 0"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users WHERE email = 'email@test.com'")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users")), 2);
}

QTEST_GUILESS_MAIN(tst_CliGuide)

#include "tst_cli_guide.moc"
