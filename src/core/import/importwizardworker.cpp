#include "import/importwizardworker.h"

#include "db/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportWizardWorker)
};

std::atomic<int> g_nextConnection{0};  // each import opens its own named connection

} // namespace

ImportWizardWorker::ImportWizardWorker(ConnectionSettings settings, PermissionPolicy policy, QString actor,
                                       ImportRequest request, const std::atomic<bool> *cancel)
    : m_settings(std::move(settings)), m_policy(std::move(policy)), m_actor(std::move(actor)),
      m_request(std::move(request)), m_cancel(cancel)
{
}

void ImportWizardWorker::run()
{
    const Result<ImportReport> report = import();
    ImportOutcome outcome;
    outcome.ok = report.ok();
    if (report)
        outcome.report = report.value();
    else
        outcome.error = report.error();
    emit finished(outcome);
}

Result<ImportReport> ImportWizardWorker::import()
{
    const Error cancelled = Error::interrupted(Tr::tr("The import was cancelled; nothing was imported."));
    if (m_cancel && m_cancel->load())
        return cancelled;
    // The file is read again from the start, with the options the file page chose: the reader
    // settles on exactly what the wizard showed.
    QFile file(m_request.path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(Tr::tr("Cannot read %1: %2.").arg(m_request.path, file.errorString()));
    CsvReader reader(&file, m_request.readerOptions);
    reader.setKnownColumnName(&ColumnMapping::isKnownColumnName);
    if (Status s = reader.open(); !s)
        return s.error();
    // Without a header row the suggestion reads the first records; they must go to run() too.
    QList<CsvRecord> prefetched;
    ContactImporter::suggestMapping(reader, m_request.options.region, &prefetched);

    const QString connection = QStringLiteral("waqtor-import-%1").arg(++g_nextConnection);
    Result<ImportReport> report = cancelled;
    {
        const auto db = Database::connect(m_settings, connection);
        if (!db) {
            report = db.error();
        } else {
            ContactImporter importer(db.value(), m_policy, m_actor);
            importer.setCancelFlag(m_cancel);
            // About ten updates a second at most: the GUI thread only repaints a bar and two labels.
            QElapsedTimer throttle;
            throttle.start();
            bool first = true;
            importer.setProgressCallback([&](const ImportProgress &p) {
                if (first || throttle.elapsed() >= 100 || p.bytesRead == p.totalBytes) {
                    first = false;
                    throttle.restart();
                    emit progressed(p.records, p.bytesRead, p.totalBytes);
                }
            });
            report = importer.run(reader, m_request.mapping, m_request.options, prefetched);
        }
    }
    Database::disconnect(connection);
    return report;
}
