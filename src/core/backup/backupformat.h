#pragma once

#include "foundation/result.h"

#include <QByteArray>
#include <QString>

/** The three backup file kinds: pg_dump's custom archive, a plain SQL script, and that script gzipped. */
enum class BackupFormat { Custom, Plain, Gzip };

/** Names, file extensions and detection of BackupFormat. */
class BackupFormats
{
public:
    // "custom", "plain" or "gzip" (as --format takes them).
    static Result<BackupFormat> fromName(const QString &name);
    // From the file name: .dump custom, .sql plain, .sql.gz gzip; Invalid for anything else.
    static Result<BackupFormat> fromFileName(const QString &fileName);
    // From a file's first bytes: "PGDMP" custom, 1f 8b gzip, anything else plain SQL.
    static BackupFormat detect(const QByteArray &firstBytes);
    // Reads the first bytes of `path`; Invalid with a sentence when it cannot be read.
    static Result<BackupFormat> detectFile(const QString &path);
    static QString name(BackupFormat format);
    static QString extension(BackupFormat format);  // "dump", "sql", "sql.gz"
};
