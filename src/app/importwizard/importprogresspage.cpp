#include "importwizard/importprogresspage.h"
#include "ui_importprogresspage.h"

#include "importwizard/importwizard.h"
#include "import/importwizardworker.h"

#include <QThread>

ImportProgressPage::ImportProgressPage(ImportWizard *wizard)
    : QWizardPage(wizard), ui(std::make_unique<Ui::ImportProgressPage>()), m_wizard(wizard)
{
    ui->setupUi(this);
    qRegisterMetaType<ImportOutcome>();
    connect(ui->cancelButton, &QPushButton::clicked, this, &ImportProgressPage::cancel);
}

ImportProgressPage::~ImportProgressPage()
{
    if (m_thread) {
        // The cancel stops the statement on the server, so the wait is short.
        m_cancel = true;
        m_thread->quit();
        m_thread->wait();
    }
}

void ImportProgressPage::initializePage()
{
    if (m_thread)
        return;  // one import per wizard: the options page is a commit page
    const ImportSetup &setup = m_wizard->setup();
    const SignedIn &signedIn = m_wizard->signedIn();
    ImportRequest request{setup.path, setup.readerOptions, setup.mapping, setup.options};
    m_worker = std::make_unique<ImportWizardWorker>(signedIn.settings, signedIn.policy, signedIn.account.email,
                                                    request, &m_cancel);
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("contact import"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker.get(), &ImportWizardWorker::run);
    // Both signals cross threads: queued, so the GUI thread only ever touches its own widgets.
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
    m_thread->start();
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
    if (totalBytes > 0 && bytesRead >= totalBytes && !m_cancel)
        ui->statusLabel->setText(tr("The whole file is read; the last rows are being checked and stored…"));
}

void ImportProgressPage::reset()
{
    if (m_running || !m_thread)
        return;
    delete m_thread;  // finished: its event loop has already left
    m_thread = nullptr;
    m_worker.reset();
    m_cancel = false;
    m_records = 0;
}

void ImportProgressPage::cancel()
{
    if (!m_running || m_cancel)
        return;
    m_cancel = true;
    ui->cancelButton->setEnabled(false);
    ui->statusLabel->setText(tr("Stopping the import; the database is undoing everything it did…"));
}

void ImportProgressPage::finish(const ImportOutcome &outcome)
{
    m_running = false;
    // The worker has returned from run(): its thread only has to leave its event loop.
    m_thread->quit();
    m_thread->wait();
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
    return !m_running && m_thread;
}
