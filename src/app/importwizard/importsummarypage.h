#pragma once

#include <QWizardPage>
#include <memory>

namespace Ui { class ImportSummaryPage; }
class ImportWizard;

/** The import wizard's last step: what the import (or the check) did, or why it failed, in sentences. */
class ImportSummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportSummaryPage(ImportWizard *wizard);
    ~ImportSummaryPage() override;

    void initializePage() override;
    QString headline() const;
    // The rejected rows listed, "line N: reason" each.
    QStringList rejectedLines() const;

private:
    void openErrorFolder();

    std::unique_ptr<Ui::ImportSummaryPage> ui;
    ImportWizard *m_wizard;
    QString m_errorsFile;
};
