#include "importwizard/importprogresspage.h"
#include "ui_importprogresspage.h"

#include "importwizard/importwizard.h"
#include "import/importwizardworker.h"

ImportProgressPage::ImportProgressPage(ImportWizard *wizard)
    : QWizardPage(wizard), ui(std::make_unique<Ui::ImportProgressPage>()), m_wizard(wizard)
{
    ui->setupUi(this);
    qRegisterMetaType<ImportOutcome>();
    connect(ui->cancelButton, &QPushButton::clicked, this, &ImportProgressPage::cancel);
}

// m_worker's destructor cancels a running import on the server, so the wait is short.
ImportProgressPage::~ImportProgressPage() = default;

void ImportProgressPage::initializePage()
{
    if (m_worker)
        return;  // one import per wizard: the options page is a commit page
    const ImportSetup &setup = m_wizard->setup();
    const SignedIn &signedIn = m_wizard->signedIn();
    ImportRequest request{setup.path, setup.readerOptions, setup.mapping, setup.options};
    m_worker = std::make_unique<ImportWizardWorker>(signedIn.settings, signedIn.policy, signedIn.account.email,
                                                    request);
    // progressed() comes from the worker thread (queued); finished() on this thread.
    connect(m_worker.get(), &ImportWizardWorker::progressed, this, &ImportProgressPage::showProgress);
    connect(m_worker.get(), &ImportWizardWorker::finished, this, &ImportProgressPage::finish);

    ui->statusLabel->setText(setup.options.dryRun
                                 ? tr("Checking %1 for %2; nothing will be written…").arg(setup.path, setup.options.ownerEmail)
                                 : tr("Importing %1 for %2…").arg(setup.path, setup.options.ownerEmail));
    ui->progressBar->setRange(0, 0);  // busy until the first batch says how far the file is read
    ui->recordsLabel->setText(tr("Reading the file…"));
    ui->rateLabel->clear();
    ui->cancelButton->setEnabled(true);
    m_running = true;
    m_clock.start();
    m_worker->start();
}

void ImportProgressPage::showProgress(qint64 records, qint64 bytesRead, qint64 totalBytes)
{
    if (!m_running)
        return;
    m_records = records;
    if (totalBytes > 0) {
        ui->progressBar->setRange(0, 1000);
        ui->progressBar->setValue(int(qBound(qint64(0), bytesRead * 1000 / totalBytes, qint64(1000))));
    } else {
        ui->progressBar->setRange(0, 0);
    }
    ui->recordsLabel->setText(tr("%L1 records read").arg(records));
    const double seconds = m_clock.elapsed() / 1000.0;
    if (seconds > 0.2)
        ui->rateLabel->setText(tr("%L1 rows/s").arg(qRound64(records / seconds)));
    // Everything is read: the database is still applying the last rows and committing.
    if (totalBytes > 0 && bytesRead >= totalBytes && !m_cancelling)
        ui->statusLabel->setText(tr("The whole file is read; the last rows are being checked and stored…"));
}

void ImportProgressPage::reset()
{
    if (m_running || !m_worker)
        return;
    // Later: this may run while the worker is still delivering its finished() to us.
    m_worker.release()->deleteLater();
    m_cancelling = false;
    m_records = 0;
}

void ImportProgressPage::cancel()
{
    if (!m_running || m_cancelling)
        return;
    m_cancelling = true;
    m_worker->cancel();
    ui->cancelButton->setEnabled(false);
    ui->statusLabel->setText(tr("Stopping the import; the database is undoing everything it did…"));
}

void ImportProgressPage::finish(const ImportOutcome &outcome)
{
    m_running = false;
    ImportSetup &setup = m_wizard->setup();
    if (outcome.ok)
        setup.outcome = Result<ImportReport>(outcome.report);
    else
        setup.outcome = Result<ImportReport>(outcome.error);
    ui->cancelButton->setEnabled(false);
    ui->progressBar->setRange(0, 1000);
    ui->progressBar->setValue(outcome.ok ? 1000 : ui->progressBar->value());
    emit completeChanged();
    emit importFinished();
    m_wizard->next();
}

bool ImportProgressPage::isComplete() const
{
    return !m_running && m_worker;
}
