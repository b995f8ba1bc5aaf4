#pragma once

#include "import/contactimporter.h"

#include <QWizardPage>
#include <memory>

namespace Ui { class ImportOptionsPage; }
class ImportWizard;

/** The import wizard's fourth step: owner, groups, what duplicates do, dry run and the error file. */
class ImportOptionsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportOptionsPage(ImportWizard *wizard);
    ~ImportOptionsPage() override;

    // False when the owner is not offered (a user imports only for themselves).
    bool setOwner(const QString &email);
    QString ownerEmail() const;
    // The owner's groups as listed (and any added by name), and the ticked ones.
    QStringList groupNames() const;
    QStringList chosenGroups() const;
    // Ticks an existing group, or adds and ticks a new one (created when the import runs).
    void chooseGroup(const QString &name);
    void setDuplicatePolicy(DuplicatePolicy policy, bool allowUnblock = false);
    void setDryRun(bool dryRun);
    void setErrorsPath(const QString &path);
    QString errorsPath() const;

    void initializePage() override;
    bool validatePage() override;

private:
    void fillOwners();
    void loadGroups();
    void addTypedGroup();
    void updateButtons();

    std::unique_ptr<Ui::ImportOptionsPage> ui;
    ImportWizard *m_wizard;
    QString m_source;  // the file the error path was last defaulted for
};
