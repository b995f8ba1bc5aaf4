#include "csv/csvreader.h"
#include "csv/csvwriter.h"

#include <QBuffer>
#include <QTest>

using Records = QList<QStringList>;

// The importer's error file is written with CsvWriter and must read back exactly with CsvReader.
class tst_CsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void formatRecord_data();
    void formatRecord();
    void writeRecord();
    void roundTrip_data();
    void roundTrip();
    void bomIsInvisibleToTheReader();
    void failedWriteIsReported();
};

void tst_CsvWriter::formatRecord_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QString>("line");
    QTest::newRow("plain") << QStringList{"a", "b", "c"} << "," << "a,b,c";
    QTest::newRow("empty_fields") << QStringList{"", "a", ""} << "," << ",a,";
    QTest::newRow("lone_empty_field") << QStringList{""} << "," << "\"\"";
    QTest::newRow("no_fields") << QStringList{} << "," << "";
    QTest::newRow("delimiter") << QStringList{"a,b", "c"} << "," << "\"a,b\",c";
    QTest::newRow("other_delimiter_not_quoted") << QStringList{"a,b", "c"} << ";" << "a,b;c";
    QTest::newRow("semicolon_delimiter") << QStringList{"a;b", "c"} << ";" << "\"a;b\";c";
    QTest::newRow("quote") << QStringList{"say \"hi\""} << "," << "\"say \"\"hi\"\"\"";
    QTest::newRow("lf") << QStringList{"a\nb"} << "," << "\"a\nb\"";
    QTest::newRow("cr") << QStringList{"a\rb"} << "," << "\"a\rb\"";
    QTest::newRow("leading_space") << QStringList{" a", "b"} << "," << "\" a\",b";
    QTest::newRow("trailing_space") << QStringList{"a ", "b"} << "," << "\"a \",b";
    QTest::newRow("inner_space") << QStringList{"a b"} << "," << "a b";
    QTest::newRow("arabic") << QStringList{"محمد", "الرياض، السعودية"} << "," << "محمد,الرياض، السعودية";
}

void tst_CsvWriter::formatRecord()
{
    QFETCH(QStringList, fields);
    QFETCH(QString, delimiter);
    QFETCH(QString, line);
    QCOMPARE(CsvWriter::formatRecord(fields, delimiter.at(0)), line);
}

void tst_CsvWriter::writeRecord()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.writeRecord({"line", "error"});
    writer.writeRecord({"3", "محمد: a quote inside an unquoted field"});
    QVERIFY(writer.ok());
    QCOMPARE(buffer.data(), QByteArray("line,error\r\n3,محمد: a quote inside an unquoted field\r\n"));
}

void tst_CsvWriter::roundTrip_data()
{
    QTest::addColumn<Records>("records");
    QTest::addColumn<QString>("delimiter");
    const Records nasty{
        {"plain", "", "with,comma", "with;semicolon", "with\ttab", "with|pipe"},
        {"\"", "\"\"", "\"quoted\"", "a\"b", "\"start", "end\""},
        {"a\nb", "a\r\nb", "a\rb", "\n", "\r\n", "\r"},
        {" lead", "trail ", " ", "  both  ", "\t", ""},
        {"محمد 😀", "👨‍👩‍👧", "الرياض، السعودية", "é", "٠٥٠١٢٣٤٥٦٧", "\u200f"},
        {""},
        {"", ""},
        {"single"},
        {"line1\n\nline3", "\n\n", ",,,", "\"\n\"", "=cmd", "x"},
    };
    QTest::newRow("comma") << nasty << ",";
    QTest::newRow("semicolon") << nasty << ";";
    QTest::newRow("tab") << nasty << "\t";
    QTest::newRow("pipe") << nasty << "|";
}

void tst_CsvWriter::roundTrip()
{
    QFETCH(Records, records);
    QFETCH(QString, delimiter);
    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    CsvWriter writer(&out, delimiter.at(0));
    for (const QStringList &record : records)
        writer.writeRecord(record);
    QVERIFY(writer.ok());
    out.close();

    for (const qint64 chunk : {qint64(1), qint64(3), qint64(256 * 1024)}) {
        QBuffer in(&bytes);
        in.open(QIODevice::ReadOnly);
        CsvReader::Options options;
        options.header = CsvReader::Header::No;
        options.delimiter = delimiter.at(0);
        options.chunkSize = chunk;  // small reads and sample put chunk boundaries inside the quoting
        options.sampleSize = chunk;
        CsvReader reader(&in, options);
        QVERIFY(reader.open().ok());
        Records back;
        CsvRecord record;
        while (reader.next(&record)) {
            QVERIFY2(record.error.isEmpty(), qPrintable(record.error));
            back << record.fields;
        }
        QVERIFY(reader.error().ok());
        QCOMPARE(back, records);
    }
}

void tst_CsvWriter::bomIsInvisibleToTheReader()
{
    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    CsvWriter writer(&out);
    writer.writeBom();
    writer.writeRecord({"phone", "name"});
    writer.writeRecord({"0501234567", "محمد"});
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFphone,"));
    out.close();
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    CsvReader reader(&in, {});
    QVERIFY(reader.open().ok());
    QCOMPARE(reader.headers(), (QStringList{"phone", "name"}));
}

void tst_CsvWriter::failedWriteIsReported()
{
    QByteArray bytes("already here");
    QBuffer readOnly(&bytes);
    readOnly.open(QIODevice::ReadOnly);  // writes fail
    CsvWriter writer(&readOnly);
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    writer.writeRecord({"a"});
    QVERIFY(!writer.ok());
    writer.writeRecord({"b"});  // stays failed, and writes nothing more
    QVERIFY(!writer.ok());
    QCOMPARE(bytes, QByteArray("already here"));
}

QTEST_GUILESS_MAIN(tst_CsvWriter)
#include "tst_csvwriter.moc"
