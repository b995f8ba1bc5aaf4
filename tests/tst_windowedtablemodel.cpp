#include "models/windowedtablemodel.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRelation>
#include <QTest>

// WindowedTableModel writes its own SELECT from the table's record and relations: every kind of
// column lands where the pages expect it, and keyset paging walks the same rows as a plain
// ORDER BY over the table, forwards and back.
class tst_WindowedTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void columnsLandInPlace_data();
    void columnsLandInPlace();
    void statementIsWrittenNotParsed();
    void relationWithNullDisplay();
    void keysetMatchesOrderBy_data();
    void keysetMatchesOrderBy();
    void nullsAndBlanksLast_data();
    void nullsAndBlanksLast();
    void slidingWindowWalksTheResult_data();
    void slidingWindowWalksTheResult();

private:
    // books with a relation to shelves, a withheld column, a column expression and a computed column.
    std::unique_ptr<WindowedTableModel> booksModel();
    QStringList idsOf(WindowedTableModel &model) const;

    TestDatabase m_db;
};

namespace {
// A column name that holds the words the old statement surgery cut at: it must simply be quoted.
const QString OddColumn = QStringLiteral("x FROM y WHERE z ORDER BY w");
const QString ShelfAlpha = QStringLiteral("00000000-0000-0000-0000-0000000000a1");
const QString ShelfBeta = QStringLiteral("00000000-0000-0000-0000-0000000000a2");
const QString ShelfNoLabel = QStringLiteral("00000000-0000-0000-0000-0000000000a3");
}  // namespace

void tst_WindowedTableModel::initTestCase()
{
    QVERIFY2(m_db.create(), qPrintable(m_db.lastError()));
    // 23 books with many ties and NULLs in every sortable column, so the id tie-breaker and the
    // NULL folding both matter for the keyset.
    QVERIFY2(m_db.exec(QStringLiteral(R"sql(
        CREATE TABLE shelves (id uuid PRIMARY KEY, label text);
        CREATE TABLE books (
            id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
            title text,
            pages integer,
            shelf_id uuid REFERENCES shelves (id),
            "%1" text,
            secret text,
            created_at timestamp);
        INSERT INTO shelves VALUES ('%2', 'Alpha'), ('%3', 'beta'), ('%4', NULL);
        INSERT INTO books (title, pages, shelf_id, "%1", secret, created_at)
        SELECT CASE WHEN n % 5 = 0 THEN NULL ELSE 'Book ' || (n % 7) END,
               CASE WHEN n % 4 = 0 THEN NULL ELSE n % 6 END,
               CASE n % 4 WHEN 0 THEN NULL WHEN 1 THEN '%2'::uuid WHEN 2 THEN '%3'::uuid ELSE '%4'::uuid END,
               'odd ' || (n % 3),
               'secret ' || n,
               CASE WHEN n % 9 = 0 THEN NULL ELSE timestamp '2026-01-01' + (n % 5) * interval '1 day' END
        FROM generate_series(1, 23) AS n;
    )sql").arg(OddColumn, ShelfAlpha, ShelfBeta, ShelfNoLabel)),
             qPrintable(m_db.lastError()));
}

std::unique_ptr<WindowedTableModel> tst_WindowedTableModel::booksModel()
{
    auto model = std::make_unique<WindowedTableModel>("books", m_db.connection());
    model->setRelation(model->fieldIndex("shelf_id"), QSqlRelation("shelves", "id", "label"));
    model->setWithheldColumn("secret");
    model->setColumnExpression("title", "COALESCE(upper(%1.title), '')");
    model->addComputedColumn("title_length", "COALESCE(length(%1.title), 0)");
    return model;
}

QStringList tst_WindowedTableModel::idsOf(WindowedTableModel &model) const
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.rowId(row);
    return ids;
}

void tst_WindowedTableModel::columnsLandInPlace_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("column");        // where the result must hold it
    QTest::addColumn<QString>("recordName");  // the result's own name for it
    QTest::addColumn<QString>("expected");  // its value, computed by hand over books b
    QTest::newRow("plain") << "pages" << 2 << "pages" << "b.pages::text";
    QTest::newRow("relation") << "shelf_id" << 3 << "shelf_id_display"
                              << "(SELECT s.label FROM shelves s WHERE s.id = b.shelf_id)";
    QTest::newRow("odd name") << OddColumn << 4 << OddColumn << QString("b.\"%1\"").arg(OddColumn);
    QTest::newRow("withheld") << "secret" << 5 << "secret" << "NULL";
    QTest::newRow("expression") << "title" << 1 << "title" << "COALESCE(upper(b.title), '')";
    QTest::newRow("computed") << "title_length" << 7 << "title_length" << "COALESCE(length(b.title), 0)::text";
    QTest::newRow("id") << "id" << 0 << "id" << "b.id::text";
}

void tst_WindowedTableModel::columnsLandInPlace()
{
    QFETCH(QString, field);
    QFETCH(int, column);
    QFETCH(QString, recordName);
    QFETCH(QString, expected);
    auto model = booksModel();
    QCOMPARE(model->tableColumnCount(), 7);
    QCOMPARE(model->fieldIndex(field), column);
    QVERIFY2(model->firstPage(), qPrintable(model->lastError().text() + '\n' + model->selectStatement()));
    QCOMPARE(model->rowCount(), 23);
    // The table's columns, one computed column, then the helpers.
    QCOMPARE(model->columnCount(), 7 + 1 + 3);
    QCOMPARE(model->record().fieldName(column), recordName);
    QCOMPARE(model->record().fieldName(8), QString("waqtor_row_id"));
    QCOMPARE(model->record().fieldName(9), QString("waqtor_row_version"));
    for (int row = 0; row < model->rowCount(); ++row) {
        const QVariant want = m_db.scalar(QString("SELECT %1 FROM books b WHERE b.id = '%2'").arg(expected, model->rowId(row)));
        const QVariant got = model->index(row, column).data();
        QCOMPARE(got.isNull(), want.isNull());
        if (!want.isNull())
            QCOMPARE(got.toString(), want.toString());
    }
}

void tst_WindowedTableModel::statementIsWrittenNotParsed()
{
    auto model = booksModel();
    model->setWindowSize(5);
    model->setSort(model->fieldIndex(OddColumn), Qt::AscendingOrder);
    QVERIFY2(model->firstPage(), qPrintable(model->lastError().text() + '\n' + model->selectStatement()));
    QVERIFY2(model->nextPage(), qPrintable(model->lastError().text() + '\n' + model->selectStatement()));
    const QString sql = model->selectStatement();
    QSqlDriver *driver = m_db.connection().driver();
    const QString table = driver->escapeIdentifier("books", QSqlDriver::TableName);
    const QString odd = driver->escapeIdentifier(OddColumn, QSqlDriver::FieldName);
    // Each piece as this model writes it, from the record and relation(3), quoted by the driver.
    for (const QString &piece : {table + '.' + odd, QString("NULL::text AS \"secret\""),
                                 QString("r3.\"label\" AS \"shelf_id_display\""),
                                 QString(" LEFT JOIN \"shelves\" r3 ON r3.\"id\" = %1.\"shelf_id\"").arg(table),
                                 QString("(COALESCE(length(%1.title), 0)) AS \"title_length\"").arg(table),
                                 QString("(SELECT (COALESCE(b.%1::text, '') = ''), COALESCE(b.%1::text, ''), b.id FROM %2 b WHERE b.id = CAST(")
                                     .arg(odd, table)})
        QVERIFY2(sql.contains(piece), qPrintable(piece + "\n in \n" + sql));
    QCOMPARE(model->query().lastQuery(), sql);
}

void tst_WindowedTableModel::relationWithNullDisplay()
{
    auto model = booksModel();
    QVERIFY2(model->firstPage(), qPrintable(model->lastError().text()));
    const int shelf = model->fieldIndex("shelf_id");
    QHash<QString, int> seen;  // display text ("<null>" for NULL) -> rows
    for (int row = 0; row < model->rowCount(); ++row) {
        const QVariant label = model->index(row, shelf).data();
        ++seen[label.isNull() ? QString("<null>") : label.toString()];
    }
    // A NULL key and a shelf without a label both show as NULL, and the LEFT JOIN keeps their rows.
    const int nullKeys = m_db.scalar("SELECT count(*) FROM books WHERE shelf_id IS NULL").toInt();
    const int noLabel = m_db.scalar(QString("SELECT count(*) FROM books WHERE shelf_id = '%1'").arg(ShelfNoLabel)).toInt();
    QVERIFY(nullKeys > 0 && noLabel > 0);
    QCOMPARE(seen.value("<null>"), nullKeys + noLabel);
    QCOMPARE(seen.value("Alpha"), m_db.scalar(QString("SELECT count(*) FROM books WHERE shelf_id = '%1'").arg(ShelfAlpha)).toInt());
    QCOMPARE(seen.value("beta"), m_db.scalar(QString("SELECT count(*) FROM books WHERE shelf_id = '%1'").arg(ShelfBeta)).toInt());
    QCOMPARE(model->rowCount(), 23);
}

void tst_WindowedTableModel::keysetMatchesOrderBy_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("condition");  // a filter on the model, "" for none
    QTest::addColumn<QString>("orderBy");    // the same order, by hand over books b (before the id)
    // Only the default sort column keeps NULLs as its lowest value (its keyset indexes hold that);
    // every other one puts NULLs and blanks last, whichever the direction.
    const QString created = "COALESCE(b.created_at, '-infinity')";
    const QString pages = "b.pages IS NULL ASC, COALESCE(b.pages, '-Infinity'::float8)";
    const QString label = "(SELECT s.label FROM shelves s WHERE s.id = b.shelf_id)";
    const QString shelf = QString("%1 IS NULL ASC, COALESCE(%1, '')").arg(label);
    for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        const char *dir = order == Qt::AscendingOrder ? "ascending" : "descending";
        QTest::addRow("created_at %s", dir) << "created_at" << order << "" << created;
        QTest::addRow("pages with NULLs %s", dir) << "pages" << order << "" << pages;
        QTest::addRow("relation display %s", dir) << "shelf_id" << order << "" << shelf;
        QTest::addRow("column expression %s", dir) << "title" << order << "" << "COALESCE(upper(b.title), '')";
        QTest::addRow("computed column %s", dir) << "title_length" << order << "" << "COALESCE(length(b.title), 0)";
        QTest::addRow("odd column name %s", dir) << OddColumn << order << "" << QString("COALESCE(b.\"%1\", '') = '' ASC, b.\"%1\"").arg(OddColumn);
        QTest::addRow("filtered %s", dir) << "pages" << order << "books.pages IS DISTINCT FROM 3" << pages;
    }
}

void tst_WindowedTableModel::keysetMatchesOrderBy()
{
    QFETCH(QString, field);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, condition);
    QFETCH(QString, orderBy);
    const QString dir = order == Qt::AscendingOrder ? "ASC" : "DESC";
    QStringList expected;
    QSqlQuery q(m_db.connection());
    QVERIFY_SQL(q, exec(QString("SELECT b.id::text FROM books b %1 ORDER BY %2 %3, b.id %3")
                            .arg(condition.isEmpty() ? QString() : "WHERE " + QString(condition).replace("books.", "b."),
                                 orderBy, dir)));
    while (q.next())
        expected << q.value(0).toString();
    QVERIFY(expected.size() > 12);

    auto model = booksModel();
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (!condition.isEmpty())
        model->setConditions(QStringList{condition});
    model->setWindowSize(4);
    model->setSort(model->fieldIndex(field), order);
    QVERIFY2(model->firstPage(), qPrintable(model->lastError().text() + '\n' + model->selectStatement()));
    QList<QStringList> windows{idsOf(*model)};
    while (model->hasNextPage()) {
        QVERIFY2(model->nextPage(), qPrintable(model->lastError().text() + '\n' + model->selectStatement()));
        QVERIFY(model->rowCount() > 0);
        windows << idsOf(*model);
    }
    QStringList walked;
    for (const QStringList &window : windows)
        walked << window;
    QCOMPARE(walked, expected);
    QCOMPARE(windows.size(), int((expected.size() + 3) / 4));
    // Back to the start, window by window, each exactly as it was on the way forward.
    for (int w = int(windows.size()) - 2; w >= 0; --w) {
        QVERIFY2(model->previousPage(), qPrintable(model->lastError().text() + '\n' + model->selectStatement()));
        QCOMPARE(idsOf(*model), windows.at(w));
        QCOMPARE(model->pageIndex(), w);
    }
    QVERIFY(!model->hasPreviousPage());
}

void tst_WindowedTableModel::nullsAndBlanksLast_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("expected");  // names (or ages) in view order, "<null>" for NULL
    const QString null = "<null>";
    QTest::newRow("text ascending") << "name" << Qt::AscendingOrder
                                    << QStringList{"Amal", "Amal", "Badr", "Dana", "Zaid", null, null, "", ""};
    QTest::newRow("text descending") << "name" << Qt::DescendingOrder
                                     << QStringList{"Zaid", "Dana", "Badr", "Amal", "Amal", null, null, "", ""};
    QTest::newRow("integer ascending") << "age" << Qt::AscendingOrder
                                       << QStringList{"-4", "0", "7", "7", "30", "41", null, null, null};
    QTest::newRow("integer descending") << "age" << Qt::DescendingOrder
                                        << QStringList{"41", "30", "7", "7", "0", "-4", null, null, null};
}

// Sorting by a column never puts its NULLs and blanks first: a page of empty names is useless.
// Walked in windows of 2, so the keyset boundary falls inside the NULLs, the blanks and the ties.
void tst_WindowedTableModel::nullsAndBlanksLast()
{
    QFETCH(QString, field);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, expected);
    QVERIFY2(m_db.exec(R"sql(
        CREATE TABLE IF NOT EXISTS people (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text, age integer,
                                           created_at timestamp DEFAULT now());
        TRUNCATE people;
        INSERT INTO people (name, age) VALUES ('Dana', 30), (NULL, 7), ('', NULL), ('Amal', -4), ('Zaid', NULL),
            (NULL, 41), ('Amal', 0), ('', 7), ('Badr', NULL);
    )sql"), qPrintable(m_db.lastError()));
    WindowedTableModel model("people", m_db.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWindowSize(2);
    model.setSort(model.fieldIndex(field), order);
    const int column = model.fieldIndex(field);
    const auto values = [&model, column] {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QVariant v = model.index(row, column).data();
            list << (v.isNull() ? QString("<null>") : v.toString());
        }
        return list;
    };
    QVERIFY2(model.firstPage(), qPrintable(model.lastError().text() + '\n' + model.selectStatement()));
    QList<QStringList> windows{values()};
    while (model.hasNextPage()) {
        QVERIFY2(model.nextPage(), qPrintable(model.lastError().text() + '\n' + model.selectStatement()));
        windows << values();
    }
    QStringList walked;
    for (const QStringList &w : windows)
        walked << w;
    // NULLs and blanks may mix in any order among themselves (their order is by id): compare as sets there.
    qsizetype firstBlank = 0;
    while (firstBlank < expected.size() && expected.at(firstBlank) != "<null>" && !expected.at(firstBlank).isEmpty())
        ++firstBlank;
    QCOMPARE(walked.mid(0, firstBlank), expected.mid(0, firstBlank));
    QStringList tailWalked = walked.mid(firstBlank), tailExpected = expected.mid(firstBlank);
    tailWalked.sort();
    tailExpected.sort();
    QCOMPARE(tailWalked, tailExpected);
    for (int w = int(windows.size()) - 2; w >= 0; --w) {
        QVERIFY2(model.previousPage(), qPrintable(model.lastError().text() + '\n' + model.selectStatement()));
        QCOMPARE(values(), windows.at(w));
    }
}

void tst_WindowedTableModel::slidingWindowWalksTheResult_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("orderBy");  // by hand over books b, before the id
    const QString pages = "b.pages IS NULL ASC, COALESCE(b.pages, '-Infinity'::float8)";
    for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        const char *dir = order == Qt::AscendingOrder ? "ascending" : "descending";
        QTest::addRow("created_at %s", dir) << "created_at" << order << "COALESCE(b.created_at, '-infinity')";
        QTest::addRow("pages with NULLs %s", dir) << "pages" << order << pages;
    }
}

// Scrolling: the window slides by part of its size forwards to the end and back to the start, each
// position holding exactly the rows of the whole result at its offset; the last rows come through
// the reversed keyset, and sliding back from there finds the start (and its offset) again.
void tst_WindowedTableModel::slidingWindowWalksTheResult()
{
    QFETCH(QString, field);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, orderBy);
    const QString dir = order == Qt::AscendingOrder ? "ASC" : "DESC";
    QStringList expected;
    QSqlQuery q(m_db.connection());
    QVERIFY_SQL(q, exec(QString("SELECT b.id::text FROM books b ORDER BY %1 %2, b.id %2").arg(orderBy, dir)));
    while (q.next())
        expected << q.value(0).toString();
    QCOMPARE(expected.size(), 23);

    auto model = booksModel();
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setWindowSize(5);
    model->setSort(model->fieldIndex(field), order);
    QVERIFY2(model->firstPage(), qPrintable(model->lastError().text()));
    int slides = 0;
    while (true) {
        QVERIFY(model->firstRowOffset().has_value());
        const qint64 offset = *model->firstRowOffset();
        QCOMPARE(idsOf(*model), expected.mid(offset, 5));
        QCOMPARE(model->hasPreviousPage(), offset > 0);
        if (!model->hasNextPage())
            break;
        QVERIFY2(model->slideForward(2), qPrintable(model->lastError().text() + '\n' + model->selectStatement()));
        QVERIFY(++slides < 30);
    }
    QCOMPARE(*model->firstRowOffset() + model->rowCount(), qint64(expected.size()));
    while (model->hasPreviousPage()) {
        QVERIFY2(model->slideBack(2), qPrintable(model->lastError().text() + '\n' + model->selectStatement()));
        QCOMPARE(idsOf(*model), expected.mid(*model->firstRowOffset(), 5));
        QVERIFY(++slides < 60);
    }
    QCOMPARE(*model->firstRowOffset(), qint64(0));

    // Ctrl+End: the last rows, offset unknown until the window is back at the start.
    QVERIFY2(model->lastPage(), qPrintable(model->lastError().text() + '\n' + model->selectStatement()));
    QCOMPARE(idsOf(*model), expected.mid(expected.size() - 5));
    QVERIFY(!model->firstRowOffset().has_value());
    QVERIFY(!model->hasNextPage());
    QVERIFY(model->hasPreviousPage());
    QStringList seen = idsOf(*model);
    while (model->hasPreviousPage()) {
        const QString first = model->rowId(0);
        QVERIFY2(model->slideBack(3), qPrintable(model->lastError().text() + '\n' + model->selectStatement()));
        const QStringList now = idsOf(*model);
        // Contiguous in the result: the window is a run of it that reaches back past the old first row.
        const qsizetype at = expected.indexOf(now.first());
        QCOMPARE(now, expected.mid(at, now.size()));
        QVERIFY(at < expected.indexOf(first));
        QVERIFY(++slides < 90);
    }
    QCOMPARE(*model->firstRowOffset(), qint64(0));
    QCOMPARE(idsOf(*model), expected.mid(0, 5));
}

QTEST_GUILESS_MAIN(tst_WindowedTableModel)
#include "tst_windowedtablemodel.moc"
