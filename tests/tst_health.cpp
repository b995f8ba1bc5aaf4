// Core's health figures (DatabaseHealth, PrivilegeCheck, SlowStatements) and server activity
// (ServerActivity) on the real server, each checked against data the test made.

#include "db/database.h"
#include "db/scopedconnection.h"
#include "health/databasehealth.h"
#include "health/serveractivity.h"
#include "health/waqtortables.h"
#include "runningstatement.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class tst_Health : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError())); }
    void cleanup() { m_db.drop(); }

    void serverFigures();
    void deadRows_data();
    void deadRows();
    void unusedIndex();
    void missingPrivileges_data();
    void missingPrivileges();
    void slowStatements_data();
    void slowStatements();
    void activity_data();
    void activity();
    void blockedQueryFound();
    void tableNames_data();
    void tableNames();

private:
    // Runs `sql` on a connection that closes right after, so its statistics reach the server at once.
    bool execAndClose(const QString &sql);
    QString ownerId();
    const TableHealth *table(const DatabaseHealth &h, const QString &name);

    TestDatabase m_db;
};

bool tst_Health::execAndClose(const QString &sql)
{
    const ScopedConnection connection(m_db.settings());
    if (!connection.isOpen())
        return false;
    QSqlQuery q(connection.database());
    const bool ok = q.exec(sql);
    if (!ok)
        qWarning() << q.lastError().text();
    return ok;
}

QString tst_Health::ownerId()
{
    const QString id = QStringLiteral("00000000-0000-0000-0000-000000000001");
    return m_db.exec(QStringLiteral("INSERT INTO users (id, email, password_hash) VALUES ('%1', 'o@example.com', 'x')").arg(id))
               ? id
               : QString();
}

const TableHealth *tst_Health::table(const DatabaseHealth &h, const QString &name)
{
    for (const TableHealth &t : h.tables)
        if (t.name == name)
            return &t;
    return nullptr;
}

void tst_Health::serverFigures()
{
    QSqlDatabase db = m_db.connection();
    const auto health = DatabaseHealth::collect(db);
    QVERIFY_OK(health);
    QCOMPARE(health->serverVersion, m_db.scalar("SHOW server_version").toString());
    QCOMPARE(health->maxConnections, m_db.scalar("SHOW max_connections").toInt());
    QCOMPARE(health->databaseName, m_db.name());
    QVERIFY(health->uptimeSeconds >= 0);
    QVERIFY2(health->connectionTotal() >= 1, "our own connection counts");
    bool sawActive = false;
    for (const ConnectionCount &c : health->connections)
        sawActive = sawActive || (c.state == "active" && c.count >= 1);
    QVERIFY2(sawActive, "the connection asking is active while it asks");
    QVERIFY(health->cacheHitRatio.has_value());
    QVERIFY(*health->cacheHitRatio > 0 && *health->cacheHitRatio <= 1);
    QStringList names;
    for (const TableHealth &t : health->tables)
        names << t.name;
    QCOMPARE(names, WaqtorTables::names());

    const QJsonObject json = health->toJson();
    QStringList keys = json.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{"cache_hit_ratio", "connections", "indexes", "privileges", "server", "slow_statements", "tables"}));
    QCOMPARE(json.value("tables").toArray().size(), 7);
    QCOMPARE(json.value("connections").toObject().value("max").toInt(), health->maxConnections);
}

void tst_Health::deadRows_data()
{
    QTest::addColumn<int>("inserted");
    QTest::addColumn<int>("updated");
    QTest::addColumn<int>("deleted");
    QTest::newRow("every row updated") << 20 << 20 << 0;
    QTest::newRow("some deleted") << 20 << 0 << 5;
    QTest::newRow("updated and deleted") << 10 << 4 << 2;
}

void tst_Health::deadRows()
{
    QFETCH(int, inserted);
    QFETCH(int, updated);
    QFETCH(int, deleted);
    const QString owner = ownerId();
    QVERIFY2(!owner.isEmpty(), qPrintable(m_db.lastError()));
    // Without autovacuum the dead rows stay until the test counts them.
    QVERIFY2(m_db.exec("ALTER TABLE recipients SET (autovacuum_enabled = false)"), qPrintable(m_db.lastError()));
    QVERIFY(execAndClose(QString("INSERT INTO recipients (user_id, phone_number) "
                                 "SELECT '%1', '+1555' || g FROM generate_series(1, %2) g").arg(owner).arg(inserted)));
    QVERIFY(execAndClose(QString("UPDATE recipients SET name = 'n' WHERE phone_number IN "
                                 "(SELECT '+1555' || g FROM generate_series(1, %1) g)").arg(updated)));
    QVERIFY(execAndClose(QString("DELETE FROM recipients WHERE phone_number IN "
                                 "(SELECT '+1555' || g FROM generate_series(%1, %2) g)").arg(inserted - deleted + 1).arg(inserted)));

    const qint64 dead = updated + deleted;
    const qint64 live = inserted - deleted;
    QSqlDatabase db = m_db.connection();
    qint64 seenDead = -1;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto h = DatabaseHealth::collect(db);
            seenDead = h ? table(h.value(), "recipients")->deadRows : -2;
            return seenDead == dead;
        }(),
        15000);
    const auto health = DatabaseHealth::collect(db);
    QVERIFY_OK(health);
    const TableHealth *t = table(health.value(), "recipients");
    QVERIFY(t);
    QCOMPARE(t->liveRows, live);
    QVERIFY(t->deadShare.has_value());
    QCOMPARE(*t->deadShare, double(dead) / double(live + dead));
    QVERIFY(t->tableBytes > 0);
    QVERIFY(t->indexBytes > 0);
    QVERIFY2(t->lastVacuum.isEmpty() && t->lastAutovacuum.isEmpty(), "nothing vacuumed it");
    QCOMPARE(t->estimatedRows, qint64(-1));  // never analyzed

    QVERIFY(m_db.exec("ANALYZE recipients"));
    const auto analyzed = DatabaseHealth::collect(db);
    QVERIFY_OK(analyzed);
    QCOMPARE(table(analyzed.value(), "recipients")->estimatedRows, live);
    QVERIFY(!table(analyzed.value(), "recipients")->lastAnalyze.isEmpty());
}

void tst_Health::unusedIndex()
{
    QVERIFY2(m_db.exec("CREATE INDEX health_probe ON recipients (name)"), qPrintable(m_db.lastError()));
    QSqlDatabase db = m_db.connection();
    auto find = [](const DatabaseHealth &h, const QString &name) {
        for (const IndexHealth &i : h.indexes)
            if (i.name == name)
                return i;
        return IndexHealth{};
    };
    const auto before = DatabaseHealth::collect(db);
    QVERIFY_OK(before);
    QCOMPARE(find(before.value(), "health_probe").table, QString("recipients"));
    QVERIFY(find(before.value(), "health_probe").unused);
    QCOMPARE(find(before.value(), "health_probe").scans, qint64(0));
    // A never-scanned unique index is never flagged: it enforces a rule.
    QVERIFY(find(before.value(), "users_pkey").unique);
    QVERIFY(!find(before.value(), "users_pkey").unused);

    // A failed concurrent build leaves an invalid index behind: flagged as such, not as merely unused.
    QVERIFY(m_db.exec("INSERT INTO users (email, password_hash, role) VALUES ('a@x.com', 'x', 'user'), ('b@x.com', 'x', 'user')"));
    QVERIFY(!m_db.exec("CREATE UNIQUE INDEX CONCURRENTLY health_broken ON users (role)"));
    const auto broken = DatabaseHealth::collect(db);
    QVERIFY_OK(broken);
    QCOMPARE(find(broken.value(), "health_broken").table, QString("users"));
    QVERIFY(!find(broken.value(), "health_broken").valid);
    QVERIFY(!find(broken.value(), "health_broken").unused);
    QVERIFY(find(broken.value(), "health_probe").valid);
    QCOMPARE(broken->toJson().value("indexes").toArray().at(0).toObject().value("valid").isBool(), true);

    QVERIFY(execAndClose("SET enable_seqscan = off; SELECT count(*) FROM recipients WHERE name = 'x'"));
    QTRY_VERIFY_WITH_TIMEOUT(find(DatabaseHealth::collect(db).value(), "health_probe").scans >= 1, 15000);
    QVERIFY(!find(DatabaseHealth::collect(db).value(), "health_probe").unused);
}

void tst_Health::missingPrivileges_data()
{
    QTest::addColumn<QString>("revoke");
    QTest::addColumn<QStringList>("tables");
    QTest::addColumn<QStringList>("missing");
    QTest::addColumn<QStringList>("grants");
    QTest::newRow("no access to messages") << "REVOKE ALL ON messages FROM %1" << QStringList{"messages"}
                                           << QStringList{"SELECT, INSERT, UPDATE, DELETE"}
                                           << QStringList{"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE \"messages\" TO \"%1\";"};
    QTest::newRow("read-only contacts") << "REVOKE INSERT, UPDATE, DELETE ON recipients FROM %1" << QStringList{"recipients"}
                                        << QStringList{"INSERT, UPDATE, DELETE"}
                                        << QStringList{"GRANT INSERT, UPDATE, DELETE ON TABLE \"recipients\" TO \"%1\";"};
    QTest::newRow("two tables, in the schema's order")
        << "REVOKE SELECT ON groups FROM %1; REVOKE DELETE ON users FROM %1" << QStringList{"users", "groups"}
        << QStringList{"DELETE", "SELECT"}
        << QStringList{"GRANT DELETE ON TABLE \"users\" TO \"%1\";", "GRANT SELECT ON TABLE \"groups\" TO \"%1\";"};
}

void tst_Health::missingPrivileges()
{
    QFETCH(QString, revoke);
    QFETCH(QStringList, tables);
    QFETCH(QStringList, missing);
    QFETCH(QStringList, grants);
    // Roles belong to the whole server, where tests run side by side: named after this test's database.
    const QString role = "h_" + m_db.name();
    const QString password = "health-pw-1";
    QVERIFY2(m_db.exec(QString("CREATE ROLE %1 LOGIN PASSWORD '%2'; "
                               "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1; ")
                           .arg(role, password)
                       + revoke.arg(role)),
             qPrintable(m_db.lastError()));
    ConnectionSettings settings = m_db.settings();
    settings.user = role;
    settings.password = password;
    const QString connectionName = "restricted-" + role;
    const auto cleanup = qScopeGuard([&] {
        Database::disconnect(connectionName);
        m_db.exec(QString("DROP OWNED BY %1; DROP ROLE %1").arg(role));
    });
    const auto restricted = Database::connect(settings, connectionName);
    QVERIFY_OK(restricted);

    // The whole snapshot works for a role that may not read everything.
    const auto health = DatabaseHealth::collect(restricted.value());
    QVERIFY_OK(health);
    const PrivilegeReport &report = health->privileges;
    QCOMPARE(report.role, role);
    QStringList seenTables, seenMissing, seenGrants;
    for (const PrivilegeGap &gap : report.gaps) {
        seenTables << gap.table;
        seenMissing << gap.missing.join(", ");
        seenGrants << gap.grant;
    }
    QCOMPARE(seenTables, tables);
    QCOMPARE(seenMissing, missing);
    for (QString &g : grants)
        g = g.arg(role);
    QCOMPARE(seenGrants, grants);

    // Each GRANT shown fixes what it names.
    for (const QString &grant : std::as_const(grants))
        QVERIFY2(m_db.exec(grant), qPrintable(m_db.lastError()));
    const auto fixed = PrivilegeCheck::run(restricted.value());
    QVERIFY_OK(fixed);
    QVERIFY(fixed->gaps.isEmpty());
}

void tst_Health::slowStatements_data()
{
    QTest::addColumn<bool>("install");
    QTest::newRow("extension installed") << true;
    QTest::newRow("extension missing") << false;
}

void tst_Health::slowStatements()
{
    QFETCH(bool, install);
    // The test cluster preloads the library (scripts/pg-cluster.sh); the extension is per database.
    if (install)
        QVERIFY2(m_db.exec("CREATE EXTENSION pg_stat_statements"), qPrintable(m_db.lastError()));
    QVERIFY(m_db.exec("SELECT pg_sleep(0.05)"));
    const auto report = SlowStatements::read(m_db.connection());
    QVERIFY_OK(report);
    QCOMPARE(report->available, install);
    if (!install) {
        QVERIFY2(report->hint.contains("CREATE EXTENSION pg_stat_statements"), qPrintable(report->hint));
        QVERIFY(report->statements.isEmpty());
        return;
    }
    QVERIFY(report->hint.isEmpty());
    bool found = false;
    for (const SlowStatement &s : report->statements) {
        if (s.query.contains("pg_sleep")) {
            found = true;
            QVERIFY(s.calls >= 1);
            QVERIFY2(s.meanMs >= 45, qPrintable(QString::number(s.meanMs)));
            QVERIFY(s.totalMs >= s.meanMs);
        }
    }
    QVERIFY2(found, "the pg_sleep statement is among the slowest");
    QVERIFY2(report->statements.first().meanMs >= report->statements.last().meanMs, "slowest first");
}

void tst_Health::activity_data()
{
    QTest::addColumn<double>("minSeconds");
    QTest::addColumn<bool>("listed");
    QTest::newRow("any duration") << 0.0 << true;
    QTest::newRow("longer than it ran") << 3600.0 << false;
}

void tst_Health::activity()
{
    QFETCH(double, minSeconds);
    QFETCH(bool, listed);
    QSqlDatabase db = m_db.connection();
    RunningStatement sleeper(m_db.settings(), "SELECT pg_sleep(60) /* health-activity */");
    QVERIFY(sleeper.waitUntilRunning(db, "Timeout"));
    const auto running = ServerActivity::running(db, minSeconds);
    QVERIFY_OK(running);
    const BackendActivity *found = nullptr;
    for (const BackendActivity &b : running.value()) {
        QVERIFY2(b.pid != m_db.scalar("SELECT pg_backend_pid()").toInt(), "the asking connection is left out");
        if (b.pid == sleeper.pid())
            found = &b;
    }
    QCOMPARE(found != nullptr, listed);
    if (!found)
        return;
    QCOMPARE(found->state, QString("active"));
    QCOMPARE(found->user, m_db.settings().user);
    QCOMPARE(found->waitEvent, QString("PgSleep"));
    QVERIFY(found->query.contains("health-activity"));
    QVERIFY(!found->queryTruncated);
    QVERIFY(found->durationSeconds >= 0);
}

void tst_Health::blockedQueryFound()
{
    QSqlDatabase holder = m_db.connection("holder");
    QSqlQuery hold(holder);
    QVERIFY_SQL(hold, exec("SELECT pg_backend_pid()"));
    QVERIFY(hold.next());
    const int holderPid = hold.value(0).toInt();
    QVERIFY(holder.transaction());
    QVERIFY_SQL(hold, exec("LOCK TABLE groups IN ACCESS EXCLUSIVE MODE"));

    RunningStatement waiter(m_db.settings(), "SELECT count(*) FROM groups /* health-waiter */");
    QSqlDatabase db = m_db.connection();
    QVERIFY(waiter.waitUntilRunning(db, "Lock"));
    const auto locks = ServerActivity::locks(db);
    QVERIFY_OK(locks);
    QCOMPARE(locks->size(), 1);
    const LockWait &w = locks->first();
    QCOMPARE(w.blocked.pid, waiter.pid());
    QCOMPARE(w.blocking.pid, holderPid);
    QVERIFY(w.blocked.query.contains("health-waiter"));
    QCOMPARE(w.blocking.state, QString("idle in transaction"));
    QCOMPARE(w.lockMode, QString("AccessShareLock"));
    QCOMPARE(w.lockTarget, QString("groups"));
    QCOMPARE(w.toJson().value("blocked").toObject().value("pid").toInt(), waiter.pid());

    // Released, the waiter finishes and nothing waits any more.
    QVERIFY(holder.rollback());
    QTRY_VERIFY(waiter.finished());
    QVERIFY2(waiter.status().ok(), qPrintable(waiter.failureText()));
    const auto after = ServerActivity::locks(db);
    QVERIFY_OK(after);
    QVERIFY(after->isEmpty());
}

void tst_Health::tableNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("checked");
    QTest::newRow("a WaQtor table") << "messages" << "messages";
    QTest::newRow("any case, spaces around") << " Recipient_Groups " << "recipient_groups";
    QTest::newRow("unknown") << "accounts" << "";
    QTest::newRow("injection") << "users; DROP TABLE users" << "";
    QTest::newRow("schema-qualified") << "public.users" << "";
    QTest::newRow("catalog") << "pg_class" << "";
}

void tst_Health::tableNames()
{
    QFETCH(QString, name);
    QFETCH(QString, checked);
    const auto table = WaqtorTables::check(name);
    QCOMPARE(table.ok(), !checked.isEmpty());
    if (table) {
        QCOMPARE(table.value(), checked);
        QCOMPARE(WaqtorTables::quoted(m_db.connection(), checked), '"' + checked + '"');
        return;
    }
    QCOMPARE(table.error().kind, ErrorKind::Invalid);
    QVERIFY2(table.error().message.contains(name) && table.error().message.contains("recipient_groups"),
             qPrintable(table.error().message));
}

QTEST_GUILESS_MAIN(tst_Health)
#include "tst_health.moc"
