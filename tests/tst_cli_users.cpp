// End-to-end tests of waqtor-db (the real binary, a clean environment, a throwaway database), checking
// the exit code, the effect on the database and the message; stdout and stderr are shown whenever a
// check fails.
//
// The account commands: create-user, create-admin, update-role, activate, deactivate and
// list-users, with the guards every changing command shares (unknown account, last active admin).

#include "clifixture.h"
#include "accounts/passwordhasher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

class tst_CliUsers : public QObject, public CliFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(setUpDatabase(), qPrintable(cliError())); }
    void init() { QVERIFY2(emptyTables(), qPrintable(cliError())); }

    void createUser_data();
    void createUser();
    void createDuplicate_data();
    void createDuplicate();
    void updateRole_data();
    void updateRole();
    void activateDeactivate();
    void unknownUser_data();
    void unknownUser();
    void lastActiveAdmin_data();
    void lastActiveAdmin();
    void listUsersJson();
};

// --- accounts ---------------------------------------------------------------------------------

void tst_CliUsers::createUser_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("phrase");      // in stdout on success, stderr on failure
    QTest::addColumn<QString>("storedEmail"); // empty: no row may be created
    QTest::addColumn<QString>("storedRole");
    QTest::addColumn<QString>("storedName");  // NULL when the row has no name

    const QString cu = QStringLiteral("create-user");
    const QString pw = QStringLiteral("password1");
    const QString roleOpt = QStringLiteral("--role");
    const QString nul;

    QTest::newRow("default role user") << QStringList{cu, "plain@example.com", pw} << 0
                                       << "Created user account plain@example.com." << "plain@example.com" << "user" << nul;
    QTest::newRow("--role viewer") << QStringList{cu, "v@example.com", pw, roleOpt, "viewer"} << 0
                                   << "Created viewer account v@example.com." << "v@example.com" << "viewer" << nul;
    QTest::newRow("--role admin") << QStringList{cu, "a@example.com", pw, roleOpt, "admin"} << 0
                                  << "Created admin account a@example.com." << "a@example.com" << "admin" << nul;
    QTest::newRow("--role in capitals") << QStringList{cu, "c@example.com", pw, roleOpt, "VIEWER"} << 0
                                        << "Created viewer account" << "c@example.com" << "viewer" << nul;
    QTest::newRow("--role before the arguments") << QStringList{cu, roleOpt, "viewer", "b@example.com", pw} << 0
                                                 << "Created viewer account" << "b@example.com" << "viewer" << nul;
    QTest::newRow("create-admin") << QStringList{"create-admin", "boss@example.com", pw, "The Boss"} << 0
                                  << "Created admin account boss@example.com (The Boss)." << "boss@example.com"
                                  << "admin" << "The Boss";
    QTest::newRow("unknown role") << QStringList{cu, "x@example.com", pw, roleOpt, "superuser"} << 1
                                  << "Unknown role \"superuser\"; use admin, user or viewer." << "" << "" << nul;
    QTest::newRow("empty role") << QStringList{cu, "x@example.com", pw, roleOpt, ""} << 1
                                << "Unknown role" << "" << "" << nul;
    QTest::newRow("email without @") << QStringList{cu, "not-an-email", pw} << 1
                                     << "\"not-an-email\" is not a valid email address" << "" << "" << nul;
    QTest::newRow("email without dotted domain") << QStringList{cu, "a@localhost", pw} << 1
                                                 << "is not a valid email address" << "" << "" << nul;
    QTest::newRow("email with space") << QStringList{cu, "a b@example.com", pw} << 1
                                      << "is not a valid email address" << "" << "" << nul;
    QTest::newRow("email of 256 characters") << QStringList{cu, QString(244, u'e') + "@example.com", pw} << 1
                                             << "The email address is 256 characters long; the most is 255." << ""
                                             << "" << nul;
    QTest::newRow("empty email") << QStringList{cu, "", pw} << 1 << "The email address is empty" << "" << "" << nul;
    QTest::newRow("email stored lower-case") << QStringList{cu, "Mixed.Case@Example.COM", pw} << 0
                                             << "Created user account mixed.case@example.com."
                                             << "mixed.case@example.com" << "user" << nul;
    QTest::newRow("email trimmed") << QStringList{cu, "  pad@example.com ", pw} << 0
                                   << "Created user account pad@example.com." << "pad@example.com" << "user" << nul;
    QTest::newRow("password 7 bytes") << QStringList{cu, "x@example.com", "1234567"} << 1
                                      << "The password is too short: it has 7 bytes and needs at least 8" << "" << ""
                                      << nul;
    QTest::newRow("password 8 bytes") << QStringList{cu, "eight@example.com", "12345678"} << 0
                                      << "Created user account" << "eight@example.com" << "user" << nul;
    QTest::newRow("password 72 bytes") << QStringList{cu, "p72@example.com", QString(72, u'a')} << 0
                                       << "Created user account" << "p72@example.com" << "user" << nul;
    QTest::newRow("password 73 bytes") << QStringList{cu, "p73@example.com", QString(73, u'a')} << 1
                                       << "The password is too long: it has 73 bytes and bcrypt uses only the first 72"
                                       << "" << "" << nul;
    // 36 two-byte letters: 36 characters but 72 bytes; one more letter is 74 bytes.
    QTest::newRow("password 72 bytes of Arabic") << QStringList{cu, "ar72@example.com", QString(36, QChar(0x0628))}
                                                 << 0 << "Created user account" << "ar72@example.com" << "user" << nul;
    QTest::newRow("password 73 bytes, 37 characters")
        << QStringList{cu, "ar73@example.com", QString(36, QChar(0x0628)) + u'a'} << 1
        << "it has 73 bytes" << "" << "" << nul;
    QTest::newRow("Arabic name") << QStringList{cu, "arabic@example.com", pw, "أحمد محمد العلي"} << 0
                                 << "Created user account arabic@example.com (أحمد محمد العلي)."
                                 << "arabic@example.com" << "user" << "أحمد محمد العلي";
    QTest::newRow("emoji name") << QStringList{cu, "emoji@example.com", pw, "Sara 🚀👩‍💻 Test"} << 0
                                << "(Sara 🚀👩‍💻 Test)" << "emoji@example.com" << "user" << "Sara 🚀👩‍💻 Test";
    QTest::newRow("name too long") << QStringList{cu, "long@example.com", pw, QString(256, u'n')} << 1
                                   << "The name is 256 characters long; the most is 255." << "" << "" << nul;
}

void tst_CliUsers::createUser()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, phrase);
    QFETCH(QString, storedEmail);
    QFETCH(QString, storedRole);
    QFETCH(QString, storedName);

    const auto r = cli().run(arguments);
    QCOMPARE_EXIT(r, exitCode);
    QVERIFY_SAYS(exitCode == 0 ? r.out : r.err, phrase, r);
    QStringList positional;  // command, EMAIL, PASSWORD, [NAME]
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--role"))
            ++i;
        else
            positional << arguments.at(i);
    }
    const QString password = positional.at(2);
    QVERIFY2(!r.out.contains(password) && !r.err.contains(password), qPrintable(describe(r)));

    if (storedEmail.isEmpty()) {
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM waqtor_audit")), 0);
        return;
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users")), 1);
    QSqlQuery q(m_db.connection());
    QVERIFY_SQL(q, exec(QStringLiteral("SELECT email, role, name, is_active, password_hash FROM users")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), storedEmail);
    QCOMPARE(q.value(1).toString(), storedRole);
    QCOMPARE(q.value(2).isNull(), storedName.isNull());
    QCOMPARE(q.value(2).toString(), storedName);
    QCOMPARE(q.value(3).toBool(), true);
    QVERIFY2(q.value(4).toString().startsWith(QLatin1String("$2b$10$")), qPrintable(q.value(4).toString()));
    QVERIFY(PasswordHasher::verify(password, q.value(4).toString()));
}

void tst_CliUsers::createDuplicate_data()
{
    QTest::addColumn<QString>("existing");  // inserted by SQL, as the Node server may have written it
    QTest::addColumn<QString>("email");     // given to create-user

    QTest::newRow("same spelling") << "dup@example.com" << "dup@example.com";
    QTest::newRow("differs in case") << "dup@example.com" << "DUP@Example.Com";
    QTest::newRow("older mixed-case row") << "Old.Row@Example.com" << "old.row@example.com";
    QTest::newRow("with surrounding spaces") << "dup@example.com" << " dup@example.com ";
}

void tst_CliUsers::createDuplicate()
{
    QFETCH(QString, existing);
    QFETCH(QString, email);
    QVERIFY(!insertUser(1, existing).isEmpty());

    const auto r = cli().run({QStringLiteral("create-user"), email, QStringLiteral("password1")});
    QCOMPARE_EXIT(r, 3);
    QVERIFY_SAYS(r.err, QStringLiteral("An account with the email %1 already exists.").arg(existing), r);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users")), 1);
    QCOMPARE(text(QStringLiteral("SELECT email || ':' || password_hash FROM users")), existing + QStringLiteral(":not-a-hash"));
}

void tst_CliUsers::updateRole_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("role");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<QString>("storedRole");

    QTest::newRow("to admin") << "member@example.com" << "admin" << 0 << "member@example.com is now admin." << "admin";
    QTest::newRow("to viewer") << "member@example.com" << "viewer" << 0 << "member@example.com is now viewer." << "viewer";
    QTest::newRow("same role") << "member@example.com" << "user" << 0 << "member@example.com is now user." << "user";
    QTest::newRow("role in capitals") << "member@example.com" << "Viewer" << 0 << "is now viewer." << "viewer";
    QTest::newRow("email in another case") << "MEMBER@Example.com" << "admin" << 0
                                           << "member@example.com is now admin." << "admin";
    QTest::newRow("unknown role") << "member@example.com" << "owner" << 1
                                  << "Unknown role \"owner\"; use admin, user or viewer." << "user";
}

void tst_CliUsers::updateRole()
{
    QFETCH(QString, email);
    QFETCH(QString, role);
    QFETCH(int, exitCode);
    QFETCH(QString, phrase);
    QFETCH(QString, storedRole);
    QVERIFY(!insertUser(1, QStringLiteral("member@example.com")).isEmpty());

    const auto r = cli().run({QStringLiteral("update-role"), email, role});
    QCOMPARE_EXIT(r, exitCode);
    QVERIFY_SAYS(exitCode == 0 ? r.out : r.err, phrase, r);
    QCOMPARE(text(QStringLiteral("SELECT role FROM users")), storedRole);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM waqtor_audit WHERE action = 'user.role'")), exitCode == 0 ? 1 : 0);
}

void tst_CliUsers::activateDeactivate()
{
    QVERIFY(!insertUser(1, QStringLiteral("member@example.com")).isEmpty());
    const CliRunner c = cli();
    const QString activeSql = QStringLiteral("SELECT is_active::text FROM users");

    auto r = c.run({QStringLiteral("deactivate"), QStringLiteral("member@example.com")});
    QCOMPARE_EXIT(r, 0);
    QVERIFY_SAYS(r.out, QStringLiteral("member@example.com is deactivated and can no longer sign in; its data is kept."), r);
    QCOMPARE(text(activeSql), QStringLiteral("false"));

    r = c.run({QStringLiteral("deactivate"), QStringLiteral("Member@Example.com")});  // again: no harm
    QCOMPARE_EXIT(r, 0);
    QCOMPARE(text(activeSql), QStringLiteral("false"));

    r = c.run({QStringLiteral("list-users")});
    QCOMPARE_EXIT(r, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("member@example\\.com\\s+user\\s+no\\s")).match(r.out).hasMatch(),
             qPrintable(describe(r)));

    r = c.run({QStringLiteral("activate"), QStringLiteral("member@example.com")});
    QCOMPARE_EXIT(r, 0);
    QVERIFY_SAYS(r.out, QStringLiteral("member@example.com is active and can sign in."), r);
    QCOMPARE(text(activeSql), QStringLiteral("true"));
    QCOMPARE(text(QStringLiteral("SELECT string_agg(action, ',' ORDER BY id) FROM waqtor_audit")),
             QStringLiteral("user.deactivate,user.deactivate,user.activate"));
}

void tst_CliUsers::unknownUser_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");

    const QString ghost = QStringLiteral("ghost@example.com");
    QTest::newRow("update-role") << QStringList{"update-role", ghost, "admin"} << QByteArray();
    QTest::newRow("activate") << QStringList{"activate", ghost} << QByteArray();
    QTest::newRow("deactivate") << QStringList{"deactivate", ghost} << QByteArray();
    QTest::newRow("reset-password") << QStringList{"reset-password", ghost, "password123"} << QByteArray();
    QTest::newRow("reset-password from stdin") << QStringList{"reset-password", ghost, "-"} << QByteArray("password123\n");
    QTest::newRow("delete-user") << QStringList{"delete-user", ghost} << QByteArray();
    QTest::newRow("delete-user --yes") << QStringList{"delete-user", ghost, "--yes"} << QByteArray();
    QTest::newRow("delete-user --soft") << QStringList{"delete-user", ghost, "--soft"} << QByteArray();
}

void tst_CliUsers::unknownUser()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    // Someone else exists, so "unknown" is not just "the table is empty"; the last admin too.
    QVERIFY(!insertUser(1, QStringLiteral("admin@example.com"), QStringLiteral("admin")).isEmpty());
    QVERIFY(!insertUser(2, QStringLiteral("ghost@example.co")).isEmpty());
    const QString snapshot = cascadeSnapshot();

    const auto r = cli().run(arguments, input);
    QCOMPARE_EXIT(r, 3);
    QVERIFY_SAYS(r.err, QStringLiteral("No account has the email ghost@example.com; \"waqtor-db list-users\" lists them."), r);
    QVERIFY2(!r.err.contains(QLatin1String("password123")), qPrintable(describe(r)));
    QCOMPARE(cascadeSnapshot(), snapshot);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM waqtor_audit")), 0);
}

void tst_CliUsers::lastActiveAdmin_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("secondAdmin");  // "", "active" or "inactive"
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<QString>("after");  // chief's row afterwards: "role:active", or "gone"

    const QString chief = QStringLiteral("chief@example.com");
    const QStringList demote{"update-role", chief, "user"};
    const QStringList toViewer{"update-role", chief, "viewer"};
    const QStringList deactivate{"deactivate", chief};
    const QStringList remove{"delete-user", chief, "--yes"};
    const QStringList soft{"delete-user", chief, "--soft"};
    const QString demoteRefused = QStringLiteral("chief@example.com is the last active admin and cannot be demoted; "
                                                 "make another account an active admin first.");
    const QString deactivateRefused = QStringLiteral("chief@example.com is the last active admin and cannot be deactivated");
    const QString deleteRefused = QStringLiteral("chief@example.com is the last active admin and cannot be deleted");

    QTest::newRow("alone: update-role user") << demote << "" << 1 << demoteRefused << "admin:true";
    QTest::newRow("alone: update-role viewer") << toViewer << "" << 1 << demoteRefused << "admin:true";
    QTest::newRow("alone: deactivate") << deactivate << "" << 1 << deactivateRefused << "admin:true";
    QTest::newRow("alone: delete-user --yes") << remove << "" << 1 << deleteRefused << "admin:true";
    QTest::newRow("alone: delete-user --soft") << soft << "" << 1 << deactivateRefused << "admin:true";
    QTest::newRow("inactive second: update-role") << demote << "inactive" << 1 << demoteRefused << "admin:true";
    QTest::newRow("inactive second: deactivate") << deactivate << "inactive" << 1 << deactivateRefused << "admin:true";
    QTest::newRow("inactive second: delete-user") << remove << "inactive" << 1 << deleteRefused << "admin:true";
    QTest::newRow("with second: update-role user") << demote << "active" << 0 << "chief@example.com is now user."
                                                   << "user:true";
    QTest::newRow("with second: deactivate") << deactivate << "active" << 0 << "chief@example.com is deactivated"
                                             << "admin:false";
    QTest::newRow("with second: delete-user --yes") << remove << "active" << 0 << "Deleted chief@example.com" << "gone";
    QTest::newRow("with second: delete-user --soft") << soft << "active" << 0
                                                     << "chief@example.com is deactivated (--soft); nothing was deleted."
                                                     << "admin:false";
    QTest::newRow("alone: update-role admin") << QStringList{"update-role", chief, "admin"} << "" << 0
                                              << "chief@example.com is now admin." << "admin:true";
}

void tst_CliUsers::lastActiveAdmin()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, secondAdmin);
    QFETCH(int, exitCode);
    QFETCH(QString, phrase);
    QFETCH(QString, after);

    QVERIFY(!insertUser(1, QStringLiteral("chief@example.com"), QStringLiteral("admin")).isEmpty());
    QVERIFY(!insertUser(2, QStringLiteral("staff@example.com"), QStringLiteral("user")).isEmpty());
    if (!secondAdmin.isEmpty())
        QVERIFY(!insertUser(3, QStringLiteral("deputy@example.com"), QStringLiteral("admin"),
                            secondAdmin == QLatin1String("active")).isEmpty());
    const QString others = QStringLiteral("SELECT string_agg(email || ':' || role || ':' || is_active, ',' ORDER BY email) "
                                          "FROM users WHERE email <> 'chief@example.com'");
    const QString othersBefore = text(others);

    const auto r = cli().run(arguments);
    QCOMPARE_EXIT(r, exitCode);
    QVERIFY_SAYS(exitCode == 0 ? r.out : r.err, phrase, r);
    const QVariant chief = m_db.scalar(QStringLiteral("SELECT role || ':' || is_active FROM users WHERE email = 'chief@example.com'"));
    QCOMPARE(chief.isValid() ? chief.toString() : QStringLiteral("gone"), after);
    QCOMPARE(text(others), othersBefore);
    if (exitCode != 0)
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM waqtor_audit")), 0);
}

// --- reports ----------------------------------------------------------------------------------

void tst_CliUsers::listUsersJson()
{
    QVERIFY(!insertUser(1, QStringLiteral("zed@example.com"), QStringLiteral("viewer"), false).isEmpty());
    QVERIFY(!insertUser(2, QStringLiteral("amy@example.com"), QStringLiteral("admin"), true,
                        QStringLiteral("Amy \"Quote\" ليلى")).isEmpty());
    QVERIFY(m_db.exec(QStringLiteral("UPDATE users SET last_login_at = '2026-03-04 05:06:07.5', "
                                     "created_at = '2025-12-31 23:59:59' WHERE email = 'amy@example.com'")));
    // The updated_at trigger moved amy's updated_at; read back what the database holds.
    const QString amyUpdated = text(QStringLiteral("SELECT to_char(updated_at, 'YYYY-MM-DD\"T\"HH24:MI:SS') FROM users "
                                                   "WHERE email = 'amy@example.com'"));

    const auto r = cli().run({QStringLiteral("list-users"), QStringLiteral("--json")});
    QCOMPARE_EXIT(r, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(describe(r)));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + u'\n' + r.out));
    QVERIFY(doc.isArray());
    const QJsonArray users = doc.array();
    QCOMPARE(users.size(), 2);

    const QStringList keys{"created_at", "email", "id", "is_active", "last_login_at", "name", "role", "updated_at"};
    for (const QJsonValue &v : users) {
        QVERIFY(v.isObject());
        QStringList have = v.toObject().keys();
        have.sort();
        QCOMPARE(have, keys);
    }
    // Ordered by email.
    const QJsonObject amy = users.at(0).toObject();
    const QJsonObject zed = users.at(1).toObject();
    QCOMPARE(amy.value("id").toString(), uuid(2));
    QCOMPARE(amy.value("email").toString(), QStringLiteral("amy@example.com"));
    QCOMPARE(amy.value("name").toString(), QStringLiteral("Amy \"Quote\" ليلى"));
    QCOMPARE(amy.value("role").toString(), QStringLiteral("admin"));
    QCOMPARE(amy.value("is_active"), QJsonValue(true));
    QVERIFY2(amy.value("last_login_at").toString().startsWith(QLatin1String("2026-03-04T05:06:07.5")),
             qPrintable(amy.value("last_login_at").toString()));
    QCOMPARE(amy.value("created_at").toString(), QStringLiteral("2025-12-31T23:59:59"));
    QVERIFY2(amy.value("updated_at").toString().startsWith(amyUpdated), qPrintable(amy.value("updated_at").toString()));

    QCOMPARE(zed.value("id").toString(), uuid(1));
    QCOMPARE(zed.value("email").toString(), QStringLiteral("zed@example.com"));
    QVERIFY(zed.value("name").isNull());
    QCOMPARE(zed.value("role").toString(), QStringLiteral("viewer"));
    QCOMPARE(zed.value("is_active"), QJsonValue(false));
    QVERIFY(zed.value("last_login_at").isNull());
    QVERIFY(zed.value("created_at").isString());
    QVERIFY(zed.value("updated_at").isString());

    // An empty database gives an empty array, not nothing.
    QVERIFY(m_db.exec(QStringLiteral("DELETE FROM users")));
    const auto empty = cli().run({QStringLiteral("list-users"), QStringLiteral("--json")});
    QCOMPARE_EXIT(empty, 0);
    const QJsonDocument none = QJsonDocument::fromJson(empty.out.toUtf8(), &error);
    QVERIFY2(none.isArray() && none.array().isEmpty(), qPrintable(describe(empty)));
    const auto table = cli().run({QStringLiteral("list-users")});
    QCOMPARE_EXIT(table, 0);
    QVERIFY_SAYS(table.out, QStringLiteral("Accounts: 0"), table);
}

QTEST_GUILESS_MAIN(tst_CliUsers)

#include "tst_cli_users.moc"
