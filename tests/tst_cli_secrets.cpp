#include "clirunner.h"
#include "serverlog.h"
#include "testdatabase.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/**
 * waqtor-db keeps secrets to itself: no password hash in the server's log or in pg_stat_activity
 * (not even with log_statement = 'all'), and a password on standard input must be UTF-8.
 */
class tst_CliSecrets : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createAndResetUnderLogStatementAll();
    void raceOnCreateLogsNoHash();
    void statementWritingTheHashShowsNoHash_data();
    void statementWritingTheHashShowsNoHash();
    void stdinPasswordMustBeUtf8_data();
    void stdinPasswordMustBeUtf8();

private:
    CliRunner cli() const { return CliRunner(m_db->environment()); }
    // Starts waqtor-db without waiting, so the test can watch the server while the command runs.
    void start(QProcess *process, const QStringList &arguments, const QByteArray &standardInput);
    void logEveryStatement();
    // The statement another session of this database is waiting in, once there is one.
    QString waitingStatement();
    QString storedHash(const QString &email);

    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_workDir;  // no ./.env there
};

void tst_CliSecrets::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->createMigrated(), qPrintable(m_db->lastError()));
}

void tst_CliSecrets::cleanup()
{
    m_db.reset();
}

void tst_CliSecrets::start(QProcess *process, const QStringList &arguments, const QByteArray &standardInput)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys())
        if (key.startsWith(QLatin1String("DB_")))
            env.remove(key);
    for (const QString &line : m_db->environment())
        env.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
    process->setProcessEnvironment(env);
    process->setWorkingDirectory(m_workDir.path());
    process->start(CliRunner::binary(), arguments);
    QVERIFY(process->waitForStarted());
    process->write(standardInput);
    process->closeWriteChannel();
}

void tst_CliSecrets::logEveryStatement()
{
    QVERIFY2(m_db->exec(QStringLiteral("ALTER DATABASE %1 SET log_statement = 'all'").arg(m_db->name())),
             qPrintable(m_db->lastError()));
    m_db->closeConnections();
}

QString tst_CliSecrets::waitingStatement()
{
    QSqlQuery q(m_db->connection(QStringLiteral("watcher")));
    if (!q.exec(QStringLiteral("SELECT query FROM pg_stat_activity WHERE datname = current_database() "
                               "AND pid <> pg_backend_pid() AND wait_event_type = 'Lock' AND state = 'active'"))
        || !q.next())
        return {};
    return q.value(0).toString();
}

QString tst_CliSecrets::storedHash(const QString &email)
{
    QSqlQuery q(m_db->connection());
    if (!q.prepare(QStringLiteral("SELECT password_hash FROM users WHERE email = :email")))
        return {};
    q.bindValue(QStringLiteral(":email"), email);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

void tst_CliSecrets::createAndResetUnderLogStatementAll()
{
    logEveryStatement();
    const ServerLog log;
    QVERIFY2(log.isOpen(), qPrintable(log.error()));
    const QString email = QStringLiteral("logged-%1@example.com").arg(m_db->name());

    auto r = cli().run({QStringLiteral("create-user"), email, QStringLiteral("-")}, "first password\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString first = storedHash(email);
    r = cli().run({QStringLiteral("create-user"), email, QStringLiteral("-")}, "another password\n");
    QCOMPARE(r.exitCode, 3);
    r = cli().run({QStringLiteral("reset-password"), email, QStringLiteral("-")}, "second password\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString second = storedHash(email);

    QVERIFY(first.startsWith(QLatin1String("$2b$")));
    QVERIFY(second.startsWith(QLatin1String("$2b$")));
    QVERIFY(first != second);
    const QString text = log.textSince();
    QVERIFY2(text.contains(email), "log_statement = 'all' logged none of the statements: wrong log?");
    QVERIFY2(!text.contains(first), "the new account's hash is in the server log");
    QVERIFY2(!text.contains(second), "the reset hash is in the server log");
    const QStringList leaks = log.linesWith({QStringLiteral("$2b$"), email});
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
}

void tst_CliSecrets::raceOnCreateLogsNoHash()
{
    // Two create-user runs for one email both pass the "already exists" check; the later INSERT
    // then fails on the unique key, and the server logs the failing statement with its detail.
    logEveryStatement();
    const ServerLog log;
    QVERIFY2(log.isOpen(), qPrintable(log.error()));
    const QString email = QStringLiteral("race-%1@example.com").arg(m_db->name());
    QSqlQuery holder(m_db->connection(QStringLiteral("holder")));
    QVERIFY_SQL(holder, exec(QStringLiteral("BEGIN")));
    QVERIFY_SQL(holder, prepare(QStringLiteral("INSERT INTO users (email, password_hash) VALUES (:email, 'held')")));
    holder.bindValue(QStringLiteral(":email"), email);
    QVERIFY_SQL(holder, exec());

    QProcess process;
    start(&process, {QStringLiteral("create-user"), email, QStringLiteral("-")}, "race password\n");
    QString waiting;
    QTRY_VERIFY_WITH_TIMEOUT(!(waiting = waitingStatement()).isEmpty(), 30000);
    QVERIFY2(waiting.contains(email), qPrintable(waiting));  // the INSERT (Qt shows it as EXECUTE with its values)
    QVERIFY2(!waiting.contains(QLatin1String("$2")), qPrintable(waiting));
    QVERIFY_SQL(holder, exec(QStringLiteral("COMMIT")));

    QVERIFY(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 3);
    QVERIFY2(err.contains(QLatin1String("already exists")), qPrintable(err));
    QVERIFY2(!log.linesWith({QStringLiteral("already exists"), email}).isEmpty(), "the race's error was not logged");
    const QStringList leaks = log.linesWith({QStringLiteral("$2"), email});
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
}

void tst_CliSecrets::statementWritingTheHashShowsNoHash_data()
{
    QTest::addColumn<QStringList>("prepare");  // CLI runs before the watched one
    QTest::addColumn<QString>("command");
    QTest::newRow("create-user") << QStringList{} << QStringLiteral("create-user");
    QTest::newRow("reset-password") << QStringList{QStringLiteral("create-user")} << QStringLiteral("reset-password");
}

void tst_CliSecrets::statementWritingTheHashShowsNoHash()
{
    QFETCH(QStringList, prepare);
    QFETCH(QString, command);
    const QString email = QStringLiteral("watched@example.com");
    for (const QString &before : prepare) {
        const auto r = cli().run({before, email, QStringLiteral("-")}, "first password\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    // Whatever statement carries a bcrypt hash into users waits on a lock the test holds, so
    // pg_stat_activity can be read while it runs.
    QVERIFY2(m_db->exec(QStringLiteral(
                 "CREATE FUNCTION test_wait() RETURNS trigger LANGUAGE plpgsql AS $$ "
                 "BEGIN PERFORM pg_advisory_xact_lock(4242); RETURN NEW; END $$;\n"
                 "CREATE TRIGGER test_wait BEFORE INSERT OR UPDATE OF password_hash ON users FOR EACH ROW "
                 "WHEN (NEW.password_hash LIKE '$2%') EXECUTE FUNCTION test_wait()")),
             qPrintable(m_db->lastError()));
    QSqlQuery holder(m_db->connection(QStringLiteral("holder")));
    QVERIFY_SQL(holder, exec(QStringLiteral("BEGIN")));
    QVERIFY_SQL(holder, exec(QStringLiteral("SELECT pg_advisory_xact_lock(4242)")));

    QProcess process;
    start(&process, {command, email, QStringLiteral("-")}, "second password\n");
    QString waiting;
    QTRY_VERIFY_WITH_TIMEOUT(!(waiting = waitingStatement()).isEmpty(), 30000);
    QVERIFY_SQL(holder, exec(QStringLiteral("COMMIT")));
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const QString hash = storedHash(email);
    QVERIFY(hash.startsWith(QLatin1String("$2b$")));
    QVERIFY2(!waiting.contains(hash), qPrintable(waiting));
    QVERIFY2(!waiting.contains(QLatin1String("$2b$")), qPrintable(waiting));
    QVERIFY2(waiting.contains(QLatin1String("password_hash")), qPrintable(waiting));  // the statement that wrote it
}

void tst_CliSecrets::stdinPasswordMustBeUtf8_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("create-user, ff fe") << QStringLiteral("create-user") << QByteArray("pass\xff\xfeword\n");
    QTest::newRow("create-user, only invalid bytes") << QStringLiteral("create-user") << QByteArray("\xff\xfe\xfd\xfc\n");
    QTest::newRow("create-user, overlong slash") << QStringLiteral("create-user") << QByteArray("password\xc0\xaf\n");
    QTest::newRow("reset-password, ff fe") << QStringLiteral("reset-password") << QByteArray("pass\xff\xfeword\n");
    QTest::newRow("reset-password, lone continuation byte") << QStringLiteral("reset-password")
                                                            << QByteArray("password\x80\n");
}

void tst_CliSecrets::stdinPasswordMustBeUtf8()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, input);
    const QString email = QStringLiteral("bytes@example.com");
    if (command == QLatin1String("reset-password")) {
        const auto r = cli().run({QStringLiteral("create-user"), email, QStringLiteral("-")}, "first password\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    const QString before = storedHash(email);

    const auto r = cli().run({command, email, QStringLiteral("-")}, input);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("not valid UTF-8")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("nothing was changed")), qPrintable(r.err));
    QCOMPARE(storedHash(email), before);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM users")).toInt(),
             command == QLatin1String("reset-password") ? 1 : 0);
}

QTEST_GUILESS_MAIN(tst_CliSecrets)
#include "tst_cli_secrets.moc"
