// Core's actions on the server, on the real server: BackendSignal (cancel, terminate, refusals),
// Maintenance (vacuum, vacuum full, reindex, progress read from a second connection) and ExplainPlan.

#include "db/database.h"
#include "health/backendsignal.h"
#include "health/databasehealth.h"
#include "health/explainplan.h"
#include "health/maintenance.h"
#include "health/serveractivity.h"
#include "health/waqtortables.h"
#include "runningstatement.h"
#include "testdatabase.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class tst_Maintenance : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError())); }
    void cleanup() { m_db.drop(); }

    void cancelBlockedQuery();
    void terminateSleep();
    void refused_data();
    void refused();
    void signalRight_data();
    void signalRight();
    void vacuum_data();
    void vacuum();
    void vacuumEveryTable();
    void progressWhileWaiting();
    void reindex();
    void badTableNames_data();
    void badTableNames();
    void explain_data();
    void explain();

private:
    bool hasDeadRows();
    const TableHealth table(const QString &name);
    qint64 number(const QString &sql) { return m_db.scalar(sql).toLongLong(); }

    TestDatabase m_db;
};

const TableHealth tst_Maintenance::table(const QString &name)
{
    const auto h = DatabaseHealth::collect(m_db.connection());
    if (h)
        for (const TableHealth &t : h->tables)
            if (t.name == name)
                return t;
    return {};
}

// Recipients with dead rows that only a vacuum removes (autovacuum is off for the table).
bool tst_Maintenance::hasDeadRows()
{
    if (!m_db.exec("ALTER TABLE recipients SET (autovacuum_enabled = false);"
                   "INSERT INTO users (id, email, password_hash) VALUES ('00000000-0000-0000-0000-000000000001', 'o@x.com', 'x');"
                   "INSERT INTO recipients (user_id, phone_number) SELECT '00000000-0000-0000-0000-000000000001', "
                   "'+1555' || g FROM generate_series(1, 50) g;"
                   "UPDATE recipients SET name = 'n';"
                   // The dead rows must be in the statistics before a vacuum resets them; counted
                   // later, they would be added back on top of its zero.
                   "SELECT pg_stat_force_next_flush()"))
        return false;
    // A transaction id taken after the UPDATE committed.
    const QString after = m_db.scalar("SELECT (txid_current() % 4294967296)::text").toString();
    return QTest::qWaitFor([this] { return table("recipients").deadRows >= 50; }, 60000)
        // No transaction anywhere on the server may be older than the UPDATE: a snapshot's horizon is
        // the oldest transaction still running in ANY database (a parallel test's CREATE DATABASE
        // takes seconds under load), VACUUM FULL's own snapshot included, and with such a horizon the
        // dead rows are "recently dead": VACUUM FULL copies them and its ANALYZE counts them again.
        && QTest::qWaitFor([this, after] {
               return number(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid() "
                                            "AND (age(backend_xmin) > age('%1'::xid) OR age(backend_xid) > age('%1'::xid))")
                                 .arg(after)) == 0;
           }, 60000);
}

void tst_Maintenance::cancelBlockedQuery()
{
    QSqlDatabase holder = m_db.connection("holder");
    QSqlQuery hold(holder);
    QVERIFY(holder.transaction());
    QVERIFY_SQL(hold, exec("LOCK TABLE groups IN ACCESS EXCLUSIVE MODE"));
    RunningStatement waiter(m_db.settings(), "SELECT count(*) FROM groups");
    QSqlDatabase db = m_db.connection();
    QVERIFY(waiter.waitUntilRunning(db, "Lock"));
    const auto locks = ServerActivity::locks(db);
    QVERIFY_OK(locks);
    QCOMPARE(locks->size(), 1);
    QCOMPARE(locks->first().blocked.pid, waiter.pid());

    QVERIFY_OK(BackendSignal::send(db, waiter.pid(), BackendSignal::Kind::Cancel));
    QTRY_VERIFY(waiter.finished());
    QVERIFY2(waiter.failureText().contains("canceling statement due to user request"), qPrintable(waiter.failureText()));
    const auto after = ServerActivity::locks(db);
    QVERIFY_OK(after);
    QVERIFY(after->isEmpty());
    // The holder is untouched.
    QVERIFY_SQL(hold, exec("SELECT 1"));
    QVERIFY(holder.rollback());
}

void tst_Maintenance::terminateSleep()
{
    RunningStatement sleeper(m_db.settings(), "SELECT pg_sleep(60)");
    QSqlDatabase db = m_db.connection();
    QVERIFY(sleeper.waitUntilRunning(db, "Timeout"));
    QVERIFY_OK(BackendSignal::send(db, sleeper.pid(), BackendSignal::Kind::Terminate));
    QTRY_VERIFY(sleeper.finished());
    QVERIFY2(sleeper.failureText().contains("terminating connection due to administrator command"),
             qPrintable(sleeper.failureText()));
    QTRY_VERIFY(!ServerActivity::process(db, sleeper.pid()).value().has_value());
}

void tst_Maintenance::refused_data()
{
    QTest::addColumn<QString>("pidSql");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("own connection") << "SELECT pg_backend_pid()" << int(ErrorKind::Invalid) << "this program's own connection";
    QTest::newRow("no such process") << "SELECT 2147480000" << int(ErrorKind::NotFound) << "may have ended already";
    QTest::newRow("zero") << "SELECT 0" << int(ErrorKind::Invalid) << "positive number";
    QTest::newRow("a server process, not a client") << "SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'"
                                                    << int(ErrorKind::NotFound) << "No server process";
}

void tst_Maintenance::refused()
{
    QFETCH(QString, pidSql);
    QFETCH(int, kind);
    QFETCH(QString, sentence);
    const int pid = m_db.scalar(pidSql).toInt();
    for (const auto signal : {BackendSignal::Kind::Cancel, BackendSignal::Kind::Terminate}) {
        const Status s = BackendSignal::send(m_db.connection(), pid, signal);
        QVERIFY(!s.ok());
        QCOMPARE(int(s.error().kind), kind);
        QVERIFY2(s.error().message.contains(sentence), qPrintable(s.error().message));
    }
    QVERIFY_OK(DatabaseHealth::collect(m_db.connection()));  // our own connection still works
}

void tst_Maintenance::signalRight_data()
{
    QTest::addColumn<bool>("member");
    QTest::newRow("without pg_signal_backend") << false;
    QTest::newRow("member of pg_signal_backend") << true;
}

void tst_Maintenance::signalRight()
{
    QFETCH(bool, member);
    // Roles belong to the whole server, where tests run side by side: named after this test's database.
    const QString sleeperRole = "s_" + m_db.name();
    const QString signallerRole = "c_" + m_db.name();
    QVERIFY2(m_db.exec(QString("CREATE ROLE %1 LOGIN PASSWORD 'pw-sleeper'; CREATE ROLE %2 LOGIN PASSWORD 'pw-signal'")
                           .arg(sleeperRole, signallerRole)
                       + (member ? QString("; GRANT pg_signal_backend TO %1").arg(signallerRole) : QString())),
             qPrintable(m_db.lastError()));
    ConnectionSettings sleeperSettings = m_db.settings();
    sleeperSettings.user = sleeperRole;
    sleeperSettings.password = "pw-sleeper";
    ConnectionSettings signallerSettings = m_db.settings();
    signallerSettings.user = signallerRole;
    signallerSettings.password = "pw-signal";
    const QString connectionName = "signaller-" + signallerRole;
    auto sleeper = std::make_unique<RunningStatement>(sleeperSettings, "SELECT pg_sleep(60)");
    const auto cleanup = qScopeGuard([&] {
        sleeper.reset();  // cancels and waits for it: its role can go
        Database::disconnect(connectionName);
        m_db.exec(QString("DROP ROLE %1; DROP ROLE %2").arg(sleeperRole, signallerRole));
    });
    QVERIFY(sleeper->waitUntilRunning(m_db.connection(), "Timeout"));
    const auto signaller = Database::connect(signallerSettings, connectionName);
    QVERIFY_OK(signaller);

    const Status s = BackendSignal::send(signaller.value(), sleeper->pid(), BackendSignal::Kind::Cancel);
    if (member) {
        QVERIFY_OK(s);
        QTRY_VERIFY(sleeper->finished());
        return;
    }
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, ErrorKind::Database);
    QVERIFY2(s.error().message.contains("pg_signal_backend") && s.error().message.contains(signallerRole)
                 && s.error().message.contains(QString("GRANT pg_signal_backend TO \"%1\"").arg(signallerRole)),
             qPrintable(s.error().message));
    QVERIFY(!sleeper->finished());
}

void tst_Maintenance::vacuum_data()
{
    QTest::addColumn<bool>("full");
    QTest::newRow("vacuum analyze") << false;
    QTest::newRow("vacuum full") << true;
}

void tst_Maintenance::vacuum()
{
    QFETCH(bool, full);
    QVERIFY2(hasDeadRows(), qPrintable(m_db.lastError()));
    const qint64 fileBefore = number("SELECT pg_relation_filenode('recipients')");
    QVERIFY(table("recipients").lastVacuum.isEmpty());
    QVERIFY(table("recipients").lastAnalyze.isEmpty());

    Maintenance maintenance(m_db.settings(), m_db.connection());
    const auto done = maintenance.run(full ? Maintenance::Operation::VacuumFull : Maintenance::Operation::Vacuum,
                                      {"Recipients"}, {});
    QVERIFY_OK(done);
    QCOMPARE(done.value(), QStringList{"recipients"});
    QVERIFY(!table("recipients").lastAnalyze.isEmpty());
    if (full) {
        // VACUUM FULL rewrites the table (into a new file) instead of recording a plain vacuum.
        QVERIFY(number("SELECT pg_relation_filenode('recipients')") != fileBefore);
    } else {
        QVERIFY(!table("recipients").lastVacuum.isEmpty());
        QCOMPARE(number("SELECT pg_relation_filenode('recipients')"), fileBefore);
    }
    // The statistics reach the view when the vacuuming backend flushes them: within a second when the
    // machine is idle, up to a minute (PGSTAT_MAX_INTERVAL) when it is busy.
    QTRY_COMPARE_WITH_TIMEOUT(table("recipients").deadRows, qint64(0), 60000);
    QCOMPARE(table("recipients").estimatedRows, qint64(50));
}

void tst_Maintenance::vacuumEveryTable()
{
    Maintenance maintenance(m_db.settings(), m_db.connection());
    const auto done = maintenance.run(Maintenance::Operation::Vacuum, {}, {});
    QVERIFY_OK(done);
    QCOMPARE(done.value(), WaqtorTables::names());
    for (const QString &name : WaqtorTables::names())
        QVERIFY2(!table(name).lastVacuum.isEmpty(), qPrintable(name));
}

void tst_Maintenance::progressWhileWaiting()
{
    // A session holding a lock VACUUM needs keeps it waiting on the second table, where progress shows it.
    QSqlDatabase holder = m_db.connection("holder");
    QSqlQuery hold(holder);
    QVERIFY(holder.transaction());
    QVERIFY_SQL(hold, exec("LOCK TABLE groups IN SHARE UPDATE EXCLUSIVE MODE"));
    Maintenance maintenance(m_db.settings(), m_db.connection());
    QList<MaintenanceProgress> seen;
    std::optional<Result<QStringList>> answer;
    maintenance.start(Maintenance::Operation::Vacuum, {"users", "groups"},
                      [&](const MaintenanceProgress &p) { seen << p; },
                      [&](const Result<QStringList> &r) { answer = r; });
    QTRY_VERIFY(!seen.isEmpty() && seen.last().table == "groups" && seen.last().waitingForLock);
    QCOMPARE(seen.last().tableNumber, 2);
    QCOMPARE(seen.last().tableCount, 2);
    QVERIFY(!answer.has_value());
    QVERIFY(holder.rollback());
    QTRY_VERIFY(answer.has_value());
    QVERIFY_OK(*answer);
    QVERIFY(!table("groups").lastVacuum.isEmpty());
}

void tst_Maintenance::reindex()
{
    const qint64 before = number("SELECT pg_relation_filenode('users_pkey')");
    Maintenance maintenance(m_db.settings(), m_db.connection());
    const auto done = maintenance.run(Maintenance::Operation::Reindex, {"users"}, {});
    QVERIFY_OK(done);
    QVERIFY(number("SELECT pg_relation_filenode('users_pkey')") != before);
    QCOMPARE(number("SELECT count(*) FROM pg_index WHERE indrelid = 'users'::regclass AND NOT indisvalid"), qint64(0));
    QCOMPARE(number("SELECT count(*) FROM pg_class WHERE relname LIKE '%ccnew%' OR relname LIKE '%ccold%'"), qint64(0));
}

void tst_Maintenance::badTableNames_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<QStringList>("tables");
    QTest::newRow("vacuum, unknown") << int(Maintenance::Operation::Vacuum) << QStringList{"accounts"};
    QTest::newRow("vacuum, one good one bad") << int(Maintenance::Operation::Vacuum) << QStringList{"users", "users; DROP TABLE groups"};
    QTest::newRow("full, catalog") << int(Maintenance::Operation::VacuumFull) << QStringList{"pg_class"};
    QTest::newRow("reindex, quoted") << int(Maintenance::Operation::Reindex) << QStringList{"\"users\""};
}

void tst_Maintenance::badTableNames()
{
    QFETCH(int, operation);
    QFETCH(QStringList, tables);
    Maintenance maintenance(m_db.settings(), m_db.connection());
    const auto done = maintenance.run(Maintenance::Operation(operation), tables, {});
    QVERIFY(!done.ok());
    QCOMPARE(done.error().kind, ErrorKind::Invalid);
    QVERIFY2(done.error().message.contains("is not one of WaQtor's tables"), qPrintable(done.error().message));
    QVERIFY2(table("users").lastVacuum.isEmpty(), "nothing ran, not even the good name");
    QCOMPARE(number("SELECT count(*) FROM pg_class WHERE relname = 'groups'"), qint64(1));
}

void tst_Maintenance::explain_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<bool>("analyze");
    QTest::addColumn<QString>("refusal");  // empty: explained
    QTest::newRow("plain select") << "SELECT * FROM users WHERE email = 'a@x.com'" << false << "";
    QTest::newRow("join") << "SELECT u.email, count(*) FROM users u JOIN recipients r ON r.user_id = u.id GROUP BY 1"
                          << false << "";
    QTest::newRow("analyze of a delete, rolled back") << "DELETE FROM users" << true << "";
    QTest::newRow("two statements") << "SELECT 1; DROP TABLE groups" << false << "without a second one";
    QTest::newRow("two statements, analyze") << "DELETE FROM users; DROP TABLE groups" << true << "without a second one";
    QTest::newRow("parameters") << "SELECT * FROM users WHERE id = $1" << false << "write values in their place";
    QTest::newRow("bad SQL") << "SELEKT 1" << false << "check its SQL";
    QTest::newRow("empty") << "  " << false << "no statement";
}

void tst_Maintenance::explain()
{
    QFETCH(QString, statement);
    QFETCH(bool, analyze);
    QFETCH(QString, refusal);
    QVERIFY(m_db.exec("INSERT INTO users (email, password_hash) VALUES ('a@x.com', 'x'), ('b@x.com', 'x')"));
    const auto plan = ExplainPlan::explain(m_db.connection(), statement, analyze);
    QCOMPARE(number("SELECT count(*) FROM users"), qint64(2));
    QCOMPARE(number("SELECT count(*) FROM pg_class WHERE relname = 'groups'"), qint64(1));
    QVERIFY2(m_db.exec("SELECT 1"), "the connection is usable again, outside any transaction");
    QVERIFY(!m_db.connection().transaction() || m_db.connection().rollback());
    if (!refusal.isEmpty()) {
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().kind, ErrorKind::Invalid);
        QVERIFY2(plan.error().message.contains(refusal), qPrintable(plan.error().message));
        return;
    }
    QVERIFY_OK(plan);
    QVERIFY(!plan->root.nodeType.isEmpty());
    QCOMPARE(plan->analyzed, analyze);
    QCOMPARE(plan->executionMs.has_value(), analyze);
    QCOMPARE(plan->root.actualRows.has_value(), analyze);
    // Every node of the tree is there: the tables named in the statement appear in it.
    QStringList relations;
    std::function<void(const PlanNode &)> walk = [&](const PlanNode &n) {
        if (!n.relation.isEmpty())
            relations << n.relation;
        for (const PlanNode &c : n.children)
            walk(c);
    };
    walk(plan->root);
    QVERIFY2(relations.contains("users"), qPrintable(relations.join(',')));
    if (statement.contains("JOIN"))
        QVERIFY2(relations.contains("recipients"), qPrintable(relations.join(',')));
    QCOMPARE(ExplainPlan::parse(plan->json).value().root.nodeType, plan->root.nodeType);
}

QTEST_GUILESS_MAIN(tst_Maintenance)
#include "tst_maintenance.moc"
