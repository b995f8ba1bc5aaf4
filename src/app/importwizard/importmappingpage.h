#pragma once

#include "import/columnmapping.h"

#include <QSet>
#include <QWizardPage>
#include <memory>

namespace Ui { class ImportMappingPage; }
class ImportWizard;

/** The import wizard's second step: one row per column of the file, and the contact field it feeds. */
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard *wizard);
    ~ImportMappingPage() override;

    // As the combo and key field would: "phone_number", "name", "custom:KEY", "ignore", ...
    Status setField(int column, const QString &fieldName);
    // A column that goes to custom_fields automatically is kept (true) or ignored (false).
    void setKeep(int column, bool keep);
    // The mapping as the import will use it (unticked columns ignored).
    ColumnMapping mapping() const;
    QString validationText() const;

    void initializePage() override;
    bool isComplete() const override;

private:
    void buildRows();
    void showRow(int row);
    void fieldChosen(int row);
    void changed();

    std::unique_ptr<Ui::ImportMappingPage> ui;
    ImportWizard *m_wizard;
    ColumnMapping m_mapping;
    QSet<int> m_dropped;   // automatic custom columns whose Keep box is unticked
    QString m_keyError;    // a custom field key the mapping refused
    int m_generation = -1; // the file page's reading this page was built from
};
