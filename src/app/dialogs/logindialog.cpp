#include "dialogs/logindialog.h"
#include "ui_logindialog.h"

#include "connections/passwordvault.h"
#include "dialogs/connectiondialog.h"
#include "workspace/connectionprofiles.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>

LoginDialog::LoginDialog(const ConnectionSettings &settings, const QString &connectionName, QWidget *parent,
                         PasswordVault *vault)
    : QDialog(parent), ui(std::make_unique<Ui::LoginDialog>()),
      m_ownVault(vault ? nullptr : std::make_unique<PasswordVault>()), m_vault(vault ? vault : m_ownVault.get()),
      m_connectionName(connectionName)
{
    ui->setupUi(this);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    ui->errorLabel->hide();
    m_profiles.append(ConnectionProfile::environment(settings));
    m_profiles.append(ConnectionProfiles::load());
    connect(ui->profileCombo, &QComboBox::currentIndexChanged, this, &LoginDialog::profileChosen);
    connect(ui->connectionButton, &QPushButton::clicked, this, &LoginDialog::editConnection);
    connect(ui->newProfileButton, &QPushButton::clicked, this, &LoginDialog::newProfile);
    connect(ui->deleteProfileButton, &QPushButton::clicked, this, &LoginDialog::deleteProfile);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillProfiles(ConnectionProfiles::lastUsed());
    ui->emailEdit->setFocus();
}

LoginDialog::~LoginDialog() = default;

QString LoginDialog::errorText() const
{
    return ui->errorLabel->isVisible() ? ui->errorLabel->text() : QString();
}

void LoginDialog::showError(const QString &text)
{
    ui->errorLabel->setText(text);
    ui->errorLabel->setVisible(!text.isEmpty());
}

void LoginDialog::fillProfiles(const QString &selectId)
{
    const QSignalBlocker blocker(ui->profileCombo);
    ui->profileCombo->clear();
    for (const ConnectionProfile &p : std::as_const(m_profiles))
        ui->profileCombo->addItem(p.fromEnvironment() ? tr("From .env / DB_* settings") : p.name, p.id);
    const int index = ui->profileCombo->findData(selectId);
    ui->profileCombo->setCurrentIndex(index >= 0 ? index : 0);
    profileChosen();
}

void LoginDialog::selectProfile(const QString &profileId)
{
    const int index = ui->profileCombo->findData(profileId);
    ui->profileCombo->setCurrentIndex(index >= 0 ? index : 0);
}

ConnectionProfile LoginDialog::currentProfile() const
{
    const int index = std::max(0, ui->profileCombo->currentIndex());
    return m_profiles.value(index, m_profiles.first());
}

std::optional<QString> LoginDialog::knownPassword(const ConnectionProfile &profile)
{
    if (profile.fromEnvironment())
        return profile.settings.password;
    return m_vault->password(profile.id);
}

void LoginDialog::profileChosen()
{
    const ConnectionProfile profile = currentProfile();
    const QString where = profile.settings.describe();
    ui->serverLabel->setText(profile.settings.readOnly ? tr("Database: %1, read-only").arg(where)
                                                       : tr("Database: %1").arg(where));
    ui->deleteProfileButton->setEnabled(!profile.fromEnvironment());
    // Asked here once per run when neither this run nor the keychain knows it.
    const bool ask = !knownPassword(profile).has_value();
    ui->databasePasswordEdit->clear();
    ui->databasePasswordLabel->setVisible(ask);
    ui->databasePasswordEdit->setVisible(ask);
    showError(QString());
}

void LoginDialog::editConnection()
{
    ConnectionProfile profile = currentProfile();
    if (!profile.fromEnvironment())
        profile.settings.password = knownPassword(profile).value_or(QString());
    ConnectionDialog dialog(profile, !profile.fromEnvironment() && m_vault->keychainAvailable(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ConnectionProfile edited = dialog.profile();
    const int index = std::max(0, ui->profileCombo->currentIndex());
    if (!edited.fromEnvironment()) {
        const QString password = edited.settings.password;
        edited.settings.password.clear();
        if (const Status saved = ConnectionProfiles::save(edited); !saved) {
            showError(saved.error().message);
            return;
        }
        // Out of the keychain when it is no longer wanted there; kept for this run either way.
        if (profile.passwordInKeychain && !edited.passwordInKeychain)
            if (const Status forgotten = m_vault->forget(edited.id); !forgotten)
                showError(forgotten.error().message);
        if (!password.isEmpty())
            if (const auto stored = m_vault->store(edited.id, password, edited.passwordInKeychain); !stored)
                showError(stored.error().message);
    }
    m_profiles[index] = edited;
    const QString error = errorText();
    fillProfiles(edited.id);
    showError(error);
}

void LoginDialog::newProfile()
{
    ConnectionProfile start = ConnectionProfile::create(QString(), currentProfile().settings);
    start.passwordInKeychain = m_vault->keychainAvailable();
    ConnectionDialog dialog(start, m_vault->keychainAvailable(), this);
    dialog.setWindowTitle(tr("New connection profile"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    ConnectionProfile created = dialog.profile();
    const QString password = created.settings.password;
    created.settings.password.clear();
    if (const Status saved = ConnectionProfiles::save(created); !saved) {
        showError(saved.error().message);
        return;
    }
    QString error;
    if (!password.isEmpty())
        if (const auto stored = m_vault->store(created.id, password, created.passwordInKeychain); !stored)
            error = stored.error().message;
    m_profiles.append(created);
    fillProfiles(created.id);
    showError(error);
}

void LoginDialog::deleteProfile()
{
    const ConnectionProfile profile = currentProfile();
    if (profile.fromEnvironment())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete connection"),
        tr("Delete the connection \"%1\"? Its password is removed from the keychain too; the database itself is not "
           "touched.").arg(profile.name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (const Status removed = ConnectionProfiles::remove(profile.id); !removed) {
        showError(removed.error().message);
        return;
    }
    const Status forgotten = m_vault->forget(profile.id);
    m_profiles.removeIf([&](const ConnectionProfile &p) { return p.id == profile.id; });
    fillProfiles(QString());
    showError(forgotten ? QString() : forgotten.error().message);
}

void LoginDialog::accept()
{
    const ConnectionProfile profile = currentProfile();
    const QString email = ui->emailEdit->text();
    const bool askedPassword = ui->databasePasswordEdit->isVisible();
    if (askedPassword && ui->databasePasswordEdit->text().isEmpty()) {
        showError(tr("Enter the database password of the connection \"%1\".").arg(profile.name));
        ui->databasePasswordEdit->setFocus();
        return;
    }
    if (email.trimmed().isEmpty() || ui->passwordEdit->text().isEmpty()) {
        showError(tr("Enter your email and password."));
        return;
    }
    ConnectionSettings settings = profile.settings;
    if (askedPassword)
        settings.password = ui->databasePasswordEdit->text();
    else if (!profile.fromEnvironment())
        settings.password = knownPassword(profile).value_or(QString());

    QApplication::setOverrideCursor(Qt::WaitCursor);
    ConnectionFailure::Cause cause = ConnectionFailure::Cause::Other;
    const auto result = SignedIn::signIn(settings, email, ui->passwordEdit->text(), m_connectionName, &cause);
    QApplication::restoreOverrideCursor();
    if (!result) {
        showError(result.error().message);
        if (!profile.fromEnvironment() && cause == ConnectionFailure::Cause::Authentication) {
            // The kept database password is wrong (changed on the server): ask for it again.
            ui->databasePasswordLabel->show();
            ui->databasePasswordEdit->show();
            ui->databasePasswordEdit->selectAll();
            ui->databasePasswordEdit->setFocus();
            return;
        }
        ui->passwordEdit->selectAll();
        ui->passwordEdit->setFocus();
        return;
    }
    // The database accepted the password: keep it for this run (and in the keychain when the profile says so).
    if (askedPassword)
        if (const auto stored = m_vault->store(profile.id, settings.password, profile.passwordInKeychain); !stored)
            qWarning("%s", qPrintable(stored.error().message));
    // Only the choice is remembered; failing to remember it costs the next start one click.
    if (const Status remembered = ConnectionProfiles::setLastUsed(profile.fromEnvironment() ? QString() : profile.id); !remembered)
        qWarning("%s", qPrintable(remembered.error().message));
    m_signedIn = result.value();
    QDialog::accept();
}
