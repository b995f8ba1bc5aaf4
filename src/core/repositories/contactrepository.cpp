#include "repositories/contactrepository.h"

#include "repositories/rowversion.h"
#include "db/auditlog.h"
#include "groups/contactgroups.h"
#include "phone/phonenumber.h"
#include "foundation/sqlerrortext.h"
#include "accounts/writetransaction.h"
#include "foundation/uuidlist.h"
#include "foundation/textlength.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ContactRepository)
};

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// A JSON string literal for `text`, escaped by Qt's own writer.
QString jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

// A uuid[] literal, only from ids that parse as UUIDs (so nothing else can reach the cast).
Result<QString> idArray(const QStringList &ids)
{
    QStringList clean;
    for (const QString &id : ids) {
        const QUuid uuid = QUuid::fromString(id);
        if (uuid.isNull())
            return Error::invalid(Tr::tr("\"%1\" is not a contact id.").arg(id));
        clean << uuid.toString(QUuid::WithoutBraces);
    }
    if (clean.isEmpty())
        return Error::invalid(Tr::tr("No contacts were selected."));
    return UuidList::arrayLiteral(clean);
}

Error duplicate(const QString &phone, const QString &ownerEmail)
{
    return Error::conflict(Tr::tr("A contact with phone %1 already exists for %2").arg(phone, ownerEmail));
}

} // namespace

ContactRepository::ContactRepository(QSqlDatabase db, PermissionPolicy policy, QString actor)
    : m_db(std::move(db)), m_policy(std::move(policy)), m_actor(std::move(actor))
{
}

QStringList ContactRepository::statuses()
{
    return {QStringLiteral("active"), QStringLiteral("blocked"), QStringLiteral("invalid")};
}

QString ContactRepository::statusText(const QString &status)
{
    const QString s = status.trimmed().toLower();
    if (s == QLatin1String("active"))
        return Tr::tr("Active");
    if (s == QLatin1String("blocked"))
        return Tr::tr("Blocked");
    if (s == QLatin1String("invalid"))
        return Tr::tr("Invalid");
    return status;
}

Status ContactRepository::checkEmail(const QString &email)
{
    static const QRegularExpression shape(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    const QString e = email.trimmed();
    if (e.isEmpty())
        return {};
    if (const qsizetype length = TextLength::characters(e); length > TextLength::VarcharLimit)
        return Error::invalid(Tr::tr("The email is %1 characters long; the most is 255.").arg(length));
    if (!shape.match(e).hasMatch())
        return Error::invalid(Tr::tr("\"%1\" does not look like an email address (name@example.com); correct it or "
                                     "leave it empty.").arg(e));
    return {};
}

Result<QString> ContactRepository::toJsonObject(const QList<CustomField> &fields)
{
    QStringList seen;
    QStringList members;
    for (const CustomField &f : fields) {
        if (f.key.trimmed().isEmpty())
            return Error::invalid(Tr::tr("A custom field has a value but no key; give it a key or remove the row."));
        if (seen.contains(f.key))
            return Error::invalid(Tr::tr("The custom field \"%1\" appears twice; keys must be unique.").arg(f.key));
        seen << f.key;
        members << jsonString(f.key) + u':' + f.json;
    }
    return u'{' + members.join(u',') + u'}';
}

CustomField ContactRepository::stringField(const QString &key, const QString &text)
{
    return {key, QStringLiteral("string"), jsonString(text)};
}

QString ContactRepository::displayText(const CustomField &field)
{
    if (field.type != QLatin1String("string"))
        return field.json;
    const QJsonDocument doc = QJsonDocument::fromJson((u'[' + field.json + u']').toUtf8());
    return doc.array().at(0).toString();
}

Result<Contact> ContactRepository::findById(const QString &id) const
{
    const QString scope = m_policy.ownerScope();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Custom fields come as [key, type, exact JSON] triples, so big numbers keep every digit.
    const bool prepared = q.prepare(QStringLiteral(
        "SELECT r.id::text, r.user_id::text, u.email, r.phone_number, r.name, r.email, r.status, "
        "r.custom_fields::text, (SELECT json_agg(json_build_array(e.key, jsonb_typeof(e.value), e.value::text) "
        "ORDER BY e.key) FROM jsonb_each(CASE WHEN jsonb_typeof(r.custom_fields) = 'object' "
        "THEN r.custom_fields END) e)::text, %1, %2, r.xmin::text "
        "FROM recipients r LEFT JOIN users u ON u.id = r.user_id WHERE r.id = CAST(:id AS uuid) %3")
        .arg(Timestamp::select(QStringLiteral("r.created_at")), Timestamp::select(QStringLiteral("r.updated_at")),
             scope.isEmpty() ? QString() : QStringLiteral("AND r.user_id = CAST(:scope AS uuid)")));
    q.bindValue(QStringLiteral(":id"), id);
    if (!scope.isEmpty())
        q.bindValue(QStringLiteral(":scope"), scope);
    if (!(prepared && q.exec()))
        return SqlErrorText::toError(Tr::tr("Could not read the contact"), q.lastError());
    if (!q.next())
        return Error::notFound(Tr::tr("The contact no longer exists; someone deleted it."));
    Contact c;
    c.id = q.value(0).toString();
    c.ownerId = q.value(1).toString();
    c.ownerEmail = q.value(2).toString();
    c.phone = q.value(3).toString();
    c.name = q.value(4).toString();
    c.email = q.value(5).toString();
    c.status = q.value(6).toString();
    c.customFieldsJson = q.value(7).toString();
    const QJsonArray entries = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).array();
    for (const QJsonValue &entry : entries) {
        const QJsonArray e = entry.toArray();
        c.customFields << CustomField{e.at(0).toString(), e.at(1).toString(), e.at(2).toString()};
    }
    c.createdAt = Timestamp::fromSql(q.value(9));
    c.updatedAt = Timestamp::fromSql(q.value(10));
    c.version = q.value(11).toString();
    return c;
}

Result<QString> ContactRepository::ownerEmail(const QString &ownerId) const
{
    QSqlQuery q(m_db);
    const bool prepared = q.prepare(QStringLiteral("SELECT email FROM users WHERE id = CAST(:id AS uuid)"));
    q.bindValue(QStringLiteral(":id"), ownerId);
    if (!(prepared && q.exec()))
        return SqlErrorText::toError(Tr::tr("Could not read the contact's owner"), q.lastError());
    if (!q.next())
        return Error::notFound(Tr::tr("The chosen owner no longer exists; choose another one."));
    return q.value(0).toString();
}

Result<Contact> ContactRepository::save(const ContactEdit &edit, const QString &region)
{
    // Validation before any SQL.
    const auto phone = PhoneNumber::toE164(edit.phone, region);
    if (!phone)
        return phone.error();
    const QString name = edit.name.trimmed();
    if (const Status s = TextLength::checkName(name); !s)
        return s.error();
    const QString email = edit.email.trimmed();
    if (const Status s = checkEmail(email); !s)
        return s.error();
    const QString ownerId = edit.ownerId.isEmpty() ? m_policy.ownerScope() : edit.ownerId;
    if (ownerId.isEmpty())
        return Error::invalid(Tr::tr("Choose the contact's owner."));
    const bool creating = edit.id.isEmpty();
    if (const Status s = m_policy.check(creating ? Action::Insert : Action::Edit, Entity::Contacts, ownerId); !s)
        return s.error();

    WriteTransaction tx(m_db, m_policy);
    if (const Status s = tx.begin(); !s)
        return s.error();
    const auto owner = ownerEmail(ownerId);
    if (!owner)
        return owner.error();
    QString status = edit.status.trimmed();
    QString storedStatus;
    if (!creating) {
        QSqlQuery lock(m_db);
        const bool prepared = lock.prepare(QStringLiteral("SELECT user_id::text, xmin::text, phone_number, status "
                                                          "FROM recipients WHERE id = CAST(:id AS uuid) FOR UPDATE"));
        lock.bindValue(QStringLiteral(":id"), edit.id);
        if (!(prepared && lock.exec()))
            return SqlErrorText::toError(Tr::tr("Could not read the contact"), lock.lastError());
        if (!lock.next())
            return Error::notFound(Tr::tr("The contact no longer exists; someone deleted it."));
        if (const Status s = m_policy.check(Action::Edit, Entity::Contacts, lock.value(0).toString()); !s)
            return s.error();
        if (const Status s = RowVersion::check(edit.version, lock.value(1).toString(),
                                               Tr::tr("The contact %1").arg(lock.value(2).toString()));
            !s)
            return s.error();
        storedStatus = lock.value(3).toString();
    }
    // A status this app does not know (written by the Node server) is kept when left unchanged.
    if (statuses().contains(status.toLower()))
        status = status.toLower();
    else if (creating || status != storedStatus)
        return Error::invalid(Tr::tr("\"%1\" is not a contact status; use active, blocked or invalid.").arg(edit.status));

    QSqlQuery twin(m_db);
    const bool twinPrepared = twin.prepare(QStringLiteral(
        "SELECT 1 FROM recipients WHERE user_id = CAST(:owner AS uuid) AND phone_number = :phone %1")
        .arg(creating ? QString() : QStringLiteral("AND id <> CAST(:id AS uuid)")));
    twin.bindValue(QStringLiteral(":owner"), ownerId);
    twin.bindValue(QStringLiteral(":phone"), phone.value());
    if (!creating)
        twin.bindValue(QStringLiteral(":id"), edit.id);
    if (!(twinPrepared && twin.exec()))
        return SqlErrorText::toError(Tr::tr("Could not check the phone number"), twin.lastError());
    if (twin.next())
        return duplicate(phone.value(), owner.value());

    QSqlQuery q(m_db);
    const QString customFields = edit.keepCustomFields ? QString() : QStringLiteral(", custom_fields = CAST(:fields AS jsonb)");
    const bool prepared = creating
        ? q.prepare(QStringLiteral("INSERT INTO recipients (user_id, phone_number, name, email, status, custom_fields) "
                                   "VALUES (CAST(:owner AS uuid), :phone, :name, :email, :status, CAST(:fields AS jsonb)) "
                                   "RETURNING id::text"))
        : q.prepare(QStringLiteral("UPDATE recipients SET user_id = CAST(:owner AS uuid), phone_number = :phone, "
                                   "name = :name, email = :email, status = :status%1 WHERE id = CAST(:id AS uuid) "
                                   "RETURNING id::text").arg(customFields));
    q.bindValue(QStringLiteral(":owner"), ownerId);
    q.bindValue(QStringLiteral(":phone"), phone.value());
    q.bindValue(QStringLiteral(":name"), nullableText(name));
    q.bindValue(QStringLiteral(":email"), nullableText(email));
    q.bindValue(QStringLiteral(":status"), nullableText(status));
    if (creating || !edit.keepCustomFields)
        q.bindValue(QStringLiteral(":fields"), edit.keepCustomFields ? QVariant(QMetaType::fromType<QString>())
                                                                     : nullableText(edit.customFieldsJson));
    if (!creating)
        q.bindValue(QStringLiteral(":id"), edit.id);
    if (!(prepared && q.exec()) || !q.next()) {
        // Someone else inserted the same number since the check above.
        if (SqlErrorText::isUniqueViolation(q.lastError()))
            return duplicate(phone.value(), owner.value());
        return SqlErrorText::toError(creating ? Tr::tr("Could not create the contact %1").arg(phone.value())
                                              : Tr::tr("Could not save the contact %1").arg(phone.value()),
                                     q.lastError());
    }
    const QString id = q.value(0).toString();
    QJsonObject details{{QStringLiteral("owner"), owner.value()}};
    // Groups in the same transaction: the contact and its memberships are saved together or not at all.
    const ContactGroups groups(m_db, m_policy);
    if (edit.groupIds) {
        const auto change = groups.replace(id, ownerId, *edit.groupIds);
        if (!change)
            return change.error();
        if (change->added > 0)
            details.insert(QStringLiteral("groups_added"), change->added);
        if (change->removed > 0)
            details.insert(QStringLiteral("groups_removed"), change->removed);
    } else if (!creating) {
        const auto dropped = groups.dropForeign(id, ownerId);
        if (!dropped)
            return dropped.error();
        if (dropped.value() > 0)
            details.insert(QStringLiteral("groups_removed"), dropped.value());
    }
    if (const Status s = AuditLog(m_db).record(m_actor, creating ? QStringLiteral("contact.create")
                                                                 : QStringLiteral("contact.update"),
                                               phone.value(), details);
        !s)
        return s.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
    return findById(id);
}

Result<ContactDeleteCounts> ContactRepository::counts(const QString &ids) const
{
    QSqlQuery q(m_db);
    const bool prepared = q.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM recipients WHERE id = ANY(CAST(:ids AS uuid[]))), "
        "(SELECT count(*) FROM recipient_groups WHERE recipient_id = ANY(CAST(:ids2 AS uuid[])))"));
    q.bindValue(QStringLiteral(":ids"), ids);
    q.bindValue(QStringLiteral(":ids2"), ids);
    if (!(prepared && q.exec()) || !q.next())
        return SqlErrorText::toError(Tr::tr("Could not count what the delete would remove"), q.lastError());
    return ContactDeleteCounts{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

Result<ContactDeleteCounts> ContactRepository::previewDelete(const QStringList &ids) const
{
    if (const Status s = m_policy.check(Action::Delete, Entity::Contacts); !s)
        return s.error();
    const auto array = idArray(ids);
    if (!array)
        return array.error();
    return counts(array.value());
}

Result<ContactDeleteCounts> ContactRepository::remove(const QStringList &ids)
{
    if (const Status s = m_policy.check(Action::Delete, Entity::Contacts); !s)
        return s.error();
    const auto array = idArray(ids);
    if (!array)
        return array.error();
    WriteTransaction tx(m_db, m_policy);
    if (const Status s = tx.begin(); !s)
        return s.error();
    QSqlQuery lock(m_db);
    const bool prepared = lock.prepare(QStringLiteral("SELECT user_id::text, phone_number FROM recipients "
                                                      "WHERE id = ANY(CAST(:ids AS uuid[])) ORDER BY id FOR UPDATE"));
    lock.bindValue(QStringLiteral(":ids"), array.value());
    if (!(prepared && lock.exec()))
        return SqlErrorText::toError(Tr::tr("Could not read the contacts to delete"), lock.lastError());
    QJsonArray phones;
    while (lock.next()) {
        if (const Status s = m_policy.check(Action::Delete, Entity::Contacts, lock.value(0).toString()); !s)
            return s.error();
        if (phones.size() < 100)  // enough to identify a small delete; the count says the rest
            phones.append(lock.value(1).toString());
    }
    const auto n = counts(array.value());
    if (!n)
        return n.error();
    if (n->contacts == 0)
        return Error::notFound(Tr::tr("The selected contacts no longer exist; someone deleted them."));
    QSqlQuery q(m_db);
    const bool deletePrepared = q.prepare(QStringLiteral("DELETE FROM recipients WHERE id = ANY(CAST(:ids AS uuid[]))"));
    q.bindValue(QStringLiteral(":ids"), array.value());
    if (!(deletePrepared && q.exec()))
        return SqlErrorText::toError(Tr::tr("Could not delete the contacts"), q.lastError());
    const QString target = n->contacts == 1 ? phones.at(0).toString() : Tr::tr("%n contacts", nullptr, int(n->contacts));
    if (const Status s = AuditLog(m_db).record(m_actor, QStringLiteral("contact.delete"), target,
                                               {{QStringLiteral("contacts"), n->contacts},
                                                {QStringLiteral("memberships"), n->memberships},
                                                {QStringLiteral("phones"), phones}});
        !s)
        return s.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
    return n;
}
