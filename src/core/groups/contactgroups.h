#pragma once

#include "accounts/permissionpolicy.h"
#include "foundation/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

/** One group of a contact's owner, and whether the contact is in it: a row of the contact dialog's checklist. */
struct GroupChoice
{
    QString id;
    QString name;
    bool member = false;
};

/** What replacing a contact's groups changed. */
struct GroupsChange
{
    qint64 added = 0;
    qint64 removed = 0;
};

/**
 * A contact's groups, seen from the contact: the owner's groups to choose from, and set-based
 * statements that make the contact's memberships exactly the chosen ones. Only groups of the
 * contact's own owner can be joined; the statements run inside the caller's transaction.
 */
class ContactGroups
{
public:
    ContactGroups(QSqlDatabase db, PermissionPolicy policy);

    // The groups of `ownerId` by name, marked where `contactId` (empty for a new contact) is a member.
    Result<QList<GroupChoice>> choices(const QString &ownerId, const QString &contactId) const;
    // The contact's memberships become `groupIds`, ignoring any that are not groups of `ownerId`;
    // memberships in other owners' groups go too. Inside the caller's transaction.
    Result<GroupsChange> replace(const QString &contactId, const QString &ownerId, const QStringList &groupIds) const;
    // Drops memberships in groups not owned by `ownerId` (after the contact moved to another owner).
    Result<qint64> dropForeign(const QString &contactId, const QString &ownerId) const;

private:
    QSqlDatabase m_db;
    PermissionPolicy m_policy;
};
