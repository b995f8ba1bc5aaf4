// A write that fails is a failure: waqtor-db on a full disk (/dev/full, or a file-size limit that makes a
// regular file's writes fail as a full disk does), through symbolic links, and its import error file.
// Every case: exit 1, a sentence naming the file and the cause, nothing claimed as written, an earlier
// file untouched and no partial file left behind.

#include "clirunner.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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

QString fullDevicePath()
{
    return CliRunner::fullDevice();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class tst_CliWrites : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fullDevice_data();
    void fullDevice();
    void fullDiskKeepsEarlierFile_data();
    void fullDiskKeepsEarlierFile();
    void symlinkedDestinationRefused_data();
    void symlinkedDestinationRefused();
    void writesFifoInPlace();
    void importErrorFileUnwritable_data();
    void importErrorFileUnwritable();
    void errorsNamingTheInputRefused_data();
    void errorsNamingTheInputRefused();
    void staleErrorFileRemoved_data();
    void staleErrorFileRemoved();
    void errorFileCellsGuarded();

private:
    CliRunner runner() const { return CliRunner(m_db.environment()); }
    QStringList filesIn(const QString &dir) const
    {
        return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    }

    qint64 contacts(const QString &phonePrefix)
    {
        return m_db.scalar(QStringLiteral("SELECT count(*) FROM recipients WHERE phone_number LIKE '%1%%'").arg(phonePrefix))
            .toLongLong();
    }

    TestDatabase m_db;
    TestOwners m_owners;
};

void tst_CliWrites::initTestCase()
{
    QVERIFY2(QFileInfo::exists(CliRunner::binary()), qPrintable(CliRunner::binary()));
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    QVERIFY2(m_db.createOwners(&m_owners), qPrintable(m_db.lastError()));
    QVERIFY2(m_db.exec(QStringLiteral(
                 "INSERT INTO recipients (user_id, phone_number, name, status) VALUES "
                 "('%1', '+966500000001', 'Alia', 'active'), ('%1', '+966500000002', 'Badr', 'active');"
                 "INSERT INTO groups (user_id, name) VALUES ('%1', 'VIP');"
                 "INSERT INTO campaigns (user_id, name, message_template, status, total_recipients, sent_count) VALUES "
                 "('%1', 'Eid', 'Hi', 'completed', 8, 6)")
                           .arg(m_owners.alice)),
             qPrintable(m_db.lastError()));
}

void tst_CliWrites::fullDevice_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("viaStandardOutput");  // stdout itself is /dev/full
    for (const char *table : {"users", "sessions", "campaigns", "contacts", "groups", "messages"})
        QTest::addRow("export_%s_out_dev_full", table) << QStringList{"export", table, "--out", fullDevicePath()} << false;
    for (const char *report : {"campaigns", "messages", "groups"})
        QTest::addRow("report_%s_out_dev_full", report) << QStringList{"report", report, "--out", fullDevicePath()} << false;
    QTest::newRow("export_users_stdout") << QStringList{"export", "users", "--out", "-"} << true;
    QTest::newRow("report_groups_stdout") << QStringList{"report", "groups", "--out", "-"} << true;
    QTest::newRow("list_users") << QStringList{"list-users"} << true;
    QTest::newRow("list_users_json") << QStringList{"list-users", "--json"} << true;
    QTest::newRow("show_stats") << QStringList{"show-stats"} << true;
    QTest::newRow("show_stats_json") << QStringList{"show-stats", "--json"} << true;
    QTest::newRow("version") << QStringList{"--version"} << true;
    QTest::newRow("help") << QStringList{"--help"} << true;
}

void tst_CliWrites::fullDevice()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, viaStandardOutput);
    const auto r = runner().runRedirected(arguments, viaStandardOutput ? fullDevicePath() : QString());
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QLatin1String("No space left on device")), qPrintable(describe(r)));
    QVERIFY2(r.err.contains(viaStandardOutput ? QStringLiteral("standard output") : fullDevicePath()),
             qPrintable(describe(r)));
    QVERIFY2(!r.err.contains(QLatin1String("Wrote")), qPrintable(describe(r)));
}

void tst_CliWrites::fullDiskKeepsEarlierFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    // All go through one writer; one table export, the streamed contacts and one report show it.
    QTest::newRow("export_users") << QStringList{"export", "users"};
    QTest::newRow("export_contacts") << QStringList{"export", "contacts"};
    QTest::newRow("report_groups") << QStringList{"report", "groups"};
}

void tst_CliWrites::fullDiskKeepsEarlierFile()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QVERIFY(writeFile(path, "earlier export\n"));
    // 16 bytes: less than any header, so the very first block of the file cannot be written.
    const auto r = runner().runRedirected(arguments + QStringList{"--out", path}, QString(), 16);
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(path) && r.err.contains(QLatin1String("File too large")), qPrintable(describe(r)));
    QVERIFY2(!r.err.contains(QLatin1String("Wrote")), qPrintable(describe(r)));
    QCOMPARE(readAll(path), QByteArray("earlier export\n"));
    QCOMPARE(filesIn(dir.path()), QStringList{"out.csv"});

    // Without an earlier file, none is left behind.
    QVERIFY(QFile::remove(path));
    const auto fresh = runner().runRedirected(arguments + QStringList{"--out", path}, QString(), 16);
    QVERIFY2(fresh.exitCode == 1, qPrintable(describe(fresh)));
    QCOMPARE(filesIn(dir.path()), QStringList());
}

void tst_CliWrites::symlinkedDestinationRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("export_users") << QStringList{"export", "users"};
    QTest::newRow("export_contacts") << QStringList{"export", "contacts"};
    QTest::newRow("report_groups") << QStringList{"report", "groups"};
}

void tst_CliWrites::symlinkedDestinationRefused()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    const QString victim = dir.filePath(QStringLiteral("victim.txt"));
    const QString link = dir.filePath(QStringLiteral("link.csv"));
    QVERIFY(writeFile(victim, "someone else's file\n"));
    QVERIFY(QFile::link(QStringLiteral("victim.txt"), link));
    const auto r = runner().run(arguments + QStringList{"--out", link});
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(link) && r.err.contains(QLatin1String("symbolic link")), qPrintable(describe(r)));
    QCOMPARE(readAll(victim), QByteArray("someone else's file\n"));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(filesIn(dir.path()), (QStringList{"link.csv", "victim.txt"}));

    // A dangling link is refused too: it would create the file it points to.
    QVERIFY(QFile::remove(victim));
    const auto dangling = runner().run(arguments + QStringList{"--out", link});
    QVERIFY2(dangling.exitCode == 1 && dangling.err.contains(QLatin1String("symbolic link")), qPrintable(describe(dangling)));
    QVERIFY(!QFileInfo::exists(victim));
}

void tst_CliWrites::writesFifoInPlace()
{
    // A FIFO (like a device such as /dev/full) cannot be replaced by a rename: it is written in place, not
    // swapped for a regular file. Our end is open first, so the export's writes land in the pipe's buffer.
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.csv"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
    QVERIFY(reader >= 0);
    const auto r = runner().run({"export", "users", "--out", fifo});
    QByteArray received(1 << 16, '\0');
    const ssize_t n = ::read(reader, received.data(), received.size());
    ::close(reader);
    received.resize(n > 0 ? n : 0);
    QVERIFY2(r.exitCode == 0 && r.err.contains(QLatin1String("Wrote 4 rows to")), qPrintable(describe(r)));
    QVERIFY2(received.startsWith("id,email,name,role,"), received.constData());
    QVERIFY(!QFileInfo(fifo).isFile());
    QCOMPARE(filesIn(dir.path()), QStringList{"pipe.csv"});
}

void tst_CliWrites::importErrorFileUnwritable_data()
{
    QTest::addColumn<QString>("errorsName");  // "/dev/full", or a file in the test's folder
    QTest::addColumn<qint64>("fileSizeLimit");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<bool>("dryRun");
    QTest::newRow("dev_full") << fullDevicePath() << qint64(-1) << "No space left on device" << false;
    QTest::newRow("dev_full_dry_run") << fullDevicePath() << qint64(-1) << "No space left on device" << true;
    QTest::newRow("full_disk") << "errors.csv" << qint64(16) << "File too large" << false;
}

void tst_CliWrites::importErrorFileUnwritable()
{
    QFETCH(QString, errorsName);
    QFETCH(qint64, fileSizeLimit);
    QFETCH(QString, cause);
    QFETCH(bool, dryRun);
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("in.csv"));
    QVERIFY(writeFile(input, "phone,name\n+966501100001,Good\nnot-a-phone,Bad\n+966501100002,Good too\n"));
    const QString errors = errorsName.startsWith(u'/') ? errorsName : dir.filePath(errorsName);
    if (!errorsName.startsWith(u'/'))
        QVERIFY(writeFile(errors, "earlier report\n"));
    QStringList arguments{"import-contacts", input, "--owner", "alice@example.com", "--errors", errors};
    if (dryRun)
        arguments << "--dry-run";
    const auto r = runner().runRedirected(arguments, QString(), fileSizeLimit);
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(errors) && r.err.contains(cause), qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QLatin1String("changed nothing")), qPrintable(describe(r)));
    QVERIFY2(!r.out.contains(QLatin1String("inserted")), qPrintable(describe(r)));
    QCOMPARE(contacts(QStringLiteral("+96650110000")), 0);
    if (!errorsName.startsWith(u'/')) {
        QCOMPARE(readAll(errors), QByteArray("earlier report\n"));
        QCOMPARE(filesIn(dir.path()), (QStringList{"errors.csv", "in.csv"}));
    }
}

void tst_CliWrites::errorsNamingTheInputRefused_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("message");
    QTest::newRow("same_path") << "same" << "is the file being imported";
    QTest::newRow("other_spelling") << "dot" << "is the file being imported";
    QTest::newRow("symlink_to_input") << "symlink" << "is the file being imported";
    QTest::newRow("hard_link_to_input") << "hardlink" << "is the file being imported";
    QTest::newRow("symlink_elsewhere") << "victim" << "symbolic link";
    QTest::newRow("folder") << "folder" << "is a folder";
}

void tst_CliWrites::errorsNamingTheInputRefused()
{
    QFETCH(QString, how);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("in.csv"));
    const QByteArray content = "phone,name\n+966501200001,Good\nnot-a-phone,Bad\n";
    QVERIFY(writeFile(input, content));
    QString errors = input;
    if (how == QLatin1String("dot")) {
        errors = dir.path() + QStringLiteral("/./sub/../in.csv");
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    } else if (how == QLatin1String("symlink")) {
        errors = dir.filePath(QStringLiteral("errors.csv"));
        QVERIFY(QFile::link(QStringLiteral("in.csv"), errors));
    } else if (how == QLatin1String("hardlink")) {
        errors = dir.filePath(QStringLiteral("errors.csv"));
        QVERIFY(::link(QFile::encodeName(input).constData(), QFile::encodeName(errors).constData()) == 0);
    } else if (how == QLatin1String("victim")) {
        errors = dir.filePath(QStringLiteral("errors.csv"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("victim.txt")), "someone else's file\n"));
        QVERIFY(QFile::link(QStringLiteral("victim.txt"), errors));
    } else if (how == QLatin1String("folder")) {
        errors = dir.filePath(QStringLiteral("folder"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    }
    const auto r = runner().run({"import-contacts", input, "--owner", "alice@example.com", "--errors", errors});
    QVERIFY2(r.exitCode == 1 && r.err.contains(message), qPrintable(describe(r)));
    QCOMPARE(readAll(input), content);
    QCOMPARE(contacts(QStringLiteral("+96650120000")), 0);
    if (how == QLatin1String("victim"))
        QCOMPARE(readAll(dir.filePath(QStringLiteral("victim.txt"))), QByteArray("someone else's file\n"));
}

void tst_CliWrites::staleErrorFileRemoved_data()
{
    QTest::addColumn<bool>("dryRun");
    QTest::newRow("import") << false;
    QTest::newRow("dry_run") << true;
}

void tst_CliWrites::staleErrorFileRemoved()
{
    QFETCH(bool, dryRun);
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("in.csv"));
    const QString errors = dir.filePath(QStringLiteral("errors.csv"));
    QVERIFY(writeFile(input, "phone,name\n+966501300001,Good\n"));
    QVERIFY(writeFile(errors, "line,reason,phone,name\n3,an earlier run's rejection,x,y\n"));
    QStringList arguments{"import-contacts", input, "--owner", "alice@example.com", "--errors", errors};
    if (dryRun)
        arguments << "--dry-run";
    const auto r = runner().run(arguments);
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("0 rejected")), qPrintable(describe(r)));
    QVERIFY2(!QFileInfo::exists(errors), qPrintable(describe(r)));
    QCOMPARE(contacts(QStringLiteral("+96650130000")), dryRun ? 0 : 1);
    QVERIFY(m_db.exec(QStringLiteral("DELETE FROM recipients WHERE phone_number LIKE '+96650130000%'")));
}

void tst_CliWrites::errorFileCellsGuarded()
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("in.csv"));
    const QString errors = dir.filePath(QStringLiteral("errors.csv"));
    QVERIFY(writeFile(input, "phone,name,email\n"
                             "-12,\"=HYPERLINK(\"\"http://x\"\")\",a@example.com\n"
                             "+966501400001,@SUM(A1),not-an-email\n"));
    const auto r = runner().run({"import-contacts", input, "--owner", "alice@example.com", "--errors", errors});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("2 rejected")), qPrintable(describe(r)));
    const QList<QByteArray> lines = readAll(errors).split('\n');
    QCOMPARE(lines.value(0).trimmed(), QByteArray("line,reason,phone,name,email"));
    // The same guard as exports: a leading ' before = + - @ tab CR, except an E.164 phone.
    QVERIFY2(lines.value(1).startsWith("2,") && lines.value(1).trimmed().endsWith(",'-12,\"'=HYPERLINK(\"\"http://x\"\")\",a@example.com"),
             lines.value(1).constData());
    QVERIFY2(lines.value(2).startsWith("3,") && lines.value(2).trimmed().endsWith(",+966501400001,'@SUM(A1),not-an-email"),
             lines.value(2).constData());
}

QTEST_GUILESS_MAIN(tst_CliWrites)
#include "tst_cli_writes.moc"
