// waqtor-db's commands that act on the server, end to end (the real binary, a throwaway database):
// cancel (with and without --yes, on a terminal and from a script, --terminate), vacuum and reindex,
// and bad process ids and table names refused with a sentence, changing nothing.

#include "clifixture.h"
#include "runningstatement.h"

#include <QSqlQuery>
#include <QTest>

class tst_CliMaintenance : public QObject, public CliFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(setUpDatabase(), qPrintable(cliError())); }
    void init() { QVERIFY2(emptyTables(), qPrintable(cliError())); }

    void cancelNeedsYesFromScript();
    void cancelYes_data();
    void cancelYes();
    void cancelOnTerminal_data();
    void cancelOnTerminal();
    void badPid_data();
    void badPid();
    void vacuum_data();
    void vacuum();
    void reindex();
    void badTables_data();
    void badTables();

private:
    bool alive(int pid) { return count(QString("SELECT count(*) FROM pg_stat_activity WHERE pid = %1").arg(pid)) == 1; }
    QString lastVacuum(const QString &table)
    {
        return text(QString("SELECT COALESCE(last_vacuum::text, '') FROM pg_stat_user_tables WHERE relname = '%1'").arg(table));
    }
};

void tst_CliMaintenance::cancelNeedsYesFromScript()
{
    RunningStatement sleeper(m_db.settings(), "SELECT pg_sleep(60)");
    QVERIFY(sleeper.waitUntilRunning(m_db.connection(), "Timeout"));
    for (const QStringList &extra : {QStringList{}, QStringList{"--terminate"}}) {
        const auto r = cli().run(QStringList{"cancel", QString::number(sleeper.pid())} + extra);
        QCOMPARE_EXIT(r, 1);
        QVERIFY_SAYS(r.err, QString("add --yes"), r);
    }
    QVERIFY(sleeper.waitUntilRunning(m_db.connection(), "Timeout"));  // still sleeping: nothing was done
}

void tst_CliMaintenance::cancelYes_data()
{
    QTest::addColumn<bool>("terminate");
    QTest::newRow("cancel") << false;
    QTest::newRow("terminate") << true;
}

void tst_CliMaintenance::cancelYes()
{
    QFETCH(bool, terminate);
    RunningStatement sleeper(m_db.settings(), "SELECT pg_sleep(60)");
    QVERIFY(sleeper.waitUntilRunning(m_db.connection(), "Timeout"));
    QStringList args{"cancel", QString::number(sleeper.pid()), "--yes"};
    if (terminate)
        args << "--terminate";
    const auto r = cli().run(args);
    QCOMPARE_EXIT(r, 0);
    QVERIFY_SAYS(r.out, terminate ? QString("Ended process %1").arg(sleeper.pid())
                                  : QString("Cancelled the statement of process %1").arg(sleeper.pid()), r);
    QTRY_VERIFY(sleeper.finished());
    // A cancel stops the statement; a terminate ends the connection under it.
    QVERIFY2(sleeper.failureText().contains(terminate ? "terminating connection due to administrator command"
                                                      : "canceling statement due to user request"),
             qPrintable(sleeper.failureText()));
    if (terminate)
        QTRY_VERIFY(!alive(sleeper.pid()));
}

void tst_CliMaintenance::cancelOnTerminal_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("yes") << QByteArray("y\n") << 0;
    QTest::newRow("no") << QByteArray("n\n") << 1;
}

void tst_CliMaintenance::cancelOnTerminal()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, exitCode);
    RunningStatement sleeper(m_db.settings(), "SELECT pg_sleep(60) /* cli-terminal */");
    QVERIFY(sleeper.waitUntilRunning(m_db.connection(), "Timeout"));
    const auto r = cli().typeOnTerminal({"cancel", QString::number(sleeper.pid())}, {{"Cancel this statement?", answer}});
    QCOMPARE_EXIT(r, exitCode);
    QVERIFY_SAYS(r.out, QString("cli-terminal"), r);  // what would be cancelled is shown before the question
    if (exitCode == 0) {
        QTRY_VERIFY(sleeper.finished());
        QVERIFY(!sleeper.status().ok());
    } else {
        QVERIFY_SAYS(r.out, QString("Nothing was done."), r);
        QVERIFY(sleeper.waitUntilRunning(m_db.connection(), "Timeout"));
    }
}

void tst_CliMaintenance::badPid_data()
{
    QTest::addColumn<QString>("pid");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("word") << "abc" << 1 << "is a process id";
    QTest::newRow("zero") << "0" << 1 << "is a process id";
    QTest::newRow("negative") << "-12" << 1 << "is a process id";
    QTest::newRow("no such process") << "2147480000" << 3 << "may have ended already";
}

void tst_CliMaintenance::badPid()
{
    QFETCH(QString, pid);
    QFETCH(int, exitCode);
    QFETCH(QString, sentence);
    const auto r = cli().run({"cancel", "--yes", "--", pid});
    QCOMPARE_EXIT(r, exitCode);
    QVERIFY_SAYS(r.err, sentence, r);
}

void tst_CliMaintenance::vacuum_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("vacuumed");
    QTest::addColumn<QString>("says");
    QTest::newRow("one table") << QStringList{"users"} << QStringList{"users"} << "Vacuumed and analyzed users.";
    QTest::newRow("two tables") << QStringList{"groups", "messages"} << QStringList{"groups", "messages"}
                                << "Vacuumed and analyzed groups, messages.";
    QTest::newRow("all") << QStringList{} << QStringList{"users", "whatsapp_sessions", "messages", "campaigns", "recipients",
                                                         "groups", "recipient_groups"}
                         << "Vacuumed and analyzed users, whatsapp_sessions";
    QTest::newRow("full") << QStringList{"campaigns", "--full"} << QStringList{} << "Rewrote and analyzed campaigns";
}

void tst_CliMaintenance::vacuum()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, vacuumed);
    QFETCH(QString, says);
    const QString analyzedBefore = text("SELECT COALESCE(last_analyze::text, '') FROM pg_stat_user_tables WHERE relname = 'campaigns'");
    const QStringList before = {lastVacuum("users"), lastVacuum("groups")};
    const auto r = cli().run(QStringList{"vacuum"} + args);
    QCOMPARE_EXIT(r, 0);
    QVERIFY_SAYS(r.out, says, r);
    for (const QString &table : vacuumed)
        QVERIFY2(!lastVacuum(table).isEmpty() && !before.contains(lastVacuum(table)), qPrintable(table));
    if (args.contains("--full"))
        QVERIFY(text("SELECT COALESCE(last_analyze::text, '') FROM pg_stat_user_tables WHERE relname = 'campaigns'")
                != analyzedBefore);
}

void tst_CliMaintenance::reindex()
{
    const QString before = text("SELECT pg_relation_filenode('recipients_pkey')::text");
    const auto r = cli().run({"reindex", "recipients"});
    QCOMPARE_EXIT(r, 0);
    QVERIFY_SAYS(r.out, QString("Rebuilt the indexes of recipients"), r);
    QVERIFY(text("SELECT pg_relation_filenode('recipients_pkey')::text") != before);
    QCOMPARE(count("SELECT count(*) FROM pg_index WHERE indrelid = 'recipients'::regclass AND NOT indisvalid"), qint64(0));
}

void tst_CliMaintenance::badTables_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("vacuum, unknown") << QStringList{"vacuum", "accounts"} << 1 << "is not one of WaQtor's tables";
    QTest::newRow("vacuum, good then bad") << QStringList{"vacuum", "users", "pg_class"} << 1 << "\"pg_class\" is not one";
    QTest::newRow("vacuum full, injection") << QStringList{"vacuum", "--full", "users; DROP TABLE groups"} << 1
                                            << "is not one of WaQtor's tables";
    QTest::newRow("reindex, unknown") << QStringList{"reindex", "sessions"} << 1 << "choose from users, whatsapp_sessions";
    QTest::newRow("reindex, none") << QStringList{"reindex"} << 1 << "Missing arguments";
    QTest::newRow("reindex, two") << QStringList{"reindex", "users", "groups"} << 1 << "Too many arguments";
}

void tst_CliMaintenance::badTables()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, sentence);
    const QString users = lastVacuum("users");
    const auto r = cli().run(args);
    QCOMPARE_EXIT(r, exitCode);
    QVERIFY_SAYS(r.err, sentence, r);
    QCOMPARE(lastVacuum("users"), users);
    QCOMPARE(count("SELECT count(*) FROM pg_class WHERE relname = 'groups'"), qint64(1));
}

QTEST_GUILESS_MAIN(tst_CliMaintenance)
#include "tst_cli_maintenance.moc"
