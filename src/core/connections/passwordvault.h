#pragma once

#include "foundation/result.h"

#include <QHash>
#include <QString>

#include <optional>

/**
 * The database passwords of saved connection profiles. In the system keychain (Secret Service or
 * KWallet, through qtkeychain) when the profile asks for it and a keychain answers; always also in
 * this process's memory, so a profile is asked for its password at most once per run. Never in a
 * settings file, a log or a command line.
 */
class PasswordVault
{
public:
    // `service` names the keychain entries' owner ("WaQtor Admin"); tests pass their own.
    explicit PasswordVault(QString service = QStringLiteral("WaQtor Admin"));

    enum class Where { Keychain, Memory };

    // Whether a keychain answers on this desktop session (asked once, on first use).
    bool keychainAvailable();
    // Memory first, then the keychain; nullopt when neither knows the profile's password.
    std::optional<QString> password(const QString &profileId);
    // Keeps the password for this run, and in the keychain when `inKeychain` and one answers. Fails
    // (with the keychain's reason, the password still kept for this run) when the keychain refused it.
    Result<Where> store(const QString &profileId, const QString &password, bool inKeychain);
    // Forgets the password here and removes it from the keychain (a profile deleted, or no longer
    // keeping its password there).
    Status forget(const QString &profileId);

private:
    QString m_service;
    QHash<QString, QString> m_memory;
    std::optional<bool> m_keychainAvailable;
};
