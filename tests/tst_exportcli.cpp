// `waqtor-db export` and `waqtor-db report` end to end: the real binary against a throwaway database,
// checking exit codes, the file (or standard output) and the messages. The CSV's content itself is
// tst_csvexporter's business; here only what the command line adds.

#include "clirunner.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString describe(const CliRunner::Run &r)
{
    return QStringLiteral("exit %1\n--- stdout:\n%2\n--- stderr:\n%3").arg(r.exitCode).arg(r.out, r.err);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class tst_ExportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportToFile();
    void exportToStdout();
    void report();
    void failures_data();
    void failures();
    void failedExportLeavesOldFile();
    void databaseError();
    void interruptedWhileServerIsBusy();

private:
    CliRunner::Run run(const QStringList &arguments) const { return CliRunner(m_db.environment()).run(arguments); }

    TestDatabase m_db;
    TestOwners m_owners;
    QTemporaryDir m_dir;
};

void tst_ExportCli::initTestCase()
{
    QVERIFY2(QFileInfo::exists(CliRunner::binary()), qPrintable(CliRunner::binary()));
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    QVERIFY2(m_db.createOwners(&m_owners), qPrintable(m_db.lastError()));
    QVERIFY2(m_db.exec(QStringLiteral(
                 "INSERT INTO recipients (user_id, phone_number, name, status, custom_fields, created_at) VALUES "
                 "('%1', '+966500000001', 'Alia', 'active', '{\"city\": \"Riyadh\"}', '2026-03-01 10:00:00'), "
                 "('%1', '+966500000002', '=cmd()', 'blocked', NULL, '2026-03-05 10:00:00'), "
                 "('%2', '+966500000003', 'Bob''s', 'active', NULL, '2026-03-09 10:00:00');"
                 "INSERT INTO groups (user_id, name) VALUES ('%1', 'VIP');"
                 "INSERT INTO recipient_groups (recipient_id, group_id) SELECT r.id, g.id FROM recipients r, groups g "
                 "WHERE r.phone_number = '+966500000001';"
                 "INSERT INTO campaigns (user_id, name, message_template, status, total_recipients, sent_count) VALUES "
                 "('%1', 'Eid', 'Hi', 'completed', 8, 6)")
                           .arg(m_owners.alice, m_owners.bob)),
             qPrintable(m_db.lastError()));
}

void tst_ExportCli::exportToFile()
{
    const QString path = m_dir.filePath(QStringLiteral("alice.csv"));
    const auto r = run({QStringLiteral("export"), QStringLiteral("contacts"), QStringLiteral("--out"), path,
                        QStringLiteral("--owner"), QStringLiteral("ALICE@example.com"), QStringLiteral("--since"),
                        QStringLiteral("2026-03-01"), QStringLiteral("--until"), QStringLiteral("2026-03-05"),
                        QStringLiteral("--bom"), QStringLiteral("--custom-fields"), QStringLiteral("columns")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QLatin1String("Wrote 2 rows to")), qPrintable(describe(r)));
    QVERIFY(r.out.isEmpty());
    const QByteArray csv = readAll(path);
    QVERIFY2(csv.startsWith("\xEF\xBB\xBFphone_number,name,email,status,custom:city,owner_email,groups,created_at,updated_at\r\n"),
             csv.constData());
    QVERIFY2(csv.contains("+966500000001,Alia,,active,Riyadh,alice@example.com,VIP,2026-03-01T10:00:00.000000,"), csv.constData());
    QVERIFY2(csv.contains("+966500000002,'=cmd(),,blocked,,alice@example.com,,"), csv.constData());
    QVERIFY(!csv.contains("+966500000003"));

    // --group and --status narrow it further.
    const auto vip = run({QStringLiteral("export"), QStringLiteral("contacts"), QStringLiteral("--out"), path,
                          QStringLiteral("--group"), QStringLiteral("VIP"), QStringLiteral("--status"), QStringLiteral("active")});
    QVERIFY2(vip.exitCode == 0, qPrintable(describe(vip)));
    QCOMPARE(readAll(path).count("\r\n"), 2);
}

void tst_ExportCli::exportToStdout()
{
    const auto r = run({QStringLiteral("export"), QStringLiteral("users"), QStringLiteral("--out"), QStringLiteral("-")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.startsWith(QLatin1String("id,email,name,role,is_active,last_login_at,created_at,updated_at\r\n")),
             qPrintable(describe(r)));
    QVERIFY(r.out.contains(QLatin1String("alice@example.com")));
    QVERIFY(!r.out.contains(QLatin1String("$2b$")));
    QVERIFY2(r.err.contains(QLatin1String("Wrote 4 rows to standard output.")), qPrintable(describe(r)));
}

void tst_ExportCli::report()
{
    const auto r = run({QStringLiteral("report"), QStringLiteral("campaigns"), QStringLiteral("--out"), QStringLiteral("-")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains(QLatin1String("Eid,alice@example.com,,completed,8,6,0,75.00,,,\r\n")), qPrintable(describe(r)));
    const auto groups = run({QStringLiteral("report"), QStringLiteral("groups"), QStringLiteral("--out"), QStringLiteral("-")});
    QVERIFY2(groups.out.contains(QLatin1String("VIP,alice@example.com,1,1,0,0,0\r\n")), qPrintable(describe(groups)));
}

void tst_ExportCli::failures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("--out=") + m_dir.filePath(QStringLiteral("never.csv"));
    QTest::newRow("unknown_owner") << QStringList{"export", "contacts", out, "--owner", "nobody@example.com"} << 3
                                   << "No account has the email nobody@example.com";
    QTest::newRow("unknown_group") << QStringList{"export", "contacts", out, "--group", "Nope"} << 3 << "No group is called";
    QTest::newRow("bad_since") << QStringList{"export", "contacts", out, "--since", "01/03/2026"} << 1 << "--since needs a date";
    QTest::newRow("bad_until") << QStringList{"export", "contacts", out, "--until", "2026-02-30"} << 1 << "--until needs a date";
    QTest::newRow("since_after_until") << QStringList{"export", "contacts", out, "--since", "2026-03-02", "--until", "2026-03-01"}
                                       << 1 << "is after the last day";
    QTest::newRow("unknown_table") << QStringList{"export", "passwords", out} << 1 << "Cannot export \"passwords\"";
    QTest::newRow("unknown_report") << QStringList{"report", "users", out} << 1 << "There is no \"users\" report";
    QTest::newRow("no_out") << QStringList{"export", "contacts"} << 1 << "--out FILE";
    QTest::newRow("bad_status") << QStringList{"export", "contacts", out, "--status", "gone"} << 1 << "not a status of contacts";
    QTest::newRow("status_on_users") << QStringList{"export", "users", out, "--status", "active"} << 1 << "no status";
    QTest::newRow("group_on_messages") << QStringList{"export", "messages", out, "--group", "VIP"} << 1 << "Only contacts";
    QTest::newRow("bad_layout") << QStringList{"export", "contacts", out, "--custom-fields", "xml"} << 1 << "json or columns";
    QTest::newRow("unwritable") << QStringList{"export", "contacts", "--out", "/nonexistent-dir/x.csv"} << 1 << "Cannot write";
}

void tst_ExportCli::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const auto r = run(arguments);
    QVERIFY2(r.exitCode == exitCode && r.err.contains(message), qPrintable(describe(r)));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.csv"))));
}

void tst_ExportCli::failedExportLeavesOldFile()
{
    const QString path = m_dir.filePath(QStringLiteral("keep.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("old\n");
    f.close();
    const auto r = run({QStringLiteral("export"), QStringLiteral("contacts"), QStringLiteral("--out"), path,
                        QStringLiteral("--group"), QStringLiteral("Nope")});
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(readAll(path), QByteArray("old\n"));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("keep.csv*")}, QDir::Files), QStringList{"keep.csv"});
}

void tst_ExportCli::databaseError()
{
    // A database without the WaQtor tables: the server refuses the SELECT, exit 2, no file.
    TestDatabase empty;
    QVERIFY2(empty.create(), qPrintable(empty.lastError()));
    const QString path = m_dir.filePath(QStringLiteral("empty.csv"));
    const auto r = CliRunner(empty.environment()).run({QStringLiteral("export"), QStringLiteral("campaigns"),
                                                       QStringLiteral("--out"), path});
    QVERIFY2(r.exitCode == 2 && r.err.contains(QLatin1String("Could not export the campaigns")), qPrintable(describe(r)));
    QVERIFY(!QFile::exists(path));
}

void tst_ExportCli::interruptedWhileServerIsBusy()
{
    // Another session holds a lock every reader of recipients waits for: the export is stuck on the
    // server until Ctrl-C cancels its statement there (the lock is still held when the command ends).
    QSqlQuery locker(m_db.connection(QStringLiteral("locker")));
    QVERIFY(locker.exec(QStringLiteral("BEGIN")));
    QVERIFY(locker.exec(QStringLiteral("LOCK TABLE recipients IN ACCESS EXCLUSIVE MODE")));
    const QString path = m_dir.filePath(QStringLiteral("interrupted.csv"));
    const QString waiting = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                           "AND datname = current_database()");
    QElapsedTimer clock;
    const auto r = CliRunner(m_db.environment()).interruptWhen(
        {QStringLiteral("export"), QStringLiteral("contacts"), QStringLiteral("--out"), path}, [&](qint64) {
            clock.start();
            return m_db.scalar(waiting).toInt() == 1;
        });
    QVERIFY2(r.exitCode == 130 && r.err.contains(QLatin1String("The export was cancelled; no file was written.")),
             qPrintable(describe(r)));
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("interrupted.csv*")}, QDir::Files), QStringList());
    QTRY_COMPARE_WITH_TIMEOUT(m_db.scalar(waiting).toInt(), 0, 5000);
    QVERIFY(locker.exec(QStringLiteral("ROLLBACK")));
}

QTEST_GUILESS_MAIN(tst_ExportCli)
#include "tst_exportcli.moc"
