// waqtor-db import-contacts and normalise-phones end to end: the real binary against a throwaway
// database, checking exit codes, what was written and what was said.

#include "clirunner.h"
#include "testdatabase.h"

#include <QFile>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

class tst_ImportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void usageAndExitCodes_data();
    void usageAndExitCodes();
    void importsWithOptions();
    void readsStandardInput();
    void encodings_data();
    void encodings();
    void dryRunAndErrorsFile();
    void limitsStopBeforeAnythingIsWritten_data();
    void limitsStopBeforeAnythingIsWritten();
    void normalisePhones();

private:
    QString file(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return path;
    }
    static QString describe(const CliRunner::Run &r)
    {
        return QStringLiteral("exit %1\n--- stdout:\n%2\n--- stderr:\n%3").arg(r.exitCode).arg(r.out, r.err);
    }
    int count(const QString &where = "true")
    {
        return m_db.scalar("SELECT count(*) FROM recipients WHERE " + where).toInt();
    }

    TestDatabase m_db;
    TestOwners m_owners;
    QTemporaryDir m_dir;
};

void tst_ImportCli::initTestCase()
{
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    QVERIFY2(m_db.createOwners(&m_owners), qPrintable(m_db.lastError()));
}

void tst_ImportCli::init()
{
    QVERIFY(m_db.exec("DELETE FROM recipients; DELETE FROM groups"));
}

void tst_ImportCli::usageAndExitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString csv = "@CSV@";
    QTest::newRow("ok") << QStringList{"import-contacts", csv, "--owner", "alice@example.com"} << 0 << "1 inserted";
    QTest::newRow("owner matched ignoring case")
        << QStringList{"import-contacts", csv, "--owner", "ALICE@example.com"} << 0 << "1 inserted";
    QTest::newRow("no owner") << QStringList{"import-contacts", csv} << 1 << "--owner EMAIL is required";
    QTest::newRow("unknown owner") << QStringList{"import-contacts", csv, "--owner", "nobody@example.com"} << 3
                                   << "no account nobody@example.com";
    QTest::newRow("missing file") << QStringList{"import-contacts", "/nonexistent.csv", "--owner", "alice@example.com"}
                                  << 1 << "Cannot read /nonexistent.csv";
    QTest::newRow("bad policy") << QStringList{"import-contacts", csv, "--owner", "alice@example.com", "--on-duplicate", "merge"}
                                << 1 << "skip or update";
    QTest::newRow("bad region") << QStringList{"import-contacts", csv, "--owner", "alice@example.com", "--region", "XX"}
                                << 1 << "Unknown region";
    QTest::newRow("bad header option") << QStringList{"import-contacts", csv, "--owner", "alice@example.com", "--header", "maybe"}
                                       << 1 << "yes, no or auto";
    QTest::newRow("bad delimiter") << QStringList{"import-contacts", csv, "--owner", "alice@example.com", "--delimiter", ";;"}
                                   << 1 << "one character";
    QTest::newRow("bad map") << QStringList{"import-contacts", csv, "--owner", "alice@example.com", "--map", "Nope=name"}
                             << 1 << "no column \"Nope\"";
    QTest::newRow("unknown encoding") << QStringList{"import-contacts", csv, "--owner", "alice@example.com", "--encoding", "klingon"}
                                      << 1 << "klingon";
    QTest::newRow("normalise without region") << QStringList{"normalise-phones", "--owner", "alice@example.com"} << 1
                                              << "--region CC is required";
    QTest::newRow("normalise unknown owner") << QStringList{"normalise-phones", "--owner", "x@example.com", "--region", "SA"}
                                             << 3 << "no account";
}

void tst_ImportCli::usageAndExitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString csv = file("one.csv", "phone,name\n+966500000001,One\n");
    arguments.replaceInStrings("@CSV@", csv);
    const auto r = CliRunner(m_db.environment()).run(arguments);
    QVERIFY2(r.exitCode == exitCode, qPrintable(describe(r)));
    QVERIFY2((r.out + r.err).contains(message), qPrintable(describe(r)));
    if (exitCode != 0)
        QCOMPARE(count(), 0);
}

void tst_ImportCli::importsWithOptions()
{
    // Semicolons, a region for national numbers, a custom mapping, two groups, unmapped columns dropped.
    const QString csv = file("opts.csv", "Handy;Kunde;Stadt;Notiz\n0501234567;Ali;Riyadh;x\n0551234567;Sara;Jeddah;y\n"
                                         "12;Bad;Nowhere;z\n");
    const auto r = CliRunner(m_db.environment())
                       .run({"import-contacts", csv, "--owner", "alice@example.com", "--region", "sa", "--map",
                             "Handy=phone_number", "--map", "Kunde=name", "--map", "Stadt=custom:city", "--drop-unmapped",
                             "--group", "Riyadh list", "--group", "All"});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains("2 inserted, 0 updated, 0 skipped, 1 rejected"), qPrintable(describe(r)));
    QVERIFY2(r.out.contains("New groups: Riyadh list, All"), qPrintable(describe(r)));
    QVERIFY2(r.err.contains("line 4:"), qPrintable(describe(r)));
    QVERIFY2(r.err.contains("--errors FILE"), qPrintable(describe(r)));
    QCOMPARE(m_db.scalar("SELECT name || ' ' || custom_fields::text FROM recipients WHERE phone_number = '+966501234567'")
                 .toString(), QString(R"(Ali {"city": "Riyadh"})"));
    QCOMPARE(m_db.scalar("SELECT count(*) FROM recipient_groups").toInt(), 4);
}

void tst_ImportCli::readsStandardInput()
{
    const auto r = CliRunner(m_db.environment())
                       .run({"import-contacts", "-", "--owner", "alice@example.com", "--header", "no"},
                            "+966500000001,Ahmed,a@example.com\n+966500000002,Mona,\n");
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(count(), 2);
    // Without a header the columns are "Column N"; phone and email are found from the rows.
    QCOMPARE(m_db.scalar("SELECT email || ' ' || custom_fields::text FROM recipients WHERE phone_number = '+966500000001'")
                 .toString(), QString(R"(a@example.com {"Column 2": "Ahmed"})"));
}

void tst_ImportCli::encodings_data()
{
    QTest::addColumn<QString>("encoding");  // how the file is written
    QTest::addColumn<QStringList>("option");
    QTest::addColumn<QString>("name");
    QTest::newRow("utf-8") << "UTF-8" << QStringList{} << QString::fromUtf8("محمد 😀");
    QTest::newRow("utf-8 with bom") << "UTF-8 BOM" << QStringList{} << QString::fromUtf8("محمد");
    QTest::newRow("utf-16le with bom") << "UTF-16LE" << QStringList{} << QString::fromUtf8("محمد 😀");
    QTest::newRow("windows-1256") << "windows-1256" << QStringList{"--encoding", "windows-1256"} << QString::fromUtf8("محمد");
    QTest::newRow("iso-8859-1") << "ISO-8859-1" << QStringList{"--encoding", "iso-8859-1"} << QString::fromUtf8("José");
}

void tst_ImportCli::encodings()
{
    QFETCH(QString, encoding);
    QFETCH(QStringList, option);
    QFETCH(QString, name);
    const QString text = "phone,name\r\n+966500000001," + name + "\r\n";
    QByteArray bytes;
    if (encoding == "UTF-8 BOM") {
        bytes = "\xEF\xBB\xBF" + text.toUtf8();
    } else if (encoding == "UTF-16LE") {
        QStringEncoder enc(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        bytes = enc(text);
    } else {
        QStringEncoder enc(encoding.toLatin1().constData());
        QVERIFY(enc.isValid());
        bytes = enc(text);
    }
    const QString csv = file("enc.csv", bytes);
    const auto r = CliRunner(m_db.environment()).run(QStringList{"import-contacts", csv, "--owner", "alice@example.com"} + option);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(m_db.scalar("SELECT name FROM recipients").toString(), name);
    if (encoding == "windows-1256") {
        // Read as UTF-8 the same bytes are refused, with the way out named; nothing is written.
        QVERIFY(m_db.exec("DELETE FROM recipients"));
        const auto wrong = CliRunner(m_db.environment()).run({"import-contacts", csv, "--owner", "alice@example.com"});
        QVERIFY2(wrong.exitCode == 1 && wrong.err.contains("--encoding"), qPrintable(describe(wrong)));
        QCOMPARE(count(), 0);
    }
}

void tst_ImportCli::dryRunAndErrorsFile()
{
    const QString csv = file("dry.csv", "phone,email\n+966500000001,ok@example.com\n+966500000002,not-an-email\n");
    const QString errors = m_dir.filePath("errors.csv");
    const auto dry = CliRunner(m_db.environment())
                         .run({"import-contacts", csv, "--owner", "alice@example.com", "--dry-run", "--errors", errors});
    QVERIFY2(dry.exitCode == 0, qPrintable(describe(dry)));
    QVERIFY2(dry.out.contains("Check only, nothing written: 1 would be inserted"), qPrintable(describe(dry)));
    QCOMPARE(count(), 0);
    QFile f(errors);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.value(0).trimmed(), QByteArray("line,reason,phone,email"));
    QVERIFY2(lines.value(1).startsWith("3,") && lines.value(1).trimmed().endsWith(",+966500000002,not-an-email"),
             lines.value(1).constData());
}

void tst_ImportCli::limitsStopBeforeAnythingIsWritten_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    const QByteArray good = "+966500000001,One\n+966500000002,Two\n";
    QTest::newRow("a quoted field over 1 MiB")
        << "phone,name\n" + good + "+966500000003,\"" + QByteArray(1024 * 1024 + 1, 'x') + "\"\n+966500000004,Four\n"
        << "Line 4 has a field longer than 1048576 characters";
    QTest::newRow("an unclosed quote")
        << "phone,name\n" + good + "+966500000003,\"open\n" + good.repeated(70000) << "Line 4 has a field longer";
    QTest::newRow("a header over 1,000 columns")
        << "phone,name" + QByteArray(",x").repeated(999) + "\n" + good << "Line 1 has more than 1000 columns";
    QTest::newRow("a later row over 1,000 columns")
        << "phone,name\n" + good + "+966500000003" + QByteArray(",x").repeated(1000) + "\n"
        << "Line 4 has more than 1000 columns";
}

void tst_ImportCli::limitsStopBeforeAnythingIsWritten()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString errors = m_dir.filePath("limits-errors.csv");
    QFile::remove(errors);
    const auto r = CliRunner(m_db.environment())
                       .run({"import-contacts", file("limits.csv", content), "--owner", "alice@example.com", "--group",
                             "Limits", "--errors", errors});
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(message), qPrintable(describe(r)));
    QVERIFY2(!r.err.contains("--encoding"), qPrintable(describe(r)));
    // The rows before the bad line were read and sent: the whole import is rolled back, group included.
    QCOMPARE(count(), 0);
    QCOMPARE(m_db.scalar("SELECT count(*) FROM groups").toInt(), 0);
    QVERIFY(!QFile::exists(errors));
}

void tst_ImportCli::normalisePhones()
{
    // Old rows written before imports normalised: one plain, one that collides with an E.164 row,
    // two that would become the same number, one unreadable.
    QVERIFY(m_db.exec("INSERT INTO recipients (user_id, phone_number, name) VALUES "
                      "('" + m_owners.alice + "', '050 123 4567', 'plain'), "
                      "('" + m_owners.alice + "', '+966551234567', 'e164'), "
                      "('" + m_owners.alice + "', '055-123-4567', 'collides'), "
                      "('" + m_owners.alice + "', '0561234567', 'twin a'), "
                      "('" + m_owners.alice + "', '056 123 4567', 'twin b'), "
                      "('" + m_owners.alice + "', 'call me', 'unreadable'), "
                      "('" + m_owners.bob + "', '0501234567', 'bob''s')"));
    const auto dry = CliRunner(m_db.environment()).run({"normalise-phones", "--owner", "alice@example.com", "--region", "SA", "--dry-run"});
    QVERIFY2(dry.exitCode == 0, qPrintable(describe(dry)));
    QVERIFY2(dry.out.contains("1 phones would be rewritten to E.164, 3 collide, 1 cannot be read, 1 already E.164"),
             qPrintable(describe(dry)));
    QCOMPARE(count("phone_number = '050 123 4567'"), 1);
    const auto r = CliRunner(m_db.environment()).run({"normalise-phones", "--owner", "alice@example.com", "--region", "SA"});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(m_db.scalar("SELECT phone_number FROM recipients WHERE name = 'plain'").toString(), QString("+966501234567"));
    QCOMPARE(m_db.scalar("SELECT phone_number FROM recipients WHERE name = 'collides'").toString(), QString("055-123-4567"));
    QCOMPARE(m_db.scalar("SELECT phone_number FROM recipients WHERE name = 'twin a'").toString(), QString("0561234567"));
    QCOMPARE(m_db.scalar("SELECT phone_number FROM recipients WHERE name = 'bob''s'").toString(), QString("0501234567"));
    QVERIFY2(r.err.contains("collision: 055-123-4567 → +966551234567"), qPrintable(describe(r)));
    // An import now deduplicates against the rewritten number.
    const QString csv = file("again.csv", "phone\n+966501234567\n");
    const auto again = CliRunner(m_db.environment()).run({"import-contacts", csv, "--owner", "alice@example.com"});
    QVERIFY2(again.out.contains("0 inserted, 0 updated, 1 skipped"), qPrintable(describe(again)));
}

QTEST_GUILESS_MAIN(tst_ImportCli)
#include "tst_importcli.moc"
