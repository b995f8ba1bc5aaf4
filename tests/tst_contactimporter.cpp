#include "import/contactimporter.h"
#include "export/csvexporter.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// ContactImporter against a real database: counts, both duplicate policies, groups, dry runs,
// rejected rows and their error file, and all-or-nothing on cancel, failure and a lost connection.
class tst_ContactImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void importsAndNormalises();
    void regionRequiredForNationalNumbers_data();
    void regionRequiredForNationalNumbers();
    void duplicates_data();
    void duplicates();
    void updateKeepsEmptyCellsAndBlocked_data();
    void updateKeepsEmptyCellsAndBlocked();
    void samePhoneOtherOwner();
    void groupsJoinedAndCreated();
    void dryRunWritesNothing();
    void rejectedRows_data();
    void rejectedRows();
    void errorFile();
    void nastyValues();
    void cancelRollsBack();
    void failureMidFileRollsBack();
    void lostConnectionRollsBack();
    void viewerCannotImport();
    void exportReimportRoundTrip_data();
    void exportReimportRoundTrip();

private:
    Result<ImportReport> import(const QByteArray &csv, ImportOptions options, const QStringList &maps = {},
                                ContactImporter *importer = nullptr);
    ImportOptions forAlice() const
    {
        ImportOptions o;
        o.ownerId = m_owners.alice;
        o.ownerEmail = "alice@example.com";
        o.region = "SA";
        return o;
    }
    QString contactsChecksum()
    {
        return m_db.scalar("SELECT md5(coalesce(string_agg(r::text || coalesce(g.names, ''), '|' ORDER BY r.user_id, "
                           "r.phone_number), '')) FROM recipients r LEFT JOIN (SELECT rg.recipient_id, "
                           "string_agg(g.name, ',' ORDER BY g.name) AS names FROM recipient_groups rg JOIN groups g "
                           "ON g.id = rg.group_id GROUP BY rg.recipient_id) g ON g.recipient_id = r.id")
            .toString() + m_db.scalar("SELECT count(*) FROM groups").toString();
    }
    QString field(const QString &phone, const QString &column, const QString &owner = {})
    {
        QSqlQuery q(m_db.connection());
        q.prepare("SELECT " + column + " FROM recipients WHERE phone_number = :p AND user_id = CAST(:o AS uuid)");
        q.bindValue(":p", phone);
        q.bindValue(":o", owner.isEmpty() ? m_owners.alice : owner);
        if (!q.exec() || !q.next())
            return "<missing>";
        return q.value(0).isNull() ? "<null>" : q.value(0).toString();
    }

    TestDatabase m_db;
    TestOwners m_owners;
    QTemporaryDir m_dir;
};

void tst_ContactImporter::initTestCase()
{
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    QVERIFY2(m_db.createOwners(&m_owners), qPrintable(m_db.lastError()));
    QVERIFY(m_dir.isValid());
}

void tst_ContactImporter::init()
{
    QVERIFY(m_db.exec("DELETE FROM recipients; DELETE FROM groups"));
}

Result<ImportReport> tst_ContactImporter::import(const QByteArray &csv, ImportOptions options, const QStringList &maps,
                                                 ContactImporter *importer)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, CsvReader::Options());
    reader.setKnownColumnName(&ColumnMapping::isKnownColumnName);
    if (Status s = reader.open(); !s)
        return s.error();
    QList<CsvRecord> prefetched;
    ColumnMapping mapping = ContactImporter::suggestMapping(reader, options.region, &prefetched);
    for (const QString &spec : maps)
        if (Status s = mapping.applyMapSpec(spec); !s)
            return s.error();
    ContactImporter own(m_db.connection(), PermissionPolicy("admin", m_owners.admin), "root@example.com");
    return (importer ? importer : &own)->run(reader, mapping, options, prefetched);
}

void tst_ContactImporter::importsAndNormalises()
{
    const auto r = import("Phone,Name,E-mail,Status,City\n"
                          "0501234567,Ahmed,ahmed@example.com,Active,Riyadh\n"
                          "+966 55 123 4567,\"Sara, \"\"the boss\"\"\",,BLOCKED,\n"
                          "00201001234567,Mona,,,Cairo\n",
                          forAlice());
    QVERIFY_OK(r);
    QCOMPARE(r->counts.inserted, 3);
    QCOMPARE(r->counts.records(), 3);
    QCOMPARE(field("+966501234567", "name"), QString("Ahmed"));
    QCOMPARE(field("+966501234567", "status"), QString("active"));
    QCOMPARE(field("+966501234567", "custom_fields::text"), QString(R"({"City": "Riyadh"})"));
    QCOMPARE(field("+966551234567", "name"), QString("Sara, \"the boss\""));
    QCOMPARE(field("+966551234567", "status"), QString("blocked"));
    QCOMPARE(field("+966551234567", "email"), QString("<null>"));
    QCOMPARE(field("+966551234567", "custom_fields"), QString("<null>"));
    QCOMPARE(field("+201001234567", "status"), QString("active"));
    QVERIFY(r->errorsFile.isEmpty());
}

void tst_ContactImporter::regionRequiredForNationalNumbers_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("inserted");
    QTest::addColumn<QString>("reason");
    QTest::newRow("with region") << "SA" << 2 << "";
    QTest::newRow("without region") << "" << 1 << "no region was given";
}

void tst_ContactImporter::regionRequiredForNationalNumbers()
{
    QFETCH(QString, region);
    QFETCH(int, inserted);
    QFETCH(QString, reason);
    ImportOptions o = forAlice();
    o.region = region;
    const auto r = import("phone\n0501234567\n+966551234567\n", o);
    QVERIFY_OK(r);
    QCOMPARE(r->counts.inserted, inserted);
    QCOMPARE(r->counts.rejected, 2 - inserted);
    if (!reason.isEmpty()) {
        QCOMPARE(r->firstRejected.size(), 1);
        QCOMPARE(r->firstRejected.first().line, 2);
        QVERIFY2(r->firstRejected.first().reason.contains(reason), qPrintable(r->firstRejected.first().reason));
    }
}

void tst_ContactImporter::duplicates_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<int>("inserted");
    QTest::addColumn<int>("updated");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<QString>("nameOfRepeated");
    QTest::addColumn<QString>("nameOfExisting");
    // Rows: existing phone (in the database as "Old"), a new phone three times, another new phone.
    QTest::newRow("skip: the first row of a phone wins") << int(DuplicatePolicy::Skip) << 2 << 0 << 3 << "first" << "Old";
    QTest::newRow("update: the last row of a phone wins") << int(DuplicatePolicy::Update) << 2 << 3 << 0 << "third" << "New";
}

void tst_ContactImporter::duplicates()
{
    QFETCH(int, policy);
    QFETCH(int, inserted);
    QFETCH(int, updated);
    QFETCH(int, skipped);
    QFETCH(QString, nameOfRepeated);
    QFETCH(QString, nameOfExisting);
    QVERIFY(m_db.exec("INSERT INTO recipients (user_id, phone_number, name) VALUES ('" + m_owners.alice
                      + "', '+966500000001', 'Old')"));
    ImportOptions o = forAlice();
    o.onDuplicate = DuplicatePolicy(policy);
    for (const int chunk : {1, 2, 50000}) {  // across chunk boundaries and within one chunk
        QVERIFY(m_db.exec("DELETE FROM recipients WHERE phone_number <> '+966500000001'; UPDATE recipients SET name = 'Old'"));
        ContactImporter importer(m_db.connection(), PermissionPolicy("admin", m_owners.admin), "root@example.com");
        importer.setChunkRows(chunk);
        const auto r = import("phone,name\n+966500000001,New\n+966500000002,first\n+966500000002,second\n"
                              "+966500000003,other\n+966500000002,third\n",
                              o, {}, &importer);
        QVERIFY_OK(r);
        QCOMPARE(r->counts.inserted, inserted);
        QCOMPARE(r->counts.updated, updated);
        QCOMPARE(r->counts.skipped, skipped);
        QCOMPARE(field("+966500000002", "name"), nameOfRepeated);
        QCOMPARE(field("+966500000001", "name"), nameOfExisting);
        QCOMPARE(m_db.scalar("SELECT count(*) FROM recipients").toInt(), 3);
    }
}

void tst_ContactImporter::updateKeepsEmptyCellsAndBlocked_data()
{
    QTest::addColumn<bool>("allowUnblock");
    QTest::addColumn<QString>("status");
    QTest::newRow("blocked stays blocked") << false << "blocked";
    QTest::newRow("--allow-unblock") << true << "active";
}

void tst_ContactImporter::updateKeepsEmptyCellsAndBlocked()
{
    QFETCH(bool, allowUnblock);
    QFETCH(QString, status);
    QVERIFY(m_db.exec("INSERT INTO recipients (user_id, phone_number, name, email, status, custom_fields) VALUES ('"
                      + m_owners.alice + "', '+966500000001', 'Kept', 'kept@example.com', 'blocked', "
                      "'{\"city\": \"Jeddah\", \"score\": 1.50}')"));
    ImportOptions o = forAlice();
    o.onDuplicate = DuplicatePolicy::Update;
    o.allowUnblock = allowUnblock;
    const auto r = import("phone,name,email,status,tier\n+966500000001,,new@example.com,active,gold\n", o);
    QVERIFY_OK(r);
    QCOMPARE(r->counts.updated, 1);
    QCOMPARE(field("+966500000001", "name"), QString("Kept"));
    QCOMPARE(field("+966500000001", "email"), QString("new@example.com"));
    QCOMPARE(field("+966500000001", "status"), status);
    // Merged: the stored keys stay (with their exact numbers), the file's are added.
    QCOMPARE(field("+966500000001", "custom_fields::text"), QString(R"({"city": "Jeddah", "tier": "gold", "score": 1.50})"));
}

void tst_ContactImporter::samePhoneOtherOwner()
{
    QVERIFY(m_db.exec("INSERT INTO recipients (user_id, phone_number, name) VALUES ('" + m_owners.bob
                      + "', '+966500000001', 'Bob''s')"));
    const auto r = import("phone,name\n+966500000001,Alice's\n", forAlice());
    QVERIFY_OK(r);
    QCOMPARE(r->counts.inserted, 1);
    QCOMPARE(field("+966500000001", "name", m_owners.bob), QString("Bob's"));
    QCOMPARE(field("+966500000001", "name"), QString("Alice's"));
}

void tst_ContactImporter::groupsJoinedAndCreated()
{
    QVERIFY(m_db.exec("INSERT INTO groups (user_id, name) VALUES ('" + m_owners.alice + "', 'VIP'), ('" + m_owners.bob
                      + "', 'Leads')"));
    QVERIFY(m_db.exec("INSERT INTO recipients (user_id, phone_number) VALUES ('" + m_owners.alice + "', '+966500000001')"));
    ImportOptions o = forAlice();
    o.groups = QStringList{"vip", "Leads", " Leads "};
    const auto r = import("phone\n+966500000001\n+966500000002\n+966500000002\nbad\n", o);
    QVERIFY_OK(r);
    QCOMPARE(r->counts.inserted, 1);
    QCOMPARE(r->counts.skipped, 2);
    QCOMPARE(r->counts.rejected, 1);
    // "vip" is Alice's VIP; Leads is created for Alice (Bob's is not hers), once.
    QCOMPARE(r->createdGroups, QStringList{"Leads"});
    QCOMPARE(m_db.scalar("SELECT count(*) FROM groups WHERE user_id = '" + m_owners.alice + "'").toInt(), 2);
    // Every contact not rejected, skipped ones included, is in both groups.
    QCOMPARE(m_db.scalar("SELECT count(*) FROM recipient_groups rg JOIN groups g ON g.id = rg.group_id WHERE g.user_id = '"
                         + m_owners.alice + "'").toInt(), 4);
    QCOMPARE(m_db.scalar("SELECT count(*) FROM recipient_groups rg JOIN groups g ON g.id = rg.group_id WHERE g.user_id = '"
                         + m_owners.bob + "'").toInt(), 0);
}

void tst_ContactImporter::dryRunWritesNothing()
{
    QVERIFY(m_db.exec("INSERT INTO recipients (user_id, phone_number, name) VALUES ('" + m_owners.alice
                      + "', '+966500000001', 'Old')"));
    const QString before = contactsChecksum();
    const QByteArray csv = "phone,name\n+966500000001,New\n+966500000002,x\n+966500000002,y\nnope,z\n";
    ImportOptions o = forAlice();
    o.onDuplicate = DuplicatePolicy::Update;
    o.groups = QStringList{"Fresh"};
    o.dryRun = true;
    const auto dry = import(csv, o);
    QVERIFY_OK(dry);
    QVERIFY(dry->dryRun);
    QCOMPARE(contactsChecksum(), before);
    o.dryRun = false;
    const auto real = import(csv, o);
    QVERIFY_OK(real);
    QCOMPARE(dry->counts.inserted, real->counts.inserted);
    QCOMPARE(dry->counts.updated, real->counts.updated);
    QCOMPARE(dry->counts.rejected, real->counts.rejected);
    QCOMPARE(real->counts.inserted, 1);
    QCOMPARE(real->counts.updated, 2);
    QVERIFY(contactsChecksum() != before);
}

void tst_ContactImporter::rejectedRows_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("reason");
    QTest::newRow("invalid phone") << QByteArray("12,a,,") << "too few digits";
    QTest::newRow("letters in phone") << QByteArray("call me,a,,") << "not a phone number";
    QTest::newRow("no phone") << QByteArray(",a,,") << "no phone number";
    QTest::newRow("too few fields") << QByteArray("+966500000001,a") << "fewer than the 4 columns";
    QTest::newRow("too many fields") << QByteArray("+966500000001,a,,,extra") << "more than the 4 columns";
    QTest::newRow("bad email") << QByteArray("+966500000001,a,not-an-email,") << "email";
    QTest::newRow("name too long") << QByteArray("+966500000001," + QByteArray(256, 'n') + ",,") << "256 characters";
    QTest::newRow("status") << QByteArray("+966500000001,a,,paused") << "not one of active, blocked or invalid";
    QTest::newRow("unterminated quote") << QByteArray("+966500000001,\"a,,") << "cannot be read";
}

void tst_ContactImporter::rejectedRows()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, reason);
    const auto r = import("phone,name,email,status\n+966500000009,ok,,\n" + row + "\n", forAlice());
    QVERIFY_OK(r);
    QCOMPARE(r->counts.inserted, 1);
    QCOMPARE(r->counts.rejected, 1);
    QCOMPARE(r->firstRejected.first().line, 3);
    QVERIFY2(r->firstRejected.first().reason.contains(reason), qPrintable(r->firstRejected.first().reason));
}

void tst_ContactImporter::errorFile()
{
    ImportOptions o = forAlice();
    o.errorsPath = m_dir.filePath("errors.csv");
    // No rejections: no file.
    QVERIFY_OK(import("phone\n+966500000001\n", o));
    QVERIFY(!QFile::exists(o.errorsPath));
    // Line numbers count the lines of multi-line records, as an editor does.
    const auto r = import("phone,note\n+966500000002,\"two\nlines\"\nbad,\"x, \"\"y\"\"\"\n+966500000003,ok\nworse,ü\n", o);
    QVERIFY_OK(r);
    QCOMPARE(r->errorsFile, o.errorsPath);
    QFile f(o.errorsPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    const QStringList lines = text.split("\r\n", Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QString("line,reason,phone,note"));
    QVERIFY2(lines.at(1).startsWith("4,"), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).endsWith(",bad,\"x, \"\"y\"\"\""), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith("6,") && lines.at(2).endsWith(",worse,ü"), qPrintable(lines.at(2)));
}

void tst_ContactImporter::nastyValues()
{
    // The largest field the reader accepts (1 MiB of characters); tst_csvreader refuses one more.
    const QByteArray big(1024 * 1024, 'x');
    const QString arabic = QString::fromUtf8("عبد الله 'الأول' \"😀\" \\ tab\there");
    const auto r = import("phone,name,notes\n+966500000001,\"" + arabic.toUtf8().replace("\"", "\"\"") + "\"," + big
                              + "\n+966500000002,\"=cmd|' /C calc'!A0\",'=SUM(A1)\n",
                          forAlice());
    QVERIFY_OK(r);
    QCOMPARE(r->counts.inserted, 2);
    QCOMPARE(field("+966500000001", "name"), arabic);
    QCOMPARE(field("+966500000001", "length(custom_fields->>'notes')"), QString::number(big.size()));
    QCOMPARE(field("+966500000002", "name"), QString("=cmd|' /C calc'!A0"));
    // Our export's formula guard ' is taken off again.
    QCOMPARE(field("+966500000002", "custom_fields->>'notes'"), QString("=SUM(A1)"));
}

static QByteArray manyRows(int count, int from = 0)
{
    QByteArray csv = "phone,name\n";
    for (int i = from; i < from + count; ++i)
        csv += "+9665" + QByteArray::number(10000000 + i) + ",n" + QByteArray::number(i) + "\n";
    return csv;
}

void tst_ContactImporter::cancelRollsBack()
{
    const QString before = contactsChecksum();
    std::atomic<bool> cancel{false};
    ContactImporter importer(m_db.connection(), PermissionPolicy("admin", m_owners.admin), "root@example.com");
    importer.setChunkRows(500);
    importer.setCancelFlag(&cancel);
    qint64 seen = 0;
    importer.setProgressCallback([&](const ImportProgress &p) {
        seen = p.records;
        cancel = true;  // after the first batch: several chunks are already in the table
    });
    ImportOptions o = forAlice();
    o.groups = QStringList{"New group"};
    const auto r = import(manyRows(20000), o, {}, &importer);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Interrupted);
    QVERIFY(seen >= 500 && seen < 20000);
    QCOMPARE(contactsChecksum(), before);
}

void tst_ContactImporter::failureMidFileRollsBack()
{
    // A server-side failure on a row near the end, after many chunks were applied.
    QVERIFY(m_db.exec("CREATE OR REPLACE FUNCTION test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                      "IF NEW.name = 'n4990' THEN RAISE EXCEPTION 'refused by test'; END IF; RETURN NEW; END $$; "
                      "CREATE TRIGGER test_refuse BEFORE INSERT ON recipients FOR EACH ROW EXECUTE FUNCTION test_refuse()"));
    const QString before = contactsChecksum();
    ContactImporter importer(m_db.connection(), PermissionPolicy("admin", m_owners.admin), "root@example.com");
    importer.setChunkRows(700);
    const auto r = import(manyRows(5000), forAlice(), {}, &importer);
    QVERIFY(m_db.exec("DROP TRIGGER test_refuse ON recipients; DROP FUNCTION test_refuse()"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Database);
    QVERIFY2(r.error().message.contains("nothing was imported"), qPrintable(r.error().message));
    QVERIFY2(r.error().detail.contains("refused by test"), qPrintable(r.error().detail));
    QCOMPARE(contactsChecksum(), before);
    // The connection is usable again afterwards.
    QVERIFY_OK(import("phone\n+966500000001\n", forAlice()));
}

void tst_ContactImporter::lostConnectionRollsBack()
{
    const QString before = contactsChecksum();
    QSqlDatabase conn = m_db.connection("importer");
    QSqlQuery q(conn);
    QVERIFY_SQL(q, exec("SELECT pg_backend_pid()"));
    QVERIFY(q.next());
    const QString backend = q.value(0).toString();
    ContactImporter importer(conn, PermissionPolicy("admin", m_owners.admin), "root@example.com");
    importer.setChunkRows(500);
    bool killed = false;
    importer.setProgressCallback([&](const ImportProgress &) {
        if (!killed)
            killed = m_db.scalar("SELECT pg_terminate_backend(" + backend + ")").toBool();
    });
    QBuffer buffer;
    buffer.setData(manyRows(20000));
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, CsvReader::Options());
    QVERIFY_OK(reader.open());
    QList<CsvRecord> prefetched;
    const ColumnMapping mapping = ContactImporter::suggestMapping(reader, "SA", &prefetched);
    const auto r = importer.run(reader, mapping, forAlice(), prefetched);
    QVERIFY(killed);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Database);
    QVERIFY2(r.error().message.contains("connection", Qt::CaseInsensitive), qPrintable(r.error().message));
    QCOMPARE(contactsChecksum(), before);
}

void tst_ContactImporter::viewerCannotImport()
{
    QBuffer buffer;
    buffer.setData("phone\n+966500000001\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, CsvReader::Options());
    QVERIFY_OK(reader.open());
    QList<CsvRecord> prefetched;
    const ColumnMapping mapping = ContactImporter::suggestMapping(reader, "SA", &prefetched);
    for (const auto &[role, id] : {std::pair<QString, QString>{"viewer", m_owners.viewer}, {"user", m_owners.bob}}) {
        ContactImporter importer(m_db.connection(), PermissionPolicy(role, id), "x");
        const auto r = importer.run(reader, mapping, forAlice(), prefetched);
        QVERIFY2(!r.ok(), qPrintable(role));
    }
    QCOMPARE(m_db.scalar("SELECT count(*) FROM recipients").toInt(), 0);
}

void tst_ContactImporter::exportReimportRoundTrip_data()
{
    QTest::addColumn<bool>("bom");
    QTest::newRow("plain") << false;
    QTest::newRow("with a BOM for Excel") << true;
}

void tst_ContactImporter::exportReimportRoundTrip()
{
    QFETCH(bool, bom);
    // Values an export must guard or quote, and custom fields of every JSON type with exact numbers.
    QVERIFY(m_db.exec(QString::fromUtf8(
        "INSERT INTO recipients (user_id, phone_number, name, email, status, custom_fields) VALUES "
        "('%1', '+966500000001', '=HYPERLINK(\"x\")', 'a@example.com', 'active', "
        "  '{\"city\": \"الرياض\", \"score\": 1.50, \"big\": 12345678901234567890, \"vip\": true, "
        "    \"none\": null, \"tags\": [\"a\", \"b\"], \"nested\": {\"k\": \"+1 not e164\"}}'), "
        "('%1', '+201001234567', E'Line one\\nline \"two\", 😀', NULL, 'blocked', '{}'), "
        "('%1', '+4915112345678', '  spaced  ', '-x@example.com', 'invalid', NULL), "
        "('%1', '+12025550123', '@handle', NULL, 'active', '{\"note\": \"=1+2\", \"empty\": \"\"}'), "
        "('%2', '+966500000001', 'Bob''s', NULL, 'active', NULL)").arg(m_owners.alice, m_owners.bob)));
    const QString rows = "SELECT md5(string_agg(concat_ws('|', phone_number, name, email, status, custom_fields::text), "
                         "'#' ORDER BY phone_number)) FROM recipients WHERE user_id = '" + m_owners.alice + "'";
    const QString before = m_db.scalar(rows).toString();
    QVERIFY(!before.isEmpty());

    QBuffer exported;
    exported.open(QIODevice::WriteOnly);
    ExportOptions options;
    options.filter.ownerId = m_owners.alice;
    options.bom = bom;
    CsvExporter exporter(m_db.connection(), PermissionPolicy("admin", m_owners.admin));
    const auto written = exporter.exportTable(Entity::Contacts, options, &exported);
    QVERIFY_OK(written);
    QCOMPARE(written.value(), 4);
    exported.close();

    QVERIFY(m_db.exec("DELETE FROM recipients WHERE user_id = '" + m_owners.alice + "'"));
    ImportOptions o = forAlice();
    o.region.clear();  // every exported phone is E.164
    const auto r = import(exported.data(), o);
    QVERIFY_OK(r);
    QCOMPARE(r->counts.inserted, 4);
    QCOMPARE(r->counts.rejected, 0);
    QCOMPARE(m_db.scalar(rows).toString(), before);
}

QTEST_GUILESS_MAIN(tst_ContactImporter)
#include "tst_contactimporter.moc"
