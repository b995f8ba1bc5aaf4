#include "workspace/connectionprofiles.h"

#include <QCoreApplication>
#include <QSettings>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfiles)
};

const QLatin1String ListKey("connections/profiles");
const QLatin1String LastKey("connections/lastUsed");

Status synced(QSettings &settings)
{
    settings.sync();
    if (settings.status() == QSettings::NoError)
        return {};
    return Error::invalid(Tr::tr("The connection profiles could not be saved in %1; check that the folder is "
                                 "writable and the disk is not full.").arg(settings.fileName()));
}

} // namespace

QList<ConnectionProfile> ConnectionProfiles::load()
{
    QList<ConnectionProfile> profiles;
    const QVariantList list = QSettings().value(ListKey).toList();
    for (const QVariant &entry : list)
        if (auto profile = ConnectionProfile::fromMap(entry.toMap()))
            profiles.append(*profile);
    return profiles;
}

Status ConnectionProfiles::write(const QList<ConnectionProfile> &profiles)
{
    QVariantList list;
    for (const ConnectionProfile &profile : profiles)
        list.append(profile.toMap());
    QSettings settings;
    settings.setValue(ListKey, list);
    return synced(settings);
}

Status ConnectionProfiles::save(const ConnectionProfile &profile)
{
    if (profile.fromEnvironment())
        return Error::invalid(Tr::tr("The .env / DB_* settings are not saved as a profile; save a copy under a name."));
    QList<ConnectionProfile> profiles = load();
    bool replaced = false;
    for (ConnectionProfile &existing : profiles)
        if (existing.id == profile.id) {
            existing = profile;
            replaced = true;
        }
    if (!replaced)
        profiles.append(profile);
    return write(profiles);
}

Status ConnectionProfiles::remove(const QString &profileId)
{
    QList<ConnectionProfile> profiles = load();
    profiles.removeIf([&](const ConnectionProfile &p) { return p.id == profileId; });
    if (lastUsed() == profileId)
        QSettings().remove(LastKey);
    return write(profiles);
}

QString ConnectionProfiles::lastUsed()
{
    return QSettings().value(LastKey).toString();
}

Status ConnectionProfiles::setLastUsed(const QString &profileId)
{
    QSettings settings;
    settings.setValue(LastKey, profileId);
    return synced(settings);
}
