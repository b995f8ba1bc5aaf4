// End-to-end tests of waqtor-db (the real binary, a clean environment, a throwaway database), checking
// the exit code, the effect on the database and the message; stdout and stderr are shown whenever a
// check fails.
//
// Connection settings: the sentence for each connection failure, and the --env-file / environment precedence.

#include "clifixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class tst_CliConnection : public QObject, public CliFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(setUpDatabase(), qPrintable(cliError())); }
    void init() { QVERIFY2(emptyTables(), qPrintable(cliError())); }

    void connectionFailure_data();
    void connectionFailure();
    void envFile_data();
    void envFile();
};

// --- connection settings ----------------------------------------------------------------------

void tst_CliConnection::connectionFailure_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<bool>("german");  // libpq's and the C library's messages in German (LANGUAGE=de, C.UTF-8)

    for (const bool german : {false, true}) {
        const char *const suffix = german ? ", German client" : "";
        QTest::addRow("wrong DB_PASSWORD%s", suffix)
            << "DB_PASSWORD" << "not-the-password"
            << "authentication failed for user \"%USER\"; check DB_USER and DB_PASSWORD." << german;
        QTest::addRow("server down%s", suffix)
            << "DB_PORT" << QString::number(freePort())
            << "the server is not reachable; check that PostgreSQL is running and listening there." << german;
        QTest::addRow("database missing%s", suffix) << "DB_NAME" << "waqtor_no_such_database"
                                                    << "the database does not exist; create it or check DB_NAME." << german;
        QTest::addRow("unknown DB_HOST%s", suffix)
            << "DB_HOST" << "waqtor-no-such-host.invalid"
            << "the host name \"waqtor-no-such-host.invalid\" is unknown; check DB_HOST." << german;
    }
}

void tst_CliConnection::connectionFailure()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, cause);
    QFETCH(bool, german);
    QVERIFY(value != QLatin1String("0"));

    const ConnectionSettings s = m_db.settings();
    const QString host = key == QLatin1String("DB_HOST") ? value : s.host;
    const QString port = key == QLatin1String("DB_PORT") ? value : QString::number(s.port);
    const QString name = key == QLatin1String("DB_NAME") ? value : s.databaseName;
    cause.replace(QStringLiteral("%USER"), s.user);

    QStringList environment = m_db.environment() << key + u'=' + value;
    if (german)  // gettext reads LANGUAGE under any locale but "C"; no de_DE locale is installed here
        environment << QStringLiteral("LANGUAGE=de") << QStringLiteral("LC_ALL=C.UTF-8");
    const auto r = CliRunner(environment)
                       .run({QStringLiteral("create-user"), QStringLiteral("x@example.com"), QStringLiteral("password1")});
    QCOMPARE_EXIT(r, 2);
    QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
    // One sentence naming where and why; the driver's own words follow on a line of their own.
    const QString sentence = r.err.section(u'\n', 0, 0);
    QCOMPARE(sentence, QStringLiteral("waqtor-db: Cannot connect to %1:%2, database \"%3\": %4")
                           .arg(host, port, name, cause));
    QVERIFY_SAYS(r.err.section(u'\n', 1, 1), QStringLiteral("  (server said: "), r);
    // libpq-side failures are worded in German then (the server's own messages stay English here).
    if (german && key == QLatin1String("DB_PORT"))
        QVERIFY_SAYS(r.err, QStringLiteral("Verbindung zum Server"), r);
    if (german && key == QLatin1String("DB_HOST"))
        QVERIFY_SAYS(r.err, QStringLiteral("Hostnamen"), r);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users")), 0);
}

void tst_CliConnection::envFile_data()
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

void tst_CliConnection::envFile()
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

QTEST_GUILESS_MAIN(tst_CliConnection)

#include "tst_cli_connection.moc"
