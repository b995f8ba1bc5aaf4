#include "csv/csvreader.h"

#include "csv/csvformatguess.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>

namespace {
// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

// Physical line breaks in d[from, to): LF, CRLF and a lone CR each count once. `size` bounds the
// look-ahead after a CR.
qint64 countBreaks(const char16_t *d, qsizetype from, qsizetype to, qsizetype size)
{
    qint64 n = 0;
    for (qsizetype i = from; i < to; ++i) {
        if (d[i] == u'\n')
            ++n;
        else if (d[i] == u'\r' && (i + 1 >= size || d[i + 1] != u'\n'))
            ++n;
    }
    return n;
}

}

CsvReader::CsvReader(QIODevice *device, Options options)
    : m_device(device), m_options(std::move(options))
{
    m_options.chunkSize = std::max<qint64>(m_options.chunkSize, 1);
    m_options.maxFieldChars = std::max<qsizetype>(m_options.maxFieldChars, 1);
    m_options.maxColumns = std::max<qsizetype>(m_options.maxColumns, 1);
    m_options.maxRecordChars = std::max<qsizetype>(m_options.maxRecordChars, 1);
}

qint64 CsvReader::totalBytes() const
{
    return m_device && !m_device->isSequential() ? m_device->size() : -1;
}

Status CsvReader::open()
{
    if (!m_device || !m_device->isReadable())
        return Error::invalid(Tr::tr("The file is not open for reading."));
    const QChar d = m_options.delimiter;
    if (d == u'"' || d == u'\n' || d == u'\r')
        return Error::invalid(Tr::tr("The delimiter cannot be a quote or a line break."));
    QByteArray head;
    while (!m_eof && head.size() < std::max<qint64>(m_options.sampleSize, 4)) {
        QByteArray chunk;
        if (!readChunk(&chunk))
            return m_error;
        head += chunk;
    }
    if (head.isEmpty())
        return Error::invalid(Tr::tr("The file is empty."));
    if (Status s = settleEncoding(head); !s)
        return s;
    // Decoded in read-sized pieces so the decoder sees the same boundaries as the rest of the file.
    for (qsizetype at = 0; at < head.size() && m_badPos < 0; at += m_options.chunkSize)
        decode(QByteArrayView(head).sliced(at, std::min<qsizetype>(m_options.chunkSize, head.size() - at)));
    checkEnd();
    if (m_badPos >= 0)
        return decodingError();

    m_delimiter = m_options.delimiter.isNull() ? detectDelimiter(m_buf) : m_options.delimiter;

    CsvRecord first;
    if (!readRecord(&first))
        return m_error.ok() ? Status(Error::invalid(Tr::tr("The file is empty."))) : m_error;
    m_hasHeader = m_options.header == Header::Yes;
    if (m_options.header == Header::Auto) {
        CsvRecord second;
        const bool hasSecond = readRecord(&second);
        if (!m_error.ok())
            return m_error;
        m_hasHeader = looksLikeHeader(first.fields, hasSecond ? second.fields : QStringList(), m_knownColumn);
        if (hasSecond)
            m_pending.append(std::move(second));
    }
    if (m_hasHeader) {
        m_headers = first.fields;
        m_headerLine = first.line;
    } else {
        m_pending.prepend(std::move(first));
    }
    return {};
}

Status CsvReader::settleEncoding(const QByteArray &head)
{
    if (m_options.encoding.isEmpty()) {
        // Only a BOM can tell UTF-16 apart; without one, UTF-8 (which includes plain ASCII).
        const auto fromBom = QStringConverter::encodingForData(head);
        const QStringConverter::Encoding e = fromBom.value_or(QStringConverter::Utf8);
        m_decoder = Decoder(e);
        m_encodingName = QString::fromLatin1(QStringConverter::nameForEncoding(e));
        return {};
    }
    m_decoder = Decoder(m_options.encoding.toLatin1().constData());
    if (!m_decoder.isValid())
        return Error::invalid(Tr::tr("\"%1\" is not an encoding this program knows; try utf-8, utf-16, "
                                     "windows-1256 or iso-8859-1.").arg(m_options.encoding));
    // Qt's own codecs have tidy names; ICU's canonical ones (say "ibm-9448_X100-2005") would only
    // puzzle people, so those keep the name they were asked for.
    const auto builtin = QStringConverter::encodingForName(m_options.encoding.toLatin1().constData());
    m_encodingName = builtin ? QString::fromLatin1(QStringConverter::nameForEncoding(*builtin))
                             : m_options.encoding.toLower();
    return {};
}

Error CsvReader::decodingError() const
{
    return Error::invalid(Tr::tr("Line %1 has bytes that are not valid %2; choose the file's encoding "
                                 "(--encoding on the command line), for example windows-1256 or iso-8859-1.")
                              .arg(m_badLine).arg(m_encodingName));
}

bool CsvReader::next(CsvRecord *record)
{
    if (!m_pending.isEmpty()) {
        *record = m_pending.takeFirst();
        return true;
    }
    return readRecord(record);
}

bool CsvReader::readRecord(CsvRecord *record)
{
    while (m_error.ok()) {
        switch (parseRecord(record)) {
        case Parse::Record:
            return true;
        case Parse::End:
        case Parse::Failed:
            return false;
        case Parse::NeedMore:
            if (m_badPos >= 0) {
                m_error = decodingError();
                return false;
            }
            // What is buffered from m_pos on is the unfinished record alone.
            if (m_buf.size() - m_pos > m_options.maxRecordChars) {
                recordTooLong();
                return false;
            }
            // Asking for twice what is buffered keeps re-parsing a huge record linear overall.
            if (!fill(2 * (m_buf.size() - m_pos) + 1))
                return false;
            break;
        }
    }
    return false;
}

bool CsvReader::fill(qsizetype wanted)
{
    if (m_pos > 0) {  // records already handed out are copies, so their text can go
        m_buf.remove(0, m_pos);
        if (m_badPos >= 0)
            m_badPos -= m_pos;
        m_pos = 0;
    }
    while (!m_eof && m_badPos < 0 && m_buf.size() < wanted) {
        QByteArray chunk;
        if (!readChunk(&chunk))
            return false;
        decode(chunk);
    }
    return true;
}

bool CsvReader::readChunk(QByteArray *bytes)
{
    bytes->resize(m_options.chunkSize);
    qint64 n = m_device->read(bytes->data(), m_options.chunkSize);
    // A pipe may have nothing yet; QProcess and sockets can wait, a plain QFile on stdin blocks in read().
    while (n == 0 && m_device->isSequential() && m_device->waitForReadyRead(-1))
        n = m_device->read(bytes->data(), m_options.chunkSize);
    if (n < 0) {
        m_error = Error::invalid(Tr::tr("Could not read the file: %1.").arg(m_device->errorString()));
        return false;
    }
    bytes->resize(n);
    m_bytesRead += n;
    if (n == 0) {
        m_eof = true;
        checkEnd();
    }
    return true;
}

void CsvReader::checkEnd()
{
    if (m_eof && m_decoder.hasPendingInput() && m_badPos < 0)  // the file ends inside a character
        markBad(m_buf.size());
}

void CsvReader::markBad(qsizetype at)
{
    m_badPos = at;
    m_badLine = m_line + countBreaks(reinterpret_cast<const char16_t *>(m_buf.constData()), m_pos, at, m_buf.size());
}

void CsvReader::decode(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    const qsizetype old = m_buf.size();
    const qsizetype invalidBefore = m_decoder.invalidCount();
    // Decoding straight into the buffer's tail saves a temporary string per chunk.
    m_buf.resize(old + m_decoder.requiredSpace(bytes.size()));
    const QChar *end = m_decoder.appendToBuffer(m_buf.data() + old, bytes);
    m_buf.resize(end - m_buf.constData());
    if (m_first && m_buf.size() > old) {
        m_first = false;
        if (m_buf.at(old) == QChar(QChar::ByteOrderMark))  // a BOM the codec kept, e.g. UTF-8 read as "utf-8"
            m_buf.remove(old, 1);
    }
    if (m_decoder.invalidCount() > invalidBefore && m_badPos < 0) {
        // The codec marks what it could not read with U+FFFD; the first one in this piece is the culprit.
        const qsizetype mark = m_buf.indexOf(QChar(QChar::ReplacementCharacter), old);
        markBad(mark >= 0 ? mark : m_buf.size());
    }
}

CsvReader::Parse CsvReader::fieldTooLong(qint64 line)
{
    // Reported before the field is read whole: memory stays at about twice the limit. The line is the
    // field's own, where an unclosed quote would be.
    m_exceededLimit = true;
    m_error = Error::invalid(Tr::tr("Line %1 has a field longer than %2 characters, the most one field may hold. "
                                    "Check that every quote in the file is closed (an unclosed quote makes the rest "
                                    "of the file one field).")
                                 .arg(line).arg(m_options.maxFieldChars));
    return Parse::Failed;
}

CsvReader::Parse CsvReader::tooWide()
{
    m_exceededLimit = true;
    m_error = Error::invalid(Tr::tr("Line %1 has more than %2 columns; at most %2 are allowed. Check the delimiter "
                                    "(--delimiter on the command line, Delimiter in the wizard) or remove unused columns.")
                                 .arg(m_line).arg(m_options.maxColumns));
    return Parse::Failed;
}

CsvReader::Parse CsvReader::recordTooLong()
{
    m_exceededLimit = true;
    m_error = Error::invalid(Tr::tr("The record starting on line %1 is longer than %2 characters, the most one row may "
                                    "hold. Split its text over several rows or shorten it.")
                                 .arg(m_line).arg(m_options.maxRecordChars));
    return Parse::Failed;
}

CsvReader::Parse CsvReader::parseRecord(CsvRecord *record)
{
    const char16_t *d = reinterpret_cast<const char16_t *>(m_buf.constData());
    const qsizetype size = m_buf.size();
    const qsizetype limit = m_badPos >= 0 ? m_badPos : size;
    const bool eof = m_eof && m_badPos < 0;
    const char16_t delim = m_delimiter.unicode();

    // Blank lines between records are no records, but they are lines.
    qsizetype p = m_pos;
    qint64 line = m_line;
    while (p < limit && (d[p] == u'\n' || d[p] == u'\r')) {
        if (d[p] == u'\r' && p + 1 >= limit && !eof)
            break;  // a CR at the end of what is read: an LF may follow
        p += (d[p] == u'\r' && p + 1 < limit && d[p + 1] == u'\n') ? 2 : 1;
        ++line;
    }
    m_pos = p;
    m_line = line;
    if (p >= limit || (d[p] == u'\r' && !eof))
        return eof ? Parse::End : Parse::NeedMore;

    const qsizetype maxField = m_options.maxFieldChars;
    QStringList fields;
    QString error;
    for (;;) {
        QString value;
        const qint64 fieldLine = line;
        if (d[p] == u'"') {
            const qsizetype start = p + 1;
            qsizetype q = start;
            bool doubled = false;
            bool closed = true;
            for (;;) {
                const qsizetype at = QStringView(d + q, limit - q).indexOf(u'"');
                if (at < 0) {
                    if (limit - start > maxField)
                        return fieldTooLong(fieldLine);
                    if (!eof)
                        return Parse::NeedMore;
                    q = limit;
                    closed = false;
                    if (error.isEmpty())
                        error = Tr::tr("a quoted field is never closed");
                    break;
                }
                q += at;
                if (q - start > maxField)
                    return fieldTooLong(fieldLine);
                if (q + 1 >= limit && !eof)
                    return Parse::NeedMore;  // the next character says whether this quote is doubled
                if (q + 1 < limit && d[q + 1] == u'"') {
                    doubled = true;
                    q += 2;
                    continue;
                }
                break;
            }
            value = QString(reinterpret_cast<const QChar *>(d + start), q - start);
            if (doubled)
                value.replace(QLatin1String("\"\""), QLatin1String("\""));
            line += countBreaks(d, start, q, size);
            p = closed ? q + 1 : q;
            if (p < limit && d[p] != delim && d[p] != u'\n' && d[p] != u'\r') {
                // Best effort for `"a"b`: keep the stray text with the field.
                const qsizetype rest = p;
                while (p < limit && d[p] != delim && d[p] != u'\n' && d[p] != u'\r')
                    ++p;
                if (p - start > maxField)
                    return fieldTooLong(fieldLine);
                if (p >= limit && !eof)
                    return Parse::NeedMore;
                value += QStringView(d + rest, p - rest);
                if (error.isEmpty())
                    error = Tr::tr("text after a closing quote");
            }
        } else {
            const qsizetype start = p;
            bool quote = false;
            for (; p < limit; ++p) {
                const char16_t c = d[p];
                if (c == delim || c == u'\n' || c == u'\r')
                    break;
                if (c == u'"')
                    quote = true;
            }
            if (p - start > maxField)
                return fieldTooLong(fieldLine);
            if (p >= limit && !eof)
                return Parse::NeedMore;
            value = QString(reinterpret_cast<const QChar *>(d + start), p - start);
            if (quote && error.isEmpty())
                error = Tr::tr("a quote inside an unquoted field");
        }
        // Stopped at once: a record is held whole until it ends, and one this wide is no contact list.
        if (fields.size() >= m_options.maxColumns)
            return tooWide();
        fields.append(std::move(value));

        if (p >= limit)
            break;  // end of file
        if (d[p] == delim) {
            ++p;
            continue;  // at the end of the file this makes the trailing empty field of "a,"
        }
        if (d[p] == u'\r') {
            if (p + 1 >= limit && !eof)
                return Parse::NeedMore;
            p += (p + 1 < limit && d[p + 1] == u'\n') ? 2 : 1;
        } else {
            ++p;
        }
        ++line;
        break;
    }
    if (p - m_pos > m_options.maxRecordChars)
        return recordTooLong();
    record->line = m_line;
    record->fields = std::move(fields);
    record->error = std::move(error);
    m_pos = p;
    m_line = line;
    return Parse::Record;
}

QChar CsvReader::detectDelimiter(QStringView sample)
{
    return CsvFormatGuess::delimiter(sample);
}

bool CsvReader::looksLikeHeader(const QStringList &first, const QStringList &second,
                                const std::function<bool(const QString &)> &knownColumnName)
{
    return CsvFormatGuess::isHeader(first, second, knownColumnName);
}
