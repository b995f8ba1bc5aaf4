#include "import/contactimporter.h"

#include "db/auditlog.h"
#include "import/contactupsert.h"
#include "groups/groupnamelock.h"
#include "repositories/grouprepository.h"
#include "import/importpipeline.h"
#include "import/rejectionfile.h"
#include "phone/phonenumber.h"
#include "foundation/sqlerrortext.h"
#include "accounts/writetransaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>


namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ContactImporter)
};

constexpr int FirstRejectedKept = 20;

Error interrupted()
{
    return Error::interrupted(Tr::tr("The import was cancelled; nothing was imported."));
}

// The owner's groups of these names (matched ignoring case, as GroupRepository does), created when missing.
Result<QStringList> resolveGroups(QSqlDatabase db, const ImportOptions &options, QStringList *created)
{
    QStringList ids;
    for (const QString &raw : options.groups) {
        const auto name = GroupRepository::normaliseName(raw);
        if (!name)
            return name.error();
        // Held until the import ends: a concurrent import of the same name (any case) waits, then finds ours.
        if (Status s = GroupNameLock::acquire(db, options.ownerId, name.value()); !s)
            return s.error();
        QSqlQuery find(db);
        find.prepare(QStringLiteral("SELECT id FROM groups WHERE user_id = CAST(:owner AS uuid) AND lower(name) = lower(:name) "
                                    "ORDER BY name = :name DESC LIMIT 1"));
        find.bindValue(QStringLiteral(":owner"), options.ownerId);
        find.bindValue(QStringLiteral(":name"), name.value());
        if (!find.exec())
            return SqlErrorText::toError(Tr::tr("Could not look up group \"%1\"").arg(name.value()), find.lastError());
        if (find.next()) {
            ids << find.value(0).toString();
            continue;
        }
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO groups (user_id, name) VALUES (CAST(:owner AS uuid), :name) RETURNING id"));
        insert.bindValue(QStringLiteral(":owner"), options.ownerId);
        insert.bindValue(QStringLiteral(":name"), name.value());
        if (!insert.exec() || !insert.next())
            return SqlErrorText::toError(Tr::tr("Could not create group \"%1\"").arg(name.value()), insert.lastError());
        ids << insert.value(0).toString();
        *created << name.value();
    }
    ids.removeDuplicates();
    return ids;
}

} // namespace

ContactImporter::ContactImporter(QSqlDatabase db, PermissionPolicy policy, QString actor)
    : m_db(std::move(db)), m_policy(std::move(policy)), m_actor(std::move(actor))
{
}

void ContactImporter::setProgressCallback(std::function<void(const ImportProgress &)> callback)
{
    m_progress = std::move(callback);
}

ColumnMapping ContactImporter::suggestMapping(CsvReader &reader, const QString &region, QList<CsvRecord> *prefetched)
{
    if (reader.hasHeader())
        return ColumnMapping::fromHeaders(reader.headers());
    QList<QStringList> sample;
    CsvRecord record;
    while (prefetched->size() < SampleRecords && reader.next(&record)) {
        sample << record.fields;
        *prefetched << record;
    }
    return ColumnMapping::fromSample(sample.isEmpty() ? 0 : int(sample.constFirst().size()), sample, region);
}

Result<ImportReport> ContactImporter::run(CsvReader &reader, const ColumnMapping &mapping, const ImportOptions &options,
                                          QList<CsvRecord> prefetched)
{
    if (Status s = m_policy.check(Action::Insert, Entity::Contacts, options.ownerId); !s)
        return s.error();
    if (Status s = mapping.validate(); !s)
        return s.error();
    if (Status s = RejectionFile::checkPaths(options.errorsPath, options.sourceName); !s)
        return s.error();
    if (!options.region.isEmpty() && !PhoneNumber::isKnownRegion(options.region))
        return Error::invalid(Tr::tr("Unknown region \"%1\"; use a two-letter country code such as SA, EG or DE.")
                                  .arg(options.region));

    ImportReport report;
    report.dryRun = options.dryRun;
    WriteTransaction transaction(m_db, m_policy);
    if (Status s = transaction.begin(); !s)
        return s.error();
    // Whoever raises the flag also cancels the running statement on the server (BackgroundQuery does),
    // so a wait for a lock on recipients ends at once; the flag catches a cancel between statements.
    const auto cancelled = [this] { return m_cancel && m_cancel->load(); };
    const auto groupIds = resolveGroups(m_db, options, &report.createdGroups);
    if (!groupIds)
        return cancelled() ? interrupted() : groupIds.error();
    ContactUpsert upsert(m_db, options, groupIds.value());
    if (Status s = upsert.prepare(); !s)
        return cancelled() ? interrupted() : s.error();

    QStringList headers;
    for (const ColumnTarget &t : mapping.columns())
        headers << t.header;
    RejectionFile rejections(options.errorsPath, headers);
    const ContactRowBuilder builder(mapping, options.region, mapping.columnCount());
    ImportPipeline pipeline(reader, std::move(prefetched), builder, m_cancel);
    pipeline.start();

    // Rows wait here, in file order, until a chunk is full; the chunk's repeats of a phone are folded
    // into one row by the database in one statement, so a repeat costs what a new phone costs.
    QList<ImportRow> chunk;
    QSet<QString> phones;
    qint64 repeats = 0;
    const auto flush = [&]() -> Status {
        if (chunk.isEmpty())
            return {};
        if (Status s = upsert.apply(chunk, repeats, &report.counts); !s)
            return s;
        ++report.rounds;
        chunk.clear();
        phones.clear();
        repeats = 0;
        return {};
    };

    ImportProgress progress;
    progress.totalBytes = reader.totalBytes();
    ConvertedBatch batch;
    while (pipeline.next(&batch)) {
        for (const RejectedRow &rejected : std::as_const(batch.rejected)) {
            if (Status s = rejections.add(rejected); !s)
                return s.error();
            if (report.firstRejected.size() < FirstRejectedKept)
                report.firstRejected << rejected;
        }
        report.counts.rejected += batch.rejected.size();
        for (ImportRow &row : batch.rows) {
            const qsizetype known = phones.size();
            phones.insert(row.phone);
            if (phones.size() == known) {
                if (options.onDuplicate == DuplicatePolicy::Skip) {
                    ++report.counts.skipped;  // the first row of a phone wins
                    continue;
                }
                ++repeats;
            }
            chunk << std::move(row);
            if (chunk.size() >= m_chunkRows) {
                if (Status s = flush(); !s)
                    return cancelled() ? interrupted() : s.error();
            }
        }
        progress.records += batch.records;
        progress.bytesRead = pipeline.bytesRead();
        if (m_progress)
            m_progress(progress);
        if (cancelled())
            return interrupted();
    }
    if (cancelled())
        return interrupted();
    if (Status s = pipeline.readError(); !s)
        return s.error();
    if (Status s = flush(); !s)
        return cancelled() ? interrupted() : s.error();

    // In place before the import commits: an import whose rejected rows cannot be saved commits nothing.
    const auto written = rejections.commit();
    if (!written)
        return written.error();
    report.errorsFile = written.value();
    if (options.dryRun) {
        transaction.rollback();
    } else {
        const QJsonObject details{{QStringLiteral("owner"), options.ownerEmail},
                                  {QStringLiteral("file"), QFileInfo(options.sourceName).fileName()},
                                  {QStringLiteral("inserted"), report.counts.inserted},
                                  {QStringLiteral("updated"), report.counts.updated},
                                  {QStringLiteral("skipped"), report.counts.skipped},
                                  {QStringLiteral("rejected"), report.counts.rejected}};
        if (Status s = AuditLog(m_db).record(m_actor, QStringLiteral("import-contacts"), options.ownerEmail, details); !s)
            return s.error();
        if (cancelled())
            return interrupted();
        if (Status s = transaction.commit(); !s)
            return s.error();
    }
    return report;
}
