#pragma once

#include "backup/backupformat.h"
#include "backup/backupprogress.h"
#include "db/connectionsettings.h"
#include "foundation/result.h"

#include <QSqlDatabase>
#include <QStringList>

#include <atomic>

/** What to back up and where. */
struct BackupRequest
{
    QString outFile;      // the finished file's path; it appears only once the backup is whole
    BackupFormat format = BackupFormat::Custom;
    QStringList tables;   // only these (as pg_dump --table takes them); empty: the whole database
};

/** What a finished backup wrote. */
struct BackupSummary
{
    QString file;
    qint64 bytes = 0;
    int tables = 0;
};

/**
 * Backs up the connected database with pg_dump into a temporary file next to the destination, renamed
 * over it only when pg_dump succeeded: a failed or cancelled backup leaves no file at the destination.
 * Plain and gzip scripts carry DROP … IF EXISTS so that they replace what they restore.
 */
class DatabaseBackup
{
public:
    DatabaseBackup(QSqlDatabase db, ConnectionSettings settings) : m_db(std::move(db)), m_settings(std::move(settings)) {}

    Result<BackupSummary> run(const BackupRequest &request, const BackupProgressCallback &progress,
                              const std::atomic<bool> *cancel);

private:
    Result<int> tablesToDo(const QStringList &tables);

    QSqlDatabase m_db;
    ConnectionSettings m_settings;
};
