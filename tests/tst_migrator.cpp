#include "db/database.h"
#include "db/migrator.h"
#include "db/sqlscript.h"
#include "testdatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

// The guide's SQL as an admin would have run it with psql, before waqtor-db existed.
static QString guideSchemaSql()
{
    QFile f(QStringLiteral(":/migrations/0001_guide_schema.sql"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

class tst_Migrator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyDatabaseGetsEverything();
    void secondRunIsNoOp();
    void adoptsGuideDatabaseKeepingRows();
    void refusesToAdopt_data();
    void refusesToAdopt();
    void concurrentIndexIsBuiltValid();
    void rebuildsInvalidIndexLeftByInterruptedBuild();
    void updatedAtFollowsUpdates();
    void failedMigrationLeavesNothing();
    void phoneTrigramIndexesNeedTheirExtension();

private:
    QList<int> versions();
    std::unique_ptr<TestDatabase> m_db;
};

void tst_Migrator::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->create(), qPrintable(m_db->lastError()));
}

void tst_Migrator::cleanup()
{
    m_db.reset();
}

QList<int> tst_Migrator::versions()
{
    const auto applied = Migrator(m_db->connection()).appliedVersions();
    return applied ? applied.value() : QList<int>{-1};
}

void tst_Migrator::emptyDatabaseGetsEverything()
{
    const auto report = Migrator(m_db->connection()).migrate();
    QVERIFY_OK(report);
    QVERIFY(!report->adopted);
    QCOMPARE(report->applied.size(), Migrator::available().size());
    QVERIFY(Migrator::available().size() >= 4);
    QCOMPARE(versions().size(), Migrator::available().size());
    for (const QString &table : Migrator::sharedTables())
        QVERIFY2(m_db->scalar(QStringLiteral("SELECT to_regclass('%1') IS NOT NULL").arg(table)).toBool(), qPrintable(table));
    QVERIFY(m_db->scalar(QStringLiteral("SELECT to_regclass('waqtor_audit') IS NOT NULL")).toBool());
    // The guide's twenty indexes are all there (later migrations add our own beside them).
    const QStringList guideIndexes = {
        "idx_users_email", "idx_users_role", "idx_users_is_active", "idx_sessions_user_id", "idx_sessions_status",
        "idx_sessions_phone", "idx_messages_user_id", "idx_messages_session_id", "idx_messages_phone",
        "idx_messages_status", "idx_messages_created_at", "idx_campaigns_user_id", "idx_campaigns_status",
        "idx_campaigns_scheduled_at", "idx_recipients_user_id", "idx_recipients_phone", "idx_recipients_status",
        "idx_groups_user_id", "idx_recipient_groups_recipient", "idx_recipient_groups_group"};
    for (const QString &index : guideIndexes)
        QVERIFY2(m_db->scalar(QStringLiteral("SELECT to_regclass('%1') IS NOT NULL").arg(index)).toBool(), qPrintable(index));
    QVERIFY(m_db->scalar("SELECT to_regclass('idx_users_email_lower') IS NOT NULL").toBool());
    // Every index a CONCURRENTLY migration built is valid.
    QCOMPARE(m_db->scalar("SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                          "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND NOT i.indisvalid").toInt(), 0);
}

void tst_Migrator::secondRunIsNoOp()
{
    QVERIFY_OK(Migrator(m_db->connection()).migrate());
    const QVariant before = m_db->scalar(QStringLiteral("SELECT string_agg(version || applied_at::text, ',') FROM schema_migrations"));
    const auto again = Migrator(m_db->connection()).migrate();
    QVERIFY_OK(again);
    QVERIFY(again->applied.isEmpty());
    QVERIFY(!again->adopted);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT string_agg(version || applied_at::text, ',') FROM schema_migrations")), before);
    const auto pending = Migrator(m_db->connection()).pending();
    QVERIFY_OK(pending);
    QVERIFY(pending->isEmpty());
}

void tst_Migrator::adoptsGuideDatabaseKeepingRows()
{
    QVERIFY2(m_db->exec(guideSchemaSql()), qPrintable(m_db->lastError()));
    QVERIFY2(m_db->exec(QStringLiteral(
                 "INSERT INTO users (email, password_hash, name, role) VALUES "
                 "('Legacy@Example.com', '$2a$10$abcdefghijklmnopqrstuu5Qd9yQ0uGc3v1d1XrQ2r1mJt8vR3uSi', 'محمد', 'admin');"
                 "INSERT INTO recipients (user_id, phone_number, name, custom_fields) "
                 "SELECT id, '+966501234567', 'O''Brien 🎉', '{\"city\": \"الرياض\"}' FROM users;")),
             qPrintable(m_db->lastError()));
    const QVariant before = m_db->scalar(QStringLiteral("SELECT md5(string_agg(u::text, '|')) FROM users u"));

    const auto report = Migrator(m_db->connection()).migrate();
    QVERIFY_OK(report);
    QVERIFY(report->adopted);
    QVERIFY(!report->applied.isEmpty());
    QCOMPARE(report->applied.first().version, 2);  // 1 was adopted, not re-run
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT adopted FROM schema_migrations WHERE version = 1")).toBool(), true);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT md5(string_agg(u::text, '|')) FROM users u")), before);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT name || ' ' || (custom_fields->>'city') FROM recipients")).toString(),
             QStringLiteral("O'Brien 🎉 الرياض"));
    QCOMPARE(versions().size(), Migrator::available().size());
}

void tst_Migrator::refusesToAdopt_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("named");  // the first difference the message must name
    const QString guide = guideSchemaSql();
    const QString usersOnly = SqlScript::split(guide).first();
    QTest::newRow("only users") << usersOnly << "whatsapp_sessions";
    QTest::newRow("column retyped") << guide + QStringLiteral(";ALTER TABLE users ALTER COLUMN role TYPE varchar(20)")
                                    << "users.role";
    QTest::newRow("column missing") << guide + QStringLiteral(";ALTER TABLE messages DROP COLUMN metadata")
                                    << "metadata";
    QTest::newRow("extra column (Sequelize-style)")
        << guide + QStringLiteral(";ALTER TABLE campaigns ADD COLUMN \"deletedAt\" timestamptz") << "deletedAt";
    QTest::newRow("nullability differs")
        << guide + QStringLiteral(";ALTER TABLE recipients ALTER COLUMN phone_number DROP NOT NULL") << "recipients.phone_number";
}

void tst_Migrator::refusesToAdopt()
{
    QFETCH(QString, setup);
    QFETCH(QString, named);
    QVERIFY2(m_db->exec(setup), qPrintable(m_db->lastError()));
    const QVariant tablesBefore = m_db->scalar(QStringLiteral("SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace"));

    const auto report = Migrator(m_db->connection()).migrate();
    QVERIFY(!report);
    QCOMPARE(report.error().kind, ErrorKind::Database);
    QVERIFY2(report.error().message.contains(named), qPrintable(report.error().message));
    QVERIFY2(report.error().message.contains(QLatin1String("Nothing was changed")), qPrintable(report.error().message));
    // Nothing was created: no schema_migrations, no audit table, no extra objects.
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT to_regclass('schema_migrations') IS NULL")).toBool(), true);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace")),
             tablesBefore);
}

void tst_Migrator::concurrentIndexIsBuiltValid()
{
    QVERIFY_OK(Migrator(m_db->connection()).migrate());
    bool found = false;
    for (const Migration &m : Migrator::available())
        found |= !m.transactional && m.sql.contains(QLatin1String("CONCURRENTLY"));
    QVERIFY2(found, "a no-transaction CONCURRENTLY migration exists");
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                                         "WHERE c.relname = 'idx_users_email_lower'")).toBool(), true);
}

void tst_Migrator::rebuildsInvalidIndexLeftByInterruptedBuild()
{
    QVERIFY_OK(Migrator(m_db->connection()).migrate());
    // Simulate a CONCURRENTLY build that died half-way: the index exists but is invalid, and the
    // migration is not recorded.
    QVERIFY2(m_db->exec(QStringLiteral(
                 "DELETE FROM schema_migrations WHERE version = 4;"
                 "UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'idx_users_email_lower'::regclass")),
             qPrintable(m_db->lastError()));
    const auto report = Migrator(m_db->connection()).migrate();
    QVERIFY_OK(report);
    QCOMPARE(report->applied.size(), 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                                         "WHERE c.relname = 'idx_users_email_lower'")).toBool(), true);
}

void tst_Migrator::updatedAtFollowsUpdates()
{
    QVERIFY_OK(Migrator(m_db->connection()).migrate());
    QVERIFY2(m_db->exec(QStringLiteral(
                 "INSERT INTO users (email, password_hash, updated_at) VALUES ('t@example.com', 'x', '2001-01-01');"
                 "INSERT INTO groups (user_id, name, updated_at) SELECT id, 'G', '2001-01-01' FROM users;"
                 "UPDATE users SET name = 'changed';"
                 "UPDATE groups SET description = 'changed'")),
             qPrintable(m_db->lastError()));
    QVERIFY(m_db->scalar(QStringLiteral("SELECT updated_at > '2020-01-01' FROM users")).toBool());
    QVERIFY(m_db->scalar(QStringLiteral("SELECT updated_at > '2020-01-01' FROM groups")).toBool());
    // A no-op UPDATE leaves it alone, so a stale-edit check is not fooled.
    const QVariant stamp = m_db->scalar(QStringLiteral("SELECT updated_at::text FROM groups"));
    QVERIFY2(m_db->exec(QStringLiteral("UPDATE groups SET name = name")), qPrintable(m_db->lastError()));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT updated_at::text FROM groups")), stamp);
}

void tst_Migrator::failedMigrationLeavesNothing()
{
    // A table that collides with migration 2's audit table makes it fail half-way through.
    QVERIFY2(m_db->exec(guideSchemaSql()), qPrintable(m_db->lastError()));
    QVERIFY2(m_db->exec(QStringLiteral("CREATE INDEX idx_waqtor_audit_target ON users(name)")), qPrintable(m_db->lastError()));
    const auto report = Migrator(m_db->connection()).migrate();
    QVERIFY(!report);
    QVERIFY2(report.error().message.contains(QLatin1String("0002")), qPrintable(report.error().message));
    QVERIFY(!report.error().detail.isEmpty());
    // Adoption (its own transaction) stands; migration 2 left no table behind.
    QCOMPARE(versions(), QList<int>{1});
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT to_regclass('waqtor_audit') IS NULL")).toBool(), true);
}

void tst_Migrator::phoneTrigramIndexesNeedTheirExtension()
{
    QVERIFY_OK(Migrator(m_db->connection()).migrate());
    const QString indexes = QStringLiteral("SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                                           "WHERE c.relname IN ('idx_messages_phone_trgm', 'idx_recipients_phone_trgm') "
                                           "AND i.indisvalid");
    QCOMPARE(m_db->scalar(indexes).toInt(), 2);

    // A user who may not install extensions in this database (no CREATE on it) migrates: 0010 is
    // recorded as skipped with the reason, and nothing fails.
    QVERIFY2(m_db->exec("DROP EXTENSION pg_trgm CASCADE; DELETE FROM schema_migrations WHERE version = 10"),
             qPrintable(m_db->lastError()));
    const QString role = m_db->name() + QStringLiteral("_nocreate");
    QVERIFY(m_db->adminExec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'no-create-1'").arg(role)));
    QVERIFY2(m_db->exec(QStringLiteral("GRANT CREATE ON SCHEMA public TO %1; "
                                       "GRANT SELECT, INSERT ON schema_migrations TO %1").arg(role)),
             qPrintable(m_db->lastError()));
    ConnectionSettings limited = m_db->settings();
    limited.user = role;
    limited.password = QStringLiteral("no-create-1");
    {
        const auto conn = Database::connect(limited, QStringLiteral("no-create"));
        QVERIFY_OK(conn);
        const auto report = Migrator(conn.value()).migrate();
        QVERIFY_OK(report);
        QVERIFY(report->applied.isEmpty());
        QCOMPARE(report->skipped.size(), 1);
        QCOMPARE(report->skipped.first().first.version, 10);
        QVERIFY2(report->skipped.first().second.contains("may not install the pg_trgm extension"),
                 qPrintable(report->skipped.first().second));
    }
    Database::disconnect(QStringLiteral("no-create"));
    QVERIFY(versions().contains(10));
    QCOMPARE(m_db->scalar(indexes).toInt(), 0);

    // Once the owner runs it again (the recorded skip removed), the indexes come.
    QVERIFY(m_db->exec("DELETE FROM schema_migrations WHERE version = 10"));
    const auto again = Migrator(m_db->connection()).migrate();
    QVERIFY_OK(again);
    QCOMPARE(again->applied.size(), 1);
    QCOMPARE(m_db->scalar(indexes).toInt(), 2);
    QVERIFY(m_db->exec(QStringLiteral("REVOKE ALL ON schema_migrations FROM %1; REVOKE ALL ON SCHEMA public FROM %1").arg(role)));
}

QTEST_GUILESS_MAIN(tst_Migrator)
#include "tst_migrator.moc"
