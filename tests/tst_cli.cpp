// End-to-end tests of every waqtor-db command: the real binary, run in a clean environment
// against a throwaway database, checking the exit code, the effect on the database and the message.
//
// Most tests share one migrated database made in initTestCase() and emptied in init(): far cheaper
// than creating and migrating a database for each of the hundred-odd data rows. The tests that need a
// database in another state (migrate, seed-demo, an unmigrated database) make their own.
//
// Messages are matched by their key phrase; stdout and stderr are shown whenever a check fails.

#include "clirunner.h"
#include "db/migrator.h"
#include "accounts/passwordhasher.h"
#include "db/sqlscript.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <future>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

QString describe(const CliRunner::Run &r)
{
    return QStringLiteral("exit %1%2\n--- stdout:\n%3\n--- stderr:\n%4")
        .arg(r.exitCode)
        .arg(r.crashed ? QStringLiteral(" (crashed)") : QString())
        .arg(r.out, r.err);
}

// A TCP port on 127.0.0.1 with nothing listening: bound by the kernel's choice, then released.
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

// The counts a cascade table in `text` shows, in order: sessions, messages, campaigns, contacts,
// groups, memberships ("  messages     3", one line each); "?" for a missing line.
QString cascadeShown(const QString &text)
{
    QStringList counts;
    for (const char *label : {"WhatsApp sessions", "messages", "campaigns", "contacts", "groups", "group memberships"}) {
        const QRegularExpression re(QStringLiteral("^\\s*%1\\s+(\\d+)\\s*$").arg(QLatin1String(label)),
                                    QRegularExpression::MultilineOption);
        const auto m = re.match(text);
        counts << (m.hasMatch() ? m.captured(1) : QStringLiteral("?"));
    }
    return counts.join(u' ');
}

// Like CliRunner::runOnTerminal, but types each line only after its prompt has appeared: a hidden
// password prompt discards what was typed ahead of it (TCSAFLUSH, as getpass(3) does), so typing
// both password lines at once would never work on a real terminal either.
using TerminalSteps = QList<QPair<QByteArray, QByteArray>>;  // prompt to wait for, what to type then
CliRunner::Run typeOnTerminal(const QStringList &environment, const QStringList &arguments, const TerminalSteps &steps)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys())
        if (key.startsWith(QLatin1String("DB_")))
            env.remove(key);
    for (const QString &line : environment)
        env.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
    QStringList quoted;
    for (const QString &a : QStringList{CliRunner::binary()} + arguments)
        quoted << u'\'' + QString(a).replace(u'\'', QStringLiteral("'\\''")) + u'\'';

    QTemporaryDir dir;
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(dir.path());
    p.start(QStringLiteral("script"), {QStringLiteral("-qec"), quoted.join(u' '), QStringLiteral("/dev/null")});
    p.waitForStarted();
    QByteArray seen;
    for (const auto &step : steps) {
        QElapsedTimer waited;
        waited.start();
        while (!seen.contains(step.first) && waited.elapsed() < 10000 && p.state() == QProcess::Running) {
            p.waitForReadyRead(50);
            seen += p.readAllStandardOutput();
        }
        QThread::msleep(100);  // the prompt is printed just before the echo is turned off
        p.write(step.second);
        p.waitForBytesWritten();
        seen += p.readAllStandardOutput();
    }
    QThread::msleep(100);
    p.closeWriteChannel();
    CliRunner::Run r;
    if (!p.waitForFinished(30000))
        p.kill(), p.waitForFinished();
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(seen + p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// Fixed ids so fixtures can refer to each other in plain SQL.
QString uuid(int n)
{
    return QStringLiteral("00000000-0000-0000-0000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

} // namespace

// The exit code, with both streams in the failure message.
#define QCOMPARE_EXIT(run, code)                                                                   \
    do {                                                                                           \
        const bool expectedExit = !(run).crashed && (run).exitCode == (code);                     \
        QVERIFY2(expectedExit, qPrintable(QStringLiteral("expected exit %1, got ").arg(code) + describe(run))); \
    } while (false)
// `text` (stdout or stderr) contains `phrase`.
#define QVERIFY_SAYS(text, phrase, run)                                                            \
    do {                                                                                           \
        const bool saysPhrase = (text).contains(phrase);                                           \
        QVERIFY2(saysPhrase, qPrintable(QStringLiteral("missing \"%1\"; ").arg(phrase) + describe(run))); \
    } while (false)

class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    // The guide's own example commands.
    void guideExamples();
    // Accounts.
    void createUser_data();
    void createUser();
    void createDuplicate_data();
    void createDuplicate();
    void passwordFromStdin_data();
    void passwordFromStdin();
    void passwordOnTerminal_data();
    void passwordOnTerminal();
    void updateRole_data();
    void updateRole();
    void activateDeactivate();
    void unknownUser_data();
    void unknownUser();
    void lastActiveAdmin_data();
    void lastActiveAdmin();
    void deleteUser_data();
    void deleteUser();
    // Read-only reports.
    void listUsersJson();
    void showStats();
    // Schema and data set.
    void migrate_data();
    void migrate();
    void seedDemo();
    void unmigratedDatabase_data();
    void unmigratedDatabase();
    // Connection settings.
    void connectionFailure_data();
    void connectionFailure();
    void envFile_data();
    void envFile();
    // Command line.
    void usage_data();
    void usage();
    void interrupted_data();
    void interrupted();

private:
    CliRunner cli() const { return CliRunner(m_db.environment()); }
    qint64 count(const QString &sql);
    QString text(const QString &sql);
    QString insertUser(int id, const QString &email, const QString &role = QStringLiteral("user"),
                       bool active = true, const QString &name = QString());
    bool insertCascadeFixture();
    QString cascadeSnapshot();

    TestDatabase m_db;
    TestDatabase m_unmigrated;  // empty, made on first use
};

void tst_Cli::initTestCase()
{
    QVERIFY2(QFileInfo::exists(CliRunner::binary()), qPrintable(CliRunner::binary()));
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
}

void tst_Cli::init()
{
    // Every table that references users goes with them. DELETE is far quicker than TRUNCATE on these
    // few rows; after the demo data set (100,000 messages) TRUNCATE is the quicker one.
    const bool large = count(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM messages LIMIT 1001) m")) > 1000;
    QVERIFY2(m_db.exec(large ? QStringLiteral("TRUNCATE users, waqtor_audit CASCADE")
                             : QStringLiteral("DELETE FROM users; DELETE FROM waqtor_audit")),
             qPrintable(m_db.lastError()));
}

qint64 tst_Cli::count(const QString &sql)
{
    const QVariant v = m_db.scalar(sql);
    if (!v.isValid()) {
        qWarning("%s", qPrintable(m_db.lastError()));
        return -1;
    }
    return v.toLongLong();
}

QString tst_Cli::text(const QString &sql)
{
    const QVariant v = m_db.scalar(sql);
    if (!v.isValid())
        qWarning("%s", qPrintable(m_db.lastError()));
    return v.toString();
}

// A user made straight in SQL (no bcrypt: fast), with id uuid(id); returns the id.
QString tst_Cli::insertUser(int id, const QString &email, const QString &role, bool active, const QString &name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO users (id, email, password_hash, name, role, is_active) "
                             "VALUES (CAST(:id AS uuid), :email, 'not-a-hash', :name, :role, :active)"));
    q.bindValue(QStringLiteral(":id"), uuid(id));
    q.bindValue(QStringLiteral(":email"), email);
    q.bindValue(QStringLiteral(":name"), name.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(name));
    q.bindValue(QStringLiteral(":role"), role);
    q.bindValue(QStringLiteral(":active"), active);
    if (!q.exec()) {
        qWarning("insertUser: %s", qPrintable(q.lastError().text()));
        return {};
    }
    return uuid(id);
}

// owner@example.com (id 1) owns 2 sessions, 3 messages, 1 campaign, 2 contacts, 1 group and 3
// memberships (its two contacts in its group, plus other's contact in its group). other@example.com
// (id 2) has a message and a campaign that use owner's sessions, a contact, a group and a membership.
bool tst_Cli::insertCascadeFixture()
{
    if (insertUser(1, QStringLiteral("owner@example.com")).isEmpty()
        || insertUser(2, QStringLiteral("other@example.com")).isEmpty())
        return false;
    const QString sql = QStringLiteral(R"(
        INSERT INTO whatsapp_sessions (id, user_id, session_name, status) VALUES
            ('%11', '%1', 'main', 'ready'), ('%12', '%1', 'spare', 'qr');
        INSERT INTO messages (user_id, session_id, phone_number, status) VALUES
            ('%1', '%11', '+201000000001', 'sent'), ('%1', '%11', '+201000000002', 'read'),
            ('%1', NULL, '+201000000003', 'failed'), ('%2', '%11', '+201000000004', 'delivered');
        INSERT INTO campaigns (user_id, session_id, name, message_template) VALUES
            ('%1', '%11', 'Owner campaign', 'Hi'), ('%2', '%12', 'Other campaign', 'Hello');
        INSERT INTO recipients (id, user_id, phone_number, name) VALUES
            ('%21', '%1', '+201000000001', 'A'), ('%22', '%1', '+201000000002', 'B'),
            ('%23', '%2', '+201000000003', 'C');
        INSERT INTO groups (id, user_id, name) VALUES ('%31', '%1', 'Owner group'), ('%32', '%2', 'Other group');
        INSERT INTO recipient_groups (recipient_id, group_id) VALUES
            ('%21', '%31'), ('%22', '%31'), ('%23', '%31'), ('%23', '%32');
    )")
                            .replace(QStringLiteral("%11"), uuid(11))
                            .replace(QStringLiteral("%12"), uuid(12))
                            .replace(QStringLiteral("%21"), uuid(21))
                            .replace(QStringLiteral("%22"), uuid(22))
                            .replace(QStringLiteral("%23"), uuid(23))
                            .replace(QStringLiteral("%31"), uuid(31))
                            .replace(QStringLiteral("%32"), uuid(32))
                            .replace(QStringLiteral("%1"), uuid(1))
                            .replace(QStringLiteral("%2"), uuid(2));
    if (!m_db.exec(sql)) {
        qWarning("insertCascadeFixture: %s", qPrintable(m_db.lastError()));
        return false;
    }
    return true;
}

// Every row count and the owner's state, to show that nothing changed.
QString tst_Cli::cascadeSnapshot()
{
    return text(QStringLiteral(
        "SELECT concat_ws(' ', (SELECT count(*) FROM users), (SELECT count(*) FROM whatsapp_sessions), "
        "(SELECT count(*) FROM messages), (SELECT count(*) FROM messages WHERE session_id IS NULL), "
        "(SELECT count(*) FROM campaigns), (SELECT count(*) FROM recipients), (SELECT count(*) FROM groups), "
        "(SELECT count(*) FROM recipient_groups), "
        "(SELECT string_agg(email || ':' || role || ':' || is_active, ',' ORDER BY email) FROM users))"));
}

// --- the guide's examples ---------------------------------------------------------------------

void tst_Cli::guideExamples()
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

// --- accounts ---------------------------------------------------------------------------------

void tst_Cli::createUser_data()
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

void tst_Cli::createUser()
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

void tst_Cli::createDuplicate_data()
{
    QTest::addColumn<QString>("existing");  // inserted by SQL, as the Node server may have written it
    QTest::addColumn<QString>("email");     // given to create-user

    QTest::newRow("same spelling") << "dup@example.com" << "dup@example.com";
    QTest::newRow("differs in case") << "dup@example.com" << "DUP@Example.Com";
    QTest::newRow("older mixed-case row") << "Old.Row@Example.com" << "old.row@example.com";
    QTest::newRow("with surrounding spaces") << "dup@example.com" << " dup@example.com ";
}

void tst_Cli::createDuplicate()
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

void tst_Cli::passwordFromStdin_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<QString>("password");  // what must now verify; empty: nothing may change

    const QString cu = QStringLiteral("create-user");
    const QString rp = QStringLiteral("reset-password");
    QTest::newRow("create-user, one line") << cu << QByteArray("stdinpass1\n") << 0
                                           << "Created user account stdin@example.com." << "stdinpass1";
    QTest::newRow("create-user, no newline") << cu << QByteArray("stdinpass2") << 0 << "Created" << "stdinpass2";
    QTest::newRow("create-user, CRLF") << cu << QByteArray("stdinpass3\r\n") << 0 << "Created" << "stdinpass3";
    QTest::newRow("create-user, only the first line") << cu << QByteArray("firstline1\nsecondline2\n") << 0
                                                      << "Created" << "firstline1";
    QTest::newRow("create-user, spaces kept") << cu << QByteArray(" spaced pw \n") << 0 << "Created" << " spaced pw ";
    QTest::newRow("create-user, empty stdin") << cu << QByteArray() << 1
                                              << "No password on standard input; give it as the first line." << "";
    QTest::newRow("create-user, empty first line") << cu << QByteArray("\nstdinpass1\n") << 1
                                                   << "No password on standard input" << "";
    QTest::newRow("create-user, too short") << cu << QByteArray("abc12\n") << 1 << "The password is too short" << "";
    QTest::newRow("reset-password, one line") << rp << QByteArray("resetpass1\n") << 0
                                              << "Password changed for stdin@example.com." << "resetpass1";
    QTest::newRow("reset-password, empty stdin") << rp << QByteArray() << 1 << "No password on standard input" << "";
    QTest::newRow("reset-password, too long")
        << rp << QByteArray(73, 'z') + '\n' << 1 << "The password is too long: it has 73 bytes" << "";
}

void tst_Cli::passwordFromStdin()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, phrase);
    QFETCH(QString, password);

    const QString email = QStringLiteral("stdin@example.com");
    const bool reset = command == QLatin1String("reset-password");
    if (reset)
        QVERIFY(!insertUser(1, email).isEmpty());

    const auto r = cli().run({command, email, QStringLiteral("-")}, input);
    QCOMPARE_EXIT(r, exitCode);
    QVERIFY_SAYS(exitCode == 0 ? r.out : r.err, phrase, r);
    // Never echoed, not even a part of it.
    const QString typed = QString::fromUtf8(input).section(u'\n', 0, 0).trimmed();
    if (typed.size() >= 4)
        QVERIFY2(!r.out.contains(typed) && !r.err.contains(typed), qPrintable(describe(r)));

    if (password.isEmpty()) {
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users")), reset ? 1 : 0);
        if (reset)
            QCOMPARE(text(QStringLiteral("SELECT password_hash FROM users")), QStringLiteral("not-a-hash"));
        return;
    }
    const QString hash = text(QStringLiteral("SELECT password_hash FROM users WHERE email = '%1'").arg(email));
    QVERIFY2(hash.startsWith(QLatin1String("$2b$10$")), qPrintable(hash));
    QVERIFY2(PasswordHasher::verify(password, hash), qPrintable(password));
}

void tst_Cli::passwordOnTerminal_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");  // empty: no second prompt expected
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("phrase");

    QTest::newRow("typed twice") << QByteArray("termpass1\r") << QByteArray("termpass1\r") << 0
                                 << "Created user account tty@example.com.";
    QTest::newRow("the two differ") << QByteArray("termpass1\r") << QByteArray("termpass2\r") << 1
                                    << "The two passwords differ; nothing was changed.";
    QTest::newRow("nothing typed") << QByteArray("\r") << QByteArray() << 1
                                   << "No password was entered; nothing was changed.";
}

void tst_Cli::passwordOnTerminal()
{
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    QFETCH(int, exitCode);
    QFETCH(QString, phrase);

    TerminalSteps steps{{"Password for tty@example.com:", first}};
    if (!second.isEmpty())
        steps.append({"Repeat the password:", second});
    const auto r = typeOnTerminal(m_db.environment(),
                                  {QStringLiteral("create-user"), QStringLiteral("tty@example.com"), QStringLiteral("-")},
                                  steps);
    QCOMPARE_EXIT(r, exitCode);
    QVERIFY_SAYS(r.out, QStringLiteral("Password for tty@example.com:"), r);
    if (!second.isEmpty())
        QVERIFY_SAYS(r.out, QStringLiteral("Repeat the password:"), r);
    QVERIFY_SAYS(r.out, phrase, r);
    // The terminal's echo was off: what was typed never appears.
    QVERIFY2(!r.out.contains(QLatin1String("termpass")), qPrintable(describe(r)));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users")), exitCode == 0 ? 1 : 0);
    if (exitCode == 0)
        QVERIFY(PasswordHasher::verify(QStringLiteral("termpass1"), text(QStringLiteral("SELECT password_hash FROM users"))));
}

void tst_Cli::updateRole_data()
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

void tst_Cli::updateRole()
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

void tst_Cli::activateDeactivate()
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

void tst_Cli::unknownUser_data()
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

void tst_Cli::unknownUser()
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

void tst_Cli::lastActiveAdmin_data()
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

void tst_Cli::lastActiveAdmin()
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

void tst_Cli::deleteUser_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("onTerminal");
    QTest::addColumn<QByteArray>("typed");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<QString>("outcome");  // kept, deleted or deactivated

    QTest::newRow("script without --yes") << QStringList{} << false << QByteArray() << 1
                                          << "Nothing was deleted: standard input is not a terminal" << "kept";
    QTest::newRow("script without --yes, y on stdin") << QStringList{} << false << QByteArray("y\n") << 1
                                                      << "add --yes to delete from a script" << "kept";
    QTest::newRow("script with --yes") << QStringList{"--yes"} << false << QByteArray() << 0
                                       << "Deleted owner@example.com" << "deleted";
    QTest::newRow("--soft") << QStringList{"--soft"} << false << QByteArray() << 0
                            << "owner@example.com is deactivated (--soft); nothing was deleted." << "deactivated";
    QTest::newRow("terminal, answers n") << QStringList{} << true << QByteArray("n\r") << 1
                                         << "Not confirmed; nothing was deleted." << "kept";
    QTest::newRow("terminal, just Enter") << QStringList{} << true << QByteArray("\r") << 1
                                          << "Not confirmed; nothing was deleted." << "kept";
    QTest::newRow("terminal, answers y") << QStringList{} << true << QByteArray("y\r") << 0
                                         << "Deleted owner@example.com" << "deleted";
}

void tst_Cli::deleteUser()
{
    QFETCH(QStringList, options);
    QFETCH(bool, onTerminal);
    QFETCH(QByteArray, typed);
    QFETCH(int, exitCode);
    QFETCH(QString, phrase);
    QFETCH(QString, outcome);

    QVERIFY(insertCascadeFixture());
    const QString before = cascadeSnapshot();
    QCOMPARE(before, QStringLiteral("2 2 4 1 2 3 2 4 other@example.com:user:true,owner@example.com:user:true"));

    const QStringList arguments = QStringList{QStringLiteral("delete-user"), QStringLiteral("owner@example.com")} + options;
    const auto r = onTerminal ? cli().runOnTerminal(arguments, typed) : cli().run(arguments, typed);
    QCOMPARE_EXIT(r, exitCode);
    // On a terminal both streams reach script's output.
    const QString all = r.out + r.err;
    QVERIFY_SAYS(all, phrase, r);

    if (outcome != QLatin1String("deactivated")) {
        // The preview, before any confirmation.
        QVERIFY_SAYS(r.out, QStringLiteral("Deleting owner@example.com (user) also removes:"), r);
        const int done = r.out.indexOf(QLatin1String("Deleted owner@example.com"));
        QCOMPARE(cascadeShown(r.out.left(done)), QStringLiteral("2 3 1 2 1 3"));
        QString kept;  // the line about other accounts' rows that used owner's sessions
        for (const QString &line : r.out.split(u'\n'))
            if (line.contains(QLatin1String("without a session")))
                kept = line;
        QVERIFY2(kept.contains(QLatin1String("messages (1)")) && kept.contains(QLatin1String("campaigns (1)")),
                 qPrintable(describe(r)));
        if (done >= 0)
            QCOMPARE(cascadeShown(r.out.mid(done)), QStringLiteral("2 3 1 2 1 3"));
    }
    if (onTerminal)
        QVERIFY_SAYS(all, QStringLiteral("Delete owner@example.com and all of the above? [y/N]"), r);

    if (outcome == QLatin1String("kept")) {
        QCOMPARE(cascadeSnapshot(), before);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM waqtor_audit")), 0);
    } else if (outcome == QLatin1String("deactivated")) {
        QCOMPARE(cascadeSnapshot(),
                 QStringLiteral("2 2 4 1 2 3 2 4 other@example.com:user:true,owner@example.com:user:false"));
    } else {
        // users, sessions, messages, messages without session, campaigns, contacts, groups, memberships
        QCOMPARE(cascadeSnapshot(), QStringLiteral("1 0 1 1 1 1 1 1 other@example.com:user:true"));
        // What is left is exactly the other account's, unlinked from the deleted sessions.
        QCOMPARE(text(QStringLiteral("SELECT concat_ws(' ', user_id, (session_id IS NULL)::text, phone_number) FROM messages")),
                 uuid(2) + QStringLiteral(" true +201000000004"));
        QCOMPARE(text(QStringLiteral("SELECT concat_ws(' ', user_id, (session_id IS NULL)::text, name) FROM campaigns")),
                 uuid(2) + QStringLiteral(" true Other campaign"));
        QCOMPARE(text(QStringLiteral("SELECT concat_ws(' ', recipient_id, group_id) FROM recipient_groups")),
                 uuid(23) + u' ' + uuid(32));
        QCOMPARE(text(QStringLiteral("SELECT details->>'messages' || ' ' || (details->>'other_messages_unlinked') "
                                     "FROM waqtor_audit WHERE action = 'user.delete' AND target = 'owner@example.com'")),
                 QStringLiteral("3 1"));
    }
}

// --- reports ----------------------------------------------------------------------------------

void tst_Cli::listUsersJson()
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

void tst_Cli::showStats()
{
    QVERIFY(!insertUser(1, QStringLiteral("admin@example.com"), QStringLiteral("admin")).isEmpty());
    QVERIFY(!insertUser(2, QStringLiteral("user@example.com"), QStringLiteral("user")).isEmpty());
    QVERIFY(!insertUser(3, QStringLiteral("viewer@example.com"), QStringLiteral("viewer"), false).isEmpty());
    const QString u = uuid(2);
    QVERIFY2(m_db.exec(QStringLiteral(R"(
        INSERT INTO whatsapp_sessions (id, user_id, session_name, status) VALUES
            ('%2', '%1', 's1', 'ready'), ('%3', '%1', 's2', 'qr'), ('%4', '%1', 's3', 'ready');
        INSERT INTO messages (user_id, session_id, phone_number, status, ack_status) VALUES
            ('%1', '%2', '1', 'pending', NULL), ('%1', '%2', '2', 'sent', 1), ('%1', '%2', '3', 'delivered', 2),
            ('%1', '%2', '4', 'read', 3), ('%1', '%2', '5', 'read', 4), ('%1', '%2', '6', 'failed', -1);
        INSERT INTO campaigns (user_id, name, message_template, status, sent_count, failed_count) VALUES
            ('%1', 'c1', 't', 'completed', 10, 2), ('%1', 'c2', 't', 'completed', 5, 1), ('%1', 'c3', 't', 'draft', 0, 0);
        INSERT INTO recipients (id, user_id, phone_number, status) VALUES
            ('%5', '%1', '1', 'active'), ('%6', '%1', '2', 'active'), ('%7', '%1', '3', 'blocked');
        INSERT INTO groups (id, user_id, name) VALUES ('%8', '%1', 'g1'), ('%9', '%1', 'g2');
        INSERT INTO recipient_groups (recipient_id, group_id) VALUES ('%5', '%8'), ('%6', '%8'), ('%7', '%9');
    )").arg(u, uuid(11), uuid(12), uuid(13), uuid(21), uuid(22), uuid(23), uuid(31), uuid(32))),
             qPrintable(m_db.lastError()));

    const auto r = cli().run({QStringLiteral("show-stats"), QStringLiteral("--json")});
    QCOMPARE_EXIT(r, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(), qPrintable(error.errorString() + u'\n' + r.out));
    const QJsonObject s = doc.object();
    auto sortedKeys = [](const QJsonObject &o) {
        QStringList k = o.keys();
        k.sort();
        return k;
    };
    QCOMPARE(sortedKeys(s), (QStringList{"campaigns", "contacts", "database", "groups", "messages", "sessions", "users"}));

    const QJsonObject users = s.value("users").toObject();
    QCOMPARE(sortedKeys(users), (QStringList{"active", "by_role", "inactive", "total"}));
    QCOMPARE(users.value("total").toInt(), 3);
    QCOMPARE(users.value("active").toInt(), 2);
    QCOMPARE(users.value("inactive").toInt(), 1);
    QCOMPARE(users.value("by_role").toObject(), (QJsonObject{{"admin", 1}, {"user", 1}, {"viewer", 1}}));

    const QJsonObject sessions = s.value("sessions").toObject();
    QCOMPARE(sortedKeys(sessions), (QStringList{"by_status", "total"}));
    QCOMPARE(sessions.value("total").toInt(), 3);
    QCOMPARE(sessions.value("by_status").toObject(), (QJsonObject{{"ready", 2}, {"qr", 1}}));

    const QJsonObject messages = s.value("messages").toObject();
    QCOMPARE(sortedKeys(messages), (QStringList{"by_ack", "by_status", "total"}));
    QCOMPARE(messages.value("total").toInt(), 6);
    QCOMPARE(messages.value("by_status").toObject(),
             (QJsonObject{{"pending", 1}, {"sent", 1}, {"delivered", 1}, {"read", 2}, {"failed", 1}}));
    QCOMPARE(messages.value("by_ack").toObject(),
             (QJsonObject{{"-1", 1}, {"1", 1}, {"2", 1}, {"3", 1}, {"4", 1}, {"(none)", 1}}));

    const QJsonObject campaigns = s.value("campaigns").toObject();
    QCOMPARE(sortedKeys(campaigns), (QStringList{"by_status", "failed", "sent", "total"}));
    QCOMPARE(campaigns.value("total").toInt(), 3);
    QCOMPARE(campaigns.value("sent").toInt(), 15);
    QCOMPARE(campaigns.value("failed").toInt(), 3);
    QCOMPARE(campaigns.value("by_status").toObject(),
             (QJsonObject{{"completed", QJsonObject{{"campaigns", 2}, {"sent", 15}, {"failed", 3}}},
                          {"draft", QJsonObject{{"campaigns", 1}, {"sent", 0}, {"failed", 0}}}}));

    const QJsonObject contacts = s.value("contacts").toObject();
    QCOMPARE(sortedKeys(contacts), (QStringList{"by_status", "total"}));
    QCOMPARE(contacts.value("total").toInt(), 3);
    QCOMPARE(contacts.value("by_status").toObject(), (QJsonObject{{"active", 2}, {"blocked", 1}}));

    const QJsonObject groups = s.value("groups").toObject();
    QCOMPARE(groups, (QJsonObject{{"total", 2}, {"memberships", 3}}));

    const QJsonObject database = s.value("database").toObject();
    QCOMPARE(sortedKeys(database), (QStringList{"name", "size", "size_bytes"}));
    QCOMPARE(database.value("name").toString(), m_db.name());
    QVERIFY(database.value("size_bytes").isDouble());
    const double bytes = database.value("size_bytes").toDouble();
    const double actual = double(count(QStringLiteral("SELECT pg_database_size(current_database())")));
    QVERIFY2(bytes > 1e6 && qAbs(bytes - actual) < actual * 0.2, qPrintable(QString::number(bytes)));
    QVERIFY(!database.value("size").toString().isEmpty());

    // The same numbers as text.
    const auto t = cli().run({QStringLiteral("show-stats")});
    QCOMPARE_EXIT(t, 0);
    for (const char *line : {"Users:     3 (2 active, 1 inactive)", "by role:   admin 1, user 1, viewer 1",
                             "Sessions:  3", "by status: qr 1, ready 2", "Messages:  6",
                             "by status: pending 1, sent 1, delivered 1, read 2, failed 1",
                             "by ack:    -1 (failed) 1, 1 (sent) 1, 2 (delivered) 1, 3 (read) 1, 4 (played) 1, (none)",
                             "Campaigns: 3 (sent 15, failed 3)",
                             "by status: draft 1 (sent 0, failed 0), completed 2 (sent 15, failed 3)",
                             "Contacts:  3", "by status: active 2, blocked 1", "Groups:    2 (3 memberships)"})
        QVERIFY_SAYS(t.out, QLatin1String(line), t);
}

// --- schema and demo data ---------------------------------------------------------------------

void tst_Cli::migrate_data()
{
    // What to make first from the guide's SQL (0001): none, users (that table only), all, retyped (all,
    // then users.name made TEXT).
    QTest::addColumn<QString>("tables");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("phrases");

    QStringList applied;
    for (const Migration &m : Migrator::available())
        applied << QStringLiteral("Applied %1 %2.").arg(m.version, 4, 10, QLatin1Char('0')).arg(m.name);
    QTest::newRow("empty database") << "none" << 0 << applied;
    QTest::newRow("made from the guide's SQL: adopted")
        << "all" << 0
        << (QStringList{"Adopted the existing WaQtor tables as migration 0001 (guide schema); every row was kept."}
            + applied.mid(1));
    QTest::newRow("a guide column retyped")
        << "retyped" << 2
        << QStringList{"Column users.name is text, but the guide's schema makes it character varying(255).",
                       "Nothing was changed."};
    QTest::newRow("only some guide tables")
        << "users" << 2
        << QStringList{"The database has only some of WaQtor's tables (users); table \"whatsapp_sessions\" is missing.",
                       "Nothing was changed."};
}

void tst_Cli::migrate()
{
    QFETCH(QString, tables);
    QFETCH(int, exitCode);
    QFETCH(QStringList, phrases);

    // TestDatabase's default connection name is shared: let this database have it for a while.
    m_db.closeConnections();
    TestDatabase db;
    QVERIFY2(db.create(), qPrintable(db.lastError()));
    if (tables != QLatin1String("none")) {
        for (const QString &statement : SqlScript::split(Migrator::available().value(0).sql)) {
            const QString bare = SqlScript::withoutComments(statement);
            if (tables != QLatin1String("users") || bare.startsWith(QLatin1String("CREATE TABLE users ")))
                QVERIFY2(db.exec(statement), qPrintable(db.lastError()));
        }
        if (tables == QLatin1String("retyped"))
            QVERIFY2(db.exec(QStringLiteral("ALTER TABLE users ALTER COLUMN name TYPE text")), qPrintable(db.lastError()));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO users (email, password_hash) VALUES ('kept@example.com', 'x')")));
    }
    const QString shapeSql = QStringLiteral("SELECT (SELECT count(*) FROM pg_tables WHERE schemaname = 'public') || ' ' "
                                            "|| (SELECT count(*) FROM pg_indexes WHERE schemaname = 'public')");
    const QString shapeBefore = db.scalar(shapeSql).toString();

    const CliRunner c(db.environment());
    const auto r = c.run({QStringLiteral("migrate")});
    QCOMPARE_EXIT(r, exitCode);
    for (const QString &phrase : phrases)
        QVERIFY_SAYS(exitCode == 0 ? r.out : r.err, phrase, r);

    const bool hasHistory = db.scalar(QStringLiteral("SELECT to_regclass('schema_migrations') IS NOT NULL")).toBool();
    if (exitCode != 0) {
        QVERIFY2(!hasHistory, "a failed migrate must not create schema_migrations");
        QCOMPARE(db.scalar(shapeSql).toString(), shapeBefore);  // no table or index added
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM users")).toLongLong(), 1);
        db.drop();
        return;
    }
    QVERIFY(hasHistory);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM schema_migrations")).toLongLong(),
             qint64(Migrator::available().size()));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM schema_migrations WHERE adopted")).toLongLong(),
             tables == QLatin1String("all") ? 1 : 0);
    for (const QString &table : Migrator::sharedTables() + QStringList{"waqtor_audit"})
        QVERIFY2(db.scalar(QStringLiteral("SELECT to_regclass('%1') IS NOT NULL").arg(table)).toBool(), qPrintable(table));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM users")).toLongLong(), tables == QLatin1String("none") ? 0 : 1);

    const auto again = c.run({QStringLiteral("migrate")});
    QCOMPARE_EXIT(again, 0);
    QCOMPARE(again.out.trimmed(), QStringLiteral("The schema is up to date; nothing to do."));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM schema_migrations")).toLongLong(),
             qint64(Migrator::available().size()));
    db.drop();
}

void tst_Cli::seedDemo()
{
    // Two databases: this test's empty one, and one that already has a real account. Loading the
    // demo data takes seconds, so the two loads run at the same time.
    m_db.closeConnections();
    TestDatabase taken;
    QVERIFY2(taken.createMigrated(), qPrintable(taken.lastError()));
    QVERIFY2(taken.exec(QStringLiteral("INSERT INTO users (id, email, password_hash, role) "
                                       "VALUES ('%1', 'real@example.com', 'x', 'admin')").arg(uuid(1))),
             qPrintable(taken.lastError()));
    auto takenCount = [&](const QString &sql) { return taken.scalar(sql).toLongLong(); };

    const CliRunner onTaken(taken.environment());
    const auto refused = onTaken.run({QStringLiteral("seed-demo")});
    QCOMPARE_EXIT(refused, 3);
    QVERIFY_SAYS(refused.err, QStringLiteral("already has accounts (1)"), refused);
    QVERIFY_SAYS(refused.err, QStringLiteral("Use --force to add it anyway."), refused);
    QCOMPARE(takenCount(QStringLiteral("SELECT count(*) FROM users")), 1);
    QCOMPARE(takenCount(QStringLiteral("SELECT count(*) FROM recipients")), 0);
    QCOMPARE(takenCount(QStringLiteral("SELECT count(*) FROM messages")), 0);
    QCOMPARE(takenCount(QStringLiteral("SELECT count(*) FROM waqtor_audit")), 0);

    const CliRunner onEmpty = cli();
    auto forcedRun = std::async(std::launch::async, [&] {
        return onTaken.run({QStringLiteral("seed-demo"), QStringLiteral("--force")});
    });
    const auto r = onEmpty.run({QStringLiteral("seed-demo")});
    const auto forced = forcedRun.get();

    QCOMPARE_EXIT(forced, 0);
    QVERIFY_SAYS(forced.out, QStringLiteral("Loaded the demo data."), forced);
    QCOMPARE(takenCount(QStringLiteral("SELECT count(*) FROM users")), 4);
    QCOMPARE(takenCount(QStringLiteral("SELECT count(*) FROM users WHERE email = 'real@example.com' AND role = 'admin'")), 1);
    QCOMPARE(takenCount(QStringLiteral("SELECT count(*) FROM users WHERE email LIKE '%@waqtor.demo'")), 3);
    QVERIFY(takenCount(QStringLiteral("SELECT count(*) FROM recipients")) > 0);
    QVERIFY(takenCount(QStringLiteral("SELECT count(*) FROM messages")) > 0);
    // The real account owns none of the demo data.
    QCOMPARE(takenCount(QStringLiteral("SELECT count(*) FROM messages WHERE user_id = '%1'").arg(uuid(1))), 0);
    taken.drop();

    QCOMPARE_EXIT(r, 0);
    QVERIFY_SAYS(r.out, QStringLiteral("Loaded the demo data."), r);
    for (const char *login : {"admin@waqtor.demo", "marketer@waqtor.demo", "viewer@waqtor.demo", "demo-admin-2026"})
        QVERIFY_SAYS(r.out, QLatin1String(login), r);
    QCOMPARE(text(QStringLiteral("SELECT string_agg(email || ':' || role, ',' ORDER BY email) FROM users")),
             QStringLiteral("admin@waqtor.demo:admin,marketer@waqtor.demo:user,viewer@waqtor.demo:viewer"));
    QVERIFY(PasswordHasher::verify(QStringLiteral("demo-marketer-2026"),
                                   text(QStringLiteral("SELECT password_hash FROM users WHERE email = 'marketer@waqtor.demo'"))));
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM recipients")) > 0);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM messages")) > 0);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM whatsapp_sessions")) > 0);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM campaigns")) > 0);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM groups")) > 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM waqtor_audit WHERE action = 'demo.seed'")), 1);
}

void tst_Cli::unmigratedDatabase_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString email = QStringLiteral("someone@example.com");
    QTest::newRow("list-users") << QStringList{"list-users"};
    QTest::newRow("show-stats") << QStringList{"show-stats", "--json"};
    QTest::newRow("seed-demo") << QStringList{"seed-demo"};
    QTest::newRow("create-user") << QStringList{"create-user", email, "password1"};
    QTest::newRow("update-role") << QStringList{"update-role", email, "admin"};
    QTest::newRow("deactivate") << QStringList{"deactivate", email};
    QTest::newRow("reset-password") << QStringList{"reset-password", email, "password1"};
    QTest::newRow("delete-user --yes") << QStringList{"delete-user", email, "--yes"};
    QTest::newRow("delete-user --soft") << QStringList{"delete-user", email, "--soft"};
}

void tst_Cli::unmigratedDatabase()
{
    QFETCH(QStringList, arguments);
    if (m_unmigrated.name().isEmpty())
        QVERIFY2(m_unmigrated.create(), qPrintable(m_unmigrated.lastError()));

    // A database error (exit 2) that tells what to do, whichever query first meets the missing table.
    const auto r = CliRunner(m_unmigrated.environment()).run(arguments);
    QCOMPARE_EXIT(r, 2);
    QVERIFY_SAYS(r.err, QStringLiteral("the database schema is missing a table or column; run \"waqtor-db migrate\""), r);
    QSqlQuery q(m_unmigrated.connection(QStringLiteral("tst_cli-unmigrated")));  // not the shared default name
    QVERIFY_SQL(q, exec(QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                       "WHERE n.nspname = 'public'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 0);
}

// --- connection settings ----------------------------------------------------------------------

void tst_Cli::connectionFailure_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cause");

    QTest::newRow("wrong DB_PASSWORD") << "DB_PASSWORD" << "not-the-password"
                                       << "authentication failed for user \"%USER\"; check DB_USER and DB_PASSWORD.";
    QTest::newRow("server down") << "DB_PORT" << QString::number(freePort())
                                 << "the server is not reachable; check that PostgreSQL is running and listening there.";
    QTest::newRow("database missing") << "DB_NAME" << "waqtor_no_such_database"
                                      << "the database does not exist; create it or check DB_NAME.";
}

void tst_Cli::connectionFailure()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, cause);
    QVERIFY(value != QLatin1String("0"));

    const ConnectionSettings s = m_db.settings();
    const QString port = key == QLatin1String("DB_PORT") ? value : QString::number(s.port);
    const QString name = key == QLatin1String("DB_NAME") ? value : s.databaseName;
    cause.replace(QStringLiteral("%USER"), s.user);

    const auto r = CliRunner(m_db.environment() << key + u'=' + value)
                       .run({QStringLiteral("create-user"), QStringLiteral("x@example.com"), QStringLiteral("password1")});
    QCOMPARE_EXIT(r, 2);
    QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
    // One sentence naming where and why; the driver's own words follow on a line of their own.
    const QString sentence = r.err.section(u'\n', 0, 0);
    QCOMPARE(sentence, QStringLiteral("waqtor-db: Cannot connect to %1:%2, database \"%3\": %4")
                           .arg(s.host, port, name, cause));
    QVERIFY_SAYS(r.err.section(u'\n', 1, 1), QStringLiteral("  (server said: "), r);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users")), 0);
}

void tst_Cli::envFile_data()
{
    QTest::addColumn<QStringList>("fileOverrides");  // KEY=value lines replacing the test database's in the file
    QTest::addColumn<QStringList>("environment");    // DB_* in the process environment
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("phrase");

    QTest::newRow("file only") << QStringList{} << QStringList{} << 0 << "Accounts: 1";
    QTest::newRow("file with quotes, export and comments")
        << QStringList{"# a comment", "export DB_NAME=\"%NAME\"", "DB_SSL=false # inline comment"} << QStringList{} << 0
        << "Accounts: 1";
    QTest::newRow("environment password beats the file's")
        << QStringList{"DB_PASSWORD=wrong-in-file"} << QStringList{"DB_PASSWORD=%PASSWORD"} << 0 << "Accounts: 1";
    QTest::newRow("environment name beats the file's, per key")
        << QStringList{} << QStringList{"DB_NAME=waqtor_env_only_db"} << 2
        << "database \"waqtor_env_only_db\": the database does not exist";
    QTest::newRow("file's wrong password is used when the environment has none")
        << QStringList{"DB_PASSWORD=wrong-in-file"} << QStringList{} << 2 << "authentication failed";
    QTest::newRow("bad DB_SSL in environment") << QStringList{} << QStringList{"DB_SSL=maybe"} << 1
                                               << "DB_SSL is \"maybe\"; use true or false.";
    QTest::newRow("bad DB_PORT in file") << QStringList{"DB_PORT=fifty"} << QStringList{} << 1
                                         << "DB_PORT is \"fifty\", which is not a port number";
}

void tst_Cli::envFile()
{
    QFETCH(QStringList, fileOverrides);
    QFETCH(QStringList, environment);
    QFETCH(int, exitCode);
    QFETCH(QString, phrase);
    QVERIFY(!insertUser(1, QStringLiteral("listed@example.com")).isEmpty());

    const ConnectionSettings s = m_db.settings();
    auto expand = [&](QString line) {
        return line.replace(QStringLiteral("%NAME"), s.databaseName).replace(QStringLiteral("%PASSWORD"), s.password);
    };
    QStringList lines = m_db.environment();
    for (const QString &override : fileOverrides) {
        const QString key = override.section(u'=', 0, 0).remove(QStringLiteral("export ")).trimmed();
        if (key.startsWith(QLatin1String("DB_")))
            lines.erase(std::remove_if(lines.begin(), lines.end(),
                                       [&](const QString &l) { return l.startsWith(key + u'='); }),
                        lines.end());
        lines << expand(override);
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("waqtor.env"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(lines.join(u'\n').toUtf8() + '\n');
    file.close();

    QStringList env;
    for (const QString &line : environment)
        env << expand(line);
    const auto r = CliRunner(env).run({QStringLiteral("--env-file"), path, QStringLiteral("list-users")});
    QCOMPARE_EXIT(r, exitCode);
    QVERIFY_SAYS(exitCode == 0 ? r.out : r.err, phrase, r);
    if (exitCode == 0)
        QVERIFY_SAYS(r.out, QStringLiteral("listed@example.com"), r);
}

// --- command line -----------------------------------------------------------------------------

void tst_Cli::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("phrases");  // on stdout for exit 0, on stderr otherwise
    QTest::addColumn<QString>("notShown");     // on neither stream

    auto row = [](const char *name, const QStringList &arguments, int exitCode, const QStringList &phrases,
                  const QString &notShown = QString()) {
        QTest::newRow(name) << arguments << exitCode << phrases << notShown;
    };
    row("no command", {}, 1, {"No command given; \"waqtor-db --help\" lists the commands."});
    row("only --env-file", {"--env-file", "/nonexistent"}, 1, {"No command given"});
    row("unknown command", {"frobnicate"}, 1,
        {"Unknown command \"frobnicate\"; \"waqtor-db --help\" lists the commands."});
    row("unknown command with --help", {"frobnicate", "--help"}, 1, {"Unknown command \"frobnicate\""});
    row("unknown option", {"list-users", "--bogus"}, 1,
        {"Unknown option 'bogus'.", "\"waqtor-db list-users --help\" shows its options."});
    row("unknown option before the command", {"--bogus", "list-users"}, 1, {"Unknown option 'bogus'."});
    row("another command's option", {"list-users", "--yes"}, 1, {"Unknown option 'yes'."});
    row("--role on create-admin", {"create-admin", "a@example.com", "password1", "--role", "user"}, 1,
        {"Unknown option 'role'."});
    row("--role without value", {"create-user", "a@example.com", "password1", "--role"}, 1,
        {"Missing value after '--role'."});
    // activate takes no NAME, so a hint about quoting one only misleads.
    row("too many arguments", {"activate", "a@example.com", "b@example.com"}, 1,
        {"Too many arguments; usage: waqtor-db activate EMAIL"}, "NAME");
    row("unquoted name", {"create-admin", "a@example.com", "password1", "Admin", "Name"}, 1,
        {"Too many arguments; usage: waqtor-db create-admin EMAIL PASSWORD [NAME] (quote a NAME that has spaces)."});
    row("arguments to list-users", {"list-users", "extra"}, 1, {"Too many arguments"});
    row("missing arguments", {"update-role", "a@example.com"}, 1,
        {"Missing arguments; usage: waqtor-db update-role EMAIL ROLE"});
    row("--help", {"--help"}, 0,
        {"Usage: waqtor-db [--env-file PATH] COMMAND [ARGUMENTS]", "Commands:", "create-admin EMAIL PASSWORD [NAME]",
         "delete-user EMAIL [--yes] [--soft]", "seed-demo [--force]", "Exit codes:"});
    row("-h", {"-h"}, 0, {"Usage: waqtor-db", "list-users"});
    row("list-users --help", {"list-users", "--help"}, 0,
        {"Usage: waqtor-db [--env-file PATH] list-users", "List the accounts.", "--json", "--env-file PATH"});
    row("delete-user --help", {"delete-user", "--help"}, 0, {"delete-user EMAIL", "--yes", "--soft"});
    row("--version", {"--version"}, 0, {"waqtor-db "});
}

void tst_Cli::usage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, phrases);
    QFETCH(QString, notShown);

    // Nothing listens at these settings: none of this may need the database (it would exit 2).
    const auto r = CliRunner({QStringLiteral("DB_HOST=127.0.0.1"), QStringLiteral("DB_PORT=%1").arg(freePort())})
                       .run(arguments);
    QCOMPARE_EXIT(r, exitCode);
    const QString &shown = exitCode == 0 ? r.out : r.err;
    for (const QString &phrase : phrases)
        QVERIFY_SAYS(shown, phrase, r);
    if (!notShown.isEmpty())
        QVERIFY2(!r.out.contains(notShown) && !r.err.contains(notShown), qPrintable(describe(r)));
    if (exitCode == 0) {
        QVERIFY2(r.err.isEmpty(), qPrintable(describe(r)));
    } else {
        QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
        QVERIFY2(r.err.startsWith(QLatin1String("waqtor-db: ")), qPrintable(describe(r)));
    }
    if (arguments == QStringList{QStringLiteral("--version")})
        QVERIFY2(QRegularExpression(QStringLiteral("^waqtor-db \\d+\\.\\d+\\.\\d+\\n$")).match(r.out).hasMatch(),
                 qPrintable(r.out));
}

void tst_Cli::interrupted_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("existing");  // x@y.z exists beforehand

    QTest::newRow("create-user waiting for its password") << QStringList{"create-user", "x@y.z", "-"} << false;
    QTest::newRow("reset-password waiting for its password") << QStringList{"reset-password", "x@y.z", "-"} << true;
    QTest::newRow("seed-demo while loading") << QStringList{"seed-demo"} << false;
}

void tst_Cli::interrupted()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, existing);
    if (existing)
        QVERIFY(!insertUser(1, QStringLiteral("x@y.z")).isEmpty());

    // Standard input stays open, so a command reading its password is still waiting for the line.
    const auto r = cli().interrupt(arguments);
    QCOMPARE_EXIT(r, 130);
    QVERIFY_SAYS(r.err, QStringLiteral("waqtor-db: interrupted; nothing was written."), r);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users")), existing ? 1 : 0);
    if (existing)
        QCOMPARE(text(QStringLiteral("SELECT password_hash FROM users")), QStringLiteral("not-a-hash"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM waqtor_audit")), 0);
}

QTEST_GUILESS_MAIN(tst_Cli)

#include "tst_cli.moc"
