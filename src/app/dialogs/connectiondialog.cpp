#include "dialogs/connectiondialog.h"
#include "ui_connectiondialog.h"

#include "db/database.h"
#include "db/databasecreator.h"
#include "db/databaseprobe.h"
#include "theme/statuscolours.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>

namespace {
using SslMode = ConnectionSettings::SslMode;
}

ConnectionDialog::ConnectionDialog(const ConnectionSettings &settings, QWidget *parent)
    : ConnectionDialog(ConnectionProfile::environment(settings), false, parent)
{
}

ConnectionDialog::ConnectionDialog(const ConnectionProfile &profile, bool keychainAvailable, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::ConnectionDialog>()), m_profile(profile)
{
    ui->setupUi(this);
    // The DB_* profile has no name of its own and keeps its password where .env or the environment has it.
    const bool saved = !profile.fromEnvironment();
    ui->profileNameEdit->setText(saved ? profile.name : tr("From .env / DB_* settings (this run only)"));
    ui->profileNameEdit->setReadOnly(!saved);
    ui->keychainCheck->setVisible(saved);
    ui->keychainCheck->setEnabled(keychainAvailable);
    ui->keychainCheck->setChecked(keychainAvailable && profile.passwordInKeychain);
    ui->keychainCheck->setToolTip(keychainAvailable
                                      ? tr("Kept by the desktop's keychain (GNOME Keyring, KWallet); otherwise the "
                                           "password is asked once per run and kept in memory only.")
                                      : tr("No system keychain answers on this desktop session: the password is asked "
                                           "once per run and kept in memory only."));
    if (saved)
        ui->passwordEdit->setToolTip(tr("Never written to a settings file: kept in the system keychain when chosen "
                                        "below, otherwise in memory for this run only."));

    ui->sslModeCombo->addItem(tr("Disable: no SSL"), int(SslMode::Disable));
    ui->sslModeCombo->addItem(tr("Prefer: SSL when the server offers it"), int(SslMode::Prefer));
    ui->sslModeCombo->addItem(tr("Require: SSL, certificate not checked"), int(SslMode::Require));
    ui->sslModeCombo->addItem(tr("Verify CA: SSL, certificate signed by the CA file"), int(SslMode::VerifyCa));
    ui->sslModeCombo->addItem(tr("Verify full: as Verify CA, and the host name matches"), int(SslMode::VerifyFull));

    const ConnectionSettings &s = profile.settings;
    ui->hostEdit->setText(s.host);
    ui->portSpin->setValue(s.port);
    ui->nameEdit->setText(s.databaseName);
    ui->userEdit->setText(s.user);
    ui->passwordEdit->setText(s.password);
    ui->sslModeCombo->setCurrentIndex(ui->sslModeCombo->findData(int(s.sslMode)));
    ui->caFileEdit->setText(QDir::toNativeSeparators(s.caFile));
    ui->readOnlyCheck->setChecked(s.readOnly);
    // Paths stay left to right in an Arabic window.
    ui->caFileEdit->setLayoutDirection(Qt::LeftToRight);
    updateCaFile();

    connect(ui->sslModeCombo, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateCaFile);
    connect(ui->caFileButton, &QPushButton::clicked, this, &ConnectionDialog::browseCaFile);
    connect(ui->testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(ui->createButton, &QPushButton::clicked, this, &ConnectionDialog::createDatabase);
    // An offer to create the database is about the name that was tested, not one typed since.
    for (QLineEdit *edit : {ui->hostEdit, ui->nameEdit, ui->userEdit})
        connect(edit, &QLineEdit::textEdited, ui->createButton, &QWidget::hide);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (saved && profile.name.isEmpty())
        ui->profileNameEdit->setFocus();
}

ConnectionDialog::~ConnectionDialog() = default;

ConnectionSettings ConnectionDialog::settings() const
{
    ConnectionSettings s;
    s.host = ui->hostEdit->text().trimmed();
    s.port = ui->portSpin->value();
    s.databaseName = ui->nameEdit->text().trimmed();
    s.user = ui->userEdit->text().trimmed();
    s.password = ui->passwordEdit->text();
    s.sslMode = SslMode(ui->sslModeCombo->currentData().toInt());
    s.caFile = s.verifiesServer() ? QDir::fromNativeSeparators(ui->caFileEdit->text().trimmed()) : QString();
    s.readOnly = ui->readOnlyCheck->isChecked();
    return s;
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile p = m_profile;
    if (!p.fromEnvironment())
        p.name = ui->profileNameEdit->text().trimmed();
    p.settings = settings();
    p.passwordInKeychain = ui->keychainCheck->isEnabled() && ui->keychainCheck->isChecked();
    return p;
}

void ConnectionDialog::accept()
{
    const ConnectionSettings s = settings();
    QString problem;
    if (!m_profile.fromEnvironment() && ui->profileNameEdit->text().trimmed().isEmpty())
        problem = tr("Give the connection a name, e.g. \"Production replica\".");
    else if (s.host.isEmpty())
        problem = tr("Enter the database server's host name.");
    else if (s.databaseName.isEmpty())
        problem = tr("Enter the name of the WaQtor database.");
    else
        problem = s.problem();
    if (!problem.isEmpty()) {
        showResult(problem, false);
        return;
    }
    QDialog::accept();
}

void ConnectionDialog::updateCaFile()
{
    const bool verifies = settings().verifiesServer();
    ui->caFileEdit->setEnabled(verifies);
    ui->caFileButton->setEnabled(verifies);
}

void ConnectionDialog::browseCaFile()
{
    const QString start = ui->caFileEdit->text().isEmpty() ? QDir::homePath() : ui->caFileEdit->text();
    const QString file = QFileDialog::getOpenFileName(this, tr("Certificate authority"), start,
                                                      tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (!file.isEmpty())
        ui->caFileEdit->setText(QDir::toNativeSeparators(file));
}

bool ConnectionDialog::testConnection()
{
    const QString name = QStringLiteral("waqtor-connection-test");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString text;
    bool ok = false;
    ConnectionFailure::Cause cause = ConnectionFailure::Cause::Other;
    const ConnectionSettings s = settings();
    {
        const auto db = Database::connect(s, name, &cause);
        ok = db.ok();
        if (ok) {
            const auto migrated = DatabaseProbe::hasWaqtorSchema(db.value());
            const auto readOnly = DatabaseProbe::isReadOnly(db.value());
            if (!migrated)
                text = migrated.error().message;
            else if (!migrated.value())
                text = tr("Connected to %1, but it has no WaQtor schema yet; run \"waqtor-db migrate\".").arg(s.describe());
            else if (readOnly && readOnly.value())
                text = tr("Connected to %1, read-only: nothing can be changed through this connection.").arg(s.describe());
            else
                text = tr("Connected to %1.").arg(s.describe());
        } else {
            text = db.error().message;
        }
    }
    // The connection and its query are out of scope: removing it draws no "still in use" warning.
    Database::disconnect(name);
    QApplication::restoreOverrideCursor();
    showResult(text, ok);
    const bool missing = !ok && cause == ConnectionFailure::Cause::DatabaseMissing;
    if (missing)
        ui->createButton->setText(tr("&Create database \"%1\"").arg(s.databaseName));
    ui->createButton->setVisible(missing);
    return ok;
}

bool ConnectionDialog::createDatabase()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status created = DatabaseCreator::create(settings());
    QApplication::restoreOverrideCursor();
    if (!created.ok()) {
        showResult(created.error().message, false);
        return false;
    }
    ui->createButton->hide();
    return testConnection();
}

void ConnectionDialog::showResult(const QString &text, bool ok)
{
    ui->resultLabel->setText(text);
    ui->resultLabel->setStyleSheet(
        StatusColours::styleSheet(ok ? StatusColours::Tone::Success : StatusColours::Tone::Danger, palette()));
}
