#pragma once

#include "accounts/signedin.h"
#include "connections/connectionprofile.h"

#include <QDialog>
#include <memory>

class PasswordVault;
namespace Ui { class LoginDialog; }

/**
 * Email and password checked with bcrypt against users, on the connection chosen from the saved
 * profiles (the .env / DB_* settings first); profiles are added, edited and deleted here. A saved
 * profile's database password comes from PasswordVault, or is asked for in the dialog once per run.
 */
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    // `settings`: the .env / DB_* profile's. `vault`: the run's passwords (a dialog of its own when null).
    LoginDialog(const ConnectionSettings &settings, const QString &connectionName, QWidget *parent = nullptr,
                PasswordVault *vault = nullptr);
    ~LoginDialog() override;

    // Valid after exec() returned Accepted.
    const SignedIn &signedIn() const { return m_signedIn; }
    QString errorText() const;
    // The .env / DB_* settings as edited here (for this run only).
    ConnectionSettings environmentSettings() const { return m_profiles.first().settings; }
    // Selects the profile with that id (the DB_* one when unknown).
    void selectProfile(const QString &profileId);
    ConnectionProfile currentProfile() const;

public slots:
    void accept() override;

private:
    void fillProfiles(const QString &selectId);
    void profileChosen();
    void editConnection();
    void newProfile();
    void deleteProfile();
    void showError(const QString &text);
    // The profile's password known this run (memory or keychain); empty for none.
    std::optional<QString> knownPassword(const ConnectionProfile &profile);

    std::unique_ptr<Ui::LoginDialog> ui;
    std::unique_ptr<PasswordVault> m_ownVault;
    PasswordVault *m_vault;
    QList<ConnectionProfile> m_profiles;  // the DB_* profile first
    QString m_connectionName;
    SignedIn m_signedIn;
};
