#pragma once

#include "import/columnmapping.h"
#include "db/connectionsettings.h"
#include "import/contactimporter.h"
#include "csv/csvreader.h"
#include "accounts/permissionpolicy.h"
#include "db/backgroundquery.h"

#include <QMetaType>
#include <QObject>

/** How an import run in the worker ended: a report, or the error (Interrupted after a cancel). */
struct ImportOutcome
{
    bool ok = false;
    ImportReport report;
    Error error;
};
Q_DECLARE_METATYPE(ImportOutcome)

/** Everything the worker needs to run one import, copied so the wizard may change its pages meanwhile. */
struct ImportRequest
{
    QString path;
    CsvReader::Options readerOptions;
    ColumnMapping mapping;
    ImportOptions options;
};

/**
 * Runs one ContactImporter on a BackgroundQuery (a worker thread and a connection of its own),
 * reporting progress (queued from the worker) and the outcome (on this object's thread) through
 * signals. cancel() stops the running statement on the server at once and the import rolls back.
 */
class ImportWizardWorker : public QObject
{
    Q_OBJECT

public:
    ImportWizardWorker(ConnectionSettings settings, PermissionPolicy policy, QString actor, ImportRequest request,
                       QObject *parent = nullptr);
    ~ImportWizardWorker() override;  // cancels a running import and waits for its worker

    void start();
    // From any thread; the import stops, cancels its statement and rolls back. finished() still comes.
    void cancel();
    bool isRunning() const { return m_query.isRunning(); }

signals:
    void progressed(qint64 records, qint64 bytesRead, qint64 totalBytes);
    void finished(const ImportOutcome &outcome);

private:
    // The worker thread's part.
    Result<ImportReport> import(const BackgroundContext &context);

    PermissionPolicy m_policy;
    QString m_actor;
    ImportRequest m_request;
    BackgroundQuery m_query;  // last: it waits for the worker, which reads the members above
};
