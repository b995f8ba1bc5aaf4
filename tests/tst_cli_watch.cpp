// waqtor-db watch end to end (the real binary, a throwaway database): one JSON line per statement
// with table, op, rows, owners and time; a table filter; --for ends it with 0, Ctrl-C with 130; bad
// tables and durations, and a database without migration 0009, refused with a sentence.

#include "clifixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

// A waqtor-db watch left running: the test writes once it listens, reads its lines as they come and
// stops it with Ctrl-C (SIGINT), so no fixed duration has to cover a slow start on a loaded machine.
class RunningWatch
{
public:
    RunningWatch(const QStringList &environment, const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : env.keys())
            if (key.startsWith("DB_"))
                env.remove(key);
        for (const QString &line : environment)
            env.insert(line.section('=', 0, 0), line.section('=', 1));
        m_process.setProcessEnvironment(env);
        m_process.setWorkingDirectory(m_dir.path());
        m_process.start(CliRunner::binary(), arguments);
    }
    ~RunningWatch()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    bool waitUntilListening()
    {
        return QTest::qWaitFor([this] { read(); return m_err.contains("Ctrl-C stops"); }, 60000);
    }
    QStringList lines()
    {
        read();
        return m_out.split('\n', Qt::SkipEmptyParts);
    }
    // Ctrl-C, then the exit code.
    int interrupt()
    {
        ::kill(pid_t(m_process.processId()), SIGINT);
        m_process.waitForFinished(60000);
        read();
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    QString err() { read(); return m_err; }

private:
    void read()
    {
        m_out += QString::fromUtf8(m_process.readAllStandardOutput());
        m_err += QString::fromUtf8(m_process.readAllStandardError());
    }
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_out, m_err;
};

} // namespace

class tst_CliWatch : public QObject, public CliFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(setUpDatabase(), qPrintable(cliError())); }
    void init() { QVERIFY2(emptyTables(), qPrintable(cliError())); }

    void jsonLines_data();
    void jsonLines();
    void textLine();
    void forEnds();
    void interrupted();
    void refused_data();
    void refused();
    void notMigrated();

};

void tst_CliWatch::jsonLines_data()
{
    QTest::addColumn<QStringList>("tables");
    QTest::addColumn<QStringList>("expected");  // "table op rows", one per line printed
    QTest::newRow("every table") << QStringList{} << QStringList{"messages insert 10000", "recipients update 1", "users update 1"};
    QTest::newRow("messages only") << QStringList{"messages"} << QStringList{"messages insert 10000"};
    QTest::newRow("page names") << QStringList{"contacts", "users"} << QStringList{"recipients update 1", "users update 1"};
}

void tst_CliWatch::jsonLines()
{
    QFETCH(QStringList, tables);
    QFETCH(QStringList, expected);
    const QString owner = insertUser(1, "owner@example.com");
    const QString other = insertUser(2, "other@example.com");
    QVERIFY(count(QString("INSERT INTO recipients (user_id, phone_number) VALUES ('%1', '+15550001') RETURNING 1").arg(owner)) == 1);
    RunningWatch watch(m_db.environment(), QStringList{"watch", "--json"} + tables);
    QVERIFY2(watch.waitUntilListening(), qPrintable(watch.err()));
    QSqlQuery q(m_db.connection());
    QVERIFY_SQL(q, exec(QString("INSERT INTO messages (user_id, phone_number) SELECT CASE WHEN g % 2 = 0 THEN '%1'::uuid "
                                "ELSE '%2'::uuid END, '+1' || g FROM generate_series(1, 10000) g").arg(owner, other)));
    QVERIFY_SQL(q, exec("UPDATE recipients SET name = 'Zed'"));
    QVERIFY_SQL(q, exec(QString("UPDATE users SET name = 'O' WHERE id = '%1'").arg(owner)));
    QTRY_COMPARE_WITH_TIMEOUT(watch.lines().size(), expected.size(), 30000);
    QCOMPARE(watch.interrupt(), 130);
    QStringList got;
    for (const QString &line : watch.lines()) {
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(line));
        got << QString("%1 %2 %3").arg(o["table"].toString(), o["op"].toString()).arg(o["rows"].toInteger());
        QVERIFY2(QDateTime::fromString(o["at"].toString(), Qt::ISODateWithMs).isValid(), qPrintable(line));
        QStringList owners;
        for (const QJsonValue &v : o["owners"].toArray())
            owners << v.toString();
        const QStringList expectedOwners = o["table"] == "messages" ? QStringList{owner, other} : QStringList{owner};
        QCOMPARE(owners, expectedOwners);
        QCOMPARE(o["owners_total"].toInt(), owners.size());
        QCOMPARE(o["truncated"].toBool(), false);
    }
    QCOMPARE(got, expected);
    QVERIFY2(watch.err().contains("Stopped watching."), qPrintable(watch.err()));
}

void tst_CliWatch::textLine()
{
    const QString owner = insertUser(1, "owner@example.com");
    RunningWatch watch(m_db.environment(), {"watch", "campaigns"});
    QVERIFY2(watch.waitUntilListening(), qPrintable(watch.err()));
    QSqlQuery q(m_db.connection());
    QVERIFY_SQL(q, exec(QString("INSERT INTO campaigns (user_id, name, message_template) VALUES ('%1', 'a', 't'), "
                                "('%1', 'b', 't')").arg(owner)));
    QTRY_COMPARE_WITH_TIMEOUT(watch.lines().size(), 1, 30000);
    QCOMPARE(watch.interrupt(), 130);
    QVERIFY2(watch.lines().first().contains(QString("insert campaigns  2 rows  %1").arg(owner)), qPrintable(watch.lines().first()));
}

void tst_CliWatch::forEnds()
{
    // --for counts from the moment it listens: exit 0, nothing printed without a change.
    const auto r = cli().run({"watch", "--for", "1"});
    QCOMPARE_EXIT(r, 0);
    QVERIFY_SAYS(r.err, QString("Ctrl-C stops"), r);
    QVERIFY(r.out.isEmpty());
}

void tst_CliWatch::interrupted()
{
    const auto r = cli().interrupt({"watch"}, "Ctrl-C stops");
    QCOMPARE_EXIT(r, 130);
    QVERIFY_SAYS(r.err, QString("Stopped watching."), r);
}

void tst_CliWatch::refused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown table") << QStringList{"watch", "groups"} << "\"groups\" is not a watched table";
    QTest::newRow("zero seconds") << QStringList{"watch", "--for", "0"} << "--for takes a number of seconds";
    QTest::newRow("not a number") << QStringList{"watch", "--for", "soon"} << "not \"soon\"";
}

void tst_CliWatch::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const auto r = cli().run(arguments);
    QCOMPARE_EXIT(r, 1);
    QVERIFY_SAYS(r.err, says, r);
    QVERIFY(r.out.isEmpty());
}

void tst_CliWatch::notMigrated()
{
    TestDatabase bare;
    QVERIFY2(bare.create(), qPrintable(bare.lastError()));
    const auto r = CliRunner(bare.environment()).run({"watch", "--for", "1"});
    QCOMPARE_EXIT(r, 2);
    QVERIFY_SAYS(r.err, QString("run \"waqtor-db migrate\" first"), r);
}

QTEST_GUILESS_MAIN(tst_CliWatch)
#include "tst_cli_watch.moc"
