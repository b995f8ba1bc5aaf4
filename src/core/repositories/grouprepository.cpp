#include "repositories/grouprepository.h"

#include "repositories/rowversion.h"
#include "db/auditlog.h"
#include "foundation/sqlerrortext.h"
#include "groups/groupnamelock.h"
#include "accounts/writetransaction.h"
#include "foundation/uuidlist.h"
#include "foundation/textlength.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GroupRepository)
};

constexpr int maxNameLength = 255;  // VARCHAR(255): characters, not UTF-16 units

bool isUuid(const QString &text)
{
    return !QUuid::fromString(text).isNull();
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString auditTarget(const QString &name, const QString &ownerEmail)
{
    return QStringLiteral("%1 (%2)").arg(name, ownerEmail).left(255);
}

// One group, limited to `scope` when it is not empty; FOR UPDATE inside a save.
Result<Group> readGroup(const QSqlDatabase &db, const QString &id, const QString &scope, bool lock)
{
    if (!isUuid(id))
        return Error::notFound(Tr::tr("The group no longer exists; someone deleted it. Refresh the list."));
    QSqlQuery q(db);
    const bool prepared = q.prepare(
        QStringLiteral("SELECT g.id::text, g.user_id::text, u.email, g.name, g.description, "
                       "(SELECT count(*) FROM recipient_groups rg WHERE rg.group_id = g.id), %1, %2, g.xmin::text "
                       "FROM groups g JOIN users u ON u.id = g.user_id WHERE g.id = CAST(:id AS uuid)%3%4")
            .arg(Timestamp::select(QStringLiteral("g.created_at")), Timestamp::select(QStringLiteral("g.updated_at")),
                 scope.isEmpty() ? QString() : QStringLiteral(" AND g.user_id = CAST(:scope AS uuid)"),
                 lock ? QStringLiteral(" FOR UPDATE OF g") : QString()));
    q.bindValue(QStringLiteral(":id"), id);
    if (!scope.isEmpty())
        q.bindValue(QStringLiteral(":scope"), scope);
    if (!(prepared && q.exec()))
        return SqlErrorText::toError(Tr::tr("Could not read the group"), q.lastError());
    if (!q.next())
        return Error::notFound(Tr::tr("The group no longer exists; someone deleted it. Refresh the list."));
    Group g;
    g.id = q.value(0).toString();
    g.ownerId = q.value(1).toString();
    g.ownerEmail = q.value(2).toString();
    g.name = q.value(3).toString();
    g.description = q.value(4).toString();
    g.memberCount = q.value(5).toLongLong();
    g.createdAt = Timestamp::fromSql(q.value(6));
    g.updatedAt = Timestamp::fromSql(q.value(7));
    g.version = q.value(8).toString();
    return g;
}

} // namespace

GroupRepository::GroupRepository(QSqlDatabase db, PermissionPolicy policy, QString actor)
    : m_db(std::move(db)), m_policy(std::move(policy)), m_actor(std::move(actor))
{
}

Result<QString> GroupRepository::normaliseName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(Tr::tr("Enter the group's name."));
    for (const QChar c : trimmed)
        if (c.category() == QChar::Other_Control)
            return Error::invalid(Tr::tr("A group name cannot contain line breaks or tabs; put longer text in the description."));
    if (const qsizetype length = TextLength::characters(trimmed); length > maxNameLength)
        return Error::invalid(Tr::tr("The group name is %1 characters long; at most %2 are allowed.")
                                  .arg(length).arg(maxNameLength));
    return trimmed;
}

Result<Group> GroupRepository::findById(const QString &id) const
{
    if (const Status s = m_policy.check(Action::View, Entity::Groups); !s)
        return s.error();
    return readGroup(m_db, id, m_policy.ownerScope(), false);
}

Result<QString> GroupRepository::ownerEmail(const QString &ownerId) const
{
    if (!isUuid(ownerId))
        return Error::invalid(Tr::tr("Choose the group's owner."));
    QSqlQuery q(m_db);
    // KEY SHARE: the owner cannot be deleted under us before the group is written.
    const bool prepared = q.prepare(QStringLiteral("SELECT email FROM users WHERE id = CAST(:id AS uuid) FOR KEY SHARE"));
    q.bindValue(QStringLiteral(":id"), ownerId);
    if (!(prepared && q.exec()))
        return SqlErrorText::toError(Tr::tr("Could not read the group's owner"), q.lastError());
    if (!q.next())
        return Error::notFound(Tr::tr("The owner account no longer exists; choose another owner."));
    return q.value(0).toString();
}

Status GroupRepository::checkTwin(const QString &ownerId, const QString &ownerEmail, const QString &name,
                                  const QString &exceptId) const
{
    // Names differing only in case would look like one group in every list: refused too. Checked under
    // the name's lock, so a concurrent import or dialog cannot create the twin between check and write.
    if (const Status s = GroupNameLock::acquire(m_db, ownerId, name); !s)
        return s;
    QSqlQuery q(m_db);
    const bool prepared = q.prepare(QStringLiteral("SELECT name FROM groups WHERE user_id = CAST(:owner AS uuid) "
                                                   "AND lower(name) = lower(:name) AND id::text <> COALESCE(:except, '') "
                                                   "ORDER BY (name = :name) DESC LIMIT 1"));
    q.bindValue(QStringLiteral(":owner"), ownerId);
    q.bindValue(QStringLiteral(":name"), name);
    q.bindValue(QStringLiteral(":except"), exceptId);
    if (!(prepared && q.exec()))
        return SqlErrorText::toError(Tr::tr("Could not check the group name %1").arg(name), q.lastError());
    if (q.next())
        return Error::conflict(Tr::tr("A group named %1 already exists for %2.").arg(q.value(0).toString(), ownerEmail));
    return {};
}

Result<Group> GroupRepository::save(const GroupEdit &edit)
{
    const auto name = normaliseName(edit.name);
    if (!name)
        return name.error();
    const QString description = edit.description.trimmed();
    const QString ownerId = edit.ownerId.isEmpty() ? m_policy.userId() : edit.ownerId.toLower();
    const bool creating = edit.id.isEmpty();
    if (const Status s = m_policy.check(creating ? Action::Insert : Action::Edit, Entity::Groups, ownerId); !s)
        return s.error();

    WriteTransaction tx(m_db, m_policy);
    if (const Status s = tx.begin(); !s)
        return s.error();
    const auto email = ownerEmail(ownerId);
    if (!email)
        return email.error();

    QString id = edit.id;
    QString action;
    QJsonObject details{{QStringLiteral("owner"), email.value()}};
    if (creating) {
        if (const Status s = checkTwin(ownerId, email.value(), name.value(), QString()); !s)
            return s.error();
        QSqlQuery q(m_db);
        const bool prepared = q.prepare(QStringLiteral("INSERT INTO groups (user_id, name, description) "
                                                       "VALUES (CAST(:owner AS uuid), :name, :description) RETURNING id::text"));
        q.bindValue(QStringLiteral(":owner"), ownerId);
        q.bindValue(QStringLiteral(":name"), name.value());
        q.bindValue(QStringLiteral(":description"), nullableText(description));
        if (!(prepared && q.exec()) || !q.next()) {
            if (SqlErrorText::isUniqueViolation(q.lastError()))
                return Error::conflict(Tr::tr("A group named %1 already exists for %2.").arg(name.value(), email.value()));
            return SqlErrorText::toError(Tr::tr("Could not create the group %1").arg(name.value()), q.lastError());
        }
        id = q.value(0).toString();
        action = QStringLiteral("group.create");
    } else {
        const auto current = readGroup(m_db, edit.id, m_policy.ownerScope(), true);
        if (!current)
            return current.error();
        if (const Status s = m_policy.check(Action::Edit, Entity::Groups, current->ownerId); !s)
            return s.error();
        if (const Status s = RowVersion::check(edit.version, current->version, Tr::tr("The group %1").arg(current->name)); !s)
            return s.error();
        const bool ownerChanged = current->ownerId != ownerId;
        // Members are the old owner's contacts: moving the group would mix two owners' data.
        if (ownerChanged && current->memberCount > 0)
            return Error::invalid(Tr::tr("The group %1 has %n member(s), all contacts of %2; a group with members "
                                         "cannot move to another owner.", "", int(current->memberCount))
                                      .arg(current->name, current->ownerEmail));
        QStringList changed;
        if (ownerChanged)
            changed << QStringLiteral("owner");
        if (current->name != name.value())
            changed << QStringLiteral("name");
        if (current->description != description)
            changed << QStringLiteral("description");
        if (changed.isEmpty())
            return current;  // nothing to write: the row keeps its version and updated_at
        if (ownerChanged || current->name != name.value())
            if (const Status s = checkTwin(ownerId, email.value(), name.value(), current->id); !s)
                return s.error();
        QSqlQuery q(m_db);
        const bool prepared = q.prepare(QStringLiteral("UPDATE groups SET user_id = CAST(:owner AS uuid), name = :name, "
                                                       "description = :description WHERE id = CAST(:id AS uuid)"));
        q.bindValue(QStringLiteral(":owner"), ownerId);
        q.bindValue(QStringLiteral(":name"), name.value());
        q.bindValue(QStringLiteral(":description"), nullableText(description));
        q.bindValue(QStringLiteral(":id"), current->id);
        if (!(prepared && q.exec())) {
            if (SqlErrorText::isUniqueViolation(q.lastError()))
                return Error::conflict(Tr::tr("A group named %1 already exists for %2.").arg(name.value(), email.value()));
            return SqlErrorText::toError(Tr::tr("Could not save the group %1").arg(name.value()), q.lastError());
        }
        action = QStringLiteral("group.update");
        details.insert(QStringLiteral("changed"), QJsonArray::fromStringList(changed));
        if (current->name != name.value())
            details.insert(QStringLiteral("previous_name"), current->name);
    }
    if (const Status s = AuditLog(m_db).record(m_actor, action, auditTarget(name.value(), email.value()), details); !s)
        return s.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
    return readGroup(m_db, id, QString(), false);
}

Result<GroupDeletion> GroupRepository::deletion(const QStringList &requested, bool lock) const
{
    QStringList ids;
    for (const QString &id : requested)
        if (!ids.contains(id.toLower()))
            ids << id.toLower();
    if (ids.isEmpty())
        return Error::invalid(Tr::tr("Select the groups to delete."));
    for (const QString &id : ids)
        if (!isUuid(id))
            return Error::notFound(Tr::tr("One of the selected groups no longer exists; refresh the list."));
    const QString scope = m_policy.ownerScope();
    QSqlQuery q(m_db);
    const bool prepared = q.prepare(
        QStringLiteral("SELECT g.id::text, g.user_id::text, u.email, g.name FROM groups g JOIN users u ON u.id = g.user_id "
                       "WHERE g.id = ANY(CAST(:ids AS uuid[]))%1 ORDER BY lower(g.name), g.name, u.email%2")
            .arg(scope.isEmpty() ? QString() : QStringLiteral(" AND g.user_id = CAST(:scope AS uuid)"),
                 lock ? QStringLiteral(" FOR UPDATE OF g") : QString()));
    q.bindValue(QStringLiteral(":ids"), UuidList::arrayLiteral(ids));
    if (!scope.isEmpty())
        q.bindValue(QStringLiteral(":scope"), scope);
    if (!(prepared && q.exec()))
        return SqlErrorText::toError(Tr::tr("Could not read the selected groups"), q.lastError());
    GroupDeletion d;
    while (q.next()) {
        if (const Status s = m_policy.check(Action::Delete, Entity::Groups, q.value(1).toString()); !s)
            return s.error();
        d.names << QStringLiteral("%1 (%2)").arg(q.value(3).toString(), q.value(2).toString());
        ++d.groups;
    }
    if (d.groups < ids.size())
        return Error::notFound(Tr::tr("%n of the selected groups no longer exist(s); refresh the list and try again.",
                                      "", int(ids.size() - d.groups)));
    QSqlQuery c(m_db);
    // Campaigns name their audience group in metadata, within the same owner.
    const bool countPrepared = c.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM recipient_groups WHERE group_id = ANY(CAST(:ids AS uuid[]))), "
        "(SELECT count(DISTINCT recipient_id) FROM recipient_groups WHERE group_id = ANY(CAST(:ids AS uuid[]))), "
        "(SELECT count(DISTINCT c.id) FROM campaigns c JOIN groups g ON g.user_id = c.user_id "
        "   AND c.metadata -> 'audience' ->> 'group' = g.name WHERE g.id = ANY(CAST(:ids AS uuid[])))"));
    c.bindValue(QStringLiteral(":ids"), UuidList::arrayLiteral(ids));
    if (!(countPrepared && c.exec()) || !c.next())
        return SqlErrorText::toError(Tr::tr("Could not count what the delete would remove"), c.lastError());
    d.memberships = c.value(0).toLongLong();
    d.contacts = c.value(1).toLongLong();
    d.campaigns = c.value(2).toLongLong();
    return d;
}

Result<GroupDeletion> GroupRepository::previewDelete(const QStringList &ids) const
{
    if (const Status s = m_policy.check(Action::Delete, Entity::Groups); !s)
        return s.error();
    return deletion(ids, false);
}

Result<GroupDeletion> GroupRepository::remove(const QStringList &ids)
{
    if (const Status s = m_policy.check(Action::Delete, Entity::Groups); !s)
        return s.error();
    WriteTransaction tx(m_db, m_policy);
    if (const Status s = tx.begin(); !s)
        return s.error();
    const auto counts = deletion(ids, true);
    if (!counts)
        return counts.error();
    // Per group, before it goes: its own membership count for the audit record.
    QSqlQuery q(m_db);
    const bool prepared = q.prepare(QStringLiteral(
        "DELETE FROM groups g USING users u WHERE u.id = g.user_id AND g.id = ANY(CAST(:ids AS uuid[])) "
        "RETURNING g.name, u.email, (SELECT count(*) FROM recipient_groups rg WHERE rg.group_id = g.id)"));
    QStringList lowered;
    for (const QString &id : ids)
        lowered << id.toLower();
    q.bindValue(QStringLiteral(":ids"), UuidList::arrayLiteral(lowered));
    if (!(prepared && q.exec()))
        return SqlErrorText::toError(Tr::tr("Could not delete the groups"), q.lastError());
    QList<QPair<QString, QJsonObject>> records;
    while (q.next())
        records.append({auditTarget(q.value(0).toString(), q.value(1).toString()),
                        QJsonObject{{QStringLiteral("owner"), q.value(1).toString()},
                                    {QStringLiteral("memberships"), q.value(2).toLongLong()}}});
    if (records.size() != counts->groups)
        return Error::database(Tr::tr("Could not delete the groups: the database deleted %1 of %2; nothing was changed.")
                                   .arg(records.size()).arg(counts->groups));
    AuditLog audit(m_db);
    for (const auto &r : records)
        if (const Status s = audit.record(m_actor, QStringLiteral("group.delete"), r.first, r.second); !s)
            return s.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
    return counts;
}
