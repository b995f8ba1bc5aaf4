#include "export/csvexportjob.h"

#include "db/database.h"

#include <QCoreApplication>
#include <QMutexLocker>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvExportJob)
};

std::atomic<int> g_nextConnection{0};  // each job opens its own named connection

} // namespace

CsvExportJob::CsvExportJob(ConnectionSettings settings, PermissionPolicy policy, Entity entity, ExportOptions options,
                           QString path)
    : m_settings(std::move(settings)), m_policy(std::move(policy)), m_entity(entity), m_options(std::move(options)),
      m_path(std::move(path))
{
}

CsvExportJob::CsvExportJob(ConnectionSettings settings, PermissionPolicy policy, ReportKind report, bool bom, QString path)
    : m_settings(std::move(settings)), m_policy(std::move(policy)), m_report(report), m_path(std::move(path))
{
    m_options.bom = bom;
}

Result<qint64> CsvExportJob::run()
{
    const Error cancelled = Error::interrupted(Tr::tr("The export was cancelled; no file was written."));
    if (m_cancelled)
        return cancelled;
    const QString connection = QStringLiteral("waqtor-export-%1").arg(++g_nextConnection);
    Result<qint64> result = cancelled;
    {
        const auto db = Database::connect(m_settings, connection);
        if (!db) {
            result = db.error();
        } else {
            CsvExporter exporter(db.value(), m_policy);
            {
                QMutexLocker lock(&m_mutex);
                m_exporter = &exporter;
                if (m_cancelled)  // cancel() came while we connected
                    exporter.cancel();
            }
            result = CsvExporter::writeFile(m_path, [&](QIODevice *device) {
                return m_report ? exporter.exportReport(*m_report, m_options.bom, device)
                                : exporter.exportTable(m_entity, m_options, device);
            });
            QMutexLocker lock(&m_mutex);
            m_rows = exporter.rowsWritten();
            m_exporter = nullptr;
        }
    }
    Database::disconnect(connection);
    return result;
}

void CsvExportJob::cancel()
{
    m_cancelled = true;
    QMutexLocker lock(&m_mutex);
    if (m_exporter)
        m_exporter->cancel();
}

qint64 CsvExportJob::rowsWritten() const
{
    QMutexLocker lock(&m_mutex);
    return m_exporter ? m_exporter->rowsWritten() : m_rows.load();
}
