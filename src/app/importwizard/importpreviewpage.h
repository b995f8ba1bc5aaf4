#pragma once

#include <QWizardPage>
#include <memory>

namespace Ui { class ImportPreviewPage; }
class ImportWizard;

/** The import wizard's third step: the first records as read and as they will be stored, or why not. */
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(ImportWizard *wizard);
    ~ImportPreviewPage() override;

    void initializePage() override;
    // The preview row of the record starting on file line `line`, cells joined with " | ": the
    // stored values, or the rejection reason. Empty when no such row is shown.
    QString rowText(qint64 line) const;
    QString summaryText() const;

private:
    std::unique_ptr<Ui::ImportPreviewPage> ui;
    ImportWizard *m_wizard;
};
