#pragma once

#include "backup/backupformat.h"
#include "backup/sqldumpscanner.h"
#include "foundation/result.h"

#include <atomic>

/** What a backup file holds, read through to its end. */
struct BackupReport
{
    QString file;
    BackupFormat format = BackupFormat::Custom;
    qint64 bytes = 0;
    DumpContents contents;
};

/**
 * Reads a backup through to its end — a custom archive through pg_restore's rendering of it, a gzip
 * one through a full decompression — and tells its tables and rows; a truncated or corrupt file is an
 * Invalid error with a sentence.
 */
class BackupVerifier
{
public:
    // `pgRestore`: the program's path, needed for custom archives only.
    static Result<BackupReport> verify(const QString &path, BackupFormat format, const QString &pgRestore,
                                       const std::atomic<bool> *cancel = nullptr);
};
