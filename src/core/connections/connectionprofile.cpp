#include "connections/connectionprofile.h"

#include <QUuid>

ConnectionProfile ConnectionProfile::create(const QString &name, const ConnectionSettings &settings)
{
    ConnectionProfile p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.name = name.trimmed();
    p.settings = settings;
    p.settings.password.clear();
    return p;
}

ConnectionProfile ConnectionProfile::environment(const ConnectionSettings &settings)
{
    ConnectionProfile p;
    p.id = environmentId();
    p.settings = settings;
    return p;
}

QVariantMap ConnectionProfile::toMap() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("host"), settings.host},
        {QStringLiteral("port"), settings.port},
        {QStringLiteral("database"), settings.databaseName},
        {QStringLiteral("user"), settings.user},
        {QStringLiteral("sslMode"), ConnectionSettings::sslModeKeyword(settings.sslMode)},
        {QStringLiteral("caFile"), settings.caFile},
        {QStringLiteral("readOnly"), settings.readOnly},
        {QStringLiteral("passwordInKeychain"), passwordInKeychain},
    };
}

std::optional<ConnectionProfile> ConnectionProfile::fromMap(const QVariantMap &map)
{
    ConnectionProfile p;
    p.id = map.value(QStringLiteral("id")).toString();
    p.name = map.value(QStringLiteral("name")).toString();
    p.settings.host = map.value(QStringLiteral("host")).toString();
    bool portOk = false;
    p.settings.port = map.value(QStringLiteral("port")).toInt(&portOk);
    p.settings.databaseName = map.value(QStringLiteral("database")).toString();
    p.settings.user = map.value(QStringLiteral("user")).toString();
    p.settings.password.clear();
    const auto mode = ConnectionSettings::sslModeFromKeyword(map.value(QStringLiteral("sslMode")).toString());
    p.settings.caFile = map.value(QStringLiteral("caFile")).toString();
    p.settings.readOnly = map.value(QStringLiteral("readOnly")).toBool();
    p.passwordInKeychain = map.value(QStringLiteral("passwordInKeychain")).toBool();
    if (p.id.isEmpty() || p.id == environmentId() || p.settings.host.isEmpty() || p.settings.databaseName.isEmpty()
        || !portOk || p.settings.port < 1 || p.settings.port > 65535 || !mode)
        return std::nullopt;
    p.settings.sslMode = *mode;
    return p;
}
