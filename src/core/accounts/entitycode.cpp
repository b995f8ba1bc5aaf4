#include "accounts/entitycode.h"

QString entityCode(Entity entity)
{
    switch (entity) {
    case Entity::Users: return QStringLiteral("users");
    case Entity::Sessions: return QStringLiteral("sessions");
    case Entity::Campaigns: return QStringLiteral("campaigns");
    case Entity::Contacts: return QStringLiteral("contacts");
    case Entity::Groups: return QStringLiteral("groups");
    case Entity::Messages: return QStringLiteral("messages");
    }
    return {};
}

std::optional<Entity> entityFromCode(const QString &code)
{
    const QString wanted = code.trimmed().toLower();
    for (Entity e : {Entity::Users, Entity::Sessions, Entity::Campaigns, Entity::Contacts, Entity::Groups, Entity::Messages})
        if (entityCode(e) == wanted)
            return e;
    return std::nullopt;
}
