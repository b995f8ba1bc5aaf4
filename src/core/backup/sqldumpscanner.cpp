#include "backup/sqldumpscanner.h"

#include "backup/pgtools.h"

#include <QRegularExpression>

namespace {

// A COPY data row can be long (a campaign's metadata); only its start matters here.
constexpr qsizetype MaxKeptLine = 64 * 1024;

QString unquoted(QString name)
{
    return name.remove(u'"');
}

} // namespace

void SqlDumpScanner::feed(const QByteArray &chunk)
{
    qsizetype start = 0;
    qsizetype newline;
    while ((newline = chunk.indexOf('\n', start)) >= 0) {
        if (m_partial.isEmpty()) {
            line(chunk.mid(start, newline - start));
        } else {
            m_partial += chunk.mid(start, qMin(newline - start, MaxKeptLine));
            line(m_partial);
            m_partial.clear();
        }
        start = newline + 1;
    }
    if (start < chunk.size() && m_partial.size() < MaxKeptLine)
        m_partial += chunk.mid(start, MaxKeptLine - m_partial.size());
}

void SqlDumpScanner::finish()
{
    if (!m_partial.isEmpty())
        line(m_partial);
    m_partial.clear();
}

void SqlDumpScanner::line(const QByteArray &text)
{
    if (!m_copyTable.isEmpty()) {
        if (text == "\\.") {
            m_contents.rowCounts.insert(m_copyTable, m_copyRows);
            m_copyTable.clear();
        } else {
            ++m_copyRows;
        }
        return;
    }
    if (text.startsWith("COPY ") && text.endsWith("FROM stdin;")) {
        const qsizetype space = text.indexOf(' ', 5);
        m_copyTable = unquoted(QString::fromUtf8(text.mid(5, space - 5)));
        m_copyRows = 0;
        if (m_tableData)
            m_tableData(m_copyTable);
        return;
    }
    if (text.startsWith("-- Name: ")) {
        // "-- Name: users; Type: TABLE; Schema: public; Owner: waqtor"
        static const QRegularExpression header(QStringLiteral("^-- Name: (.+); Type: ([A-Z ]+); Schema: ([^;]+);"));
        const auto m = header.match(QString::fromUtf8(text));
        if (m.hasMatch()) {
            const DumpContents::Object object{m.captured(2), m.captured(3), m.captured(1)};
            m_contents.objects << object;
            if (object.type == QLatin1String("TABLE"))
                m_contents.tables << object.schema + u'.' + object.name;
        }
        return;
    }
    if (text.startsWith("DROP "))
        m_contents.cleans = true;
    if (text.startsWith("-- PostgreSQL database dump complete"))
        m_contents.complete = true;
}

QString SqlDumpScanner::dropStatements(const DumpContents &contents)
{
    static const QStringList droppable = {QStringLiteral("TABLE"), QStringLiteral("VIEW"),
                                          QStringLiteral("MATERIALIZED VIEW"), QStringLiteral("SEQUENCE"),
                                          QStringLiteral("FUNCTION"), QStringLiteral("PROCEDURE"),
                                          QStringLiteral("TYPE"), QStringLiteral("DOMAIN")};
    QString sql;
    for (auto it = contents.objects.crbegin(); it != contents.objects.crend(); ++it) {
        if (!droppable.contains(it->type) || it->schema == QLatin1String("-"))
            continue;
        // A function's header name carries its argument types: "f(integer, text)".
        const qsizetype paren = it->name.indexOf(u'(');
        const QString bare = paren >= 0 ? it->name.left(paren) : it->name;
        const QString arguments = paren >= 0 ? it->name.mid(paren) : QString();
        sql += QStringLiteral("DROP %1 IF EXISTS %2.%3%4 CASCADE;\n")
                   .arg(it->type, PgTools::quoteIdentifier(it->schema), PgTools::quoteIdentifier(bare), arguments);
    }
    return sql;
}
