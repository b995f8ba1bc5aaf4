#include "importwizard/importwizard.h"

#include "importwizard/importfilepage.h"
#include "importwizard/importmappingpage.h"
#include "importwizard/importoptionspage.h"
#include "importwizard/importpreviewpage.h"
#include "importwizard/importprogresspage.h"
#include "importwizard/importsummarypage.h"

#include <QAbstractButton>

ImportWizard::ImportWizard(const SignedIn &signedIn, QWidget *parent)
    : QWizard(parent), m_signedIn(signedIn)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import contacts from CSV"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    m_filePage = new ImportFilePage(this);
    m_mappingPage = new ImportMappingPage(this);
    m_previewPage = new ImportPreviewPage(this);
    m_optionsPage = new ImportOptionsPage(this);
    m_progressPage = new ImportProgressPage(this);
    m_summaryPage = new ImportSummaryPage(this);
    setPage(FilePage, m_filePage);
    setPage(MappingPage, m_mappingPage);
    setPage(PreviewPage, m_previewPage);
    setPage(OptionsPage, m_optionsPage);
    setPage(ProgressPage, m_progressPage);
    setPage(SummaryPage, m_summaryPage);
    setStartId(FilePage);
    // While importing the Cancel button stops the import; the summary then closes the wizard.
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        button(QWizard::CancelButton)->setText(id == ProgressPage ? tr("&Stop") : tr("Cancel"));
    });
    resize(900, 600);
}

ImportWizard::~ImportWizard() = default;

QString ImportWizard::regionSettingsKey(const QString &email)
{
    return QStringLiteral("import/region/") + email.toLower();
}

bool ImportWizard::isImporting() const
{
    return m_progressPage->isRunning();
}

bool ImportWizard::changedContacts() const
{
    if (!m_setup.outcome || !m_setup.outcome->ok())
        return false;
    const ImportReport &report = m_setup.outcome->value();
    return !report.dryRun && (report.counts.inserted > 0 || report.counts.updated > 0);
}

void ImportWizard::importAfterCheck()
{
    if (isImporting() || !m_setup.outcome || !m_setup.outcome->ok() || !m_setup.outcome->value().dryRun)
        return;
    m_setup.options.dryRun = false;
    m_setup.outcome.reset();
    m_optionsPage->setDryRun(false);
    m_progressPage->reset();
    // The options page is a commit page, so there is no way back to it: start again at the progress
    // page, which imports what the check just checked.
    setStartId(ProgressPage);
    restart();
}

void ImportWizard::reject()
{
    if (isImporting()) {
        m_progressPage->cancel();
        return;
    }
    QWizard::reject();
}
