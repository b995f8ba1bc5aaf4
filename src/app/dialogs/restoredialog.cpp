#include "dialogs/restoredialog.h"
#include "ui_restoredialog.h"

#include "db/backgroundquery.h"

#include <QDir>
#include <QFileDialog>
#include <QPushButton>

RestoreDialog::RestoreDialog(const SignedIn &signedIn, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::RestoreDialog>()), m_signedIn(signedIn),
      m_query(std::make_unique<BackgroundQuery>(signedIn.settings))
{
    ui->setupUi(this);
    m_query->setCancelledMessage(tr("The restore was stopped; the database was left as it was."));
    ui->progressBar->setRange(0, 1);
    ui->progressBar->setValue(0);
    ui->createCheck->setChecked(true);
    m_startButton = ui->buttonBox->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_stopButton = ui->buttonBox->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    m_stopButton->setEnabled(false);
    connect(m_startButton, &QPushButton::clicked, this, &RestoreDialog::startRestore);
    connect(m_stopButton, &QPushButton::clicked, this, &RestoreDialog::stop);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &RestoreDialog::reject);
    connect(ui->browseButton, &QPushButton::clicked, this, &RestoreDialog::browse);
    connect(ui->databaseEdit, &QLineEdit::textChanged, this, &RestoreDialog::updateConfirmation);
    updateConfirmation();
    if (const Status allowed = signedIn.policy.checkRestore(); !allowed) {
        ui->statusLabel->setText(allowed.error().message);
        m_startButton->setEnabled(false);
    }
}

RestoreDialog::~RestoreDialog() = default;

void RestoreDialog::setFileName(const QString &path)
{
    ui->fileEdit->setText(path);
}

void RestoreDialog::setDatabase(const QString &name, bool create, bool replace)
{
    ui->databaseEdit->setText(name);
    ui->createCheck->setChecked(create);
    ui->replaceCheck->setChecked(replace);
}

void RestoreDialog::setTypedName(const QString &name)
{
    ui->confirmEdit->setText(name);
}

void RestoreDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Restore from"), ui->fileEdit->text(),
        tr("Backups (*.dump *.sql *.sql.gz);;All files (*)"));
    if (!path.isEmpty())
        ui->fileEdit->setText(path);
}

bool RestoreDialog::intoConnectedDatabase() const
{
    return ui->databaseEdit->text().trimmed() == m_signedIn.settings.databaseName;
}

void RestoreDialog::updateConfirmation()
{
    const bool connected = intoConnectedDatabase();
    ui->confirmLabel->setVisible(connected);
    ui->confirmEdit->setVisible(connected);
    ui->warningLabel->setText(connected ? tr("\"%1\" is the database this window works on: restoring replaces its data "
                                             "for everyone using it. Type its name to confirm.")
                                              .arg(m_signedIn.settings.databaseName)
                                        : QString());
}

void RestoreDialog::startRestore()
{
    if (m_running || !m_signedIn.policy.canRestore())
        return;
    RestoreRequest request;
    request.file = ui->fileEdit->text().trimmed();
    request.database = ui->databaseEdit->text().trimmed();
    request.create = ui->createCheck->isChecked();
    request.replace = ui->replaceCheck->isChecked();
    if (request.file.isEmpty() || request.database.isEmpty()) {
        ui->statusLabel->setText(tr("Choose the backup file and the database to restore into first."));
        return;
    }
    const bool confirmed = !intoConnectedDatabase() || ui->confirmEdit->text().trimmed() == request.database;
    if (!confirmed) {
        ui->statusLabel->setText(tr("Type \"%1\" to confirm restoring into the database in use; nothing was restored.")
                                     .arg(request.database));
        return;
    }
    setRunning(true);
    ui->statusLabel->setText(tr("Checking the backup…"));
    const ConnectionSettings settings = m_signedIn.settings;
    m_query->start<bool>(
        [this, settings, request, confirmed](const BackgroundContext &c) -> Result<bool> {
            DatabaseRestore restorer(c.database(), settings);
            const auto plan = restorer.prepare(request, c.cancelFlag());
            if (!plan)
                return plan.error();
            auto progress = [this](const BackupProgress &p) {
                QMetaObject::invokeMethod(this, [this, p] { showProgress(p); }, Qt::QueuedConnection);
            };
            const Status restored = restorer.run(plan.value(), confirmed, progress, c.cancelFlag());
            if (!restored.ok())
                return restored.error();
            return true;
        },
        [this](const Result<bool> &result) { finish(result.status()); });
}

void RestoreDialog::showProgress(const BackupProgress &p)
{
    if (!m_running)
        return;
    ui->progressBar->setRange(0, qMax(p.total, 1));
    ui->progressBar->setValue(p.done);
    ui->statusLabel->setText(p.table.isEmpty() ? tr("Restoring: table %L1 of %L2").arg(p.done).arg(p.total)
                                               : tr("Restoring: table %L1 of %L2 (%3)").arg(p.done).arg(p.total).arg(p.table));
}

void RestoreDialog::finish(const Status &status)
{
    setRunning(false);
    QString message;
    if (status.ok()) {
        message = tr("Restored %1 into \"%2\". If the backup is older than this version, run \"waqtor-db migrate\" "
                     "against that database.")
                      .arg(QDir::toNativeSeparators(ui->fileEdit->text().trimmed()), ui->databaseEdit->text().trimmed());
        ui->progressBar->setRange(0, 1);
        ui->progressBar->setValue(1);
        ui->statusLabel->setToolTip(QString());
    } else {
        message = status.error().message;
        ui->statusLabel->setToolTip(status.error().detail);
    }
    ui->confirmEdit->clear();
    // The tool's own first error ("function … does not exist") is what tells an admin what to fix.
    const QString detail = status.ok() ? QString() : status.error().detail.section(u'\n', 0, 0).trimmed();
    ui->statusLabel->setText(detail.isEmpty() ? message : message + u'\n' + tr("The server said: %1").arg(detail));
    emit restoreFinished(status.ok(), message);
}

void RestoreDialog::setRunning(bool running)
{
    m_running = running;
    for (QWidget *w : {static_cast<QWidget *>(ui->fileEdit), static_cast<QWidget *>(ui->browseButton),
                       static_cast<QWidget *>(ui->databaseEdit), static_cast<QWidget *>(ui->createCheck),
                       static_cast<QWidget *>(ui->replaceCheck), static_cast<QWidget *>(ui->confirmEdit),
                       static_cast<QWidget *>(m_startButton)})
        w->setEnabled(!running);
    m_stopButton->setEnabled(running);
    ui->progressBar->setRange(0, running ? 0 : 1);
    ui->progressBar->setValue(0);
}

void RestoreDialog::stop()
{
    if (!m_running)
        return;
    m_query->cancel();
    ui->statusLabel->setText(tr("Stopping…"));
}

void RestoreDialog::reject()
{
    if (m_running) {
        stop();
        return;
    }
    QDialog::reject();
}
