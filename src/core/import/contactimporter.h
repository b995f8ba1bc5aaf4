#pragma once

#include "import/contactrowbuilder.h"
#include "csv/csvreader.h"
#include "accounts/permissionpolicy.h"
#include "foundation/result.h"

#include <QSqlDatabase>

#include <atomic>
#include <functional>

/** What a duplicate phone (in the database or earlier in the file) does. */
enum class DuplicatePolicy { Skip, Update };

/** Everything about an import but the file: whose contacts, which groups, what duplicates do. */
struct ImportOptions
{
    QString ownerId;
    QString ownerEmail;
    QStringList groups;  // the owner's groups of these names; created when missing
    QString region;      // for numbers without + or 00; empty: such numbers are rejected
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    bool allowUnblock = false;  // under Update, the file may change a blocked contact's status
    bool dryRun = false;        // do everything, then roll back: exact counts, nothing written
    QString errorsPath;         // rejected rows go here (only when there are any); empty: nowhere
    QString sourceName;         // the file's name, for the audit record
};

/** Each record counts once. */
struct ImportCounts
{
    qint64 inserted = 0;  // a new phone
    qint64 updated = 0;   // an existing or earlier-in-file phone, overwritten (Update)
    qint64 skipped = 0;   // an existing or earlier-in-file phone, left alone (Skip)
    qint64 rejected = 0;  // cannot be imported; see the error file
    qint64 records() const { return inserted + updated + skipped + rejected; }
};

/** How an import went. */
struct ImportReport
{
    ImportCounts counts;
    bool dryRun = false;
    QString errorsFile;              // written, or empty when nothing was rejected
    QList<RejectedRow> firstRejected;  // the first few, for a summary on screen
    QStringList createdGroups;
    qint64 rounds = 0;  // set-based rounds applied (COPY + UPDATE/INSERT); bench/ and tests read it
};

/** Where an import is, for a progress bar with rows/s. */
struct ImportProgress
{
    qint64 records = 0;
    qint64 bytesRead = 0;
    qint64 totalBytes = -1;
};

/**
 * Imports contacts from CSV all or nothing: one transaction, rows bulk-loaded with COPY into a
 * temporary table chunk by chunk and applied with set-based INSERT ... ON CONFLICT / UPDATE, while
 * worker threads parse and normalise the next chunk. Rows that cannot be imported are rejected
 * one by one, never the file; cancel or any failure leaves the database exactly as it was.
 */
class ContactImporter
{
public:
    ContactImporter(QSqlDatabase db, PermissionPolicy policy, QString actor);
    // Called on the importer's thread after each batch of records.
    void setProgressCallback(std::function<void(const ImportProgress &)> callback);
    // Raised from any thread, by whoever also cancels the running statement (a BackgroundQuery): the
    // import stops at its next check and rolls back.
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    // Rows per COPY + INSERT round trip; tests make it small to get several chunks from a small file.
    void setChunkRows(int rows) { m_chunkRows = rows; }

    // The mapping the file's header (or, without one, its first rows) suggests; the sample rows
    // read for that are returned in `prefetched` and must be passed on to run().
    static ColumnMapping suggestMapping(CsvReader &reader, const QString &region, QList<CsvRecord> *prefetched);
    // `reader` is open; `mapping` describes its columns.
    Result<ImportReport> run(CsvReader &reader, const ColumnMapping &mapping, const ImportOptions &options,
                             QList<CsvRecord> prefetched = {});

    static constexpr int SampleRecords = 20;
    static constexpr int ChunkRows = 50000;

private:
    QSqlDatabase m_db;
    PermissionPolicy m_policy;
    QString m_actor;
    std::function<void(const ImportProgress &)> m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
    int m_chunkRows = ChunkRows;
};
