// `waqtor-db backup`, `restore` and `verify-backup` end to end: the real binary, the real pg_dump,
// pg_restore and psql, and the test server. Restored data is compared by a checksum of every row of
// every table, not only by counts.

#include "clifixture.h"
#include "db/database.h"
#include "db/demoseeder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Every table of a migrated database (filled once the database exists: later migrations may add some).
QStringList Tables;
const QString AdminConnection = QStringLiteral("tst_backupcli-admin");

QSqlDatabase admin()
{
    if (QSqlDatabase::contains(AdminConnection))
        return QSqlDatabase::database(AdminConnection);
    const auto db = Database::connect(TestDatabase::serverSettings(), AdminConnection);
    return db ? db.value() : QSqlDatabase();
}

} // namespace

class tst_BackupCli : public QObject, public CliFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void roundTrip_data();
    void roundTrip();
    void tableBackup();
    void refusals_data();
    void refusals();
    void replace();
    void typedNameOnTerminal();
    void truncated_data();
    void truncated();
    void missingTool();
    void keepPrunes();
    void cancelLeavesNoFile();
    void progressOnTerminal();

private:
    CliRunner tools(const QString &pgBin = qEnvironmentVariable("WAQTOR_TEST_PGBIN")) const
    {
        return CliRunner(m_db.environment() + QStringList{QStringLiteral("WAQTOR_PG_BIN=") + pgBin});
    }
    QString newDatabaseName();
    bool databaseExists(const QString &name);
    // table → "rows:md5 of every row in order", or an "error: …" entry.
    QMap<QString, QString> checksums(const QString &database, const QStringList &tables = Tables);
    QStringList tablesOf(const QString &database);
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    TestDatabase m_other;  // migrated and seeded: a database that already has tables
    QStringList m_madeDatabases;
    int m_next = 0;
};

void tst_BackupCli::initTestCase()
{
    QVERIFY2(QFileInfo::exists(CliRunner::binary()), qPrintable(CliRunner::binary()));
    QVERIFY2(qEnvironmentVariableIsSet("WAQTOR_TEST_PGBIN"), "WAQTOR_TEST_PGBIN is not set: run scripts/test.sh");
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    QVERIFY_OK(DemoSeeder(m_db.connection(), QStringLiteral("test")).seed(false));
    // Text that a careless dump or restore would mangle: quotes, a tab, a newline, a backslash, Arabic.
    QVERIFY2(m_db.exec(QStringLiteral("UPDATE recipients SET name = E'O''Brien\\t\\\\ \\n مرحبا', custom_fields = "
                                      "'{\"k\": \"v\\\"q\"}' WHERE id = (SELECT min(id::text)::uuid FROM recipients)")),
             qPrintable(m_db.lastError()));
    QVERIFY2(m_other.createMigrated(), qPrintable(m_other.lastError()));
    QVERIFY_OK(DemoSeeder(m_other.connection(), QStringLiteral("test")).seed(false));
    m_other.closeConnections();
    Tables = tablesOf(m_db.name());
    QVERIFY2(Tables.contains("messages") && Tables.contains("schema_migrations"), qPrintable(Tables.join(' ')));
    const auto sums = checksums(m_db.name());
    QVERIFY2(!sums.value(QStringLiteral("messages")).startsWith(QLatin1String("0:")), "the demo data has no messages");
}

void tst_BackupCli::cleanup()
{
    for (const QString &name : std::as_const(m_madeDatabases)) {
        QSqlQuery q(admin());
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
    }
    m_madeDatabases.clear();
}

void tst_BackupCli::cleanupTestCase()
{
    Database::disconnect(AdminConnection);
}

QString tst_BackupCli::newDatabaseName()
{
    const QString name = QStringLiteral("%1_r%2").arg(m_db.name()).arg(++m_next);
    m_madeDatabases << name;
    return name;
}

bool tst_BackupCli::databaseExists(const QString &name)
{
    QSqlQuery q(admin());
    q.prepare(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = :n"));
    q.bindValue(QStringLiteral(":n"), name);
    return q.exec() && q.next() && q.value(0).toInt() == 1;
}

QMap<QString, QString> tst_BackupCli::checksums(const QString &database, const QStringList &tables)
{
    ConnectionSettings s = TestDatabase::serverSettings();
    s.databaseName = database;
    const QString name = QStringLiteral("checksums-") + database;
    QMap<QString, QString> sums;
    {
        const auto db = Database::connect(s, name);
        if (!db)
            return {{QStringLiteral("error"), db.error().message}};
        QSqlQuery q(db.value());
        for (const QString &table : tables) {
            if (!q.exec(QStringLiteral("SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) "
                                       "FROM %1 t").arg(table))
                || !q.next())
                sums.insert(table, QStringLiteral("error: ") + q.lastError().text());
            else
                sums.insert(table, q.value(0).toString() + u':' + q.value(1).toString());
        }
    }
    Database::disconnect(name);
    return sums;
}

QStringList tst_BackupCli::tablesOf(const QString &database)
{
    ConnectionSettings s = TestDatabase::serverSettings();
    s.databaseName = database;
    const QString name = QStringLiteral("tables-") + database;
    QStringList tables;
    {
        const auto db = Database::connect(s, name);
        if (!db)
            return {QStringLiteral("error: ") + db.error().message};
        QSqlQuery q(db.value());
        q.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"));
        while (q.next())
            tables << q.value(0).toString();
    }
    Database::disconnect(name);
    return tables;
}

void tst_BackupCli::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("format");
    QTest::newRow("custom_by_name") << "full.dump" << QStringList() << "custom";
    QTest::newRow("plain_by_name") << "full.sql" << QStringList() << "plain";
    QTest::newRow("gzip_by_option") << "full.backup" << QStringList{"--format", "gzip"} << "gzip";
}

void tst_BackupCli::roundTrip()
{
    QFETCH(QString, file);
    QFETCH(QStringList, extra);
    QFETCH(QString, format);
    const QString out = path(file);
    const auto backup = tools().run(QStringList{"backup", "--out", out} + extra);
    QCOMPARE_EXIT(backup, 0);
    QVERIFY_SAYS(backup.err, QStringLiteral("Backed up database"), backup);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).filter(".partial"), QStringList());

    const auto verify = tools().run({"verify-backup", out, "--json"});
    QCOMPARE_EXIT(verify, 0);
    const QJsonObject report = QJsonDocument::fromJson(verify.out.toUtf8()).object();
    QCOMPARE(report.value("format").toString(), format);
    const QMap<QString, QString> source = checksums(m_db.name());
    QCOMPARE(report.value("tables").toArray().size(), Tables.size());
    for (const QJsonValue &t : report.value("tables").toArray()) {
        const QString table = t.toObject().value("name").toString().section(u'.', 1);
        QVERIFY2(Tables.contains(table), qPrintable(table));
        QCOMPARE(QString::number(t.toObject().value("rows").toInteger()), source.value(table).section(u':', 0, 0));
    }

    const QString target = newDatabaseName();
    const auto restore = tools().run({"restore", out, "--into", target, "--create"});
    QCOMPARE_EXIT(restore, 0);
    QVERIFY_SAYS(restore.err, QStringLiteral("waqtor-db migrate"), restore);
    QCOMPARE(checksums(target), source);
}

void tst_BackupCli::tableBackup()
{
    for (const QString &file : {QStringLiteral("two.dump"), QStringLiteral("two.sql.gz")}) {
        const QString out = path(file);
        const auto backup = tools().run({"backup", "--out", out, "--table", "users", "--table", "recipients"});
        QCOMPARE_EXIT(backup, 0);
        const auto verify = tools().run({"verify-backup", out, "--json"});
        QCOMPARE_EXIT(verify, 0);
        QStringList names;
        QStringList rows;
        for (const QJsonValue &t : QJsonDocument::fromJson(verify.out.toUtf8()).object().value("tables").toArray()) {
            names << t.toObject().value("name").toString();
            rows << QString::number(t.toObject().value("rows").toInteger());
        }
        QCOMPARE(names, (QStringList{"public.recipients", "public.users"}));
        const auto source = checksums(m_db.name(), {"recipients", "users"});
        QCOMPARE(rows, (QStringList{source.value("recipients").section(u':', 0, 0), source.value("users").section(u':', 0, 0)}));
    }
    const auto missing = tools().run({"backup", "--out", path("x.dump"), "--table", "nosuch"});
    QCOMPARE_EXIT(missing, 1);
    QVERIFY_SAYS(missing.err, QStringLiteral("There is no table \"nosuch\""), missing);
    QVERIFY(!QFileInfo::exists(path("x.dump")));
}

void tst_BackupCli::refusals_data()
{
    QTest::addColumn<QString>("into");  // "source", "other" (has tables), "missing"
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("says");
    QTest::newRow("has_tables_without_replace") << "other" << QStringList()
                                                << QStringLiteral("already has tables (%1)").arg(Tables.size());
    QTest::newRow("exists_with_create") << "other" << QStringList{"--create"} << "already exists";
    QTest::newRow("missing_without_create") << "missing" << QStringList() << "Add --create";
    QTest::newRow("connected_without_yes") << "source" << QStringList{"--replace"} << "Add --yes";
    QTest::newRow("connected_without_replace") << "source" << QStringList{"--yes"} << "Add --replace";
}

void tst_BackupCli::refusals()
{
    QFETCH(QString, into);
    QFETCH(QStringList, flags);
    QFETCH(QString, says);
    const QString out = path("refusals.dump");
    if (!QFileInfo::exists(out)) {
        const auto r2 = tools().run({"backup", "--out", out});
        QCOMPARE_EXIT(r2, 0);
    }
    TestDatabase &other = m_other;
    const QString target = into == "source" ? m_db.name() : into == "other" ? other.name() : newDatabaseName();
    const auto before = checksums(m_db.name());
    const auto otherBefore = checksums(other.name());
    const auto r = tools().run(QStringList{"restore", out, "--into", target} + flags);
    QCOMPARE_EXIT(r, 1);
    QVERIFY_SAYS(r.err, says, r);
    QVERIFY_SAYS(r.err, QStringLiteral("nothing was restored"), r);
    QCOMPARE(checksums(m_db.name()), before);
    QCOMPARE(checksums(other.name()), otherBefore);
    if (into == "missing")
        QVERIFY(!databaseExists(target));
}

void tst_BackupCli::replace()
{
    // A database with other rows in it: --replace puts the backup's rows in place of them.
    TestDatabase &other = m_other;
    QVERIFY(other.exec("DELETE FROM messages WHERE id IN (SELECT id FROM messages LIMIT 1)"));
    other.closeConnections();
    for (const QString &file : {QStringLiteral("replace.dump"), QStringLiteral("replace.sql")}) {
        {
            const auto r3 = tools().run({"backup", "--out", path(file)});
            QCOMPARE_EXIT(r3, 0);
        }
        QVERIFY(checksums(other.name()) != checksums(m_db.name()));
        {
            const auto r4 = tools().run({"restore", path(file), "--into", other.name(), "--replace"});
            QCOMPARE_EXIT(r4, 0);
        }
        QCOMPARE(checksums(other.name()), checksums(m_db.name()));
        QVERIFY(other.exec("DELETE FROM groups"));
        other.closeConnections();
    }
    // The connected database itself, from a script: --replace --yes is enough.
    const auto before = checksums(m_db.name());
    {
        const auto r5 = tools().run({"restore", path("replace.dump"), "--into", m_db.name(), "--replace", "--yes"});
        QCOMPARE_EXIT(r5, 0);
    }
    QCOMPARE(checksums(m_db.name()), before);
}

void tst_BackupCli::typedNameOnTerminal()
{
    {
        const auto r6 = tools().run({"backup", "--out", path("typed.dump")});
        QCOMPARE_EXIT(r6, 0);
    }
    QVERIFY(m_db.exec("DELETE FROM recipient_groups"));
    const auto before = checksums(m_db.name());
    const auto r = tools().typeOnTerminal({"restore", path("typed.dump"), "--into", m_db.name(), "--replace", "--yes"},
                                          {{"Type its name", "waqtor_wrong\n"}});
    QCOMPARE_EXIT(r, 1);
    QVERIFY_SAYS(r.out, QStringLiteral("nothing was restored"), r);
    QCOMPARE(checksums(m_db.name()), before);
    const auto typed = tools().typeOnTerminal({"restore", path("typed.dump"), "--into", m_db.name(), "--replace", "--yes"},
                                              {{"Type its name", m_db.name().toUtf8() + "\n"}});
    QCOMPARE_EXIT(typed, 0);
    QVERIFY(checksums(m_db.name()) != before);  // the memberships are back
}

void tst_BackupCli::truncated_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("says");
    QTest::newRow("custom") << "cut.dump" << "truncated or corrupt";
    QTest::newRow("plain") << "cut.sql" << "does not end the way pg_dump ends";
    QTest::newRow("gzip") << "cut.sql.gz" << "ends early";
}

void tst_BackupCli::truncated()
{
    QFETCH(QString, file);
    QFETCH(QString, says);
    const QString out = path(file);
    {
        const auto r7 = tools().run({"backup", "--out", out});
        QCOMPARE_EXIT(r7, 0);
    }
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.resize(f.size() * 2 / 3));
    f.close();
    const auto verify = tools().run({"verify-backup", out});
    QCOMPARE_EXIT(verify, 1);
    QVERIFY_SAYS(verify.err, says, verify);
    // A script is refused before anything changes (the same check as verify-backup); an archive fails
    // inside pg_restore's transaction, and the database made for it goes again.
    if (!file.endsWith(".dump"))
        return;
    const QString target = newDatabaseName();
    const auto restore = tools().run({"restore", out, "--into", target, "--create"});
    QCOMPARE_EXIT(restore, 2);
    QVERIFY(!databaseExists(target));
}

void tst_BackupCli::missingTool()
{
    QTemporaryDir empty;
    const QString out = path("never.dump");
    const auto r = tools(empty.path()).run({"backup", "--out", out});
    QCOMPARE_EXIT(r, 2);
    QVERIFY_SAYS(r.err, QStringLiteral("pg_dump was not found"), r);
    QVERIFY_SAYS(r.err, QStringLiteral("postgresql-client-15"), r);
    QVERIFY(!QFileInfo::exists(out));
}

void tst_BackupCli::keepPrunes()
{
    QTemporaryDir dir;
    const QString db = m_db.name();
    const QStringList old = {db + "-20240101-000000.dump", db + "-20250101-000000.sql", db + "-20250601-120000.sql.gz",
                             "other-20200101-000000.dump", db + "x-20200101-000000.dump", "notes.txt"};
    for (const QString &name : old) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const auto r = tools().run({"backup", "--out-dir", dir.path(), "--keep", "2", "--format", "plain"});
    QCOMPARE_EXIT(r, 0);
    QStringList left = QDir(dir.path()).entryList(QDir::Files);
    const QStringList fresh = left.filter(QRegularExpression("^" + db + "-\\d{8}-\\d{6}\\.sql$"));
    QCOMPARE(fresh.size(), 1);
    left.removeAll(fresh.constFirst());
    left.sort();
    QStringList expected = {db + "-20250601-120000.sql.gz", "other-20200101-000000.dump", db + "x-20200101-000000.dump",
                            "notes.txt"};
    expected.sort();
    QCOMPARE(left, expected);
    QVERIFY_SAYS(r.err, QStringLiteral("Deleted the older backup"), r);
}

void tst_BackupCli::cancelLeavesNoFile()
{
    // pg_dump waits for a lock held here, so Ctrl-C is sure to land while it runs.
    QSqlDatabase locker = m_db.connection(QStringLiteral("locker"));
    QVERIFY(locker.transaction());
    QSqlQuery lock(locker);
    QVERIFY_SQL(lock, exec("LOCK TABLE messages IN ACCESS EXCLUSIVE MODE"));
    QTemporaryDir dir;
    const QString out = dir.filePath("stopped.sql.gz");
    const auto r = tools().interruptWhen({"backup", "--out", out}, [&](qint64) {
        return count(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'waqtor-backup' "
                                    "AND wait_event_type = 'Lock'")) > 0;
    });
    locker.rollback();
    QCOMPARE_EXIT(r, 130);
    QVERIFY_SAYS(r.err, QStringLiteral("stopped"), r);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void tst_BackupCli::progressOnTerminal()
{
    const auto r = tools().typeOnTerminal({"backup", "--out", path("progress.dump")}, {});
    QCOMPARE_EXIT(r, 0);
    QVERIFY_SAYS(r.out, QStringLiteral("Backing up: table %1 of %1").arg(Tables.size()), r);
}

QTEST_GUILESS_MAIN(tst_BackupCli)
#include "tst_backupcli.moc"
