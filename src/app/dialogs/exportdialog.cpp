#include "dialogs/exportdialog.h"
#include "ui_exportdialog.h"

#include "db/backgroundquery.h"
#include "export/csvexportjob.h"
#include "export/exportlocation.h"
#include "settings/appsettings.h"

#include <QDir>
#include <QFileDialog>
#include <QPushButton>
#include <QTimer>

ExportDialog::ExportDialog(const SignedIn &signedIn, Entity entity, const QString &title, ExportFilter view,
                           QStringList selectedIds, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::ExportDialog>()), m_signedIn(signedIn), m_entity(entity),
      m_view(std::move(view)), m_selectedIds(std::move(selectedIds)),
      m_query(std::make_unique<BackgroundQuery>(signedIn.settings))
{
    ui->setupUi(this);
    setWindowTitle(tr("Export %1 to CSV").arg(title));
    setUpCommon(ExportLocation::stem(entity));
    ui->selectedRadio->setText(tr("Only the &selected rows (%L1)").arg(m_selectedIds.size()));
    ui->selectedRadio->setEnabled(!m_selectedIds.isEmpty());
    // With rows selected, those are most likely what is wanted; the whole view stays one click away.
    ui->selectedRadio->setChecked(!m_selectedIds.isEmpty());
    ui->customFieldsCombo->addItem(tr("One JSON column (our importer reads it back)"), int(CustomFieldsLayout::Json));
    ui->customFieldsCombo->addItem(tr("One column per key"), int(CustomFieldsLayout::Columns));
    const bool contacts = entity == Entity::Contacts;
    ui->customFieldsLabel->setVisible(contacts);
    ui->customFieldsCombo->setVisible(contacts);
    // The page's order is what its user chose; on a big table walking it costs more than streaming the
    // rows as stored, which is what the command line does by default.
    if (contacts && !m_view.viewOrder.isEmpty())
        ui->statusLabel->setText(tr("Rows come in the page's sort order, which takes longer on a large table than an "
                                    "unsorted export (waqtor-db export contacts writes them as stored)."));
}

ExportDialog::ExportDialog(const SignedIn &signedIn, ReportKind report, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::ExportDialog>()), m_signedIn(signedIn), m_report(report),
      m_query(std::make_unique<BackgroundQuery>(signedIn.settings))
{
    ui->setupUi(this);
    const QString name = report == ReportKind::Campaigns ? tr("campaigns")
                       : report == ReportKind::Messages  ? tr("messages")
                                                         : tr("groups");
    setWindowTitle(tr("Write the %1 report").arg(name));
    setUpCommon((report == ReportKind::Campaigns ? QStringLiteral("campaigns")
                 : report == ReportKind::Messages  ? QStringLiteral("messages")
                                                   : QStringLiteral("groups"))
                + QStringLiteral("-report"));
    // A report summarises every row the role may see: no row choice, no custom fields.
    for (QWidget *w : {static_cast<QWidget *>(ui->rowsLabel), static_cast<QWidget *>(ui->viewRadio),
                       static_cast<QWidget *>(ui->selectedRadio), static_cast<QWidget *>(ui->customFieldsLabel),
                       static_cast<QWidget *>(ui->customFieldsCombo)})
        w->hide();
    ui->statusLabel->setText(report == ReportKind::Campaigns
                                 ? tr("One row per campaign: owner, session, status, recipients, sent, failed, the success "
                                      "rate (sent ÷ recipients, in %) and when it was scheduled, started and completed.")
                             : report == ReportKind::Messages
                                 ? tr("One row per day and status: how many messages.")
                                 : tr("One row per group: its owner, its members, and how many of them are active, blocked "
                                      "or invalid."));
    resize(560, sizeHint().height());
}

void ExportDialog::setUpCommon(const QString &fileStem)
{
    ui->fileEdit->setText(QDir::toNativeSeparators(ExportLocation::suggestedPath(fileStem, AppSettings::lastExportFolder())));
    ui->progressBar->setRange(0, 1);
    ui->progressBar->setValue(0);
    m_exportButton = ui->buttonBox->addButton(m_report ? tr("&Write") : tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(ui->browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    m_progress = new QTimer(this);
    m_progress->setInterval(200);
    connect(m_progress, &QTimer::timeout, this, &ExportDialog::showProgress);
}

// m_query's destructor cancels a running export and waits for its worker.
ExportDialog::~ExportDialog() = default;

bool ExportDialog::isRunning() const
{
    return m_query->isRunning();
}

void ExportDialog::setFileName(const QString &path)
{
    ui->fileEdit->setText(path);
}

QString ExportDialog::fileName() const
{
    return ui->fileEdit->text().trimmed();
}

void ExportDialog::setSelectedOnly(bool selectedOnly)
{
    (selectedOnly ? ui->selectedRadio : ui->viewRadio)->setChecked(true);
}

void ExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), ui->fileEdit->text(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        ui->fileEdit->setText(path);
}

void ExportDialog::startExport()
{
    if (isRunning())
        return;
    const QString path = ui->fileEdit->text().trimmed();
    if (path.isEmpty()) {
        ui->statusLabel->setText(tr("Choose the file to write first."));
        return;
    }
    ExportOptions options;
    options.filter = m_view;
    if (ui->selectedRadio->isChecked())
        options.filter.ids = m_selectedIds;
    options.customFields = CustomFieldsLayout(ui->customFieldsCombo->currentData().toInt());
    options.bom = ui->bomCheck->isChecked();

    // The worker opens its own connection: the GUI's stays free, and Cancel can stop the query.
    const CsvExportJob job = m_report ? CsvExportJob(m_signedIn.policy, *m_report, options.bom, path)
                                      : CsvExportJob(m_signedIn.policy, m_entity, options, path);
    m_cancelling = false;
    m_rows = 0;
    job.start(*m_query, &m_rows, [this](const Result<qint64> &result) { finish(result); });
    setRunning(true);
    ui->statusLabel->setText(tr("Exporting…"));
    m_progress->start();
}

void ExportDialog::showProgress()
{
    if (isRunning() && !m_cancelling)
        ui->statusLabel->setText(tr("Exporting… %L1 rows written").arg(m_rows.load()));
}

void ExportDialog::finish(const Result<qint64> &result)
{
    m_progress->stop();
    setRunning(false);
    QString message;
    if (result) {
        message = tr("Wrote %L1 rows to %2.").arg(result.value()).arg(QDir::toNativeSeparators(ui->fileEdit->text().trimmed()));
        ui->progressBar->setValue(1);
        ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        AppSettings::rememberExportFile(ui->fileEdit->text().trimmed());
    } else {
        message = result.error().message;
        ui->statusLabel->setToolTip(result.error().detail);
    }
    ui->statusLabel->setText(message);
    emit exportFinished(result.ok(), message);
}

void ExportDialog::setRunning(bool running)
{
    for (QWidget *w : {static_cast<QWidget *>(ui->fileEdit), static_cast<QWidget *>(ui->browseButton),
                       static_cast<QWidget *>(ui->viewRadio), static_cast<QWidget *>(ui->customFieldsCombo),
                       static_cast<QWidget *>(ui->bomCheck), static_cast<QWidget *>(m_exportButton)})
        w->setEnabled(!running);
    ui->selectedRadio->setEnabled(!running && !m_selectedIds.isEmpty());
    // A busy bar while running: the number of rows is not known in advance, only counted as they go.
    ui->progressBar->setRange(0, running ? 0 : 1);
    ui->progressBar->setValue(0);
}

void ExportDialog::reject()
{
    if (isRunning()) {
        // The first Cancel stops the export (on the server too); the dialog stays to say so.
        m_cancelling = true;
        m_query->cancel();
        ui->statusLabel->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}
