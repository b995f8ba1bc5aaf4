#pragma once

#include "export/csvexporter.h"
#include "accounts/permissionpolicy.h"
#include "foundation/result.h"

#include <atomic>
#include <optional>

class BackgroundContext;
class BackgroundQuery;

/**
 * One CSV export to a file (or "-", standard output), made to run on a BackgroundQuery: the query's
 * worker supplies the connection, and its cancel() stops the statement on the server at once. The
 * file is written atomically, so a cancelled or failed export leaves none. Used by the GUI's export
 * dialog and by waqtor-db export / report.
 */
class CsvExportJob
{
public:
    CsvExportJob(PermissionPolicy policy, Entity entity, ExportOptions options, QString path);
    // A report instead of a table (options: only `bom` counts).
    CsvExportJob(PermissionPolicy policy, ReportKind report, bool bom, QString path);

    // The sentence a cancelled export reports; give it to the BackgroundQuery that runs the job.
    static QString cancelledMessage();
    // Starts the job on `query`; `rows` (may be null, must outlive the run) counts the rows written so far.
    void start(BackgroundQuery &query, std::atomic<qint64> *rows, std::function<void(const Result<qint64> &)> done) const;

private:
    Result<qint64> run(const BackgroundContext &context, std::atomic<qint64> *rows) const;

    PermissionPolicy m_policy;
    Entity m_entity = Entity::Contacts;
    std::optional<ReportKind> m_report;
    ExportOptions m_options;
    QString m_path;
};
