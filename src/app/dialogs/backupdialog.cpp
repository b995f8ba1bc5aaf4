#include "dialogs/backupdialog.h"
#include "ui_backupdialog.h"

#include "db/backgroundquery.h"
#include "db/databaseprobe.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QPushButton>
#include <QSqlError>
#include <QStandardPaths>

#include "backup/backupretention.h"
#include "i18n/displayformat.h"

BackupDialog::BackupDialog(const SignedIn &signedIn, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::BackupDialog>()), m_signedIn(signedIn),
      m_tables(std::make_unique<BackgroundQuery>(signedIn.settings)),
      m_query(std::make_unique<BackgroundQuery>(signedIn.settings))
{
    ui->setupUi(this);
    setWindowTitle(tr("Back up database \"%1\"").arg(signedIn.settings.databaseName));
    m_query->setCancelledMessage(tr("The backup was stopped; no file was written."));
    ui->formatCombo->addItem(tr("From the file name (.dump, .sql, .sql.gz)"), -1);
    ui->formatCombo->addItem(tr("Custom archive (pg_restore; smallest, restores selectively)"), int(BackupFormat::Custom));
    ui->formatCombo->addItem(tr("Plain SQL script (psql)"), int(BackupFormat::Plain));
    ui->formatCombo->addItem(tr("Plain SQL script, gzipped"), int(BackupFormat::Gzip));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    ui->fileEdit->setText(QDir(folder.isEmpty() ? QDir::homePath() : folder)
                              .filePath(BackupRetention::fileName(signedIn.settings.databaseName, BackupFormat::Custom,
                                                                  QDateTime::currentDateTime())));
    ui->progressBar->setRange(0, 1);
    ui->progressBar->setValue(0);
    m_startButton = ui->buttonBox->addButton(tr("Back &up"), QDialogButtonBox::AcceptRole);
    m_startButton->setDefault(true);
    m_stopButton = ui->buttonBox->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    m_stopButton->setEnabled(false);
    connect(m_startButton, &QPushButton::clicked, this, &BackupDialog::startBackup);
    connect(m_stopButton, &QPushButton::clicked, this, &BackupDialog::stop);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &BackupDialog::reject);
    connect(ui->browseButton, &QPushButton::clicked, this, &BackupDialog::browse);
    connect(ui->allTablesCheck, &QCheckBox::toggled, this, [this](bool all) { ui->tablesList->setEnabled(!all); });
    // Refused before anything runs: the menu hides this for other roles, and this catches the rest.
    if (const Status allowed = signedIn.policy.checkBackUpAndRestore(); !allowed) {
        ui->statusLabel->setText(allowed.error().message);
        m_startButton->setEnabled(false);
        return;
    }
    loadTables();
}

BackupDialog::~BackupDialog() = default;

void BackupDialog::loadTables()
{
    m_tables->start<QStringList>(
        [](const BackgroundContext &c) { return DatabaseProbe::tableNames(c.database()); },
        [this](const Result<QStringList> &tables) {
            if (!tables) {
                ui->statusLabel->setText(tables.error().message);
                return;
            }
            for (const QString &table : tables.value()) {
                auto *item = new QListWidgetItem(table, ui->tablesList);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
            emit tablesLoaded();
        });
}

void BackupDialog::setFileName(const QString &path)
{
    ui->fileEdit->setText(path);
}

void BackupDialog::setTables(const QStringList &tables)
{
    ui->allTablesCheck->setChecked(tables.isEmpty());
    for (int i = 0; i < ui->tablesList->count(); ++i) {
        QListWidgetItem *item = ui->tablesList->item(i);
        item->setCheckState(tables.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
}

void BackupDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Back up to"), ui->fileEdit->text(),
        tr("Custom archives (*.dump);;SQL scripts (*.sql);;Gzipped SQL scripts (*.sql.gz);;All files (*)"));
    if (!path.isEmpty())
        ui->fileEdit->setText(path);
}

Result<BackupFormat> BackupDialog::chosenFormat(const QString &path) const
{
    const int chosen = ui->formatCombo->currentData().toInt();
    if (chosen >= 0)
        return BackupFormat(chosen);
    const auto format = BackupFormats::fromFileName(path);
    if (!format)
        return Error::invalid(tr("Cannot tell the format from the file name; end it in .dump, .sql or .sql.gz, or "
                                 "choose a format."));
    return format;
}

void BackupDialog::startBackup()
{
    if (m_running || !m_signedIn.policy.canBackUpAndRestore())
        return;
    BackupRequest request;
    request.outFile = ui->fileEdit->text().trimmed();
    if (request.outFile.isEmpty()) {
        ui->statusLabel->setText(tr("Choose the file to write first."));
        return;
    }
    const auto format = chosenFormat(request.outFile);
    if (!format) {
        ui->statusLabel->setText(format.error().message);
        return;
    }
    request.format = format.value();
    if (!ui->allTablesCheck->isChecked()) {
        for (int i = 0; i < ui->tablesList->count(); ++i)
            if (ui->tablesList->item(i)->checkState() == Qt::Checked)
                request.tables << ui->tablesList->item(i)->text();
        if (request.tables.isEmpty()) {
            ui->statusLabel->setText(tr("Tick the tables to back up, or choose all tables."));
            return;
        }
    }
    setRunning(true);
    ui->statusLabel->setText(tr("Starting pg_dump…"));
    const ConnectionSettings settings = m_signedIn.settings;
    m_query->start<BackupSummary>(
        [this, settings, request](const BackgroundContext &c) {
            // Progress comes on the worker thread; the dialog shows it on its own.
            auto progress = [this](const BackupProgress &p) {
                QMetaObject::invokeMethod(this, [this, p] { showProgress(p); }, Qt::QueuedConnection);
            };
            return DatabaseBackup(c.database(), settings).run(request, progress, c.cancelFlag());
        },
        [this](const Result<BackupSummary> &result) { finish(result); });
}

void BackupDialog::showProgress(const BackupProgress &p)
{
    if (!m_running)
        return;
    ui->progressBar->setRange(0, qMax(p.total, 1));
    ui->progressBar->setValue(p.done);
    ui->statusLabel->setText(p.table.isEmpty() ? tr("Backing up: table %L1 of %L2").arg(p.done).arg(p.total)
                                               : tr("Backing up: table %L1 of %L2 (%3)").arg(p.done).arg(p.total).arg(p.table));
}

void BackupDialog::finish(const Result<BackupSummary> &result)
{
    setRunning(false);
    QString message;
    if (result) {
        message = tr("Backed up to %1 (%2; tables: %3).")
                      .arg(QDir::toNativeSeparators(result->file), DisplayFormat::dataSize(result->bytes))
                      .arg(result->tables);
        ui->progressBar->setRange(0, 1);
        ui->progressBar->setValue(1);
        ui->statusLabel->setToolTip(QString());
    } else {
        message = result.error().message;
        ui->statusLabel->setToolTip(result.error().detail);
    }
    ui->statusLabel->setText(message);
    emit backupFinished(result.ok(), message);
}

void BackupDialog::setRunning(bool running)
{
    m_running = running;
    for (QWidget *w : {static_cast<QWidget *>(ui->fileEdit), static_cast<QWidget *>(ui->browseButton),
                       static_cast<QWidget *>(ui->formatCombo), static_cast<QWidget *>(ui->allTablesCheck),
                       static_cast<QWidget *>(m_startButton)})
        w->setEnabled(!running);
    ui->tablesList->setEnabled(!running && !ui->allTablesCheck->isChecked());
    m_stopButton->setEnabled(running);
    ui->progressBar->setRange(0, running ? 0 : 1);
    ui->progressBar->setValue(0);
}

void BackupDialog::stop()
{
    if (!m_running)
        return;
    m_query->cancel();
    ui->statusLabel->setText(tr("Stopping…"));
}

void BackupDialog::reject()
{
    // Closing while pg_dump runs stops it first; the dialog stays to say how that ended.
    if (m_running) {
        stop();
        return;
    }
    QDialog::reject();
}
