#include "csv/csvwriter.h"

#include <QIODevice>

namespace {
bool needsQuotes(const QString &field, QChar delimiter)
{
    if (field.isEmpty())
        return false;
    if (field.front().isSpace() || field.back().isSpace())
        return true;  // many readers, spreadsheets among them, trim unquoted white space
    for (const QChar c : field) {
        if (c == delimiter || c == u'"' || c == u'\n' || c == u'\r')
            return true;
    }
    return false;
}
}

CsvWriter::CsvWriter(QIODevice *device, QChar delimiter) : m_device(device), m_delimiter(delimiter)
{
}

void CsvWriter::writeBom()
{
    write(QByteArrayLiteral("\xEF\xBB\xBF"));
}

void CsvWriter::writeRecord(const QStringList &fields)
{
    QString line = formatRecord(fields, m_delimiter);
    line += QLatin1String("\r\n");
    write(line.toUtf8());
}

QString CsvWriter::formatRecord(const QStringList &fields, QChar delimiter)
{
    if (fields.size() == 1 && fields.front().isEmpty())
        return QStringLiteral("\"\"");
    QString out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += delimiter;
        const QString &field = fields.at(i);
        if (needsQuotes(field, delimiter)) {
            out += u'"';
            out += QString(field).replace(u'"', QLatin1String("\"\""));
            out += u'"';
        } else {
            out += field;
        }
    }
    return out;
}

void CsvWriter::write(const QByteArray &bytes)
{
    if (!m_ok)
        return;  // after a failure the file is incomplete anyway; ok() tells the caller
    if (!m_device || m_device->write(bytes) != bytes.size())
        m_ok = false;
}
