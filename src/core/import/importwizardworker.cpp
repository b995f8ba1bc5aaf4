#include "import/importwizardworker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportWizardWorker)
};

} // namespace

ImportWizardWorker::ImportWizardWorker(ConnectionSettings settings, PermissionPolicy policy, QString actor,
                                       ImportRequest request, QObject *parent)
    : QObject(parent), m_policy(std::move(policy)), m_actor(std::move(actor)), m_request(std::move(request)),
      m_query(std::move(settings))
{
    m_query.setCancelledMessage(Tr::tr("The import was cancelled; nothing was imported."));
}

ImportWizardWorker::~ImportWizardWorker()
{
    // Here, not in m_query's destructor: the worker may still emit progressed() on this object.
    m_query.discard();
    m_query.waitForDone();
}

void ImportWizardWorker::start()
{
    m_query.start<ImportReport>([this](const BackgroundContext &context) { return import(context); },
                                [this](const Result<ImportReport> &report) {
                                    ImportOutcome outcome;
                                    outcome.ok = report.ok();
                                    if (report)
                                        outcome.report = report.value();
                                    else
                                        outcome.error = report.error();
                                    emit finished(outcome);
                                });
}

void ImportWizardWorker::cancel()
{
    m_query.cancel();
}

Result<ImportReport> ImportWizardWorker::import(const BackgroundContext &context)
{
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

    ContactImporter importer(context.database(), m_policy, m_actor);
    // BackgroundQuery cancels the running statement; the flag stops the importer between statements.
    importer.setCancelFlag(context.cancelFlag());
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
    return importer.run(reader, m_request.mapping, m_request.options, prefetched);
}
