#include "import/contactimporter.h"
#include "db/database.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTest>

#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

// Imports under repeated phones and concurrency: a file repeating phones gives exactly what applying
// its rows one by one gives, in one set-based round per chunk; two imports at once creating the same
// group (in any case) share one; a row another import inserted meanwhile is updated, not skipped.
class tst_ImportDuplicates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void repeatsMatchRowByRow_data();
    void repeatsMatchRowByRow();
    void repeatsCostOneRoundPerChunk_data();
    void repeatsCostOneRoundPerChunk();
    void concurrentImportsShareOneGroup_data();
    void concurrentImportsShareOneGroup();
    void concurrentUpdateUpdatesRowsInsertedMeanwhile();
    void concurrentUpdateImportsCountTruly();

private:
    Result<ImportReport> import(QSqlDatabase db, const QByteArray &csv, const ImportOptions &options, int chunk = 0,
                                const std::function<void(const ImportProgress &)> &progress = {});
    ImportOptions forAlice(DuplicatePolicy policy = DuplicatePolicy::Update) const
    {
        ImportOptions o;
        o.ownerId = m_owners.alice;
        o.ownerEmail = "alice@example.com";
        o.region = "SA";
        o.onDuplicate = policy;
        return o;
    }
    QString contacts()
    {
        return m_db.scalar("SELECT coalesce(string_agg(concat_ws(' | ', phone_number, coalesce(name, '<null>'), "
                           "coalesce(email, '<null>'), coalesce(status, '<null>'), coalesce(custom_fields::text, '<null>')), "
                           "E'\\n' ORDER BY phone_number), '') FROM recipients").toString();
    }
    int lockWaiters()
    {
        return m_db.scalar("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                           "AND wait_event_type = 'Lock'").toInt();
    }

    TestDatabase m_db;
    TestOwners m_owners;
};

namespace {

// An import on its own thread and connection, as a second waqtor-db would run it.
class ThreadedImport
{
public:
    ThreadedImport(const ConnectionSettings &settings, QString name, QByteArray csv, ImportOptions options,
                   std::function<void(const ImportProgress &)> progress = {}, int chunkRows = 0)
    {
        m_thread = std::thread([=] {
            {
                const auto db = Database::connect(settings, name);
                if (!db) {
                    m_result = db.error();
                } else {
                    QBuffer buffer;
                    buffer.setData(csv);
                    buffer.open(QIODevice::ReadOnly);
                    CsvReader reader(&buffer, CsvReader::Options());
                    reader.setKnownColumnName(&ColumnMapping::isKnownColumnName);
                    QList<CsvRecord> prefetched;
                    if (Status s = reader.open(); !s) {
                        m_result = s.error();
                    } else {
                        const ColumnMapping mapping = ContactImporter::suggestMapping(reader, options.region, &prefetched);
                        ContactImporter importer(db.value(), PermissionPolicy("user", options.ownerId), "root@example.com");
                        importer.setProgressCallback(progress);
                        if (chunkRows > 0)
                            importer.setChunkRows(chunkRows);
                        m_result = importer.run(reader, mapping, options, prefetched);
                    }
                }
            }
            Database::disconnect(name);
            m_done = true;
        });
    }
    ~ThreadedImport()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    bool done() const { return m_done; }
    const Result<ImportReport> &result()
    {
        if (m_thread.joinable())
            m_thread.join();
        return *m_result;
    }

private:
    std::atomic<bool> m_done{false};
    std::optional<Result<ImportReport>> m_result;
    std::thread m_thread;
};

// Holds an import inside its transaction until released: the other import starts meanwhile.
class Gate
{
public:
    void wait()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_entered = true;
        m_changed.wait(lock, [this] { return m_open; });
    }
    void open()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_open = true;
        }
        m_changed.notify_all();
    }
    bool entered()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_entered;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_entered = false;
    bool m_open = false;
};

} // namespace

void tst_ImportDuplicates::initTestCase()
{
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    QVERIFY2(m_db.createOwners(&m_owners), qPrintable(m_db.lastError()));
}

void tst_ImportDuplicates::init()
{
    QVERIFY(m_db.exec("DELETE FROM recipients; DELETE FROM groups"));
}

Result<ImportReport> tst_ImportDuplicates::import(QSqlDatabase db, const QByteArray &csv, const ImportOptions &options,
                                                  int chunk, const std::function<void(const ImportProgress &)> &progress)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, CsvReader::Options());
    reader.setKnownColumnName(&ColumnMapping::isKnownColumnName);
    if (Status s = reader.open(); !s)
        return s.error();
    QList<CsvRecord> prefetched;
    const ColumnMapping mapping = ContactImporter::suggestMapping(reader, options.region, &prefetched);
    ContactImporter importer(db, PermissionPolicy("admin", m_owners.admin), "root@example.com");
    if (chunk > 0)
        importer.setChunkRows(chunk);
    importer.setProgressCallback(progress);
    return importer.run(reader, mapping, options, prefetched);
}

void tst_ImportDuplicates::repeatsMatchRowByRow_data()
{
    QTest::addColumn<QString>("stored");  // SQL run first (owner: ALICE)
    QTest::addColumn<QByteArray>("rows");  // under the header phone,name,email,status,custom_fields,tier
    QTest::addColumn<bool>("allowUnblock");
    QTest::addColumn<int>("chunk");

    const QByteArray p1 = "+966500000001";
    const QByteArray p2 = "+966500000002";
    QTest::newRow("new phone twice: the later row wins")
        << "" << p1 + ",first,a@example.com,,,\n" + p1 + ",second,,,,\n" << false << 0;
    QTest::newRow("empty cells keep the earlier row's values")
        << "" << p1 + ",Ahmed,a@example.com,invalid,\"{\"\"k\"\":1}\",gold\n" + p1 + ",,,,,\n" + p1 + ",,b@example.com,,,\n"
        << false << 0;
    QTest::newRow("custom fields merge key by key, later keys winning")
        << "" << p1 + ",,,,\"{\"\"a\"\":1,\"\"b\"\":2}\",\n" + p1 + ",,,,\"{\"\"b\"\":3}\",silver\n" + p1
                     + ",,,,,gold\n" + p1 + ",,,,\"{\"\"tier\"\":\"\"json\"\",\"\"c\"\":[1,2]}\",\n"
        << false << 0;
    QTest::newRow("an empty JSON object replaces a stored non-object")
        << "INSERT INTO recipients (user_id, phone_number, custom_fields) VALUES (ALICE, '+966500000001', '[1,2]')"
        << p1 + ",x,,,{},\n" + p1 + ",y,,,,\n" << false << 0;
    QTest::newRow("stored null custom fields, then merges")
        << "INSERT INTO recipients (user_id, phone_number, custom_fields) VALUES (ALICE, '+966500000001', NULL)"
        << p1 + ",,,,,gold\n" + p1 + ",,,,\"{\"\"n\"\":12345678901234567890.10}\",\n" << false << 0;
    QTest::newRow("stored object merges with every repeat")
        << "INSERT INTO recipients (user_id, phone_number, name, custom_fields) VALUES (ALICE, '+966500000001', 'Old', "
           "'{\"city\": \"Jeddah\", \"tier\": \"bronze\"}')"
        << p1 + ",,,,,silver\n" + p1 + ",New,,,\"{\"\"city\"\":\"\"Riyadh\"\"}\",\n" << false << 0;
    QTest::newRow("blocked by an earlier row stays blocked")
        << "" << p1 + ",,,blocked,,\n" + p1 + ",,,active,,\n" + p1 + ",,,invalid,,\n" << false << 0;
    QTest::newRow("blocked by an earlier row, --allow-unblock")
        << "" << p1 + ",,,blocked,,\n" + p1 + ",,,active,,\n" + p1 + ",,,,,\n" << true << 0;
    QTest::newRow("stored blocked stays blocked")
        << "INSERT INTO recipients (user_id, phone_number, status) VALUES (ALICE, '+966500000001', 'blocked')"
        << p1 + ",,,active,,\n" + p1 + ",,,invalid,,\n" << false << 0;
    QTest::newRow("stored blocked, --allow-unblock: the last status wins")
        << "INSERT INTO recipients (user_id, phone_number, status) VALUES (ALICE, '+966500000001', 'blocked')"
        << p1 + ",,,invalid,,\n" + p1 + ",,,active,,\n" + p1 + ",,,,,\n" << true << 0;
    QTest::newRow("later blocked row wins over earlier statuses")
        << "" << p1 + ",,,invalid,,\n" + p1 + ",,,blocked,,\n" + p1 + ",,,,,\n" << false << 0;
    QTest::newRow("two phones interleaved, one stored")
        << "INSERT INTO recipients (user_id, phone_number, name, email) VALUES (ALICE, '+966500000002', 'Stored', "
           "'s@example.com')"
        << p1 + ",a,,,,\n" + p2 + ",,,,,x\n" + p1 + ",,a@example.com,,,\n" + p2 + ",B,,,,\n" + p1 + ",c,,,,\n"
        << false << 0;
    QTest::newRow("repeats across chunk boundaries")
        << "" << p1 + ",a,,,,\n" + p2 + ",,,,,x\n" + p1 + ",,a@example.com,,,\n" + p2 + ",B,,blocked,,\n" + p1 + ",c,,,,\n"
                     + p2 + ",,,active,,y\n"
        << false << 2;
    QByteArray many;
    for (int i = 0; i < 60; ++i)
        many += p1 + ",n" + QByteArray::number(i) + "," + (i % 7 == 0 ? "e" + QByteArray::number(i) + "@example.com" : "")
                + ",," + (i % 5 == 0 ? "\"{\"\"k" + QByteArray::number(i % 3) + "\"\":" + QByteArray::number(i) + "}\"" : "")
                + "," + (i % 4 == 0 ? "t" + QByteArray::number(i) : "") + "\n";
    QTest::newRow("sixty repeats of one phone") << "" << many << false << 0;
}

void tst_ImportDuplicates::repeatsMatchRowByRow()
{
    QFETCH(QString, stored);
    QFETCH(QByteArray, rows);
    QFETCH(bool, allowUnblock);
    QFETCH(int, chunk);
    const QByteArray header = "phone,name,email,status,custom_fields,tier\n";
    stored.replace("ALICE", "'" + m_owners.alice + "'");
    ImportOptions options = forAlice();
    options.allowUnblock = allowUnblock;

    // The reference: each row imported on its own, one after the other, as the file's order says.
    if (!stored.isEmpty())
        QVERIFY2(m_db.exec(stored), qPrintable(m_db.lastError()));
    ImportCounts expected;
    for (const QByteArray &line : rows.split('\n')) {
        if (line.isEmpty())
            continue;
        const auto r = import(m_db.connection(), header + line + "\n", options);
        QVERIFY_OK(r);
        QCOMPARE(r->counts.rejected, 0);
        expected.inserted += r->counts.inserted;
        expected.updated += r->counts.updated;
        expected.skipped += r->counts.skipped;
    }
    const QString rowByRow = contacts();

    QVERIFY(m_db.exec("DELETE FROM recipients"));
    if (!stored.isEmpty())
        QVERIFY2(m_db.exec(stored), qPrintable(m_db.lastError()));
    const auto r = import(m_db.connection(), header + rows, options, chunk);
    QVERIFY_OK(r);
    QCOMPARE(contacts(), rowByRow);
    QCOMPARE(r->counts.inserted, expected.inserted);
    QCOMPARE(r->counts.updated, expected.updated);
    QCOMPARE(r->counts.skipped, expected.skipped);
}

void tst_ImportDuplicates::repeatsCostOneRoundPerChunk_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<int>("chunk");
    QTest::addColumn<int>("rounds");
    // 3,000 records: one phone 2,000 times, interleaved with 1,000 distinct ones.
    QTest::newRow("update, one chunk") << int(DuplicatePolicy::Update) << 0 << 1;
    QTest::newRow("update, chunks of 1,000") << int(DuplicatePolicy::Update) << 1000 << 3;
    QTest::newRow("skip, one chunk") << int(DuplicatePolicy::Skip) << 0 << 1;
}

void tst_ImportDuplicates::repeatsCostOneRoundPerChunk()
{
    QFETCH(int, policy);
    QFETCH(int, chunk);
    QFETCH(int, rounds);
    QByteArray csv = "phone,name\n";
    for (int i = 0; i < 1000; ++i) {
        csv += "+966500000001,r" + QByteArray::number(2 * i) + "\n";
        csv += "+9665" + QByteArray::number(10000000 + i) + ",d\n";
        csv += "+966500000001,r" + QByteArray::number(2 * i + 1) + "\n";
    }
    const auto r = import(m_db.connection(), csv, forAlice(DuplicatePolicy(policy)), chunk);
    QVERIFY_OK(r);
    // Rounds, not seconds: a repeat must not cost a round of its own.
    QCOMPARE(r->rounds, rounds);
    QCOMPARE(r->counts.inserted, 1001);
    if (DuplicatePolicy(policy) == DuplicatePolicy::Update) {
        QCOMPARE(r->counts.updated, 1999);
        QCOMPARE(m_db.scalar("SELECT name FROM recipients WHERE phone_number = '+966500000001'").toString(), "r1999");
    } else {
        QCOMPARE(r->counts.skipped, 1999);
        QCOMPARE(m_db.scalar("SELECT name FROM recipients WHERE phone_number = '+966500000001'").toString(), "r0");
    }
}

void tst_ImportDuplicates::concurrentImportsShareOneGroup_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("names differing in case") << "ConcB" << "concB";
    QTest::newRow("the same name") << "ConcB" << "ConcB";
}

void tst_ImportDuplicates::concurrentImportsShareOneGroup()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    ImportOptions a = forAlice(DuplicatePolicy::Skip);
    a.groups = QStringList{first};
    ImportOptions b = forAlice(DuplicatePolicy::Skip);
    b.groups = QStringList{second};

    // The first import creates its group and stays inside its transaction until the gate opens.
    Gate gate;
    ThreadedImport one(m_db.settings(), m_db.name() + "/one", "phone\n+966500000001\n", a,
                       [&](const ImportProgress &) { gate.wait(); });
    QTRY_VERIFY(gate.entered() || one.done());
    QVERIFY(!one.done());
    ThreadedImport two(m_db.settings(), m_db.name() + "/two", "phone\n+966500000002\n", b);
    // The second either waits for the first (race-free) or has already made a group of its own.
    QTRY_VERIFY(two.done() || lockWaiters() > 0);
    gate.open();
    QVERIFY_OK(one.result());
    QVERIFY_OK(two.result());

    QCOMPARE(m_db.scalar("SELECT count(*) FROM groups WHERE user_id = '" + m_owners.alice + "'").toInt(), 1);
    QCOMPARE(m_db.scalar("SELECT name FROM groups").toString(), first);
    QCOMPARE(one.result()->createdGroups, QStringList{first});
    QCOMPARE(two.result()->createdGroups, QStringList());
    QCOMPARE(m_db.scalar("SELECT count(*) FROM recipient_groups").toInt(), 2);
}

void tst_ImportDuplicates::concurrentUpdateUpdatesRowsInsertedMeanwhile()
{
    // Another session inserts the same new phones and has not committed when the import starts.
    QSqlDatabase other = m_db.connection("other");
    QSqlQuery q(other);
    QVERIFY_SQL(q, exec("BEGIN"));
    QVERIFY_SQL(q, exec("INSERT INTO recipients (user_id, phone_number, name, email, custom_fields) SELECT '" + m_owners.alice
                        + "', '+96650000000' || i, 'theirs', 'theirs@example.com', '{\"src\": \"theirs\"}' "
                          "FROM generate_series(1, 3) i"));

    ThreadedImport import(m_db.settings(), m_db.name() + "/importer",
                          "phone,name,tier\n+966500000001,ours,gold\n+966500000002,ours,\n+966500000003,,gold\n"
                          "+966500000004,ours,\n",
                          forAlice(DuplicatePolicy::Update));
    QTRY_VERIFY(lockWaiters() > 0 || import.done());
    QVERIFY_SQL(q, exec("COMMIT"));
    const auto &r = import.result();
    QVERIFY_OK(r);
    // Under update, the rows the other session added are updated, never reported as skipped.
    QCOMPARE(r->counts.inserted, 1);
    QCOMPARE(r->counts.updated, 3);
    QCOMPARE(r->counts.skipped, 0);
    QCOMPARE(contacts(), QString("+966500000001 | ours | theirs@example.com | active | {\"src\": \"theirs\", \"tier\": \"gold\"}\n"
                                 "+966500000002 | ours | theirs@example.com | active | {\"src\": \"theirs\"}\n"
                                 "+966500000003 | theirs | theirs@example.com | active | {\"src\": \"theirs\", \"tier\": \"gold\"}\n"
                                 "+966500000004 | ours | <null> | active | <null>"));
}

void tst_ImportDuplicates::concurrentUpdateImportsCountTruly()
{
    // Two `--on-duplicate update` imports of the same new phones. The first has sent its rows (a chunk
    // per row) and holds them uncommitted; the second starts meanwhile and must wait for them.
    QByteArray first = "phone,name,tier\n";
    QByteArray second = "phone,name,tier\n";
    for (int i = 1; i <= 5; ++i) {
        first += "+96650000000" + QByteArray::number(i) + ",first,gold\n";
        second += "+96650000000" + QByteArray::number(i) + ",second,\n";
    }
    Gate gate;
    ThreadedImport one(m_db.settings(), m_db.name() + "/one", first, forAlice(DuplicatePolicy::Update),
                       [&](const ImportProgress &) { gate.wait(); }, 1);
    QTRY_VERIFY(gate.entered() || one.done());
    QVERIFY(!one.done());
    QCOMPARE(m_db.scalar("SELECT count(*) FROM recipients").toInt(), 0);  // not committed yet
    ThreadedImport two(m_db.settings(), m_db.name() + "/two", second, forAlice(DuplicatePolicy::Update));
    QTRY_VERIFY(two.done() || lockWaiters() > 0);
    gate.open();
    QVERIFY_OK(one.result());
    QVERIFY_OK(two.result());

    // The counts are true: the first inserted the five, the second updated those five (it committed
    // last, so its values win; its empty cells keep the first's), nothing is reported skipped.
    QCOMPARE(one.result()->counts.inserted, 5);
    QCOMPARE(one.result()->counts.updated, 0);
    QCOMPARE(two.result()->counts.inserted, 0);
    QCOMPARE(two.result()->counts.updated, 5);
    QCOMPARE(two.result()->counts.skipped, 0);
    QCOMPARE(m_db.scalar("SELECT count(*) FROM recipients").toInt(), 5);
    QCOMPARE(m_db.scalar("SELECT string_agg(DISTINCT name || ' ' || (custom_fields ->> 'tier'), ',') FROM recipients")
                 .toString(), QString("second gold"));
}

QTEST_GUILESS_MAIN(tst_ImportDuplicates)
#include "tst_importduplicates.moc"
