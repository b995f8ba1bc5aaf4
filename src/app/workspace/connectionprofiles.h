#pragma once

#include "connections/connectionprofile.h"
#include "foundation/result.h"

#include <QList>

/**
 * The saved connection profiles on this computer (QSettings, "connections/…"), and which one was
 * used last. Passwords never pass through here: PasswordVault keeps them.
 */
class ConnectionProfiles
{
public:
    // In the order they were saved; entries that are no longer readable are left out.
    static QList<ConnectionProfile> load();
    // Adds the profile, or replaces the one with its id. Fails when the settings file cannot be written.
    static Status save(const ConnectionProfile &profile);
    static Status remove(const QString &profileId);

    // The profile signed in through last ("" when none was saved, or the DB_* one).
    static QString lastUsed();
    static Status setLastUsed(const QString &profileId);

private:
    static Status write(const QList<ConnectionProfile> &profiles);
};
