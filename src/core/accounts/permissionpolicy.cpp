#include "accounts/permissionpolicy.h"

#include <QCoreApplication>

namespace {
// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PermissionPolicy)
};
}

PermissionPolicy::PermissionPolicy(QString role, QString userId, bool readOnlyDatabase)
    : m_role(role.trimmed().toLower()), m_userId(std::move(userId)), m_readOnly(readOnlyDatabase)
{
}

PermissionPolicy PermissionPolicy::databaseOperator()
{
    return PermissionPolicy(QStringLiteral("admin"), QStringLiteral("database-operator"));
}

bool PermissionPolicy::allows(Action action, Entity entity) const
{
    if (m_userId.isEmpty())
        return false;
    const bool admin = m_role == QLatin1String("admin");
    const bool user = m_role == QLatin1String("user");
    const bool viewer = m_role == QLatin1String("viewer");
    if (entity == Entity::Users)
        return admin && (action == Action::View || action == Action::Export || !m_readOnly);
    if (entity == Entity::Messages && (action == Action::Insert || action == Action::Edit))
        return false;
    switch (action) {
    case Action::View:
    case Action::Export:
        return admin || user || viewer;
    case Action::Insert:
    case Action::Edit:
    case Action::Delete:
        return (admin || user) && !m_readOnly;
    }
    return false;
}

bool PermissionPolicy::allowsOnRow(Action action, Entity entity, const QString &ownerId) const
{
    if (!allows(action, entity))
        return false;
    const QString scope = ownerScope();
    return scope.isEmpty() || ownerId == scope;
}

QString PermissionPolicy::ownerScope() const
{
    // Unknown roles fall here too: they see nothing but what they own (and allows() refuses the rest).
    return m_role == QLatin1String("admin") || m_role == QLatin1String("viewer") ? QString() : m_userId;
}

Status PermissionPolicy::check(Action action, Entity entity, const QString &ownerId) const
{
    if (ownerId.isEmpty() ? allows(action, entity) : allowsOnRow(action, entity, ownerId))
        return {};
    if (!allows(action, entity)) {
        if (m_readOnly && action != Action::View && action != Action::Export && allowsOnWritableDatabase(action, entity))
            return Error::invalid(Tr::tr("This connection is read-only: %1 can be looked at and exported, not changed. "
                                         "Sign in through a profile that is not read-only to change them.")
                                      .arg(entityName(entity)));
        if (entity == Entity::Messages && (action == Action::Insert || action == Action::Edit))
            return Error::invalid(Tr::tr("Messages are the WaQtor server's log: they can be viewed and deleted, not written here."));
        if (entity == Entity::Users)
            return Error::invalid(Tr::tr("Only admins manage accounts."));
        return Error::invalid(Tr::tr("Your role (%1) can look at %2 but not change them.").arg(m_role, entityName(entity)));
    }
    return Error::invalid(Tr::tr("You can only change your own %1.").arg(entityName(entity)));
}

bool PermissionPolicy::canBackUpAndRestore() const
{
    return !m_userId.isEmpty() && m_role == QLatin1String("admin");
}

Status PermissionPolicy::checkBackUpAndRestore() const
{
    if (canBackUpAndRestore())
        return {};
    return Error::invalid(Tr::tr("Only admins back up and restore the database; your role is %1.").arg(m_role));
}

Status PermissionPolicy::checkRestore() const
{
    if (const Status allowed = checkBackUpAndRestore(); !allowed)
        return allowed;
    if (m_readOnly)
        return Error::invalid(Tr::tr("This connection is read-only, so it cannot restore a backup; sign in through a "
                                     "profile that is not read-only."));
    return {};
}

Status PermissionPolicy::checkMaintain() const
{
    if (const Status allowed = checkHealth(); !allowed)
        return allowed;
    if (m_readOnly)
        return Error::invalid(Tr::tr("This connection is read-only, so it cannot vacuum or rebuild indexes; sign in "
                                     "through a profile that is not read-only."));
    return {};
}

bool PermissionPolicy::allowsOnWritableDatabase(Action action, Entity entity) const
{
    PermissionPolicy writable = *this;
    writable.m_readOnly = false;
    return writable.allows(action, entity);
}

bool PermissionPolicy::canSeeHealth() const
{
    return !m_userId.isEmpty() && m_role == QLatin1String("admin");
}

Status PermissionPolicy::checkHealth() const
{
    if (canSeeHealth())
        return {};
    return Error::invalid(Tr::tr("Only admins open the Health page; your role is %1.").arg(m_role));
}

QString PermissionPolicy::entityName(Entity entity)
{
    switch (entity) {
    case Entity::Users: return Tr::tr("accounts");
    case Entity::Sessions: return Tr::tr("WhatsApp sessions");
    case Entity::Campaigns: return Tr::tr("campaigns");
    case Entity::Contacts: return Tr::tr("contacts");
    case Entity::Groups: return Tr::tr("groups");
    case Entity::Messages: return Tr::tr("messages");
    }
    return {};
}
