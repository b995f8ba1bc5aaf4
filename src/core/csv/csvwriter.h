#pragma once

#include <QChar>
#include <QStringList>

class QIODevice;

/** Writes RFC 4180 records as UTF-8 with CRLF line ends, quoting only the fields that need it. */
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device, QChar delimiter = u',');
    // A UTF-8 byte order mark, so that Excel opens Arabic text right; call before the first record.
    void writeBom();
    void writeRecord(const QStringList &fields);
    // One record without its line end. A field is quoted when it holds the delimiter, a quote, CR or
    // LF, or starts or ends with white space; so is the lone empty field of a one-column record, which
    // would otherwise be a blank line that readers skip.
    static QString formatRecord(const QStringList &fields, QChar delimiter = u',');
    bool ok() const { return m_ok; }  // false after a write failed

private:
    void write(const QByteArray &bytes);

    QIODevice *m_device;
    QChar m_delimiter;
    bool m_ok = true;
};
