#pragma once

#include "accounts/permissionpolicy.h"
#include "foundation/result.h"
#include "foundation/sqlconditions.h"
#include "foundation/timestamp.h"

#include <QSqlDatabase>
#include <QStringList>

/** A row of groups with its owner's email and its member count. */
struct Group
{
    QString id;
    QString ownerId;
    QString ownerEmail;
    QString name;
    QString description;
    qint64 memberCount = 0;
    Timestamp createdAt;
    Timestamp updatedAt;
    QString version;  // the row's xmin: changes with every write, so a stale edit is detected exactly
};

/** What the group dialog saves; an empty id creates a group. */
struct GroupEdit
{
    QString id;
    QString version;  // Group::version as loaded; empty overwrites whatever is there now
    QString ownerId;  // empty: the signed-in account
    QString name;
    QString description;
};

/** What deleting groups removes (memberships) and what it keeps (the contacts, campaigns naming them). */
struct GroupDeletion
{
    qint64 groups = 0;
    qint64 memberships = 0;
    qint64 contacts = 0;   // distinct contacts that lose a membership; the contacts themselves stay
    qint64 campaigns = 0;  // campaigns whose metadata names one of the groups as audience; they stay
    QStringList names;     // "VIP (owner@example.com)", in name order
};

/** The Groups list's filters as plain values; empty fields do not filter. */
struct GroupFilter
{
    QString text;     // in the name or the description, case-insensitive
    QString ownerId;  // "" for every owner the role may see
};

/**
 * SQL for the groups table under the signed-in person's permissions: reads are limited to the
 * owner scope, every write is one transaction with its audit record, edits are checked against
 * the row's xmin as loaded, and names are unique per owner (ignoring case).
 */
class GroupRepository
{
public:
    // `actor` is recorded in waqtor_audit: the signed-in email.
    GroupRepository(QSqlDatabase db, PermissionPolicy policy, QString actor);

    // Conditions on the table for `filter`, limited to the owner `policy` may see whatever the
    // filter asks: the one place the list's owner scope is written.
    // The list's expressions, %1 standing for the groups table's reference (the model's table, or
    // its keyset boundary row): the member count (one index lookup per row of the window), and the
    // name as people read it, without regard to case.
    static QString memberCountExpression();
    static QString nameSortExpression();

    static SqlConditions conditions(const GroupFilter &filter, const PermissionPolicy &policy,
                                    const SqlPlaceholder &placeholder);

    // A name as saved (trimmed), or the sentence saying why it cannot be one.
    static Result<QString> normaliseName(const QString &name);

    Result<Group> findById(const QString &id) const;
    // Creates or updates; Conflict for a twin name, Stale when the row changed since `version`.
    Result<Group> save(const GroupEdit &edit);
    // The counts the delete confirmation shows; nothing is changed.
    Result<GroupDeletion> previewDelete(const QStringList &ids) const;
    // Deletes every group in `ids` in one transaction, or none of them.
    Result<GroupDeletion> remove(const QStringList &ids);

private:
    Result<GroupDeletion> deletion(const QStringList &ids, bool lock) const;
    Result<QString> ownerEmail(const QString &ownerId) const;
    Status checkTwin(const QString &ownerId, const QString &ownerEmail, const QString &name, const QString &exceptId) const;

    QSqlDatabase m_db;
    PermissionPolicy m_policy;
    QString m_actor;
};
