#pragma once

#include "backup/backupformat.h"
#include "foundation/result.h"

#include <QDateTime>
#include <QStringList>

/** Dated backup names in a folder (DBNAME-YYYYMMDD-HHMMSS.EXT) and keeping only the newest N of them. */
class BackupRetention
{
public:
    static QString fileName(const QString &database, BackupFormat format, const QDateTime &when);
    // The database's dated backups in `folder`, newest first (by the date in the name).
    static QStringList backups(const QString &folder, const QString &database);
    // Deletes all but the newest `keep` of the database's backups there; returns the deleted paths.
    static Result<QStringList> prune(const QString &folder, const QString &database, int keep);
};
