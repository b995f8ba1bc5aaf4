// waqtor-db's health commands end to end (the real binary, a throwaway database): health, activity and
// locks in both output forms, their JSON shapes, and bad values refused with a sentence.

#include "clifixture.h"
#include "runningstatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

class tst_CliHealth : public QObject, public CliFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(setUpDatabase(), qPrintable(cliError())); }
    void init() { QVERIFY2(emptyTables(), qPrintable(cliError())); }

    void healthJson();
    void healthText();
    void activity();
    void badMinSeconds_data();
    void badMinSeconds();
    void locks();

private:
    static QJsonDocument parse(const CliRunner::Run &run, bool *ok);
    static QStringList sortedKeys(const QJsonObject &o)
    {
        QStringList k = o.keys();
        k.sort();
        return k;
    }
};

QJsonDocument tst_CliHealth::parse(const CliRunner::Run &run, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    *ok = error.error == QJsonParseError::NoError;
    return doc;
}

void tst_CliHealth::healthJson()
{
    const auto r = cli().run({"health", "--json"});
    QCOMPARE_EXIT(r, 0);
    bool ok = false;
    const QJsonObject h = parse(r, &ok).object();
    QVERIFY2(ok, qPrintable(describe(r)));
    QCOMPARE(sortedKeys(h), (QStringList{"cache_hit_ratio", "connections", "indexes", "privileges", "server", "slow_statements", "tables"}));
    QCOMPARE(sortedKeys(h.value("server").toObject()), (QStringList{"database", "stats_reset", "uptime_seconds", "version"}));
    QCOMPARE(h.value("server").toObject().value("database").toString(), m_db.name());
    QCOMPARE(sortedKeys(h.value("connections").toObject()), (QStringList{"by_state", "max", "total"}));
    QVERIFY(h.value("connections").toObject().value("total").toInt() >= 1);
    QVERIFY(h.value("cache_hit_ratio").isDouble() || h.value("cache_hit_ratio").isNull());

    const QJsonArray tables = h.value("tables").toArray();
    QCOMPARE(tables.size(), 7);
    QCOMPARE(tables.at(0).toObject().value("name").toString(), QString("users"));
    QCOMPARE(sortedKeys(tables.at(0).toObject()),
             (QStringList{"dead_rows", "dead_share", "estimated_rows", "index_bytes", "last_analyze", "last_autoanalyze",
                          "last_autovacuum", "last_vacuum", "live_rows", "name", "table_bytes", "toast_bytes"}));
    const QJsonArray indexes = h.value("indexes").toArray();
    QVERIFY(!indexes.isEmpty());
    QCOMPARE(sortedKeys(indexes.at(0).toObject()), (QStringList{"bytes", "name", "scans", "table", "unique", "unused", "valid"}));

    const QJsonObject privileges = h.value("privileges").toObject();
    QCOMPARE(privileges.value("role").toString(), m_db.settings().user);
    QCOMPARE(privileges.value("missing").toArray().size(), 0);  // the test server's superuser

    const QJsonObject statements = h.value("slow_statements").toObject();
    QCOMPARE(sortedKeys(statements), (QStringList{"available", "hint", "statements"}));
    QVERIFY(statements.value("available").isBool());
}

void tst_CliHealth::healthText()
{
    const auto r = cli().run({"health"});
    QCOMPARE_EXIT(r, 0);
    for (const char *phrase : {"Cache hit ratio", "Connections:", "Tables", "Indexes", "recipient_groups", "users_pkey",
                               "may read and write every WaQtor table", "Slow statements"})
        QVERIFY_SAYS(r.out, QString(phrase), r);
}

void tst_CliHealth::activity()
{
    RunningStatement sleeper(m_db.settings(), "SELECT pg_sleep(60) /* cli-activity */");
    QVERIFY(sleeper.waitUntilRunning(m_db.connection(), "Timeout"));

    const auto json = cli().run({"activity", "--json", "--min-seconds", "0"});
    QCOMPARE_EXIT(json, 0);
    bool ok = false;
    const QJsonArray list = parse(json, &ok).array();
    QVERIFY2(ok, qPrintable(describe(json)));
    QJsonObject found;
    for (const QJsonValue &v : list)
        if (v.toObject().value("pid").toInt() == sleeper.pid())
            found = v.toObject();
    QVERIFY2(!found.isEmpty(), qPrintable(describe(json)));
    QCOMPARE(sortedKeys(found), (QStringList{"duration_seconds", "pid", "query", "query_truncated", "state", "user",
                                             "wait_event", "wait_event_type"}));
    QCOMPARE(found.value("state").toString(), QString("active"));
    QVERIFY(found.value("query").toString().contains("cli-activity"));

    const auto text = cli().run({"activity", "--min-seconds", "0"});
    QCOMPARE_EXIT(text, 0);
    QVERIFY_SAYS(text.out, QString::number(sleeper.pid()), text);
    QVERIFY_SAYS(text.out, QString("cli-activity"), text);

    const auto none = cli().run({"activity", "--min-seconds", "3600"});
    QCOMPARE_EXIT(none, 0);
    QVERIFY_SAYS(none.out, QString("Nothing has been running for 3600 seconds"), none);
}

void tst_CliHealth::badMinSeconds_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("word") << "soon";
    QTest::newRow("negative") << "-5";
    QTest::newRow("not a number") << "nan";
    QTest::newRow("empty") << "";
}

void tst_CliHealth::badMinSeconds()
{
    QFETCH(QString, value);
    const auto r = cli().run({"activity", "--min-seconds", value});
    QCOMPARE_EXIT(r, 1);
    QVERIFY_SAYS(r.err, QString("--min-seconds needs a number of seconds"), r);
}

void tst_CliHealth::locks()
{
    QSqlDatabase holder = m_db.connection("holder");
    QSqlQuery hold(holder);
    QVERIFY_SQL(hold, exec("SELECT pg_backend_pid()"));
    QVERIFY(hold.next());
    const int holderPid = hold.value(0).toInt();
    QVERIFY(holder.transaction());
    QVERIFY_SQL(hold, exec("LOCK TABLE campaigns IN ACCESS EXCLUSIVE MODE"));
    RunningStatement waiter(m_db.settings(), "SELECT count(*) FROM campaigns /* cli-locks */");
    QVERIFY(waiter.waitUntilRunning(m_db.connection(), "Lock"));

    const auto json = cli().run({"locks", "--json"});
    QCOMPARE_EXIT(json, 0);
    bool ok = false;
    const QJsonArray list = parse(json, &ok).array();
    QVERIFY2(ok && list.size() == 1, qPrintable(describe(json)));
    const QJsonObject wait = list.at(0).toObject();
    QCOMPARE(sortedKeys(wait), (QStringList{"blocked", "blocking", "lock_mode", "lock_target"}));
    QCOMPARE(wait.value("blocked").toObject().value("pid").toInt(), waiter.pid());
    QCOMPARE(wait.value("blocking").toObject().value("pid").toInt(), holderPid);
    QCOMPARE(wait.value("lock_target").toString(), QString("campaigns"));

    const auto text = cli().run({"locks"});
    QCOMPARE_EXIT(text, 0);
    QVERIFY_SAYS(text.out, QString::number(waiter.pid()), text);
    QVERIFY_SAYS(text.out, QString::number(holderPid), text);
    QVERIFY_SAYS(text.out, QString("SELECT count(*) FROM campaigns"), text);

    QVERIFY(holder.rollback());
    QTRY_VERIFY(waiter.finished());
    const auto none = cli().run({"locks"});
    QCOMPARE_EXIT(none, 0);
    QVERIFY_SAYS(none.out, QString("No statement is waiting for a lock."), none);
}

QTEST_GUILESS_MAIN(tst_CliHealth)
#include "tst_cli_health.moc"
