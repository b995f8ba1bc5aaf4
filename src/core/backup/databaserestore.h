#pragma once

#include "backup/backupformat.h"
#include "backup/backupprogress.h"
#include "backup/sqldumpscanner.h"
#include "db/connectionsettings.h"
#include "foundation/result.h"

#include <QSqlDatabase>

#include <atomic>

/** What to restore, and into which database of the connected server. */
struct RestoreRequest
{
    QString file;
    QString database;
    bool create = false;   // make the database first (it must not exist)
    bool replace = false;  // the database may have tables: what the backup holds replaces them
};

/** A restore that passed every check, ready to run. */
struct RestorePlan
{
    RestoreRequest request;
    BackupFormat format = BackupFormat::Custom;
    QString program;                     // pg_restore or psql
    int tables = 0;                      // tables with data in the backup
    bool intoConnectedDatabase = false;  // the database the app or .env works on: confirm first
    DumpContents contents;               // plain and gzip: what the script holds (for --replace)
};

/**
 * Restores a backup into a database of the connected server, all or nothing: pg_restore and psql run
 * as one transaction, and a database this restore created is dropped again when it fails or is stopped.
 * prepare() changes nothing; it refuses a database with tables unless replace, a missing database
 * unless create, an existing one with create, and a file that is not a whole backup.
 */
class DatabaseRestore
{
public:
    DatabaseRestore(QSqlDatabase db, ConnectionSettings settings) : m_db(std::move(db)), m_settings(std::move(settings)) {}

    Result<RestorePlan> prepare(const RestoreRequest &request, const std::atomic<bool> *cancel);
    // `confirmed`: whoever asked has confirmed restoring into the connected database (ignored otherwise).
    Status run(const RestorePlan &plan, bool confirmed, const BackupProgressCallback &progress,
               const std::atomic<bool> *cancel);

private:
    Result<bool> databaseExists(const QString &database);
    Result<int> userTables(const QString &database);
    Result<int> archiveTables(const QString &program, const QString &file);
    Status restore(const RestorePlan &plan, const BackupProgressCallback &progress, const std::atomic<bool> *cancel);
    Status execAdmin(const QString &sql, const QString &failure);

    QSqlDatabase m_db;
    ConnectionSettings m_settings;
};
