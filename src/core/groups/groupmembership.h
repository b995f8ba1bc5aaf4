#pragma once

#include "repositories/grouprepository.h"
#include "groups/membershipfilter.h"
#include "accounts/permissionpolicy.h"
#include "foundation/result.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

/** Live counts for a group with its pending changes: now, how many would join, how many would leave. */
struct MembershipCounts
{
    qint64 current = 0;
    qint64 adding = 0;
    qint64 removing = 0;
    qint64 effective() const { return current + adding - removing; }
};

/** What a filter would do with the pending changes as they are. */
struct FilterPreview
{
    qint64 matching = 0;     // the owner's contacts matching it
    qint64 wouldAdd = 0;     // of those, not members after saving
    qint64 wouldRemove = 0;  // of those, members after saving
};

/** What Save did. */
struct MembershipSaved
{
    qint64 added = 0;
    qint64 removed = 0;
    qint64 members = 0;
};

/**
 * One group's membership changes, held in memory until save(): explicit contact ids to add and to
 * remove, and "every contact matching" filters to add and to remove. Explicit choices win over
 * filters, and removing filters over adding ones. Counts and lists are COUNT/SELECT queries on the
 * server with every value bound; save() applies everything as a few set-based statements in one
 * short transaction, joining only contacts of the group's own owner. No transaction stays open
 * between calls.
 */
class GroupMembership
{
public:
    // `actor` is recorded in waqtor_audit; `region` reads national phone numbers in filters.
    GroupMembership(QSqlDatabase db, PermissionPolicy policy, QString actor, QString region);

    // Reads the group (within the role's owner scope); pending changes are cleared.
    Status load(const QString &groupId);
    // The same group and pending changes over another connection: a snapshot a worker thread can
    // count on with a connection of its own (QSqlDatabase() for one that only travels there).
    GroupMembership onConnection(QSqlDatabase db) const;
    const Group &group() const { return m_group; }
    bool canEdit() const;

    void add(const QStringList &contactIds);
    void remove(const QStringList &contactIds);
    Status addMatching(const MembershipFilter &filter);
    Status removeMatching(const MembershipFilter &filter);
    void discard();
    bool hasChanges() const;
    QStringList addedIds() const { return m_added.values(); }
    QStringList removedIds() const { return m_removed.values(); }
    QList<MembershipFilter> addFilters() const { return m_addFilters; }
    QList<MembershipFilter> removeFilters() const { return m_removeFilters; }

    // The owner's contact `alias` is a member once the pending changes are saved.
    SqlCondition memberAfterSave(const QString &alias, const ParameterSpelling &spell) const;
    // `alias` is a member now, in the database.
    SqlCondition memberNow(const QString &alias, const ParameterSpelling &spell) const;
    // `alias` belongs to the group's owner.
    SqlCondition ownedContact(const QString &alias, const ParameterSpelling &spell) const;

    // The counts fail with ErrorKind::Interrupted when their statement was cancelled on the server.
    Result<MembershipCounts> counts() const;
    Result<qint64> ownerContactCount() const;
    Result<FilterPreview> preview(const MembershipFilter &filter) const;
    // Applies the pending changes in one transaction with an audit record, then clears them.
    Result<MembershipSaved> save();

private:
    struct Pending;
    Pending pending(const QString &alias, const ParameterSpelling &spell) const;

    QSqlDatabase m_db;
    PermissionPolicy m_policy;
    QString m_actor;
    QString m_region;
    Group m_group;
    QSet<QString> m_added;
    QSet<QString> m_removed;
    QList<MembershipFilter> m_addFilters;
    QList<MembershipFilter> m_removeFilters;
};
