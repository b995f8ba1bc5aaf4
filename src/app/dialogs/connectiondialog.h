#pragma once

#include "connections/connectionprofile.h"

#include <QDialog>
#include <memory>

namespace Ui { class ConnectionDialog; }

/**
 * One connection profile: its name, server, user and password, SSL mode with the CA file, and
 * read-only. A Test button's sentence tells apart a server that is not running, an unknown host, a
 * refused password, a missing database (then offering to create it) and SSL or certificate trouble.
 * The .env / DB_* profile is edited for this run only; nothing typed here reaches a settings file
 * (the caller saves the profile without its password, and the password through PasswordVault).
 */
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    // The DB_* settings, as a profile of this run only.
    explicit ConnectionDialog(const ConnectionSettings &settings, QWidget *parent = nullptr);
    // `keychainAvailable`: whether "keep the password in the keychain" can be offered.
    ConnectionDialog(const ConnectionProfile &profile, bool keychainAvailable, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // What was typed, the password included.
    ConnectionSettings settings() const;
    // The profile as edited (its id kept); its settings hold the typed password too.
    ConnectionProfile profile() const;

    // Tries the settings on a throwaway connection; the result sentence is shown and returned.
    bool testConnection();
    // Shown only after a test found the database missing: creates it, then tests again.
    bool createDatabase();

public slots:
    void accept() override;

private:
    void showResult(const QString &text, bool ok);
    void updateCaFile();
    void browseCaFile();

    std::unique_ptr<Ui::ConnectionDialog> ui;
    ConnectionProfile m_profile;
};
