#pragma once

#include <QElapsedTimer>
#include <QWizardPage>
#include <atomic>
#include <memory>

namespace Ui { class ImportProgressPage; }
class ImportWizard;
class ImportWizardWorker;
class QThread;
struct ImportOutcome;

/**
 * The import wizard's fifth step: runs the import in a worker thread with its own connection,
 * shows how far it got and lets the user cancel; moves on to the summary when it ends.
 */
class ImportProgressPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportProgressPage(ImportWizard *wizard);
    ~ImportProgressPage() override;  // cancels a running import and waits for its thread

    bool isRunning() const { return m_running; }
    bool hasStarted() const { return m_records > 0; }
    qint64 recordsRead() const { return m_records; }
    // Raises the cancel flag: the importer stops its statement and rolls back.
    void cancel();
    // Forgets a finished run so the page can run the import again (the real one after a check).
    void reset();

    void initializePage() override;
    bool isComplete() const override;

signals:
    void importFinished();

private:
    void showProgress(qint64 records, qint64 bytesRead, qint64 totalBytes);
    void finish(const ImportOutcome &outcome);

    std::unique_ptr<Ui::ImportProgressPage> ui;
    ImportWizard *m_wizard;
    std::atomic<bool> m_cancel{false};
    QThread *m_thread = nullptr;
    std::unique_ptr<ImportWizardWorker> m_worker;
    QElapsedTimer m_clock;
    qint64 m_records = 0;
    bool m_running = false;
};
