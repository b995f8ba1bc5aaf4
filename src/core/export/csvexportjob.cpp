#include "export/csvexportjob.h"

#include "db/backgroundquery.h"

#include <QCoreApplication>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvExportJob)
};

} // namespace

CsvExportJob::CsvExportJob(PermissionPolicy policy, Entity entity, ExportOptions options, QString path)
    : m_policy(std::move(policy)), m_entity(entity), m_options(std::move(options)), m_path(std::move(path))
{
}

CsvExportJob::CsvExportJob(PermissionPolicy policy, ReportKind report, bool bom, QString path)
    : m_policy(std::move(policy)), m_report(report), m_path(std::move(path))
{
    m_options.bom = bom;
}

QString CsvExportJob::cancelledMessage()
{
    return Tr::tr("The export was cancelled; no file was written.");
}

void CsvExportJob::start(BackgroundQuery &query, std::atomic<qint64> *rows,
                         std::function<void(const Result<qint64> &)> done) const
{
    query.setCancelledMessage(cancelledMessage());
    query.start<qint64>([job = *this, rows](const BackgroundContext &context) { return job.run(context, rows); },
                        std::move(done));
}

Result<qint64> CsvExportJob::run(const BackgroundContext &context, std::atomic<qint64> *rows) const
{
    CsvExporter exporter(context.database(), m_policy);
    // BackgroundQuery cancels the running statement; the flag stops the export between statements too.
    exporter.setCancelFlag(context.cancelFlag());
    exporter.setProgress(rows);
    return CsvExporter::writeFile(m_path, [&](QIODevice *device) {
        return m_report ? exporter.exportReport(*m_report, m_options.bom, device)
                        : exporter.exportTable(m_entity, m_options, device);
    });
}
