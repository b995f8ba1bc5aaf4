// End-to-end tests of waqtor-db (the real binary, a clean environment, a throwaway database), checking
// the exit code, the effect on the database and the message; stdout and stderr are shown whenever a
// check fails.
//
// Passwords that stay out of the command line: "-" reads the first line of standard input, or asks
// twice on a terminal with the echo off (create-user, reset-password).

#include "clifixture.h"
#include "accounts/passwordhasher.h"

#include <QTest>

class tst_CliPasswords : public QObject, public CliFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(setUpDatabase(), qPrintable(cliError())); }
    void init() { QVERIFY2(emptyTables(), qPrintable(cliError())); }

    void passwordFromStdin_data();
    void passwordFromStdin();
    void passwordOnTerminal_data();
    void passwordOnTerminal();
};

void tst_CliPasswords::passwordFromStdin_data()
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

void tst_CliPasswords::passwordFromStdin()
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

void tst_CliPasswords::passwordOnTerminal_data()
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

void tst_CliPasswords::passwordOnTerminal()
{
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    QFETCH(int, exitCode);
    QFETCH(QString, phrase);

    CliRunner::TerminalSteps steps{{"Password for tty@example.com:", first}};
    if (!second.isEmpty())
        steps.append({"Repeat the password:", second});
    const auto r = cli().typeOnTerminal(
        {QStringLiteral("create-user"), QStringLiteral("tty@example.com"), QStringLiteral("-")}, steps);
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

QTEST_GUILESS_MAIN(tst_CliPasswords)

#include "tst_cli_passwords.moc"
