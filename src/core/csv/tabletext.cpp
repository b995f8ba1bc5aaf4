#include "csv/tabletext.h"

#include "csv/csvwriter.h"
#include "csv/formulaguard.h"

namespace {
QString tsvField(const QString &field)
{
    if (!field.contains(u'\t') && !field.contains(u'\n') && !field.contains(u'\r') && !field.contains(u'"'))
        return field;
    QString quoted = field;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}
} // namespace

QString TableText::tsv(bool withHeader) const
{
    QString text;
    const auto line = [&text](const QStringList &fields) {
        QStringList out;
        out.reserve(fields.size());
        for (const QString &f : fields)
            out << tsvField(f);
        text += out.join(u'\t') + u'\n';
    };
    if (withHeader)
        line(m_headers);
    for (const QStringList &row : m_rows)
        line(row);
    return text;
}

QString TableText::csv(bool withHeader) const
{
    QString text;
    if (withHeader)
        text += CsvWriter::formatRecord(m_headers) + QStringLiteral("\r\n");
    for (const QStringList &row : m_rows) {
        QStringList guarded;
        guarded.reserve(row.size());
        for (const QString &f : row)
            guarded << FormulaGuard::guarded(f);
        text += CsvWriter::formatRecord(guarded) + QStringLiteral("\r\n");
    }
    return text;
}

QString TableText::html(bool withHeader) const
{
    QString text = QStringLiteral("<table>");
    if (withHeader) {
        text += QStringLiteral("<thead><tr>");
        for (const QString &h : m_headers)
            text += QStringLiteral("<th>") + h.toHtmlEscaped() + QStringLiteral("</th>");
        text += QStringLiteral("</tr></thead>");
    }
    text += QStringLiteral("<tbody>");
    for (const QStringList &row : m_rows) {
        text += QStringLiteral("<tr>");
        for (const QString &f : row)
            text += QStringLiteral("<td>") + f.toHtmlEscaped() + QStringLiteral("</td>");
        text += QStringLiteral("</tr>");
    }
    return text + QStringLiteral("</tbody></table>");
}
