#pragma once

#include "foundation/result.h"

#include <QJsonDocument>
#include <QStringList>

/** Writing to stdout/stderr, error sentences and the exit code that goes with each kind of error. */
class CliOutput
{
public:
    static void out(const QString &text);  // stdout, newline added
    static void err(const QString &text);  // stderr, newline added
    static void json(const QJsonDocument &doc);
    // Prints "waqtor-db: <sentence>" (and the server's words on a second line) and returns the exit code.
    static int fail(const Error &error);
    static int exitCode(ErrorKind kind);
    // A plain text table: header row, then rows, columns padded to their widest cell.
    static QString table(const QStringList &header, const QList<QStringList> &rows);
};
