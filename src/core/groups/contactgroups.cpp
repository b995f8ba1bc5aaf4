#include "groups/contactgroups.h"

#include "foundation/sqlerrortext.h"
#include "foundation/uuidlist.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ContactGroups)
};

} // namespace

ContactGroups::ContactGroups(QSqlDatabase db, PermissionPolicy policy) : m_db(std::move(db)), m_policy(std::move(policy))
{
}

Result<QList<GroupChoice>> ContactGroups::choices(const QString &ownerId, const QString &contactId) const
{
    if (const Status s = m_policy.check(Action::View, Entity::Groups); !s)
        return s.error();
    const QString scope = m_policy.ownerScope();
    if (!scope.isEmpty() && ownerId != scope)
        return QList<GroupChoice>();  // another owner's groups are not this role's to see
    if (QUuid::fromString(ownerId).isNull())
        return QList<GroupChoice>();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // An owner has tens or hundreds of groups, not millions: all of them, by name.
    const bool prepared = q.prepare(QStringLiteral(
        "SELECT g.id::text, g.name, EXISTS (SELECT 1 FROM recipient_groups rg WHERE rg.group_id = g.id "
        "AND rg.recipient_id = CAST(NULLIF(:contact, '') AS uuid)) FROM groups g WHERE g.user_id = CAST(:owner AS uuid) "
        "ORDER BY lower(g.name), g.name"));
    q.bindValue(QStringLiteral(":contact"), QUuid::fromString(contactId).isNull() ? QString() : contactId);
    q.bindValue(QStringLiteral(":owner"), ownerId);
    if (!(prepared && q.exec()))
        return SqlErrorText::toError(Tr::tr("Could not read the groups"), q.lastError());
    QList<GroupChoice> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()});
    return list;
}

Result<GroupsChange> ContactGroups::replace(const QString &contactId, const QString &ownerId,
                                            const QStringList &groupIds) const
{
    const QString wanted = UuidList::arrayLiteral(UuidList::canonical(groupIds));
    GroupsChange change;
    QSqlQuery del(m_db);
    const bool deletePrepared = del.prepare(QStringLiteral(
        "DELETE FROM recipient_groups m USING groups g WHERE m.recipient_id = CAST(:contact AS uuid) "
        "AND g.id = m.group_id AND (g.user_id <> CAST(:owner AS uuid) OR NOT g.id = ANY(CAST(:groups AS uuid[])))"));
    del.bindValue(QStringLiteral(":contact"), contactId);
    del.bindValue(QStringLiteral(":owner"), ownerId);
    del.bindValue(QStringLiteral(":groups"), wanted);
    if (!(deletePrepared && del.exec()))
        return SqlErrorText::toError(Tr::tr("Could not change the contact's groups"), del.lastError());
    change.removed = del.numRowsAffected();
    QSqlQuery ins(m_db);
    // Only the owner's own groups: an id of someone else's group is ignored, never joined.
    const bool insertPrepared = ins.prepare(QStringLiteral(
        "INSERT INTO recipient_groups (recipient_id, group_id) SELECT CAST(:contact AS uuid), g.id FROM groups g "
        "WHERE g.user_id = CAST(:owner AS uuid) AND g.id = ANY(CAST(:groups AS uuid[])) ON CONFLICT DO NOTHING"));
    ins.bindValue(QStringLiteral(":contact"), contactId);
    ins.bindValue(QStringLiteral(":owner"), ownerId);
    ins.bindValue(QStringLiteral(":groups"), wanted);
    if (!(insertPrepared && ins.exec()))
        return SqlErrorText::toError(Tr::tr("Could not change the contact's groups"), ins.lastError());
    change.added = ins.numRowsAffected();
    return change;
}

Result<qint64> ContactGroups::dropForeign(const QString &contactId, const QString &ownerId) const
{
    QSqlQuery del(m_db);
    const bool prepared = del.prepare(QStringLiteral(
        "DELETE FROM recipient_groups m USING groups g WHERE m.recipient_id = CAST(:contact AS uuid) "
        "AND g.id = m.group_id AND g.user_id <> CAST(:owner AS uuid)"));
    del.bindValue(QStringLiteral(":contact"), contactId);
    del.bindValue(QStringLiteral(":owner"), ownerId);
    if (!(prepared && del.exec()))
        return SqlErrorText::toError(Tr::tr("Could not change the contact's groups"), del.lastError());
    return qint64(del.numRowsAffected());
}
