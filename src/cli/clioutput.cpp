#include "clioutput.h"

#include <cstdio>

void CliOutput::out(const QString &text)
{
    std::fputs((text + u'\n').toUtf8().constData(), stdout);
    std::fflush(stdout);
}

void CliOutput::err(const QString &text)
{
    std::fputs((text + u'\n').toUtf8().constData(), stderr);
    std::fflush(stderr);
}

void CliOutput::json(const QJsonDocument &doc)
{
    std::fputs(doc.toJson(QJsonDocument::Indented).constData(), stdout);
    std::fflush(stdout);
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
