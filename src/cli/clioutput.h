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
    // Called once the command is done: stdout is flushed, and if any of its writes failed (a full disk, a closed
    // pipe's EIO) the sentence naming the cause goes to stderr and a successful exit code becomes 1.
    static int finish(int exitCode);
    // A write to stdout has failed (a closed pipe, a full disk): a long-running command stops writing.
    static bool outFailed();
    // Text from the database or a file, safe for a terminal: control characters (ESC, BEL, line breaks, …) and
    // bidirectional overrides become visible escapes such as \x1b, \n or \u202e, so no name can drive the
    // terminal or break a table's lines. JSON needs none of this: it has escapes of its own.
    static QString visible(const QString &text);
    // A plain text table: header row, then rows, columns padded to their widest cell.
    static QString table(const QStringList &header, const QList<QStringList> &rows);
};
