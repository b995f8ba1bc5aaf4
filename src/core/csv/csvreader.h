#pragma once

#include "foundation/result.h"

#include <QString>
#include <QStringDecoder>
#include <QStringList>
#include <functional>

class QIODevice;

/** One record of a CSV file, with the line it starts on so rejected rows can be pointed at. */
struct CsvRecord {
    QStringList fields;
    qint64 line = 0;   // 1-based physical line where the record starts (line breaks inside quotes count)
    QString error;     // non-empty when malformed: a sentence fragment such as "a quoted field is never
                       // closed"; fields then hold what was read, best effort
};

/** Streams RFC 4180 records out of a device in fixed-size chunks, settling encoding, delimiter and header first. */
class CsvReader
{
public:
    enum class Header { Auto, Yes, No };
    struct Options {
        QString encoding;   // empty = automatic: BOM (UTF-8/UTF-16LE/BE), else UTF-8; otherwise any name
                            // QStringDecoder accepts ("utf-8", "windows-1256", "iso-8859-1"), any case
        QChar delimiter;    // null = detect among , ; \t |
        Header header = Header::Auto;
        qint64 chunkSize = 256 * 1024;   // bytes per read; tests make it tiny to put boundaries everywhere
        qint64 sampleSize = 64 * 1024;   // bytes read by open() to settle delimiter and encoding
        // Limits that keep memory flat whatever the file: a longer field, a wider record or a longer
        // record stops the reading (open() fails, or next() returns false with error() naming the
        // line), found before the field or record is held whole. Characters count as written in the
        // file (a doubled quote is two).
        qsizetype maxFieldChars = DefaultMaxFieldChars;
        qsizetype maxColumns = DefaultMaxColumns;
        qsizetype maxRecordChars = DefaultMaxRecordChars;
    };
    static constexpr qsizetype DefaultMaxFieldChars = 1024 * 1024;  // 1 MiB of plain text
    static constexpr qsizetype DefaultMaxColumns = 1000;
    static constexpr qsizetype DefaultMaxRecordChars = 4 * DefaultMaxFieldChars;

    CsvReader(QIODevice *device, Options options);

    // Reads a sample, settles encoding, delimiter and header. Invalid for an unknown encoding name, an
    // empty file, or bytes that are not valid in the encoding (naming the line).
    Status open();
    QString encoding() const { return m_encodingName; }   // as settled, e.g. "UTF-8", "windows-1256"
    QChar delimiter() const { return m_delimiter; }
    bool hasHeader() const { return m_hasHeader; }
    QStringList headers() const { return m_headers; }     // empty when there is no header
    qint64 headerLine() const { return m_headerLine; }    // 0 when there is no header

    // The next data record (never the header); false at the end or when reading or decoding failed
    // (then error() says why).
    bool next(CsvRecord *record);
    Status error() const { return m_error; }
    // The reading stopped on one of the limits above (not on the bytes or the device): changing the
    // encoding would not help, the file itself must change.
    bool exceededLimit() const { return m_exceededLimit; }
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 totalBytes() const;   // -1 when unknown (a pipe)

    // The rule Header::Auto uses: a known column name in `first`, or no data-like cell (a number, date,
    // e-mail, 6+ digit run) in `first` while `second` has one.
    static bool looksLikeHeader(const QStringList &first, const QStringList &second,
                                const std::function<bool(const QString &)> &knownColumnName = {});
    void setKnownColumnName(std::function<bool(const QString &)> predicate) { m_knownColumn = std::move(predicate); }
    // The candidate among , ; \t | that splits the sample's first records into the same count (> 1) most
    // often, quotes respected; ',' when none does.
    static QChar detectDelimiter(QStringView sample);

private:
    // QStringDecoder keeps a truncated trailing sequence to itself; this exposes it so that a file
    // cut in the middle of a character is reported rather than silently shortened.
    class Decoder : public QStringDecoder
    {
    public:
        using QStringDecoder::QStringDecoder;
        Decoder() = default;
        bool hasPendingInput() const { return state.remainingChars != 0; }
        qsizetype invalidCount() const { return state.invalidChars; }
    };
    enum class Parse { Record, NeedMore, End, Failed };

    Status settleEncoding(const QByteArray &head);
    Parse parseRecord(CsvRecord *record);
    bool readRecord(CsvRecord *record);
    bool fill(qsizetype wanted);
    bool readChunk(QByteArray *bytes);
    void decode(QByteArrayView bytes);
    void checkEnd();
    void markBad(qsizetype at);
    Error decodingError() const;
    Parse fieldTooLong(qint64 line);
    Parse tooWide();
    Parse recordTooLong();

    QIODevice *m_device;
    Options m_options;
    std::function<bool(const QString &)> m_knownColumn;
    Decoder m_decoder;
    QString m_encodingName;
    QChar m_delimiter;
    bool m_hasHeader = false;
    QStringList m_headers;
    qint64 m_headerLine = 0;

    QString m_buf;              // decoded text not yet consumed from m_pos on
    qsizetype m_pos = 0;        // start of the next record in m_buf
    qint64 m_line = 1;          // physical line at m_pos
    bool m_eof = false;         // the device has nothing more
    bool m_first = true;        // the next decoded text starts the file (a stray BOM to drop)
    qsizetype m_badPos = -1;    // index in m_buf of the first undecodable character, -1 when none
    qint64 m_badLine = 0;       // its line
    qint64 m_bytesRead = 0;
    Status m_error;
    bool m_exceededLimit = false;
    QList<CsvRecord> m_pending; // records read by open() to decide on the header, not yet handed out
};
