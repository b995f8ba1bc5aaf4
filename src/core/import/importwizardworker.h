#pragma once

#include "import/columnmapping.h"
#include "db/connectionsettings.h"
#include "import/contactimporter.h"
#include "csv/csvreader.h"
#include "accounts/permissionpolicy.h"

#include <QMetaType>
#include <QObject>
#include <atomic>

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
 * Runs one ContactImporter in a worker thread on a database connection of its own (a QSqlDatabase
 * belongs to the thread that opened it), reporting progress and the outcome through queued signals.
 */
class ImportWizardWorker : public QObject
{
    Q_OBJECT

public:
    // `cancel` must outlive the run; raising it from any thread stops the import and rolls it back.
    ImportWizardWorker(ConnectionSettings settings, PermissionPolicy policy, QString actor, ImportRequest request,
                       const std::atomic<bool> *cancel);

public slots:
    // Call in the worker thread (connect it to QThread::started).
    void run();

signals:
    void progressed(qint64 records, qint64 bytesRead, qint64 totalBytes);
    void finished(const ImportOutcome &outcome);

private:
    Result<ImportReport> import();

    ConnectionSettings m_settings;
    PermissionPolicy m_policy;
    QString m_actor;
    ImportRequest m_request;
    const std::atomic<bool> *m_cancel;
};
