// End-to-end tests of waqtor-db (the real binary, a clean environment, a throwaway database), checking
// the exit code, the effect on the database and the message; stdout and stderr are shown whenever a
// check fails.
//
// The database commands: show-stats, migrate, seed-demo, and every command on an unmigrated database.

#include "clifixture.h"
#include "accounts/passwordhasher.h"
#include "db/migrator.h"
#include "db/sqlscript.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <future>

class tst_CliDatabase : public QObject, public CliFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(setUpDatabase(), qPrintable(cliError())); }
    void init() { QVERIFY2(emptyTables(), qPrintable(cliError())); }

    void showStats();
    void migrate_data();
    void migrate();
    void seedDemo();
    void unmigratedDatabase_data();
    void unmigratedDatabase();

private:
    TestDatabase m_unmigrated;  // empty, made on first use
};

void tst_CliDatabase::showStats()
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

void tst_CliDatabase::migrate_data()
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

void tst_CliDatabase::migrate()
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

void tst_CliDatabase::seedDemo()
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

void tst_CliDatabase::unmigratedDatabase_data()
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

void tst_CliDatabase::unmigratedDatabase()
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

QTEST_GUILESS_MAIN(tst_CliDatabase)

#include "tst_cli_database.moc"
