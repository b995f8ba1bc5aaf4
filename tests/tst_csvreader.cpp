#include "csv/csvreader.h"

#include <QBuffer>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryFile>
#include <QTest>

using Records = QList<QStringList>;
using Lines = QList<qint64>;

namespace {
// Every parse runs at these read sizes too, so chunk boundaries fall inside multi-byte characters,
// surrogate pairs, CRLF pairs, doubled quotes and every other spot.
const QList<qint64> chunkSizes = {1, 2, 3, 7, 64, 256 * 1024};

struct Parsed {
    Status open;
    QString encoding;
    QChar delimiter;
    QStringList headers;
    Records records;
    Lines lines;
    QStringList errors;
    Status error;
    bool exceededLimit = false;
    qint64 bytesRead = 0;
};

Parsed parse(QIODevice *device, const CsvReader::Options &options)
{
    Parsed out;
    CsvReader reader(device, options);
    out.open = reader.open();
    out.exceededLimit = reader.exceededLimit();
    if (!out.open)
        return out;
    out.encoding = reader.encoding();
    out.delimiter = reader.delimiter();
    out.headers = reader.headers();
    CsvRecord record;
    while (reader.next(&record)) {
        out.records << record.fields;
        out.lines << record.line;
        out.errors << record.error;
    }
    if (reader.next(&record))  // the end stays the end
        out.records << QStringList{"<record after the end>"};
    out.error = reader.error();
    out.exceededLimit = reader.exceededLimit();
    out.bytesRead = reader.bytesRead();
    return out;
}

Parsed parseBytes(const QByteArray &bytes, CsvReader::Options options, qint64 chunk = 256 * 1024)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    options.chunkSize = chunk;
    options.sampleSize = std::min<qint64>(chunk, 64 * 1024);
    return parse(&buffer, options);
}

CsvReader::Options plain(QChar delimiter = u',')
{
    CsvReader::Options o;
    o.delimiter = delimiter;
    o.header = CsvReader::Header::No;
    return o;
}

QByteArray encoded(const QString &text, QStringConverter::Encoding e)
{
    QStringEncoder encoder(e, QStringConverter::Flag::WriteBom);
    return encoder.encode(text);
}

// A pipe as far as the reader can tell: no size, no seeking, a few bytes per read.
class PipeLikeDevice : public QIODevice
{
public:
    PipeLikeDevice(QByteArray data, qint64 perRead) : m_data(std::move(data)), m_perRead(perRead) {}
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min({max, m_perRead, qint64(m_data.size()) - m_at});
        memcpy(out, m_data.constData() + m_at, n);
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_perRead;
    qint64 m_at = 0;
};
}

class tst_CsvReader : public QObject
{
    Q_OBJECT

private slots:
    void records_data();
    void records();
    void encodings_data();
    void encodings();
    void invalidBytes_data();
    void invalidBytes();
    void unknownEncoding();
    void badDelimiter();
    void emptyFile_data();
    void emptyFile();
    void detectDelimiter_data();
    void detectDelimiter();
    void delimiterThroughOpen();
    void looksLikeHeader_data();
    void looksLikeHeader();
    void headerModes_data();
    void headerModes();
    void sequentialDevice();
    void pipeFromProcess();
    void chunkBoundariesInBigFile_data();
    void chunkBoundariesInBigFile();
    void tenMegabyteField();
    void limits_data();
    void limits();
    void defaultLimitsStopEarly_data();
    void defaultLimitsStopEarly();
    void progress();
};

void tst_CsvReader::records_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<Records>("records");
    QTest::addColumn<Lines>("lines");
    QTest::addColumn<QStringList>("errors");

    const QString none;
    const QString neverClosed = "a quoted field is never closed";
    const QString quoteInside = "a quote inside an unquoted field";
    const QString afterQuote = "text after a closing quote";

    QTest::newRow("commas_noquotes") << QByteArray("a,b,c\n1,2,3\n") << ","
        << Records{{"a", "b", "c"}, {"1", "2", "3"}} << Lines{1, 2} << QStringList{none, none};
    QTest::newRow("quoted_delimiter") << QByteArray("\"a,b\",c\n") << ","
        << Records{{"a,b", "c"}} << Lines{1} << QStringList{none};
    QTest::newRow("quoted_newline_lf") << QByteArray("\"a\nb\",c\nd,e\n") << ","
        << Records{{"a\nb", "c"}, {"d", "e"}} << Lines{1, 3} << QStringList{none, none};
    QTest::newRow("quoted_newline_crlf") << QByteArray("\"a\r\nb\",c\r\nd,e\r\n") << ","
        << Records{{"a\r\nb", "c"}, {"d", "e"}} << Lines{1, 3} << QStringList{none, none};
    QTest::newRow("quoted_lone_cr") << QByteArray("\"a\rb\",c\nd\n") << ","
        << Records{{"a\rb", "c"}, {"d"}} << Lines{1, 3} << QStringList{none, none};
    QTest::newRow("doubled_quotes") << QByteArray("\"say \"\"hi\"\"\",x\n") << ","
        << Records{{"say \"hi\"", "x"}} << Lines{1} << QStringList{none};
    QTest::newRow("only_a_doubled_quote") << QByteArray("\"\"\"\",\"\"\"\"\"\"\n") << ","
        << Records{{"\"", "\"\""}} << Lines{1} << QStringList{none};
    QTest::newRow("empty_fields") << QByteArray(",,\na,,b\n") << ","
        << Records{{"", "", ""}, {"a", "", "b"}} << Lines{1, 2} << QStringList{none, none};
    QTest::newRow("quoted_empty") << QByteArray("\"\",a,\"\"\n") << ","
        << Records{{"", "a", ""}} << Lines{1} << QStringList{none};
    QTest::newRow("trailing_delimiter") << QByteArray("a,b,\nc,d,\n") << ","
        << Records{{"a", "b", ""}, {"c", "d", ""}} << Lines{1, 2} << QStringList{none, none};
    QTest::newRow("trailing_delimiter_at_eof") << QByteArray("a,b,") << ","
        << Records{{"a", "b", ""}} << Lines{1} << QStringList{none};
    QTest::newRow("crlf") << QByteArray("a,b\r\nc,d\r\n") << ","
        << Records{{"a", "b"}, {"c", "d"}} << Lines{1, 2} << QStringList{none, none};
    QTest::newRow("lf") << QByteArray("a,b\nc,d\n") << ","
        << Records{{"a", "b"}, {"c", "d"}} << Lines{1, 2} << QStringList{none, none};
    QTest::newRow("cr") << QByteArray("a,b\rc,d\r") << ","
        << Records{{"a", "b"}, {"c", "d"}} << Lines{1, 2} << QStringList{none, none};
    QTest::newRow("mixed_line_ends") << QByteArray("a\r\nb\nc\rd") << ","
        << Records{{"a"}, {"b"}, {"c"}, {"d"}} << Lines{1, 2, 3, 4} << QStringList{none, none, none, none};
    QTest::newRow("no_final_newline") << QByteArray("a,b\nc,d") << ","
        << Records{{"a", "b"}, {"c", "d"}} << Lines{1, 2} << QStringList{none, none};
    QTest::newRow("quoted_last_field_at_eof") << QByteArray("a,\"b\"") << ","
        << Records{{"a", "b"}} << Lines{1} << QStringList{none};
    QTest::newRow("blank_lines_skipped") << QByteArray("\na,b\n\n\nc,d\n\n") << ","
        << Records{{"a", "b"}, {"c", "d"}} << Lines{2, 5} << QStringList{none, none};
    QTest::newRow("blank_lines_crlf") << QByteArray("a\r\n\r\n\r\nb\r\n") << ","
        << Records{{"a"}, {"b"}} << Lines{1, 4} << QStringList{none, none};
    QTest::newRow("blank_lines_cr") << QByteArray("a\r\rb\r") << ","
        << Records{{"a"}, {"b"}} << Lines{1, 3} << QStringList{none, none};
    QTest::newRow("lines_after_multiline_records")
        << QByteArray("\"x\ny\nz\",1\nb,2\n\"p\r\nq\",3\n\nc,\"4\r\r\n\"\nd,5") << ","
        << Records{{"x\ny\nz", "1"}, {"b", "2"}, {"p\r\nq", "3"}, {"c", "4\r\r\n"}, {"d", "5"}}
        << Lines{1, 4, 5, 8, 11} << QStringList{none, none, none, none, none};
    QTest::newRow("whitespace_kept") << QByteArray(" a , b \n\t\n") << ","
        << Records{{" a ", " b "}, {"\t"}} << Lines{1, 2} << QStringList{none, none};
    QTest::newRow("arabic_and_emoji") << QByteArray("محمد,😀👍🏽,\"الرياض، السعودية\"\n👨‍👩‍👧,x\n") << ","
        << Records{{"محمد", "😀👍🏽", "الرياض، السعودية"}, {"👨‍👩‍👧", "x"}} << Lines{1, 2} << QStringList{none, none};
    QTest::newRow("unterminated_quote_at_eof") << QByteArray("a,b\n\"c,d\ne\"\"f\n") << ","
        << Records{{"a", "b"}, {"c,d\ne\"f\n"}} << Lines{1, 2} << QStringList{none, neverClosed};
    QTest::newRow("quote_inside_unquoted_field") << QByteArray("a,b\"c,d\ne,f\n") << ","
        << Records{{"a", "b\"c", "d"}, {"e", "f"}} << Lines{1, 2} << QStringList{quoteInside, none};
    QTest::newRow("text_after_closing_quote") << QByteArray("\"a\"b,c\nd,e\n") << ","
        << Records{{"ab", "c"}, {"d", "e"}} << Lines{1, 2} << QStringList{afterQuote, none};
    QTest::newRow("text_after_closing_quote_at_eof") << QByteArray("x,\"a\" b") << ","
        << Records{{"x", "a b"}} << Lines{1} << QStringList{afterQuote};
    QTest::newRow("semicolon") << QByteArray("a;\"b;c\";d,e\n") << ";"
        << Records{{"a", "b;c", "d,e"}} << Lines{1} << QStringList{none};
    QTest::newRow("tab") << QByteArray("a\tb c\t,\n") << "\t"
        << Records{{"a", "b c", ","}} << Lines{1} << QStringList{none};
    QTest::newRow("pipe") << QByteArray("a|b|\"c|d\"\n") << "|"
        << Records{{"a", "b", "c|d"}} << Lines{1} << QStringList{none};
    QTest::newRow("single_column") << QByteArray("a\nb\n\"\"\n") << ","
        << Records{{"a"}, {"b"}, {""}} << Lines{1, 2, 3} << QStringList{none, none, none};
}

void tst_CsvReader::records()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, delimiter);
    QFETCH(Records, records);
    QFETCH(Lines, lines);
    QFETCH(QStringList, errors);
    for (const qint64 chunk : chunkSizes) {
        const Parsed got = parseBytes(input, plain(delimiter.at(0)), chunk);
        const QByteArray where = "read size " + QByteArray::number(chunk);
        QVERIFY2(got.open.ok(), qPrintable(got.open.error().message));
        QVERIFY2(got.error.ok(), qPrintable(got.error.error().message));
        QVERIFY2(got.records == records, where);
        QVERIFY2(got.lines == lines, where);
        QVERIFY2(got.errors == errors, where);
        QCOMPARE(got.bytesRead, input.size());
    }
    // And the same once more with the report of what differs, at the normal read size.
    const Parsed got = parseBytes(input, plain(delimiter.at(0)));
    QCOMPARE(got.records, records);
    QCOMPARE(got.lines, lines);
    QCOMPARE(got.errors, errors);
}

void tst_CsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<Records>("records");

    const QString text = "phone,name\n0501234567,محمد 😀\n\"x\ny\",👍🏽\n";
    const Records parsed{{"phone", "name"}, {"0501234567", "محمد 😀"}, {"x\ny", "👍🏽"}};
    QTest::newRow("utf8_no_bom") << text.toUtf8() << "" << "UTF-8" << parsed;
    QTest::newRow("utf8_bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << "" << "UTF-8" << parsed;
    QTest::newRow("utf8_bom_named") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << "Utf-8" << "UTF-8" << parsed;
    QTest::newRow("utf16le_bom") << encoded(text, QStringConverter::Utf16LE) << "" << "UTF-16LE" << parsed;
    QTest::newRow("utf16be_bom") << encoded(text, QStringConverter::Utf16BE) << "" << "UTF-16BE" << parsed;
    QTest::newRow("utf16_named") << encoded(text, QStringConverter::Utf16BE) << "utf-16" << "UTF-16" << parsed;
    // "محمد,الرياض" as Excel saves it on an Arabic Windows: one byte per letter.
    const QByteArray cp1256("\xE3\xCD\xE3\xCF,\xC7\xE1\xD1\xED\xC7\xD6\r\n");
    QTest::newRow("windows1256_arabic") << cp1256 << "windows-1256" << "windows-1256"
                                        << Records{{"محمد", "الرياض"}};
    QTest::newRow("windows1256_upper_case") << cp1256 << "WINDOWS-1256" << "windows-1256"
                                            << Records{{"محمد", "الرياض"}};
    QTest::newRow("iso8859_1") << QByteArray("caf\xE9,na\xEFve\n") << "iso-8859-1" << "ISO-8859-1"
                               << Records{{"café", "naïve"}};
}

void tst_CsvReader::encodings()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, option);
    QFETCH(QString, encoding);
    QFETCH(Records, records);
    for (const qint64 chunk : chunkSizes) {
        CsvReader::Options options = plain();
        options.encoding = option;
        const Parsed got = parseBytes(input, options, chunk);
        QVERIFY2(got.open.ok(), qPrintable(got.open.error().message));
        QVERIFY2(got.error.ok(), qPrintable(got.error.error().message));
        QCOMPARE(got.encoding, encoding);
        if (got.records != records)
            qWarning("read size %lld", chunk);
        QCOMPARE(got.records, records);
    }
}

void tst_CsvReader::invalidBytes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("sampleSize");
    QTest::addColumn<bool>("openFails");
    QTest::addColumn<int>("goodRecords");
    QTest::addColumn<int>("line");

    QTest::newRow("invalid_utf8_in_sample") << QByteArray("a,b\nc,d\ne,\xFF\n") << qint64(65536) << true << 0 << 3;
    QTest::newRow("latin1_read_as_utf8") << QByteArray("\"x\ny\",1\r\ncaf\xE9,2\r\n") << qint64(65536) << true << 0 << 3;
    QTest::newRow("truncated_at_eof") << QByteArray("a,b\nc,\xD8") << qint64(65536) << true << 0 << 2;
    QByteArray late;
    for (int i = 1; i < 50; ++i)
        late += "row" + QByteArray::number(i) + ",0501234567\n";
    late += "bad,\xC3(\nafter,1\n";
    QTest::newRow("invalid_after_the_sample") << late << qint64(64) << false << 49 << 50;
    QTest::newRow("odd_utf16_tail") << encoded("a,b\nc,d\n", QStringConverter::Utf16LE) + 'x' << qint64(4)
                                    << false << 2 << 3;
}

void tst_CsvReader::invalidBytes()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, sampleSize);
    QFETCH(bool, openFails);
    QFETCH(int, goodRecords);
    QFETCH(int, line);
    for (const qint64 chunk : {qint64(1), qint64(5), sampleSize}) {
        QBuffer buffer(&input);
        buffer.open(QIODevice::ReadOnly);
        CsvReader::Options options = plain();
        options.chunkSize = chunk;
        options.sampleSize = sampleSize;
        const Parsed got = parse(&buffer, options);
        const Status failure = openFails ? got.open : got.error;
        QCOMPARE(got.open.ok(), !openFails);
        QVERIFY(!failure.ok());
        QCOMPARE(failure.error().kind, ErrorKind::Invalid);
        const QString message = failure.error().message;
        QVERIFY2(message.startsWith(QStringLiteral("Line %1 ").arg(line)), qPrintable(message));
        QVERIFY2(message.contains("--encoding"), qPrintable(message));
        // Records wholly before the bad bytes are handed out; the importer may already have used them.
        QVERIFY2(got.records.size() >= goodRecords - 1 && got.records.size() <= goodRecords,
                 qPrintable(QString::number(got.records.size())));
    }
}

void tst_CsvReader::unknownEncoding()
{
    CsvReader::Options options = plain();
    options.encoding = "klingon-8";
    const Parsed got = parseBytes("a,b\n", options);
    QVERIFY(!got.open.ok());
    QCOMPARE(got.open.error().kind, ErrorKind::Invalid);
    QVERIFY2(got.open.error().message.contains("klingon-8"), qPrintable(got.open.error().message));
}

void tst_CsvReader::badDelimiter()
{
    for (const QChar d : {QChar(u'"'), QChar(u'\n'), QChar(u'\r')}) {
        const Parsed got = parseBytes("a,b\n", plain(d));
        QVERIFY(!got.open.ok());
        QCOMPARE(got.open.error().kind, ErrorKind::Invalid);
    }
}

void tst_CsvReader::emptyFile_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("only_bom") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("only_blank_lines") << QByteArray("\r\n\n\r");
}

void tst_CsvReader::emptyFile()
{
    QFETCH(QByteArray, input);
    const Parsed got = parseBytes(input, {});
    QVERIFY(!got.open.ok());
    QCOMPARE(got.open.error().kind, ErrorKind::Invalid);
    QCOMPARE(got.open.error().message, QStringLiteral("The file is empty."));
}

void tst_CsvReader::detectDelimiter_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("delimiter");
    QTest::newRow("comma") << "phone,name\n0501,Ali\n0502,Sara\n" << ",";
    QTest::newRow("semicolon") << "phone;name\n0501;Ali\n0502;Sara\n" << ";";
    QTest::newRow("tab") << "phone\tname\n0501\tAli\n0502\tSara" << "\t";
    QTest::newRow("pipe") << "phone|name\r\n0501|Ali\r\n0502|Sara\r\n" << "|";
    QTest::newRow("quoted_commas_in_semicolon_file")
        << "name;phone;city\n\"Smith, John\";0501;\"Riyadh, KSA\"\n\"Doe, Jane\";0502;Jeddah\n" << ";";
    QTest::newRow("quoted_semicolons_in_comma_file")
        << "name,note\n\"a;b;c\",x\n\"d;e;f\",\"y;z\"\n\"g;h;i\",w\n" << ",";
    QTest::newRow("decimal_commas_in_semicolon_file") << "name;amount\nAli;1,5\nSara;2,25\nOmar;3\n" << ";";
    QTest::newRow("commas_in_tab_file") << "name\tphone\nSmith, John\t0501\nSara\t0502\nOmar\t0503\n" << "\t";
    QTest::newRow("quoted_newlines_with_delimiters")
        << "a|b\n\"line, one\nline; two\"|x\n\"p,q\nr;s\"|y\n" << "|";
    QTest::newRow("single_column_defaults_to_comma") << "phone\n0501\n0502\n" << ",";
    QTest::newRow("tie_prefers_comma") << "a,b;c\nd,e;f\n" << ",";
    QTest::newRow("cut_sample") << "a;b;c\nd;e;f\ng;h;\"i,j,k,l,m" << ";";
    QTest::newRow("empty") << "" << ",";
}

void tst_CsvReader::detectDelimiter()
{
    QFETCH(QString, sample);
    QFETCH(QString, delimiter);
    QCOMPARE(CsvReader::detectDelimiter(sample), delimiter.at(0));
}

void tst_CsvReader::delimiterThroughOpen()
{
    CsvReader::Options options;
    options.header = CsvReader::Header::No;
    const Parsed got = parseBytes("\"Smith, John\";0501\n\"Doe, Jane\";0502\n", options);
    QVERIFY(got.open.ok());
    QCOMPARE(got.delimiter, QChar(u';'));
    QCOMPARE(got.records, (Records{{"Smith, John", "0501"}, {"Doe, Jane", "0502"}}));

    options.delimiter = u',';  // an explicit delimiter wins over what the sample suggests
    const Parsed forced = parseBytes("a;b,c\n", options);
    QCOMPARE(forced.delimiter, QChar(u','));
    QCOMPARE(forced.records, (Records{{"a;b", "c"}}));
}

void tst_CsvReader::looksLikeHeader_data()
{
    QTest::addColumn<QStringList>("first");
    QTest::addColumn<QStringList>("second");
    QTest::addColumn<bool>("useKnownNames");
    QTest::addColumn<bool>("header");
    QTest::newRow("phone_header") << QStringList{"phone", "name"} << QStringList{"0501234567", "Ali"} << false << true;
    QTest::newRow("no_header_phones") << QStringList{"0501234567", "Ali"} << QStringList{"+966 50 765 4321", "Sara"} << false << false;
    QTest::newRow("arabic_digits_phone") << QStringList{"الجوال", "الاسم"} << QStringList{"٠٥٠١٢٣٤٥٦٧", "علي"} << false << true;
    QTest::newRow("names_only_without_predicate") << QStringList{"name", "city"} << QStringList{"Ali", "Riyadh"} << false << false;
    QTest::newRow("names_only_with_predicate") << QStringList{" Name ", "city"} << QStringList{"Ali", "Riyadh"} << true << true;
    QTest::newRow("predicate_no_match") << QStringList{"Ali", "Riyadh"} << QStringList{"Sara", "Jeddah"} << true << false;
    QTest::newRow("single_row_no_known_name") << QStringList{"phone", "name"} << QStringList{} << false << false;
    QTest::newRow("single_row_known_name") << QStringList{"phone", "name"} << QStringList{} << true << true;
    QTest::newRow("email_column") << QStringList{"email", "name"} << QStringList{"ali@example.com", "Ali"} << false << true;
    QTest::newRow("date_column") << QStringList{"joined", "name"} << QStringList{"2024-01-05", "Ali"} << false << true;
    QTest::newRow("number_column") << QStringList{"age", "name"} << QStringList{"42", "Ali"} << false << true;
    QTest::newRow("number_in_first_row") << QStringList{"42", "name"} << QStringList{"43", "Ali"} << false << false;
    QTest::newRow("nan_is_a_name") << QStringList{"nan", "inf"} << QStringList{"12", "x"} << false << true;
}

void tst_CsvReader::looksLikeHeader()
{
    QFETCH(QStringList, first);
    QFETCH(QStringList, second);
    QFETCH(bool, useKnownNames);
    QFETCH(bool, header);
    const auto known = [](const QString &cell) { return cell.compare("phone", Qt::CaseInsensitive) == 0
                                                        || cell.compare("name", Qt::CaseInsensitive) == 0; };
    QCOMPARE(CsvReader::looksLikeHeader(first, second, useKnownNames ? known : std::function<bool(const QString &)>()),
             header);
}

void tst_CsvReader::headerModes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("usePredicate");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<Lines>("lines");

    const QByteArray withHeader("\xEF\xBB\xBFphone,name\r\n0501234567,Ali\r\n0507654321,Sara\r\n");
    const QByteArray names("\n\nname,city\nAli,Riyadh\n");
    QTest::newRow("auto_detects_header_and_drops_bom") << withHeader << int(CsvReader::Header::Auto) << false
                                                       << QStringList{"phone", "name"} << Lines{2, 3};
    QTest::newRow("auto_without_header") << QByteArray("0501234567,Ali\n0507654321,Sara\n")
                                         << int(CsvReader::Header::Auto) << false << QStringList{} << Lines{1, 2};
    QTest::newRow("auto_names_without_predicate") << names << int(CsvReader::Header::Auto) << false
                                                  << QStringList{} << Lines{3, 4};
    QTest::newRow("auto_names_with_predicate") << names << int(CsvReader::Header::Auto) << true
                                               << QStringList{"name", "city"} << Lines{4};
    QTest::newRow("yes") << names << int(CsvReader::Header::Yes) << false << QStringList{"name", "city"} << Lines{4};
    QTest::newRow("no") << withHeader << int(CsvReader::Header::No) << false << QStringList{} << Lines{1, 2, 3};
    QTest::newRow("only_a_header") << QByteArray("phone,name\n") << int(CsvReader::Header::Yes) << false
                                   << QStringList{"phone", "name"} << Lines{};
    QTest::newRow("single_row_auto") << QByteArray("phone,name\n") << int(CsvReader::Header::Auto) << false
                                     << QStringList{} << Lines{1};
}

void tst_CsvReader::headerModes()
{
    QFETCH(QByteArray, input);
    QFETCH(int, mode);
    QFETCH(bool, usePredicate);
    QFETCH(QStringList, headers);
    QFETCH(Lines, lines);
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader::Options options;
    options.header = CsvReader::Header(mode);
    CsvReader reader(&buffer, options);
    if (usePredicate)
        reader.setKnownColumnName([](const QString &cell) { return cell == "name"; });
    QVERIFY(reader.open().ok());
    QCOMPARE(reader.hasHeader(), !headers.isEmpty());
    QCOMPARE(reader.headers(), headers);
    Lines got;
    CsvRecord record;
    while (reader.next(&record))
        got << record.line;
    QCOMPARE(got, lines);
    QVERIFY(reader.error().ok());
}

void tst_CsvReader::sequentialDevice()
{
    QByteArray input;
    for (int i = 0; i < 3000; ++i)
        input += "05012" + QByteArray::number(10000 + i) + ",\"اسم " + QByteArray::number(i) + "\n😀\"\r\n";
    PipeLikeDevice device(input, 7);
    device.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    CsvReader::Options options;  // everything detected, from a device that cannot seek back
    options.chunkSize = 1000;
    CsvReader reader(&device, options);
    QVERIFY(reader.open().ok());
    QCOMPARE(reader.totalBytes(), -1);
    QCOMPARE(reader.delimiter(), QChar(u','));
    QVERIFY(!reader.hasHeader());
    CsvRecord record;
    int n = 0;
    while (reader.next(&record)) {
        QCOMPARE(record.line, 1 + 2 * n);
        QCOMPARE(record.fields, (QStringList{"05012" + QString::number(10000 + n), "اسم " + QString::number(n) + "\n😀"}));
        ++n;
    }
    QVERIFY(reader.error().ok());
    QCOMPARE(n, 3000);
    QCOMPARE(reader.bytesRead(), input.size());
}

void tst_CsvReader::pipeFromProcess()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    for (int i = 0; i < 20000; ++i)
        file.write("+9665" + QByteArray::number(10000000 + i) + ";محمد;riyadh\n");
    file.close();
    QProcess cat;
    cat.start("cat", {file.fileName()}, QIODevice::ReadOnly);
    QVERIFY(cat.waitForStarted());
    CsvReader reader(&cat, {});
    QVERIFY(reader.open().ok());
    QCOMPARE(reader.delimiter(), QChar(u';'));
    CsvRecord record;
    int n = 0;
    while (reader.next(&record)) {
        QCOMPARE(record.fields.size(), 3);
        ++n;
    }
    QVERIFY(reader.error().ok());
    QCOMPARE(n, 20000);
    cat.waitForFinished();  // false when it has already finished, which the end of its output implies
    QCOMPARE(cat.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cat.exitCode(), 0);
}

void tst_CsvReader::chunkBoundariesInBigFile_data()
{
    QTest::addColumn<int>("encoding");
    QTest::addColumn<qint64>("chunk");
    for (const auto e : {QStringConverter::Utf8, QStringConverter::Utf16LE, QStringConverter::Utf16BE}) {
        const QByteArray name = QStringConverter::nameForEncoding(e);
        QTest::addRow("%s_default_reads", name.constData()) << int(e) << qint64(256 * 1024);
        QTest::addRow("%s_odd_reads", name.constData()) << int(e) << qint64(4099);
    }
}

void tst_CsvReader::chunkBoundariesInBigFile()
{
    // Bigger than several 256 KiB reads, so the real read size splits multi-byte characters, surrogate
    // pairs and records somewhere.
    QFETCH(int, encoding);
    QFETCH(qint64, chunk);
    QString text;
    const int rows = 16000;
    auto row = [](int i) {
        return QStringList{"٠٥٠" + QString::number(i), "محمد 😀" + QString::number(i), "\"multi\"\r\nline 👍🏽", "é"};
    };
    for (int i = 0; i < rows; ++i)
        text += row(i).at(0) + "," + row(i).at(1) + ",\"\"\"multi\"\"\r\nline 👍🏽\",é\r\n";
    QByteArray input = encoded(text, QStringConverter::Encoding(encoding));
    if (encoding == QStringConverter::Utf8)
        input = text.toUtf8();  // and without a BOM
    QVERIFY(input.size() > 3 * 256 * 1024);
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader::Options options;
    options.chunkSize = chunk;
    options.header = CsvReader::Header::No;
    CsvReader reader(&buffer, options);
    QVERIFY(reader.open().ok());
    CsvRecord record;
    int n = 0;
    while (reader.next(&record)) {
        if (record.fields != row(n) || record.line != 1 + 2 * n)
            QFAIL(qPrintable(QString("record %1 at line %2: %3").arg(n).arg(record.line).arg(record.fields.join('|'))));
        ++n;
    }
    QVERIFY(reader.error().ok());
    QCOMPARE(n, rows);
}

void tst_CsvReader::tenMegabyteField()
{
    QByteArray big(10 * 1024 * 1024, 'x');
    for (int i = 1000; i < big.size(); i += 1024 * 1024) {
        big[i] = '\n';
        big[i + 1] = '"';
    }
    QByteArray escaped = big;
    escaped.replace("\"", "\"\"");
    QByteArray input = "id,data,tail\n1,\"" + escaped + "\",end\n2,b,c\n";
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader::Options options;
    options.maxFieldChars = 16 * 1024 * 1024;  // above the defaults: long fields are still read in linear time
    options.maxRecordChars = 16 * 1024 * 1024;
    CsvReader reader(&buffer, options);
    QVERIFY(reader.open().ok());
    QVERIFY(reader.hasHeader() || reader.headers().isEmpty());
    CsvRecord record;
    QVERIFY(reader.next(&record));
    if (!reader.hasHeader()) {
        QCOMPARE(record.fields, (QStringList{"id", "data", "tail"}));
        QVERIFY(reader.next(&record));
    }
    QCOMPARE(record.line, 2);
    QCOMPARE(record.fields.size(), 3);
    QCOMPARE(record.fields.at(1).size(), big.size());
    QVERIFY(record.fields.at(1) == QString::fromLatin1(big));
    QCOMPARE(record.fields.at(2), QStringLiteral("end"));
    QVERIFY(reader.next(&record));
    QCOMPARE(record.line, 2 + big.count('\n') + 1);
    QCOMPARE(record.fields, (QStringList{"2", "b", "c"}));
    QVERIFY(!reader.next(&record));
    QVERIFY(reader.error().ok());
}

void tst_CsvReader::limits_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("openError");   // open() fails with this, or ""
    QTest::addColumn<QString>("readError");   // reading stops with this, or ""
    QTest::addColumn<int>("records");         // read before the end or the error
    // With maxFieldChars 100, maxColumns 10 and maxRecordChars 250 (the defaults are 1 MiB, 1,000, 4 MiB).
    const QByteArray x100(100, 'x');
    const QByteArray x101(101, 'x');
    QTest::newRow("fields at the limit") << "a,b\n1," + x100 + "\n2,\"" + x100 + "\"\n" << "" << "" << 2;
    QTest::newRow("unquoted field over the limit")
        << "a,b\n1,b\n2," + x101 + "\n3,c\n" << "" << "Line 3 has a field longer than 100 characters" << 1;
    QTest::newRow("quoted field over the limit")
        << "a,b\n1,\"" + x100 + "\n" + x100 + "\",z\n" << "" << "Line 2 has a field longer than 100 characters" << 0;
    QTest::newRow("doubled quotes count as written")
        << "a,b\n1,\"" + QByteArray(60, '"') + "\"\n2,\"" + QByteArray(102, '"') + "\"\n" << ""
        << "Line 3 has a field longer than 100 characters" << 1;
    QTest::newRow("an unclosed quote runs into the limit")
        << "a,b\n1,\"open\n" + QByteArray(30, '\n').replace("\n", "2,b\n") + "\n" << ""
        << "Line 2 has a field longer than 100 characters" << 0;
    QTest::newRow("text after a closing quote over the limit")
        << "a,b\n1,\"q\"" + x101 + "\n" << "" << "Line 2 has a field longer than 100 characters" << 0;
    QTest::newRow("the line of the field, not of its record")
        << "a,b\n\"x\ny\",\"" + x101 + "\"\n" << "" << "Line 3 has a field longer than 100 characters" << 0;
    QTest::newRow("a record within its length limit") << "a,b,c\n" + x100 + "," + x100 + "\n" << "" << "" << 1;
    QTest::newRow("a record over its length limit")
        << "a,b,c\n1,2\n" + x100 + "," + x100 + "," + x100 + "\n3,4\n" << ""
        << "The record starting on line 3 is longer than 250 characters" << 1;
    QTest::newRow("header at the column limit") << QByteArray("1,2,3,4,5,6,7,8,9,10\nx,,,,,,,,,\n") << "" << "" << 1;
    QTest::newRow("header over the column limit")
        << QByteArray("1,2,3,4,5,6,7,8,9,10,11\nx\n") << "Line 1 has more than 10 columns; at most 10 are allowed" << "" << 0;
    QTest::newRow("first row over the column limit, no header")
        << QByteArray("\n\n1,2,3,4,5,6,7,8,9,10,11,12\n") << "Line 3 has more than 10 columns; at most 10 are allowed" << "" << 0;
    QTest::newRow("a later row over the column limit")
        << "a,b\n1,2\n" + QByteArray(5000, ',') + "\n3,4\n" << "" << "Line 3 has more than 10 columns" << 1;
}

void tst_CsvReader::limits()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, openError);
    QFETCH(QString, readError);
    QFETCH(int, records);
    for (const qint64 chunk : chunkSizes) {
        CsvReader::Options options = plain();
        options.header = CsvReader::Header::Yes;
        options.maxFieldChars = 100;
        options.maxColumns = 10;
        options.maxRecordChars = 250;
        const Parsed p = parseBytes(input, options, chunk);
        const QString where = QStringLiteral("chunk %1").arg(chunk);
        // Told apart from a decoding error: the wizard gives no encoding advice for these.
        QCOMPARE(p.exceededLimit, !openError.isEmpty() || !readError.isEmpty());
        if (!openError.isEmpty()) {
            QVERIFY2(!p.open.ok(), qPrintable(where));
            QVERIFY2(p.open.error().message.contains(openError), qPrintable(p.open.error().message));
            continue;
        }
        if (!p.open.ok()) {
            // open() reads ahead to sample the file: a limit in the first rows is reported there.
            QVERIFY2(!readError.isEmpty(), qPrintable(where + ": " + p.open.error().message));
            QVERIFY2(p.open.error().message.contains(readError), qPrintable(p.open.error().message));
            continue;
        }
        QCOMPARE(p.records.size(), records);
        if (readError.isEmpty()) {
            QVERIFY2(p.error.ok(), qPrintable(p.error.error().message));
        } else {
            QVERIFY(!p.error.ok());
            QVERIFY2(p.error.error().message.contains(readError), qPrintable(p.error.error().message));
        }
    }
}

void tst_CsvReader::defaultLimitsStopEarly_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("filler");  // repeated to 64 MiB after the head
    QTest::addColumn<QString>("message");
    QTest::newRow("a 64 MiB quoted field") << QByteArray("phone,name\n+966500000001,\"") << QByteArray("abcdefgh")
                                           << "Line 2 has a field longer than 1048576 characters";
    QTest::newRow("a 64 MiB header") << QByteArray("phone") << QByteArray(",c,d,e,f")
                                     << "Line 1 has more than 1000 columns";
}

void tst_CsvReader::defaultLimitsStopEarly()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, filler);
    QFETCH(QString, message);
    // Through a pipe-like device: what the reader read is what it could have held.
    QByteArray input = head;
    input.reserve(64 * 1024 * 1024 + head.size());
    while (input.size() < 64 * 1024 * 1024)
        input += filler;
    PipeLikeDevice device(input, 64 * 1024);
    device.open(QIODevice::ReadOnly);
    CsvReader reader(&device, {});
    const Status opened = reader.open();
    Status error = opened;
    if (opened.ok()) {
        CsvRecord record;
        while (reader.next(&record)) {
        }
        error = reader.error();
    }
    QVERIFY(!error.ok());
    QVERIFY2(error.error().message.contains(message), qPrintable(error.error().message));
    // Stopped after a few MiB, not at the end of the 64.
    QVERIFY2(reader.bytesRead() < 4 * 1024 * 1024, qPrintable(QString::number(reader.bytesRead())));
}

void tst_CsvReader::progress()
{
    QByteArray input;
    for (int i = 0; i < 50000; ++i)
        input += "0501234567,name,mail@example.com,city\n";
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, {});
    QVERIFY(reader.open().ok());
    QCOMPARE(reader.totalBytes(), input.size());
    QVERIFY(reader.bytesRead() > 0);
    QVERIFY(reader.bytesRead() < input.size());
    CsvRecord record;
    qint64 last = 0;
    while (reader.next(&record)) {
        QVERIFY(reader.bytesRead() >= last);
        last = reader.bytesRead();
    }
    QCOMPARE(reader.bytesRead(), input.size());
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
