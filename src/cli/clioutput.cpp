#include "clioutput.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace {

// The first error a write to standard output met (0: none); stdio's error flag alone would lose the cause.
int g_stdoutError = 0;

void writeOut(const QByteArray &bytes)
{
    errno = 0;
    if ((std::fputs(bytes.constData(), stdout) < 0 || std::fflush(stdout) != 0) && g_stdoutError == 0)
        g_stdoutError = errno ? errno : EIO;
}

} // namespace

void CliOutput::out(const QString &text)
{
    writeOut((text + u'\n').toUtf8());
}

void CliOutput::err(const QString &text)
{
    std::fputs((text + u'\n').toUtf8().constData(), stderr);
    std::fflush(stderr);
}

void CliOutput::json(const QJsonDocument &doc)
{
    writeOut(doc.toJson(QJsonDocument::Indented));
}

int CliOutput::finish(int exitCode)
{
    errno = 0;
    if (std::fflush(stdout) != 0 && g_stdoutError == 0)
        g_stdoutError = errno ? errno : EIO;
    if (g_stdoutError == 0)
        return exitCode;
    err(QCoreApplication::translate("CliOutput", "waqtor-db: could not write to standard output: %1; what it shows is "
                                                 "incomplete.")
            .arg(QString::fromLocal8Bit(std::strerror(g_stdoutError))));
    return exitCode == 0 ? 1 : exitCode;
}

bool CliOutput::outFailed()
{
    return g_stdoutError != 0;
}

int CliOutput::exitCode(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None: return 0;
    case ErrorKind::Invalid: return 1;
    case ErrorKind::Database: return 2;
    case ErrorKind::NotFound:
    case ErrorKind::Conflict:
    case ErrorKind::Stale: return 3;
    case ErrorKind::Interrupted: return 130;
    }
    return 2;
}

int CliOutput::fail(const Error &error)
{
    err(QStringLiteral("waqtor-db: ") + error.message);
    if (!error.detail.isEmpty())
        err(QStringLiteral("  (server said: %1)").arg(error.detail.section(u'\n', 0, 0).trimmed()));
    return exitCode(error.kind);
}

QString CliOutput::visible(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool bidi = (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
        if (u == u'\n')
            out += QLatin1String("\\n");
        else if (u == u'\t')
            out += QLatin1String("\\t");
        else if (u == u'\r')
            out += QLatin1String("\\r");
        else if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else if (bidi || u == 0x2028 || u == 0x2029)
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString CliOutput::table(const QStringList &header, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &h : header)
        widths << int(h.size());
    for (const QStringList &row : rows)
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], int(row.at(i).size()));
    auto line = [&](const QStringList &cells) {
        QString text;
        for (int i = 0; i < cells.size(); ++i)
            text += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i) + 2) : cells.at(i);
        return text;
    };
    QString text = line(header);
    for (const QStringList &row : rows)
        text += u'\n' + line(row);
    return text;
}
