#pragma once

#include <QElapsedTimer>
#include <QWizardPage>
#include <memory>

namespace Ui { class ImportProgressPage; }
class ImportWizard;
class ImportWizardWorker;
struct ImportOutcome;

/**
 * The import wizard's fifth step: runs the import on an ImportWizardWorker (its own thread and connection),
 * shows how far it got and lets the user cancel; moves on to the summary when it ends.
 */
class ImportProgressPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportProgressPage(ImportWizard *wizard);
    ~ImportProgressPage() override;  // cancels a running import and waits for its worker

    bool isRunning() const { return m_running; }
    bool hasStarted() const { return m_records > 0; }
    qint64 recordsRead() const { return m_records; }
    // The importer stops its statement on the server and rolls back.
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
    bool m_cancelling = false;
    std::unique_ptr<ImportWizardWorker> m_worker;
    QElapsedTimer m_clock;
    qint64 m_records = 0;
    bool m_running = false;
};
