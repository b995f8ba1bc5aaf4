#include "groups/groupmembership.h"

#include "db/auditlog.h"
#include "foundation/sqlerrortext.h"
#include "accounts/writetransaction.h"
#include "foundation/uuidlist.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GroupMembership)
};

QString colon(const QString &name)
{
    return u':' + name;
}

void bindAll(QSqlQuery &q, const SqlCondition &c)
{
    for (const auto &value : c.values)
        q.bindValue(colon(value.first), value.second);
}

// Only parsed UUIDs get into these sets; sorted, so the same pending state binds the same text.
QString uuidArray(const QSet<QString> &ids)
{
    QStringList sorted = ids.values();
    sorted.sort();
    return UuidList::arrayLiteral(sorted);
}

// A count cancelled on the server (query_canceled) is no failure to explain: the caller asked for it.
Error countError(const QString &doing, const QSqlError &error)
{
    if (SqlErrorText::sqlState(error) == QLatin1String("57014"))
        return Error::interrupted(Tr::tr("Counting was cancelled."));
    return SqlErrorText::toError(doing, error);
}

QJsonArray descriptions(const QList<MembershipFilter> &filters)
{
    QJsonArray list;
    for (const MembershipFilter &f : filters)
        list.append(f.describe());
    return list;
}

} // namespace

// The pending state as SQL over one recipients alias, with the values every piece reads.
struct GroupMembership::Pending
{
    SqlCondition values;
    QString owned, now, added, removed, addFilters, removeFilters;
};

GroupMembership::GroupMembership(QSqlDatabase db, PermissionPolicy policy, QString actor, QString region)
    : m_db(std::move(db)), m_policy(std::move(policy)), m_actor(std::move(actor)), m_region(std::move(region))
{
}

Status GroupMembership::load(const QString &groupId)
{
    const auto group = GroupRepository(m_db, m_policy, m_actor).findById(groupId);
    if (!group)
        return group.error();
    m_group = group.value();
    discard();
    return {};
}

GroupMembership GroupMembership::onConnection(QSqlDatabase db) const
{
    GroupMembership copy(*this);
    copy.m_db = std::move(db);
    return copy;
}

bool GroupMembership::canEdit() const
{
    return !m_group.id.isEmpty() && m_policy.allowsOnRow(Action::Edit, Entity::Groups, m_group.ownerId);
}

void GroupMembership::add(const QStringList &contactIds)
{
    for (const QString &id : UuidList::canonical(contactIds)) {
        m_removed.remove(id);
        m_added.insert(id);
    }
}

void GroupMembership::remove(const QStringList &contactIds)
{
    for (const QString &id : UuidList::canonical(contactIds)) {
        m_added.remove(id);
        m_removed.insert(id);
    }
}

Status GroupMembership::addMatching(const MembershipFilter &filter)
{
    if (const Status s = filter.validate(); !s)
        return s;
    m_addFilters.append(filter);
    return {};
}

Status GroupMembership::removeMatching(const MembershipFilter &filter)
{
    if (const Status s = filter.validate(); !s)
        return s;
    m_removeFilters.append(filter);
    return {};
}

void GroupMembership::discard()
{
    m_added.clear();
    m_removed.clear();
    m_addFilters.clear();
    m_removeFilters.clear();
}

bool GroupMembership::hasChanges() const
{
    return !m_added.isEmpty() || !m_removed.isEmpty() || !m_addFilters.isEmpty() || !m_removeFilters.isEmpty();
}

GroupMembership::Pending GroupMembership::pending(const QString &alias, const ParameterSpelling &spell) const
{
    Pending p;
    p.values.append(QStringLiteral("mg"), m_group.id);
    p.values.append(QStringLiteral("mo"), m_group.ownerId);
    p.values.append(QStringLiteral("ma"), uuidArray(m_added));
    p.values.append(QStringLiteral("mr"), uuidArray(m_removed));
    p.owned = QStringLiteral("%1.user_id = CAST(%2 AS uuid)").arg(alias, spell(QStringLiteral("mo")));
    // The unique (recipient_id, group_id) key answers this per contact.
    p.now = QStringLiteral("EXISTS (SELECT 1 FROM recipient_groups rg_now WHERE rg_now.recipient_id = %1.id "
                           "AND rg_now.group_id = CAST(%2 AS uuid))").arg(alias, spell(QStringLiteral("mg")));
    p.added = QStringLiteral("%1.id = ANY(CAST(%2 AS uuid[]))").arg(alias, spell(QStringLiteral("ma")));
    p.removed = QStringLiteral("%1.id = ANY(CAST(%2 AS uuid[]))").arg(alias, spell(QStringLiteral("mr")));
    const auto anyOf = [&](const QList<MembershipFilter> &filters, const QString &prefix) {
        QStringList parts;
        for (qsizetype i = 0; i < filters.size(); ++i) {
            const SqlCondition c = filters.at(i).condition(alias, prefix + QString::number(i), spell, m_region);
            parts << c.sql;
            p.values.values << c.values;
        }
        return parts.isEmpty() ? QStringLiteral("false") : u'(' + parts.join(QStringLiteral(" OR ")) + u')';
    };
    p.addFilters = anyOf(m_addFilters, QStringLiteral("fa"));
    p.removeFilters = anyOf(m_removeFilters, QStringLiteral("fr"));
    return p;
}

SqlCondition GroupMembership::memberAfterSave(const QString &alias, const ParameterSpelling &spell) const
{
    const Pending p = pending(alias, spell);
    SqlCondition c = p.values;
    // Explicit choices first, then removing filters, then membership now or an adding filter.
    c.sql = QStringLiteral("%1 AND (%2 OR (NOT %3 AND NOT %4 AND (%5 OR %6)))")
                .arg(p.owned, p.added, p.removed, p.removeFilters, p.now, p.addFilters);
    return c;
}

SqlCondition GroupMembership::memberNow(const QString &alias, const ParameterSpelling &spell) const
{
    const Pending p = pending(alias, spell);
    SqlCondition c = p.values;
    c.sql = p.now;
    return c;
}

SqlCondition GroupMembership::ownedContact(const QString &alias, const ParameterSpelling &spell) const
{
    const Pending p = pending(alias, spell);
    SqlCondition c = p.values;
    c.sql = p.owned;
    return c;
}

Result<MembershipCounts> GroupMembership::counts() const
{
    const Pending p = pending(QStringLiteral("r"), colon);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const bool prepared = q.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM recipient_groups WHERE group_id = CAST(:mg AS uuid)), "
        "(SELECT count(*) FROM recipients r WHERE %1 AND NOT %2 AND (%3 OR (%4 AND NOT %5 AND NOT %6))), "
        "(SELECT count(*) FROM recipient_groups m JOIN recipients r ON r.id = m.recipient_id "
        " WHERE m.group_id = CAST(:mg AS uuid) AND (%5 OR (%6 AND NOT %3)))")
        .arg(p.owned, p.now, p.added, p.addFilters, p.removed, p.removeFilters));
    bindAll(q, p.values);
    if (!(prepared && q.exec()) || !q.next())
        return countError(Tr::tr("Could not count the members of %1").arg(m_group.name), q.lastError());
    return MembershipCounts{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

Result<qint64> GroupMembership::ownerContactCount() const
{
    QSqlQuery q(m_db);
    const bool prepared = q.prepare(QStringLiteral("SELECT count(*) FROM recipients WHERE user_id = CAST(:owner AS uuid)"));
    q.bindValue(QStringLiteral(":owner"), m_group.ownerId);
    if (!(prepared && q.exec()) || !q.next())
        return countError(Tr::tr("Could not count the contacts of %1").arg(m_group.ownerEmail), q.lastError());
    return q.value(0).toLongLong();
}

Result<FilterPreview> GroupMembership::preview(const MembershipFilter &filter) const
{
    if (const Status s = filter.validate(); !s)
        return s.error();
    SqlCondition after = memberAfterSave(QStringLiteral("r"), colon);
    const SqlCondition matching = filter.condition(QStringLiteral("r"), QStringLiteral("pv"), colon, m_region);
    const Pending p = pending(QStringLiteral("r"), colon);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Explicit choices win over filters: a contact removed by hand is not added back by one.
    const bool prepared = q.prepare(QStringLiteral(
        "SELECT count(*), count(*) FILTER (WHERE NOT (%3) AND NOT %4), count(*) FILTER (WHERE (%3) AND NOT %5) "
        "FROM recipients r WHERE %1 AND %2").arg(p.owned, matching.sql, after.sql, p.removed, p.added));
    bindAll(q, after);
    bindAll(q, matching);
    if (!(prepared && q.exec()) || !q.next())
        return countError(Tr::tr("Could not count the matching contacts"), q.lastError());
    return FilterPreview{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

Result<MembershipSaved> GroupMembership::save()
{
    if (m_group.id.isEmpty())
        return Error::notFound(Tr::tr("The group no longer exists; someone deleted it. Refresh the list."));
    if (const Status s = m_policy.check(Action::Edit, Entity::Groups, m_group.ownerId); !s)
        return s.error();
    WriteTransaction tx(m_db, m_policy);
    if (const Status s = tx.begin(); !s)
        return s.error();
    // The group's owner as it is now, locked: only their contacts may join, and two saves of one
    // group take turns. NO KEY UPDATE leaves the Node server's inserts of members unblocked.
    const QString scope = m_policy.ownerScope();
    QSqlQuery lock(m_db);
    const bool lockPrepared = lock.prepare(QStringLiteral(
        "SELECT g.user_id::text, g.name, u.email FROM groups g JOIN users u ON u.id = g.user_id "
        "WHERE g.id = CAST(:id AS uuid)%1 FOR NO KEY UPDATE OF g")
        .arg(scope.isEmpty() ? QString() : QStringLiteral(" AND g.user_id = CAST(:scope AS uuid)")));
    lock.bindValue(QStringLiteral(":id"), m_group.id);
    if (!scope.isEmpty())
        lock.bindValue(QStringLiteral(":scope"), scope);
    if (!(lockPrepared && lock.exec()))
        return SqlErrorText::toError(Tr::tr("Could not read the group %1").arg(m_group.name), lock.lastError());
    if (!lock.next())
        return Error::notFound(Tr::tr("The group %1 no longer exists; someone deleted it.").arg(m_group.name));
    if (const Status s = m_policy.check(Action::Edit, Entity::Groups, lock.value(0).toString()); !s)
        return s.error();
    m_group.ownerId = lock.value(0).toString();
    m_group.name = lock.value(1).toString();
    m_group.ownerEmail = lock.value(2).toString();

    const Pending p = pending(QStringLiteral("r"), colon);
    MembershipSaved saved;
    QSqlQuery del(m_db);
    const bool deletePrepared = del.prepare(QStringLiteral(
        "DELETE FROM recipient_groups m USING recipients r WHERE m.group_id = CAST(:mg AS uuid) "
        "AND r.id = m.recipient_id AND (%1 OR (%2 AND NOT %3))").arg(p.removed, p.removeFilters, p.added));
    bindAll(del, p.values);
    if (!(deletePrepared && del.exec()))
        return SqlErrorText::toError(Tr::tr("Could not remove members from %1").arg(m_group.name), del.lastError());
    saved.removed = del.numRowsAffected();
    QSqlQuery ins(m_db);
    // The owner check is in the statement: another owner's contact never joins, whatever ids came in.
    const bool insertPrepared = ins.prepare(QStringLiteral(
        "INSERT INTO recipient_groups (recipient_id, group_id) SELECT r.id, CAST(:mg AS uuid) FROM recipients r "
        "WHERE %1 AND (%2 OR (%3 AND NOT %4 AND NOT %5)) ON CONFLICT DO NOTHING")
        .arg(p.owned, p.added, p.addFilters, p.removed, p.removeFilters));
    bindAll(ins, p.values);
    if (!(insertPrepared && ins.exec()))
        return SqlErrorText::toError(Tr::tr("Could not add members to %1").arg(m_group.name), ins.lastError());
    saved.added = ins.numRowsAffected();
    QSqlQuery count(m_db);
    const bool countPrepared = count.prepare(QStringLiteral("SELECT count(*) FROM recipient_groups WHERE group_id = CAST(:g AS uuid)"));
    count.bindValue(QStringLiteral(":g"), m_group.id);
    if (!(countPrepared && count.exec()) || !count.next())
        return SqlErrorText::toError(Tr::tr("Could not count the members of %1").arg(m_group.name), count.lastError());
    saved.members = count.value(0).toLongLong();

    const QJsonObject details{{QStringLiteral("owner"), m_group.ownerEmail},
                              {QStringLiteral("added"), saved.added},
                              {QStringLiteral("removed"), saved.removed},
                              {QStringLiteral("members"), saved.members},
                              {QStringLiteral("chosen_added"), m_added.size()},
                              {QStringLiteral("chosen_removed"), m_removed.size()},
                              {QStringLiteral("add_matching"), descriptions(m_addFilters)},
                              {QStringLiteral("remove_matching"), descriptions(m_removeFilters)}};
    const QString target = QStringLiteral("%1 (%2)").arg(m_group.name, m_group.ownerEmail);
    if (const Status s = AuditLog(m_db).record(m_actor, QStringLiteral("group.members"), target, details); !s)
        return s.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
    m_group.memberCount = saved.members;
    discard();
    return saved;
}
