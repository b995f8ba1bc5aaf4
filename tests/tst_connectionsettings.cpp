#include "db/connectionsettings.h"
#include "db/database.h"
#include "db/databaseprobe.h"
#include "testdatabase.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

// Each DB_* key is taken from the environment, else the .env file, else the guide's default.
class tst_ConnectionSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void precedencePerKey_data();
    void precedencePerKey();
    void dotEnvSyntax_data();
    void dotEnvSyntax();
    void refusedValues_data();
    void refusedValues();
    void unreadableEnvFile();
    void implicitDotEnvInWorkingDirectory();
    void sslOption_data();
    void sslOption();
    void describeNeverShowsPassword();
    void connectionFailuresAreSentences_data();
    void connectionFailuresAreSentences();
    void libpqOptions_data();
    void libpqOptions();
    void sslModes_data();
    void sslModes();
    void missingCaFileIsRefusedBeforeConnecting();
    void readOnlyConnectionRefusesWrites();

private:
    QTemporaryDir m_workingDirectory;
    static QString writeFile(QTemporaryDir &dir, const QByteArray &content);
};

QString tst_ConnectionSettings::writeFile(QTemporaryDir &dir, const QByteArray &content)
{
    const QString path = dir.filePath(QStringLiteral("settings.env"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

void tst_ConnectionSettings::initTestCase()
{
    // A ./.env where the test happens to run (the repo root has one after setup) must not leak in.
    QVERIFY(QDir::setCurrent(m_workingDirectory.path()));
}

void tst_ConnectionSettings::precedencePerKey_data()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::newRow("defaults") << QStringList() << QByteArray() << "localhost" << 5432 << "waqtor_dev" << "postgres" << "postgres";
    QTest::newRow("file only") << QStringList() << QByteArray("DB_HOST=db.internal\nDB_PORT=6543\nDB_NAME=prod\nDB_USER=admin\nDB_PASSWORD=s3cret\n")
                               << "db.internal" << 6543 << "prod" << "admin" << "s3cret";
    QTest::newRow("env beats file, key by key") << QStringList{QStringLiteral("DB_PORT=7000"), QStringLiteral("DB_PASSWORD=fromenv")}
                                                << QByteArray("DB_HOST=filehost\nDB_PORT=6543\nDB_PASSWORD=fromfile\n")
                                                << "filehost" << 7000 << "waqtor_dev" << "postgres" << "fromenv";
    QTest::newRow("empty env value still wins") << QStringList{QStringLiteral("DB_PASSWORD=")} << QByteArray("DB_PASSWORD=x\n")
                                                << "localhost" << 5432 << "waqtor_dev" << "postgres" << "";
}

void tst_ConnectionSettings::precedencePerKey()
{
    QFETCH(QStringList, environment);
    QFETCH(QByteArray, file);
    QTemporaryDir dir;
    QProcessEnvironment env;
    for (const QString &line : environment)
        env.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
    const auto s = ConnectionSettings::load(file.isEmpty() ? QString() : writeFile(dir, file), env);
    QVERIFY_OK(s);
    QTEST(s->host, "host");
    QTEST(s->port, "port");
    QTEST(s->databaseName, "database");
    QTEST(s->user, "user");
    QTEST(s->password, "password");
}

void tst_ConnectionSettings::dotEnvSyntax_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("password");
    QTest::newRow("plain") << QByteArray("DB_PASSWORD=abc") << "abc";
    QTest::newRow("double quotes with #") << QByteArray("DB_PASSWORD=\"a#b c\"") << "a#b c";
    QTest::newRow("single quotes") << QByteArray("DB_PASSWORD='it''s'") << "it''s";
    QTest::newRow("inline comment") << QByteArray("DB_PASSWORD=abc # the dev one") << "abc";
    QTest::newRow("export prefix and CRLF") << QByteArray("# comment\r\nexport DB_PASSWORD=abc\r\n") << "abc";
    QTest::newRow("spaces around") << QByteArray("  DB_PASSWORD =  abc  ") << "abc";
    QTest::newRow("arabic") << QByteArray("DB_PASSWORD=كلمة") << QStringLiteral("كلمة");
    QTest::newRow("equals in value") << QByteArray("DB_PASSWORD=a=b=c") << "a=b=c";
    QTest::newRow("later line wins") << QByteArray("DB_PASSWORD=one\nDB_PASSWORD=two") << "two";
}

void tst_ConnectionSettings::dotEnvSyntax()
{
    QFETCH(QByteArray, file);
    QTemporaryDir dir;
    const auto s = ConnectionSettings::load(writeFile(dir, file), QProcessEnvironment());
    QVERIFY_OK(s);
    QTEST(s->password, "password");
}

void tst_ConnectionSettings::refusedValues_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("port not a number") << "DB_PORT=54x" << "DB_PORT";
    QTest::newRow("port out of range") << "DB_PORT=70000" << "DB_PORT";
    QTest::newRow("ssl maybe") << "DB_SSL=maybe" << "DB_SSL";
    QTest::newRow("empty host") << "DB_HOST=" << "DB_HOST";
}

void tst_ConnectionSettings::refusedValues()
{
    QFETCH(QString, line);
    QFETCH(QString, phrase);
    QProcessEnvironment env;
    env.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
    const auto s = ConnectionSettings::load(QString(), env);
    QVERIFY(!s);
    QCOMPARE(s.error().kind, ErrorKind::Invalid);
    QVERIFY2(s.error().message.contains(phrase), qPrintable(s.error().message));
}

void tst_ConnectionSettings::unreadableEnvFile()
{
    const auto s = ConnectionSettings::load(QStringLiteral("/nonexistent/waqtor.env"), QProcessEnvironment());
    QVERIFY(!s);
    QCOMPARE(s.error().kind, ErrorKind::Invalid);
    QVERIFY2(s.error().message.contains(QLatin1String("/nonexistent/waqtor.env")), qPrintable(s.error().message));
}

void tst_ConnectionSettings::implicitDotEnvInWorkingDirectory()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral(".env")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("DB_NAME=from_dot_env\n");
    f.close();
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    const auto s = ConnectionSettings::load(QString(), QProcessEnvironment());
    QDir::setCurrent(previous);
    QVERIFY_OK(s);
    QCOMPARE(s->databaseName, QStringLiteral("from_dot_env"));
}

void tst_ConnectionSettings::sslOption_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("mode");
    QTest::newRow("true") << "true" << "sslmode=require";
    QTest::newRow("TRUE") << "TRUE" << "sslmode=require";
    QTest::newRow("false") << "false" << "sslmode=disable";
    QTest::newRow("unset") << "" << "sslmode=disable";
}

void tst_ConnectionSettings::sslOption()
{
    QFETCH(QString, value);
    QFETCH(QString, mode);
    QProcessEnvironment env;
    if (!value.isEmpty())
        env.insert(QStringLiteral("DB_SSL"), value);
    const auto s = ConnectionSettings::load(QString(), env);
    QVERIFY_OK(s);
    QVERIFY2(s->connectOptions().contains(mode), qPrintable(s->connectOptions()));
}

void tst_ConnectionSettings::describeNeverShowsPassword()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("DB_PASSWORD"), QStringLiteral("hunter2-secret"));
    const auto s = ConnectionSettings::load(QString(), env);
    QVERIFY_OK(s);
    QVERIFY(!s->describe().contains(QLatin1String("hunter2")));
    QCOMPARE(s->describe(), QStringLiteral("localhost:5432, database \"waqtor_dev\""));
}

void tst_ConnectionSettings::connectionFailuresAreSentences_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("wrong password") << "password" << "authentication failed";
    QTest::newRow("missing database") << "database" << "does not exist";
    QTest::newRow("server down") << "port" << "not reachable";
    QTest::newRow("unknown role") << "user" << "authentication failed";
}

void tst_ConnectionSettings::connectionFailuresAreSentences()
{
    QFETCH(QString, change);
    QFETCH(QString, phrase);
    ConnectionSettings s = TestDatabase::serverSettings();
    QVERIFY2(s.port > 0, "WAQTOR_TEST_PGPORT is not set: run the suite with scripts/test.sh");
    QVERIFY_OK(Database::connect(s, QStringLiteral("probe")));  // the unchanged settings work
    Database::disconnect(QStringLiteral("probe"));
    if (change == QLatin1String("password"))
        s.password += QStringLiteral("-wrong");
    else if (change == QLatin1String("database"))
        s.databaseName = QStringLiteral("no_such_database_here");
    else if (change == QLatin1String("user"))
        s.user = QStringLiteral("no_such_role");
    else {
        QTcpServer free;  // a port nobody listens on once closed
        QVERIFY(free.listen(QHostAddress::LocalHost));
        s.port = free.serverPort();
        free.close();
    }
    const auto db = Database::connect(s, QStringLiteral("failing"));
    QVERIFY(!db);
    QCOMPARE(db.error().kind, ErrorKind::Database);
    const QString message = db.error().message;
    QVERIFY2(message.contains(phrase), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("%1:%2").arg(s.host).arg(s.port)), qPrintable(message));
    QVERIFY2(message.contains(s.databaseName), qPrintable(message));
    QVERIFY2(!message.contains(s.password) || s.password.isEmpty(), qPrintable(message));
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("failing")));
}

void tst_ConnectionSettings::libpqOptions_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<QString>("options");      // connectOptions() without the timeout
    QTest::addColumn<QStringList>("environment");  // what pg_dump, pg_restore and psql are given
    QTest::newRow("disable") << "disable" << "" << false << "sslmode=disable" << QStringList{"PGSSLMODE=disable"};
    QTest::newRow("require ignores the CA") << "require" << "/etc/ca.pem" << false << "sslmode=require"
                                            << QStringList{"PGSSLMODE=require"};
    QTest::newRow("verify-full with CA") << "verify-full" << "/etc/ca.pem" << false
                                         << "sslmode=verify-full;sslrootcert=/etc/ca.pem"
                                         << QStringList{"PGSSLMODE=verify-full", "PGSSLROOTCERT=/etc/ca.pem"};
    QTest::newRow("CA path with a space and a quote") << "verify-ca" << "/srv/my ca's.pem" << false
                                                      << "sslmode=verify-ca;sslrootcert='/srv/my ca\\'s.pem'"
                                                      << QStringList{"PGSSLMODE=verify-ca", "PGSSLROOTCERT=/srv/my ca's.pem"};
    QTest::newRow("read-only") << "prefer" << "" << true
                               << "sslmode=prefer;options=-cdefault_transaction_read_only=on"
                               << QStringList{"PGSSLMODE=prefer", "PGOPTIONS=-cdefault_transaction_read_only=on"};
}

void tst_ConnectionSettings::libpqOptions()
{
    QFETCH(QString, mode);
    QFETCH(QString, caFile);
    QFETCH(bool, readOnly);
    QFETCH(QString, options);
    QFETCH(QStringList, environment);
    ConnectionSettings s;
    s.sslMode = *ConnectionSettings::sslModeFromKeyword(mode);
    s.caFile = caFile;
    s.readOnly = readOnly;
    QCOMPARE(ConnectionSettings::sslModeKeyword(s.sslMode), mode);
    QCOMPARE(s.connectOptions(), options + QStringLiteral(";connect_timeout=10"));
    QStringList env;
    for (const auto &[key, value] : s.environment())
        env.append(key + u'=' + value);
    QCOMPARE(env, environment);
}

void tst_ConnectionSettings::sslModes_data()
{
    // The suite's server offers SSL with a self-signed certificate made for "localhost" only.
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("ca");      // "server": the server's own certificate; "other": another CA
    QTest::addColumn<QString>("phrase");  // empty: connects, over SSL unless the mode is disable
    QTest::newRow("disable") << "disable" << "127.0.0.1" << "" << "";
    QTest::newRow("prefer") << "prefer" << "127.0.0.1" << "" << "";
    QTest::newRow("require") << "require" << "127.0.0.1" << "" << "";
    QTest::newRow("verify-ca by address") << "verify-ca" << "127.0.0.1" << "server" << "";
    QTest::newRow("verify-full by name") << "verify-full" << "localhost" << "server" << "";
    QTest::newRow("verify-full, name not in the certificate") << "verify-full" << "127.0.0.1" << "server"
                                                              << "could not be verified with the CA file";
    QTest::newRow("verify-ca, another CA") << "verify-ca" << "127.0.0.1" << "other"
                                           << "could not be verified with the CA file";
}

void tst_ConnectionSettings::sslModes()
{
    QFETCH(QString, mode);
    QFETCH(QString, host);
    QFETCH(QString, ca);
    QFETCH(QString, phrase);
    const QString serverCa = qEnvironmentVariable("WAQTOR_TEST_SSL_CA");
    QVERIFY2(QFileInfo(serverCa).isReadable(), "WAQTOR_TEST_SSL_CA is not set: run the suite with scripts/test.sh");
    ConnectionSettings s = TestDatabase::serverSettings();
    s.host = host;
    s.sslMode = *ConnectionSettings::sslModeFromKeyword(mode);
    if (ca == QLatin1String("server")) {
        s.caFile = serverCa;
    } else if (ca == QLatin1String("other")) {
        s.caFile = m_workingDirectory.filePath(QStringLiteral("other-ca.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                       "-keyout", m_workingDirectory.filePath(QStringLiteral("other.key")), "-out", s.caFile});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
    }
    const QString name = QStringLiteral("ssl-%1").arg(QTest::currentDataTag());
    {
        const auto db = Database::connect(s, name);
        if (phrase.isEmpty()) {
            QVERIFY_OK(db);
            QSqlQuery q(db.value());
            QVERIFY(q.exec("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()") && q.next());
            QCOMPARE(q.value(0).toBool(), mode != QLatin1String("disable"));
        } else {
            QVERIFY(!db);
            QVERIFY2(db.error().message.contains(phrase), qPrintable(db.error().message));
            QVERIFY2(db.error().message.contains(mode), qPrintable(db.error().message));
        }
    }
    Database::disconnect(name);
}

void tst_ConnectionSettings::missingCaFileIsRefusedBeforeConnecting()
{
    ConnectionSettings s = TestDatabase::serverSettings();
    s.sslMode = ConnectionSettings::SslMode::VerifyFull;
    s.caFile = m_workingDirectory.filePath(QStringLiteral("no-such-ca.pem"));
    const auto db = Database::connect(s, QStringLiteral("no-ca"));
    QVERIFY(!db);
    QCOMPARE(db.error().kind, ErrorKind::Invalid);
    QVERIFY2(db.error().message.contains(QStringLiteral("does not exist or cannot be read")), qPrintable(db.error().message));
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("no-ca")));
}

void tst_ConnectionSettings::readOnlyConnectionRefusesWrites()
{
    TestDatabase db;
    QVERIFY2(db.createMigrated(), qPrintable(db.lastError()));
    ConnectionSettings s = db.settings();
    s.readOnly = true;
    {
        const auto conn = Database::connect(s, QStringLiteral("read-only"));
        QVERIFY_OK(conn);
        QCOMPARE(DatabaseProbe::isReadOnly(conn.value()).value(), true);
        QSqlQuery q(conn.value());
        QVERIFY(q.exec("SELECT count(*) FROM users"));  // reads work
        QVERIFY(!q.exec("INSERT INTO groups (user_id, name) SELECT id, 'x' FROM users LIMIT 1"));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("25006"));  // read_only_sql_transaction
    }
    Database::disconnect(QStringLiteral("read-only"));
    {
        const auto writable = Database::connect(db.settings(), QStringLiteral("writable"));
        QVERIFY_OK(writable);
        QCOMPARE(DatabaseProbe::isReadOnly(writable.value()).value(), false);
    }
    Database::disconnect(QStringLiteral("writable"));
}

QTEST_GUILESS_MAIN(tst_ConnectionSettings)
#include "tst_connectionsettings.moc"
