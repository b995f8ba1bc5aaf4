#include "importwizard/importsummarypage.h"
#include "ui_importsummarypage.h"

#include "importwizard/importwizard.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QUrl>

ImportSummaryPage::ImportSummaryPage(ImportWizard *wizard)
    : QWizardPage(wizard), ui(std::make_unique<Ui::ImportSummaryPage>()), m_wizard(wizard)
{
    ui->setupUi(this);
    ui->rejectedTable->setColumnCount(2);
    ui->rejectedTable->setHorizontalHeaderLabels({tr("Line"), tr("Why it was rejected")});
    ui->rejectedTable->horizontalHeader()->setStretchLastSection(true);
    connect(ui->openFolderButton, &QPushButton::clicked, this, &ImportSummaryPage::openErrorFolder);
    connect(ui->importNowButton, &QPushButton::clicked, m_wizard, &ImportWizard::importAfterCheck);
}

ImportSummaryPage::~ImportSummaryPage() = default;

void ImportSummaryPage::initializePage()
{
    const ImportSetup &setup = m_wizard->setup();
    ui->rejectedTable->setRowCount(0);
    ui->detailLabel->clear();
    m_errorsFile.clear();
    const bool checked = setup.outcome && setup.outcome->ok() && setup.outcome->value().dryRun;
    ui->importNowLabel->setVisible(checked);
    ui->importNowButton->setVisible(checked);
    if (!setup.outcome || !setup.outcome->ok()) {
        const Error error = setup.outcome ? setup.outcome->error() : Error::interrupted(tr("The import did not run."));
        setTitle(error.kind == ErrorKind::Interrupted ? tr("Cancelled") : tr("The import failed"));
        ui->headlineLabel->setText(error.kind == ErrorKind::Interrupted
                                       ? error.message
                                       : tr("%1 Nothing was imported: the database is as it was before.").arg(error.message));
        if (!error.detail.isEmpty())
            ui->detailLabel->setText(tr("The database said: %1").arg(error.detail));
        ui->detailLabel->setVisible(!error.detail.isEmpty());
        for (QWidget *w : {static_cast<QWidget *>(ui->countsWidget), static_cast<QWidget *>(ui->rejectedTable),
                           static_cast<QWidget *>(ui->errorFileLabel), static_cast<QWidget *>(ui->openFolderButton)})
            w->hide();
        return;
    }
    const ImportReport &report = setup.outcome->value();
    const ImportCounts &n = report.counts;
    ui->detailLabel->hide();
    ui->countsWidget->show();
    if (report.dryRun) {
        setTitle(tr("Check finished"));
        setSubTitle(tr("What an import would do. Rows that could not be imported are listed with the reason."));
        ui->headlineLabel->setText(tr("This was a check only: nothing was written to the database. An import of %1 for "
                                      "%2 with these options would do this:")
                                       .arg(QFileInfo(setup.path).fileName(), setup.options.ownerEmail));
        ui->insertedCaption->setText(tr("Would be inserted:"));
        ui->updatedCaption->setText(tr("Would be updated:"));
        ui->skippedCaption->setText(tr("Would be skipped:"));
        ui->rejectedCaption->setText(tr("Would be rejected:"));
        ui->groupsCaption->setText(tr("Groups it would create:"));
    } else {
        setTitle(tr("Import finished"));
        setSubTitle(tr("What the import did. Rows that could not be imported are listed with the reason."));
        ui->headlineLabel->setText(tr("Imported %1 for %2: %Ln record(s) read.", nullptr, int(n.records()))
                                       .arg(QFileInfo(setup.path).fileName(), setup.options.ownerEmail));
        ui->insertedCaption->setText(tr("Inserted:"));
        ui->updatedCaption->setText(tr("Updated:"));
        ui->skippedCaption->setText(tr("Skipped (already there):"));
        ui->rejectedCaption->setText(tr("Rejected:"));
        ui->groupsCaption->setText(tr("New groups:"));
    }
    ui->insertedLabel->setText(QStringLiteral("%L1").arg(n.inserted));
    ui->updatedLabel->setText(QStringLiteral("%L1").arg(n.updated));
    ui->skippedLabel->setText(QStringLiteral("%L1").arg(n.skipped));
    ui->rejectedLabel->setText(QStringLiteral("%L1").arg(n.rejected));
    ui->groupsLabel->setText(report.createdGroups.isEmpty() ? tr("none") : report.createdGroups.join(QStringLiteral(", ")));

    ui->rejectedTable->setVisible(n.rejected > 0);
    ui->rejectedTable->setRowCount(int(report.firstRejected.size()));
    for (int r = 0; r < report.firstRejected.size(); ++r) {
        const RejectedRow &row = report.firstRejected.at(r);
        auto *line = new QTableWidgetItem(QString::number(row.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        ui->rejectedTable->setItem(r, 0, line);
        auto *reason = new QTableWidgetItem(row.reason);
        reason->setToolTip(row.fields.join(QStringLiteral(" | ")));
        ui->rejectedTable->setItem(r, 1, reason);
    }
    ui->rejectedTable->resizeColumnToContents(0);
    ui->rejectedTable->setCurrentItem(nullptr);

    m_errorsFile = report.errorsFile;
    const bool written = !m_errorsFile.isEmpty();
    QString errorText;
    if (written)
        errorText = tr("The rejected rows, each with its reason, are in %1.").arg(QDir::toNativeSeparators(m_errorsFile));
    else if (n.rejected > 0)
        errorText = tr("No error file was chosen, so the rejected rows were not saved; only the first %Ln are listed above.",
                       nullptr, int(report.firstRejected.size()));
    else
        errorText = tr("No row was rejected.");
    if (n.rejected > report.firstRejected.size())
        errorText.prepend(tr("… and %L1 more rejected rows. ").arg(n.rejected - report.firstRejected.size()));
    ui->errorFileLabel->setText(errorText);
    ui->errorFileLabel->show();
    ui->openFolderButton->setVisible(written);
}

void ImportSummaryPage::openErrorFolder()
{
    if (!m_errorsFile.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_errorsFile).absolutePath()));
}

QString ImportSummaryPage::headline() const
{
    return ui->headlineLabel->text();
}

QStringList ImportSummaryPage::rejectedLines() const
{
    QStringList lines;
    for (int r = 0; r < ui->rejectedTable->rowCount(); ++r)
        lines << tr("line %1: %2").arg(ui->rejectedTable->item(r, 0)->text(), ui->rejectedTable->item(r, 1)->text());
    return lines;
}
