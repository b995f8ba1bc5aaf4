#include "accounts/accountservice.h"
#include "accounts/passwordhasher.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

class tst_AccountService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createStoresNormalisedAccount();
    void createRefuses_data();
    void createRefuses();
    void passwordLengthIsCountedInBytes_data();
    void passwordLengthIsCountedInBytes();
    void duplicateEmailIgnoresCase();
    void legacyMixedCaseRowsAreFound();
    void ambiguousLegacyRowsAreAConflict();
    void unknownUserIsNotFound_data();
    void unknownUserIsNotFound();
    void lastActiveAdminIsKept_data();
    void lastActiveAdminIsKept();
    void secondAdminAllowsTheChange();
    void inactiveAdminDoesNotCount();
    void resetPasswordRehashes();
    void deleteCountsAndRemovesCascade();
    void auditRecordsWithoutSecrets();
    void authenticate_data();
    void authenticate();
    void changeOwnPassword_data();
    void changeOwnPassword();
    void saveDetectsStaleEdits();
    void saveEditsProfileAndPassword();
    void saveKeepsLastAdmin();

private:
    AccountService service() { return AccountService(m_db->connection(), QStringLiteral("tester@example.com")); }
    std::unique_ptr<TestDatabase> m_db;
};

void tst_AccountService::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->createMigrated(), qPrintable(m_db->lastError()));
}

void tst_AccountService::cleanup()
{
    m_db.reset();
}

void tst_AccountService::createStoresNormalisedAccount()
{
    const auto created = service().createUser(QStringLiteral("  Alice@Example.COM "), QStringLiteral("correct horse"),
                                              QStringLiteral("أليس 🌷"), QStringLiteral("Viewer"));
    QVERIFY_OK(created);
    QCOMPARE(created->email, QStringLiteral("alice@example.com"));
    QCOMPARE(created->role, QStringLiteral("viewer"));
    QCOMPARE(created->name, QStringLiteral("أليس 🌷"));
    QVERIFY(created->active);
    QVERIFY(!created->createdAt.isNull());
    const QString hash = m_db->scalar(QStringLiteral("SELECT password_hash FROM users")).toString();
    QVERIFY2(hash.startsWith(QLatin1String("$2b$10$")), qPrintable(hash));
    QVERIFY(PasswordHasher::verify(QStringLiteral("correct horse"), hash));
}

void tst_AccountService::createRefuses_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("no at sign") << "alice.example.com" << "password1" << "user" << "not a valid email";
    QTest::newRow("no domain dot") << "alice@localhost" << "password1" << "user" << "not a valid email";
    QTest::newRow("space inside") << "ali ce@example.com" << "password1" << "user" << "not a valid email";
    QTest::newRow("quote injection") << "x'@example.com; DROP TABLE users;--" << "password1" << "user" << "not a valid email";
    QTest::newRow("empty email") << "" << "password1" << "user" << "empty";
    QTest::newRow("too long email") << QString(250, u'a') + QStringLiteral("@x.com") << "password1" << "user" << "most is 255";
    QTest::newRow("unknown role") << "a@example.com" << "password1" << "boss" << "Unknown role";
    QTest::newRow("guide's pass123") << "admin@test.com" << "pass123" << "admin" << "too short";
    QTest::newRow("NUL in password") << "a@example.com" << QString::fromUtf8("abcd\0efgh", 9) << "user" << "NUL";
}

void tst_AccountService::createRefuses()
{
    QFETCH(QString, email);
    QFETCH(QString, password);
    QFETCH(QString, role);
    QFETCH(QString, phrase);
    const auto created = service().createUser(email, password, QString(), role);
    QVERIFY(!created);
    QCOMPARE(created.error().kind, ErrorKind::Invalid);
    QVERIFY2(created.error().message.contains(phrase), qPrintable(created.error().message));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM users")).toInt(), 0);
}

void tst_AccountService::passwordLengthIsCountedInBytes_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("7 ascii") << QString(7, u'a') << false;
    QTest::newRow("8 ascii") << QString(8, u'a') << true;
    QTest::newRow("72 ascii") << QString(72, u'a') << true;
    QTest::newRow("73 ascii") << QString(73, u'a') << false;
    QTest::newRow("4 arabic letters = 8 bytes") << QStringLiteral("سلام") << true;
    QTest::newRow("36 arabic letters = 72 bytes") << QString(36, QChar(0x0633)) << true;
    QTest::newRow("37 arabic letters = 74 bytes") << QString(37, QChar(0x0633)) << false;
    QTest::newRow("18 emoji = 72 bytes") << QString::fromUtf8(QByteArray("\xF0\x9F\x94\x90").repeated(18)) << true;
    QTest::newRow("19 emoji = 76 bytes") << QString::fromUtf8(QByteArray("\xF0\x9F\x94\x90").repeated(19)) << false;
}

void tst_AccountService::passwordLengthIsCountedInBytes()
{
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    const auto created = service().createUser(QStringLiteral("p@example.com"), password, QString(), QStringLiteral("user"));
    QCOMPARE(created.ok(), accepted);
    if (!accepted)
        QVERIFY2(created.error().message.contains(QLatin1String("bytes")), qPrintable(created.error().message));
}

void tst_AccountService::duplicateEmailIgnoresCase()
{
    QVERIFY_OK(service().createUser(QStringLiteral("bob@example.com"), QStringLiteral("password1"), {}, QStringLiteral("user")));
    const auto again = service().createUser(QStringLiteral("BOB@example.com"), QStringLiteral("password2"), {}, QStringLiteral("user"));
    QVERIFY(!again);
    QCOMPARE(again.error().kind, ErrorKind::Conflict);
    QVERIFY2(again.error().message.contains(QLatin1String("already exists")), qPrintable(again.error().message));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM users")).toInt(), 1);
}

void tst_AccountService::legacyMixedCaseRowsAreFound()
{
    // Rows written by older tools keep their capitals; every lookup must still find them.
    QVERIFY2(m_db->exec(QStringLiteral("INSERT INTO users (email, password_hash, role) VALUES "
                                       "('Carol@Example.com', 'x', 'admin'), ('Dan@Example.com', 'x', 'admin')")),
             qPrintable(m_db->lastError()));
    const auto changed = service().updateRole(QStringLiteral("carol@example.COM"), QStringLiteral("viewer"));
    QVERIFY_OK(changed);
    QCOMPARE(changed->email, QStringLiteral("Carol@Example.com"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT role FROM users WHERE email = 'Carol@Example.com'")).toString(),
             QStringLiteral("viewer"));
    const auto dup = service().createUser(QStringLiteral("dan@example.com"), QStringLiteral("password1"), {}, QStringLiteral("user"));
    QCOMPARE(dup.error().kind, ErrorKind::Conflict);
}

void tst_AccountService::ambiguousLegacyRowsAreAConflict()
{
    QVERIFY2(m_db->exec(QStringLiteral("INSERT INTO users (email, password_hash, role) VALUES "
                                       "('Eve@Example.com', 'x', 'user'), ('eve@example.COM', 'x', 'user')")),
             qPrintable(m_db->lastError()));
    const auto ambiguous = service().setActive(QStringLiteral("eve@example.com"), false);
    QVERIFY(!ambiguous);
    QCOMPARE(ambiguous.error().kind, ErrorKind::Conflict);
    QVERIFY2(ambiguous.error().message.contains(QLatin1String("exact spelling")), qPrintable(ambiguous.error().message));
    // The exact spelling picks one.
    QVERIFY_OK(service().setActive(QStringLiteral("Eve@Example.com"), false));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM users WHERE is_active")).toInt(), 1);
}

void tst_AccountService::unknownUserIsNotFound_data()
{
    QTest::addColumn<int>("operation");
    QTest::newRow("update-role") << 0;
    QTest::newRow("reset-password") << 1;
    QTest::newRow("activate") << 2;
    QTest::newRow("deactivate") << 3;
    QTest::newRow("delete") << 4;
    QTest::newRow("preview delete") << 5;
}

void tst_AccountService::unknownUserIsNotFound()
{
    QFETCH(int, operation);
    const QString ghost = QStringLiteral("ghost@example.com");
    AccountService s = service();
    Error error;
    switch (operation) {
    case 0: error = s.updateRole(ghost, QStringLiteral("admin")).error(); break;
    case 1: error = s.resetPassword(ghost, QStringLiteral("password1")).error(); break;
    case 2: error = s.setActive(ghost, true).error(); break;
    case 3: error = s.setActive(ghost, false).error(); break;
    case 4: error = s.deleteUser(ghost).error(); break;
    default: error = s.previewDelete(ghost).error(); break;
    }
    QCOMPARE(error.kind, ErrorKind::NotFound);
    QVERIFY2(error.message.contains(ghost), qPrintable(error.message));
}

void tst_AccountService::lastActiveAdminIsKept_data()
{
    QTest::addColumn<int>("operation");
    QTest::newRow("demote to user") << 0;
    QTest::newRow("demote to viewer") << 1;
    QTest::newRow("deactivate") << 2;
    QTest::newRow("delete") << 3;
}

void tst_AccountService::lastActiveAdminIsKept()
{
    QFETCH(int, operation);
    QVERIFY_OK(service().createUser(QStringLiteral("root@example.com"), QStringLiteral("password1"), {}, QStringLiteral("admin")));
    const QString before = m_db->scalar(QStringLiteral("SELECT role || is_active FROM users")).toString();
    AccountService s = service();
    Error error;
    switch (operation) {
    case 0: error = s.updateRole(QStringLiteral("root@example.com"), QStringLiteral("user")).error(); break;
    case 1: error = s.updateRole(QStringLiteral("ROOT@example.com"), QStringLiteral("viewer")).error(); break;
    case 2: error = s.setActive(QStringLiteral("root@example.com"), false).error(); break;
    default: error = s.deleteUser(QStringLiteral("root@example.com")).error(); break;
    }
    QCOMPARE(error.kind, ErrorKind::Invalid);
    QVERIFY2(error.message.contains(QLatin1String("last active admin")), qPrintable(error.message));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT role || is_active FROM users")).toString(), before);
    // Promoting to admin again, or re-activating, is always fine.
    QVERIFY_OK(s.updateRole(QStringLiteral("root@example.com"), QStringLiteral("admin")));
}

void tst_AccountService::secondAdminAllowsTheChange()
{
    QVERIFY_OK(service().createUser(QStringLiteral("a1@example.com"), QStringLiteral("password1"), {}, QStringLiteral("admin")));
    QVERIFY_OK(service().createUser(QStringLiteral("a2@example.com"), QStringLiteral("password1"), {}, QStringLiteral("admin")));
    QVERIFY_OK(service().updateRole(QStringLiteral("a1@example.com"), QStringLiteral("user")));
    // a2 is now the last one.
    QCOMPARE(service().deleteUser(QStringLiteral("a2@example.com")).error().kind, ErrorKind::Invalid);
    QVERIFY_OK(service().deleteUser(QStringLiteral("a1@example.com")));
}

void tst_AccountService::inactiveAdminDoesNotCount()
{
    QVERIFY_OK(service().createUser(QStringLiteral("a1@example.com"), QStringLiteral("password1"), {}, QStringLiteral("admin")));
    QVERIFY2(m_db->exec(QStringLiteral("INSERT INTO users (email, password_hash, role, is_active) VALUES "
                                       "('old@example.com', 'x', 'admin', false), ('null@example.com', 'x', 'admin', NULL)")),
             qPrintable(m_db->lastError()));
    QCOMPARE(service().setActive(QStringLiteral("a1@example.com"), false).error().kind, ErrorKind::Invalid);
    QVERIFY_OK(service().setActive(QStringLiteral("old@example.com"), true));
    QVERIFY_OK(service().setActive(QStringLiteral("a1@example.com"), false));
}

void tst_AccountService::resetPasswordRehashes()
{
    QVERIFY_OK(service().createUser(QStringLiteral("f@example.com"), QStringLiteral("first-pass"), {}, QStringLiteral("user")));
    const QString before = m_db->scalar(QStringLiteral("SELECT password_hash FROM users")).toString();
    QCOMPARE(service().resetPassword(QStringLiteral("f@example.com"), QStringLiteral("short")).error().kind, ErrorKind::Invalid);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT password_hash FROM users")).toString(), before);
    QVERIFY_OK(service().resetPassword(QStringLiteral("F@example.com"), QStringLiteral("second-pass")));
    const QString after = m_db->scalar(QStringLiteral("SELECT password_hash FROM users")).toString();
    QVERIFY(after != before);
    QVERIFY(PasswordHasher::verify(QStringLiteral("second-pass"), after));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("first-pass"), after));
}

void tst_AccountService::deleteCountsAndRemovesCascade()
{
    QVERIFY_OK(service().createUser(QStringLiteral("admin@example.com"), QStringLiteral("password1"), {}, QStringLiteral("admin")));
    QVERIFY_OK(service().createUser(QStringLiteral("m@example.com"), QStringLiteral("password1"), {}, QStringLiteral("user")));
    QVERIFY2(m_db->exec(QStringLiteral(
                 "INSERT INTO whatsapp_sessions (user_id, session_name, status) "
                 "  SELECT id, 's' || g, 'ready' FROM users, generate_series(1, 2) g WHERE email = 'm@example.com';"
                 "INSERT INTO messages (user_id, session_id, phone_number, status) "
                 "  SELECT u.id, s.id, '+96650000000' || g, 'sent' FROM users u JOIN whatsapp_sessions s ON s.user_id = u.id, "
                 "  generate_series(1, 3) g WHERE u.email = 'm@example.com';"
                 // The admin's message went out through m's session: it stays, unlinked.
                 "INSERT INTO messages (user_id, session_id, phone_number) "
                 "  SELECT (SELECT id FROM users WHERE email = 'admin@example.com'), id, '+4915100000' FROM whatsapp_sessions LIMIT 1;"
                 "INSERT INTO campaigns (user_id, name, message_template) SELECT id, 'c', 'Hi {{name}}' FROM users WHERE email = 'm@example.com';"
                 "INSERT INTO recipients (user_id, phone_number) "
                 "  SELECT id, '+2010000000' || g FROM users, generate_series(1, 4) g WHERE email = 'm@example.com';"
                 "INSERT INTO groups (user_id, name) SELECT id, 'g' || g FROM users, generate_series(1, 2) g WHERE email = 'm@example.com';"
                 "INSERT INTO recipient_groups (recipient_id, group_id) SELECT r.id, g.id FROM recipients r, groups g;")),
             qPrintable(m_db->lastError()));

    const auto preview = service().previewDelete(QStringLiteral("m@example.com"));
    QVERIFY_OK(preview);
    QCOMPARE(preview->sessions, 2);
    QCOMPARE(preview->messages, 6);
    QCOMPARE(preview->campaigns, 1);
    QCOMPARE(preview->contacts, 4);
    QCOMPARE(preview->groups, 2);
    QCOMPARE(preview->memberships, 8);
    QCOMPARE(preview->otherMessagesUnlinked, 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM users")).toInt(), 2);  // preview changes nothing

    const auto deleted = service().deleteUser(QStringLiteral("m@example.com"));
    QVERIFY_OK(deleted);
    QCOMPARE(deleted->messages, preview->messages);
    QCOMPARE(deleted->memberships, preview->memberships);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT (SELECT count(*) FROM whatsapp_sessions) + (SELECT count(*) FROM recipients) "
                                         "+ (SELECT count(*) FROM groups) + (SELECT count(*) FROM recipient_groups) "
                                         "+ (SELECT count(*) FROM campaigns)")).toInt(), 0);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM messages WHERE session_id IS NULL")).toInt(), 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM messages")).toInt(), 1);
}

void tst_AccountService::auditRecordsWithoutSecrets()
{
    QVERIFY_OK(service().createUser(QStringLiteral("a@example.com"), QStringLiteral("audit-secret-1"), {}, QStringLiteral("admin")));
    QVERIFY_OK(service().createUser(QStringLiteral("b@example.com"), QStringLiteral("audit-secret-2"), {}, QStringLiteral("user")));
    QVERIFY_OK(service().updateRole(QStringLiteral("b@example.com"), QStringLiteral("viewer")));
    QVERIFY_OK(service().resetPassword(QStringLiteral("b@example.com"), QStringLiteral("audit-secret-3")));
    QVERIFY_OK(service().setActive(QStringLiteral("b@example.com"), false));
    QVERIFY_OK(service().deleteUser(QStringLiteral("b@example.com")));
    // A refused change leaves no audit row.
    QVERIFY(!service().setActive(QStringLiteral("a@example.com"), false));

    QSqlQuery q(m_db->connection());
    QVERIFY_SQL(q, exec(QStringLiteral("SELECT actor, action, target, COALESCE(details::text, ''), happened_at IS NOT NULL "
                                       "FROM waqtor_audit ORDER BY id")));
    QStringList actions;
    while (q.next()) {
        QCOMPARE(q.value(0).toString(), QStringLiteral("tester@example.com"));
        QVERIFY(q.value(4).toBool());
        actions << q.value(1).toString() + u' ' + q.value(2).toString();
        const QString details = q.value(3).toString();
        QVERIFY2(!details.contains(QLatin1String("audit-secret")) && !details.contains(QLatin1String("$2b$")),
                 qPrintable(details));
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("user.create a@example.com"), QStringLiteral("user.create b@example.com"),
                                   QStringLiteral("user.role b@example.com"), QStringLiteral("user.password b@example.com"),
                                   QStringLiteral("user.deactivate b@example.com"), QStringLiteral("user.delete b@example.com")}));
    const QJsonObject role = QJsonDocument::fromJson(
        m_db->scalar(QStringLiteral("SELECT details::text FROM waqtor_audit WHERE action = 'user.role'")).toByteArray()).object();
    QCOMPARE(role.value(QStringLiteral("from")).toString(), QStringLiteral("user"));
    QCOMPARE(role.value(QStringLiteral("to")).toString(), QStringLiteral("viewer"));
}

void tst_AccountService::authenticate_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("right") << "sam@example.com" << "sam-password" << true << "";
    QTest::newRow("email in capitals") << "SAM@EXAMPLE.COM" << "sam-password" << true << "";
    QTest::newRow("wrong password") << "sam@example.com" << "sam-passwordx" << false << "Wrong email or password";
    QTest::newRow("unknown email") << "nobody@example.com" << "sam-password" << false << "Wrong email or password";
    QTest::newRow("inactive, right password") << "off@example.com" << "off-password" << false << "deactivated";
    QTest::newRow("inactive, wrong password") << "off@example.com" << "nope-nope" << false << "Wrong email or password";
    QTest::newRow("Node-made $2a$ hash") << "node@example.com" << "password123" << true << "";
}

void tst_AccountService::authenticate()
{
    QFETCH(QString, email);
    QFETCH(QString, password);
    QFETCH(bool, ok);
    QFETCH(QString, phrase);
    QVERIFY_OK(service().createUser(QStringLiteral("sam@example.com"), QStringLiteral("sam-password"), {}, QStringLiteral("admin")));
    QVERIFY_OK(service().createUser(QStringLiteral("off@example.com"), QStringLiteral("off-password"), {}, QStringLiteral("user")));
    QVERIFY_OK(service().setActive(QStringLiteral("off@example.com"), false));
    // Made by bcryptjs for "password123" (tests/data/bcrypt-vectors.json).
    QSqlQuery q(m_db->connection());
    QVERIFY_SQL(q, prepare(QStringLiteral("INSERT INTO users (email, password_hash) VALUES ('node@example.com', :h)")));
    q.bindValue(QStringLiteral(":h"), QStringLiteral("$2a$10$pv6PNSMEP1ntsWpTdg9oWux4DWvpQSNhxFqPqvm5nZ1fo89AsKpIa"));
    QVERIFY_SQL(q, exec());

    const auto result = service().authenticate(email, password);
    QCOMPARE(result.ok(), ok);
    if (ok) {
        QVERIFY(!result->lastLoginAt.isNull());
        QVERIFY(m_db->scalar(QStringLiteral("SELECT abs(extract(epoch FROM LOCALTIMESTAMP - last_login_at)) < 60 "
                                            "FROM users WHERE lower(email) = lower('%1')").arg(email)).toBool());
    } else {
        QCOMPARE(result.error().kind, ErrorKind::Invalid);
        QVERIFY2(result.error().message.contains(phrase), qPrintable(result.error().message));
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM users WHERE last_login_at IS NOT NULL")).toInt(), 0);
    }
}

void tst_AccountService::changeOwnPassword_data()
{
    QTest::addColumn<QString>("oldPassword");
    QTest::addColumn<QString>("newPassword");
    QTest::addColumn<QString>("phrase");  // empty: accepted
    QTest::newRow("right old, good new") << "first-pass" << "second-pass" << "";
    QTest::newRow("wrong old") << "first-passX" << "second-pass" << "current password is wrong";
    QTest::newRow("new too short") << "first-pass" << "short" << "too short";
    QTest::newRow("same as old") << "first-pass" << "first-pass" << "same as the old";
}

void tst_AccountService::changeOwnPassword()
{
    QFETCH(QString, oldPassword);
    QFETCH(QString, newPassword);
    QFETCH(QString, phrase);
    QVERIFY_OK(service().createUser("me@example.com", "first-pass", {}, "viewer"));
    const QString before = m_db->scalar("SELECT password_hash FROM users").toString();
    const Status changed = service().changeOwnPassword("ME@example.com", oldPassword, newPassword);
    if (phrase.isEmpty()) {
        QVERIFY_OK(changed);
        QVERIFY(PasswordHasher::verify(newPassword, m_db->scalar("SELECT password_hash FROM users").toString()));
        QCOMPARE(m_db->scalar("SELECT count(*) FROM waqtor_audit WHERE action = 'user.password.own'").toInt(), 1);
    } else {
        QVERIFY(!changed);
        QVERIFY2(changed.error().message.contains(phrase), qPrintable(changed.error().message));
        QCOMPARE(m_db->scalar("SELECT password_hash FROM users").toString(), before);
    }
}

void tst_AccountService::saveDetectsStaleEdits()
{
    const auto created = service().createUser("stale@example.com", "password1", "Before", "user");
    QVERIFY_OK(created);
    // Someone else writes the row after we loaded it, even within the same microsecond.
    QVERIFY2(m_db->exec("UPDATE users SET name = 'Theirs'"), qPrintable(m_db->lastError()));
    AccountEdit edit{created->id, created->version, "stale@example.com", "Mine", "user", true, {}};
    const auto refused = service().save(edit);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Stale);
    QVERIFY2(refused.error().message.contains("someone else"), qPrintable(refused.error().message));
    QCOMPARE(m_db->scalar("SELECT name FROM users").toString(), QString("Theirs"));
    // Overwrite on purpose: no version.
    edit.version.clear();
    QVERIFY_OK(service().save(edit));
    QCOMPARE(m_db->scalar("SELECT name FROM users").toString(), QString("Mine"));
}

void tst_AccountService::saveEditsProfileAndPassword()
{
    QVERIFY_OK(service().createUser("root@example.com", "password1", {}, "admin"));
    const auto created = service().createUser("edit@example.com", "password1", "Old", "user");
    QVERIFY_OK(created);
    const auto saved = service().save({created->id, created->version, " Renamed@Example.com ", "نور", "viewer", false, "new-password-1"});
    QVERIFY_OK(saved);
    QCOMPARE(saved->email, QString("renamed@example.com"));
    QCOMPARE(saved->name, QString("نور"));
    QCOMPARE(saved->role, QString("viewer"));
    QVERIFY(!saved->active);
    QVERIFY(saved->version != created->version);
    QVERIFY(PasswordHasher::verify("new-password-1", m_db->scalar("SELECT password_hash FROM users WHERE email = 'renamed@example.com'").toString()));
    const QString details = m_db->scalar("SELECT details::text FROM waqtor_audit WHERE action = 'user.update'").toString();
    QVERIFY2(details.contains("password") && !details.contains("new-password-1"), qPrintable(details));
    // Taking another account's email is a conflict.
    const auto twin = service().save({saved->id, saved->version, "ROOT@example.com", "x", "viewer", true, {}});
    QCOMPARE(twin.error().kind, ErrorKind::Conflict);
}

void tst_AccountService::saveKeepsLastAdmin()
{
    const auto admin = service().createUser("only@example.com", "password1", {}, "admin");
    QVERIFY_OK(admin);
    QCOMPARE(service().save({admin->id, admin->version, "only@example.com", {}, "user", true, {}}).error().kind, ErrorKind::Invalid);
    QCOMPARE(service().save({admin->id, admin->version, "only@example.com", {}, "admin", false, {}}).error().kind, ErrorKind::Invalid);
    QCOMPARE(m_db->scalar("SELECT role || is_active::text FROM users").toString(), QString("admintrue"));
}

QTEST_GUILESS_MAIN(tst_AccountService)
#include "tst_accountservice.moc"
