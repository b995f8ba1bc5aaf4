#pragma once

#include "db/connectionsettings.h"
#include "export/csvexporter.h"
#include "accounts/permissionpolicy.h"
#include "foundation/result.h"

#include <QMutex>
#include <atomic>
#include <optional>

/**
 * One CSV export made for a worker thread: it opens a connection of its own, writes the file
 * atomically and closes the connection again. The GUI thread may cancel it (on the server too) and
 * read its progress at any moment.
 */
class CsvExportJob
{
public:
    CsvExportJob(ConnectionSettings settings, PermissionPolicy policy, Entity entity, ExportOptions options, QString path);
    // A report instead of a table (options: only `bom` counts).
    CsvExportJob(ConnectionSettings settings, PermissionPolicy policy, ReportKind report, bool bom, QString path);

    // Blocks until the file is written: call it in the worker thread. Interrupted after cancel().
    Result<qint64> run();
    // From any thread; safe to repeat, and before or after run().
    void cancel();
    bool isCancelled() const { return m_cancelled; }
    // Rows written so far (the total once run() has returned).
    qint64 rowsWritten() const;

private:
    ConnectionSettings m_settings;
    PermissionPolicy m_policy;
    Entity m_entity = Entity::Contacts;
    std::optional<ReportKind> m_report;
    ExportOptions m_options;
    QString m_path;
    std::atomic<bool> m_cancelled{false};
    std::atomic<qint64> m_rows{0};
    mutable QMutex m_mutex;                   // guards m_exporter against cancel() while it comes and goes
    CsvExporter *m_exporter = nullptr;
};
