#pragma once

#include "db/connectionsettings.h"

#include <QVariantMap>

#include <optional>

/**
 * A saved way to reach a WaQtor database, chosen in the sign-in dialog: a name and everything of the
 * connection but its password (PasswordVault keeps that). The .env / DB_* settings are a profile too,
 * built at start and never saved.
 */
struct ConnectionProfile
{
    QString id;    // a UUID: the key of the profile's keychain entry; EnvironmentId for the DB_* profile
    QString name;  // as the user typed it
    ConnectionSettings settings;  // its password is empty, except in the DB_* profile
    // The password is wanted in the system keychain (when it answers) rather than for this run only.
    bool passwordInKeychain = false;

    static QString environmentId() { return QStringLiteral("environment"); }
    bool fromEnvironment() const { return id == environmentId(); }

    // A new profile (fresh id) reaching the same server as `settings`, without their password.
    static ConnectionProfile create(const QString &name, const ConnectionSettings &settings);
    static ConnectionProfile environment(const ConnectionSettings &settings);

    // What a settings file keeps: never the password.
    QVariantMap toMap() const;
    // nullopt when the map is no profile (no id, no host, a port or SSL mode out of range).
    static std::optional<ConnectionProfile> fromMap(const QVariantMap &map);
};
