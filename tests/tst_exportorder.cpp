// `waqtor-db export contacts` row order: without --sort the rows stream as the table holds them (no
// ORDER BY, psql's pace); --sort created_at|phone|name[:desc] orders them as asked; the other tables
// keep oldest first.

#include "clirunner.h"
#include "export/csvexportsql.h"
#include "testdatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_ExportOrder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void contacts_data();
    void contacts();
    void badSort_data();
    void badSort();
    void planSortsOnlyWhenAsked_data();
    void planSortsOnlyWhenAsked();

private:
    QStringList phonesIn(const QString &path);
    QStringList phonesBy(const QString &orderBy);

    TestDatabase m_db;
    TestOwners m_owners;
    QTemporaryDir m_dir;
};

void tst_ExportOrder::initTestCase()
{
    QVERIFY2(QFileInfo::exists(CliRunner::binary()), qPrintable(CliRunner::binary()));
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    QVERIFY2(m_db.createOwners(&m_owners), qPrintable(m_db.lastError()));
    // Stored newest first, names and phones in neither order, one row moved by an update: the table's
    // own order is none of the orders --sort can ask for.
    QVERIFY2(m_db.exec(QStringLiteral(
                 "INSERT INTO recipients (user_id, phone_number, name, created_at) VALUES "
                 "('%1', '+966500000003', 'Badr', '2026-03-09 10:00:00'), "
                 "('%1', '+966500000001', 'Dana', '2026-03-07 10:00:00'), "
                 "('%2', '+966500000004', 'Adel', '2026-03-05 10:00:00'), "
                 "('%1', '+966500000002', 'Carl', '2026-03-01 10:00:00'), "
                 "('%2', '+966500000005', NULL, NULL);"
                 "UPDATE recipients SET email = 'd@example.com' WHERE phone_number = '+966500000001'")
                           .arg(m_owners.alice, m_owners.bob)),
             qPrintable(m_db.lastError()));
    QVERIFY(m_dir.isValid());
}

QStringList tst_ExportOrder::phonesIn(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {QStringLiteral("<unreadable>")};
    QStringList phones;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i)  // after the header
        if (!lines.at(i).trimmed().isEmpty())
            phones << QString::fromUtf8(lines.at(i).split(',').value(0));
    return phones;
}

QStringList tst_ExportOrder::phonesBy(const QString &orderBy)
{
    return m_db.scalar(QStringLiteral("SELECT string_agg(phone_number, ',' ORDER BY %1) FROM recipients").arg(orderBy))
        .toString()
        .split(u',');
}

void tst_ExportOrder::contacts_data()
{
    QTest::addColumn<QStringList>("sort");  // the --sort arguments, none for the default
    QTest::addColumn<QString>("orderBy");   // the same order in SQL
    // Which order the server reads a table in is its own business (a join may reorder a handful of
    // rows): the default promises every row, unsorted. planSortsOnlyWhenAsked checks the "unsorted".
    QTest::newRow("default: every row") << QStringList() << "";
    QTest::newRow("created_at") << QStringList{"--sort", "created_at"} << "COALESCE(created_at, '-infinity'), id";
    QTest::newRow("created_at:desc") << QStringList{"--sort", "created_at:desc"}
                                     << "COALESCE(created_at, '-infinity') DESC, id DESC";
    QTest::newRow("phone") << QStringList{"--sort", "phone"} << "phone_number";
    QTest::newRow("phone:asc") << QStringList{"--sort", "Phone:ASC"} << "phone_number";
    QTest::newRow("name:desc") << QStringList{"--sort", "name:desc"} << "name DESC, id DESC";
}

void tst_ExportOrder::contacts()
{
    QFETCH(QStringList, sort);
    QFETCH(QString, orderBy);
    const QString path = m_dir.filePath(QStringLiteral("contacts.csv"));
    const auto r = CliRunner(m_db.environment()).run(QStringList{"export", "contacts", "--out", path} + sort);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QStringList expected = phonesBy(orderBy.isEmpty() ? QStringLiteral("phone_number") : orderBy);
    QCOMPARE(expected.size(), 5);
    QStringList actual = phonesIn(path);
    if (orderBy.isEmpty()) {
        actual.sort();
        expected.sort();
    }
    QCOMPARE(actual, expected);
}

void tst_ExportOrder::planSortsOnlyWhenAsked_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<bool>("sorted");
    QTest::newRow("stored: no sort") << int(ExportSort::Stored) << false;
    QTest::newRow("created_at: sorted") << int(ExportSort::CreatedAt) << true;
    QTest::newRow("name: sorted") << int(ExportSort::Name) << true;
}

void tst_ExportOrder::planSortsOnlyWhenAsked()
{
    QFETCH(int, sort);
    QFETCH(bool, sorted);
    ExportFilter filter;
    filter.sort = ExportSort(sort);
    const ExportStatement statement = CsvExportSql::table(Entity::Contacts, filter, QString());
    QSqlQuery q(m_db.connection());
    for (auto it = statement.settings.cbegin(); it != statement.settings.cend(); ++it) {
        QVERIFY(q.prepare("SELECT set_config(?, ?, false)"));
        q.addBindValue(it.key());
        q.addBindValue(it.value());
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QVERIFY2(q.exec("EXPLAIN (FORMAT JSON) " + statement.select) && q.next(), qPrintable(q.lastError().text()));
    const QJsonObject plan = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array().at(0).toObject()
                                 .value("Plan").toObject();
    const QString root = plan.value("Node Type").toString();
    QVERIFY2(!root.isEmpty(), qPrintable(q.value(0).toString()));
    // With an ORDER BY the rows are sorted (or read through an index) before the first one leaves.
    const bool sortsOrWalksIndex = root.contains("Sort") || root.contains("Index");
    QVERIFY2(sortsOrWalksIndex == sorted, qPrintable(root));
}

void tst_ExportOrder::badSort_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown field") << QStringList{"contacts", "--sort", "email"} << "--sort is created_at, phone or name";
    QTest::newRow("unknown direction") << QStringList{"contacts", "--sort", "name:down"} << "followed by :asc or :desc";
    QTest::newRow("another table") << QStringList{"users", "--sort", "created_at"} << "--sort applies to export contacts only";
}

void tst_ExportOrder::badSort()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(QStringLiteral("refused.csv"));
    const auto r = CliRunner(m_db.environment()).run(QStringList{"export"} + arguments + QStringList{"--out", path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_GUILESS_MAIN(tst_ExportOrder)
#include "tst_exportorder.moc"
