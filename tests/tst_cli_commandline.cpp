// End-to-end tests of waqtor-db (the real binary, a clean environment, a throwaway database), checking
// the exit code, the effect on the database and the message; stdout and stderr are shown whenever a
// check fails.
//
// The command line itself: usage errors and help that need no database, and Ctrl+C while a command works.

#include "clifixture.h"

#include <QRegularExpression>
#include <QTest>

class tst_CliCommandLine : public QObject, public CliFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(setUpDatabase(), qPrintable(cliError())); }
    void init() { QVERIFY2(emptyTables(), qPrintable(cliError())); }

    void usage_data();
    void usage();
    void interrupted_data();
    void interrupted();
};

// --- command line -----------------------------------------------------------------------------

void tst_CliCommandLine::usage_data()
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
        {"Usage: waqtor-db [--env-file PATH] [--lang LANGUAGE] COMMAND [ARGUMENTS]", "Commands:", "create-admin EMAIL PASSWORD [NAME]",
         "delete-user EMAIL [--yes] [--soft]", "seed-demo [--force]", "Exit codes:"});
    row("-h", {"-h"}, 0, {"Usage: waqtor-db", "list-users"});
    row("list-users --help", {"list-users", "--help"}, 0,
        {"Usage: waqtor-db [--env-file PATH] [--lang LANGUAGE] list-users", "List the accounts.", "--json", "--env-file PATH"});
    row("delete-user --help", {"delete-user", "--help"}, 0, {"delete-user EMAIL", "--yes", "--soft"});
    row("--version", {"--version"}, 0, {"waqtor-db "});
}

void tst_CliCommandLine::usage()
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

void tst_CliCommandLine::interrupted_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("existing");  // x@y.z exists beforehand
    QTest::addColumn<bool>("whileWriting");  // interrupted once its transaction has written, else while it reads stdin

    QTest::newRow("create-user waiting for its password") << QStringList{"create-user", "x@y.z", "-"} << false << false;
    QTest::newRow("reset-password waiting for its password") << QStringList{"reset-password", "x@y.z", "-"} << true << false;
    QTest::newRow("seed-demo while loading") << QStringList{"seed-demo"} << false << true;
}

void tst_CliCommandLine::interrupted()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, existing);
    QFETCH(bool, whileWriting);
    if (existing)
        QVERIFY(!insertUser(1, QStringLiteral("x@y.z")).isEmpty());

    // Standard input stays open, so a command reading its password is still waiting for the line.
    // A command that loads is interrupted once the server shows its transaction holding writes.
    const QString writing = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                           "AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL");
    const auto r = whileWriting ? cli().interruptWhen(arguments, [&](qint64) { return count(writing) > 0; })
                                : cli().interrupt(arguments);
    QCOMPARE_EXIT(r, 130);
    QVERIFY_SAYS(r.err, QStringLiteral("waqtor-db: interrupted; nothing was written."), r);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users")), existing ? 1 : 0);
    if (existing)
        QCOMPARE(text(QStringLiteral("SELECT password_hash FROM users")), QStringLiteral("not-a-hash"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM messages")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM waqtor_audit")), 0);
}

QTEST_GUILESS_MAIN(tst_CliCommandLine)

#include "tst_cli_commandline.moc"
