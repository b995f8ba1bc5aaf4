#include "repositories/sessionrepository.h"

#include "repositories/rowversion.h"
#include "db/auditlog.h"
#include "phone/phonenumber.h"
#include "foundation/sqlerrortext.h"
#include "accounts/writetransaction.h"
#include "foundation/uuidlist.h"
#include "foundation/textlength.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SessionRepository)
};

constexpr int MaxNameLength = 255;  // session_name VARCHAR(255)

QString sessionColumns()
{
    // Never session_data: it is the server's WhatsApp auth blob.
    return QStringLiteral("s.id::text, s.user_id::text, u.email, s.session_name, s.status, s.phone_number, s.qr_code, ")
        + Timestamp::select(QStringLiteral("s.created_at")) + QStringLiteral(", ")
        + Timestamp::select(QStringLiteral("s.updated_at")) + QStringLiteral(", s.xmin::text");
}

WhatsAppSession readSession(const QSqlQuery &q)
{
    WhatsAppSession s;
    s.id = q.value(0).toString();
    s.userId = q.value(1).toString();
    s.ownerEmail = q.value(2).toString();
    s.name = q.value(3).toString();
    s.status = q.value(4).toString();
    s.phoneNumber = q.value(5).toString();
    s.qrCode = q.value(6).toString();
    s.createdAt = Timestamp::fromSql(q.value(7));
    s.updatedAt = Timestamp::fromSql(q.value(8));
    s.version = q.value(9).toString();
    return s;
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// A PostgreSQL array literal of checked UUIDs, bound as one value; nullopt when one is not a UUID.
std::optional<QString> uuidArray(const QStringList &ids)
{
    QStringList trimmed;
    for (const QString &id : ids)
        trimmed << id.trimmed();
    const QStringList checked = UuidList::canonical(trimmed);
    if (checked.size() != ids.size())
        return std::nullopt;
    return UuidList::arrayLiteral(checked);
}

QString label(const WhatsAppSession &s)
{
    return Tr::tr("%1 (%2)").arg(s.name, s.ownerEmail);
}

} // namespace

SessionRepository::SessionRepository(QSqlDatabase db, PermissionPolicy policy, QString actor)
    : m_db(std::move(db)), m_policy(std::move(policy)), m_actor(std::move(actor))
{
}

QStringList SessionRepository::statuses()
{
    return {QStringLiteral("qr"), QStringLiteral("connecting"), QStringLiteral("ready"), QStringLiteral("disconnected")};
}

QString SessionRepository::statusText(const QString &status)
{
    if (status == QLatin1String("qr"))
        return Tr::tr("QR code waiting");
    if (status == QLatin1String("connecting"))
        return Tr::tr("Connecting");
    if (status == QLatin1String("ready"))
        return Tr::tr("Ready");
    if (status == QLatin1String("disconnected"))
        return Tr::tr("Disconnected");
    // The server may write a status this version does not know: show it as it is.
    return status;
}

Result<QString> SessionRepository::normaliseName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(Tr::tr("Give the session a name, such as \"Riyadh Sales\"."));
    if (const qsizetype length = TextLength::characters(trimmed); length > MaxNameLength)
        return Error::invalid(Tr::tr("The session name is %1 characters long; the most is %2.")
                                  .arg(length).arg(MaxNameLength));
    return trimmed;
}

Status SessionRepository::checkStatus(const QString &status)
{
    if (statuses().contains(status))
        return {};
    return Error::invalid(Tr::tr("\"%1\" is not a session status; use qr, connecting, ready or disconnected.").arg(status));
}

Result<QString> SessionRepository::normalisePhone(const QString &phone, const QString &region)
{
    if (phone.trimmed().isEmpty())
        return QString();
    return PhoneNumber::toE164(phone, region);
}

Result<WhatsAppSession> SessionRepository::findById(const QString &id) const
{
    if (const Status s = m_policy.check(Action::View, Entity::Sessions); !s)
        return s.error();
    const QString scope = m_policy.ownerScope();
    QSqlQuery q(m_db);
    const bool prepared = q.prepare(QStringLiteral("SELECT %1 FROM whatsapp_sessions s JOIN users u ON u.id = s.user_id "
                                                   "WHERE s.id = CAST(:id AS uuid)%2")
                                        .arg(sessionColumns(), scope.isEmpty() ? QString()
                                                                               : QStringLiteral(" AND s.user_id = CAST(:owner AS uuid)")));
    q.bindValue(QStringLiteral(":id"), id);
    if (!scope.isEmpty())
        q.bindValue(QStringLiteral(":owner"), scope);
    if (!(prepared && q.exec()))
        return SqlErrorText::toError(Tr::tr("Could not read the WhatsApp session"), q.lastError());
    if (!q.next())
        return Error::notFound(Tr::tr("The WhatsApp session no longer exists; someone deleted it. Refresh the list."));
    return readSession(q);
}

Result<QList<WhatsAppSession>> SessionRepository::lockedOrRead(const QStringList &ids, bool lock) const
{
    const auto array = uuidArray(ids);
    if (!array)
        return Error::notFound(Tr::tr("A selected WhatsApp session has an unreadable id; refresh the list."));
    QSqlQuery q(m_db);
    const bool prepared = q.prepare(QStringLiteral("SELECT %1 FROM whatsapp_sessions s JOIN users u ON u.id = s.user_id "
                                                   "WHERE s.id = ANY(CAST(:ids AS uuid[])) ORDER BY s.id%2")
                                        .arg(sessionColumns(), lock ? QStringLiteral(" FOR UPDATE OF s") : QString()));
    q.bindValue(QStringLiteral(":ids"), *array);
    if (!(prepared && q.exec()))
        return SqlErrorText::toError(Tr::tr("Could not read the WhatsApp sessions"), q.lastError());
    QList<WhatsAppSession> sessions;
    while (q.next())
        sessions << readSession(q);
    return sessions;
}

Result<QString> SessionRepository::ownerEmail(const QString &userId) const
{
    QSqlQuery q(m_db);
    const bool prepared = q.prepare(QStringLiteral("SELECT email FROM users WHERE id = CAST(:id AS uuid)"));
    q.bindValue(QStringLiteral(":id"), userId);
    if (!(prepared && q.exec()))
        return SqlErrorText::toError(Tr::tr("Could not look up the session's owner"), q.lastError());
    if (!q.next())
        return Error::notFound(Tr::tr("The chosen owner's account no longer exists; pick another owner."));
    return q.value(0).toString();
}

Error SessionRepository::nameTaken(const QString &name, const QString &email) const
{
    return Error::conflict(Tr::tr("%1 already has a WhatsApp session named \"%2\"; choose another name.").arg(email, name));
}

Status SessionRepository::checkNameFree(const QString &userId, const QString &email, const QString &name,
                                        const QString &exceptId) const
{
    QSqlQuery q(m_db);
    const bool prepared = q.prepare(QStringLiteral("SELECT 1 FROM whatsapp_sessions WHERE user_id = CAST(:owner AS uuid) "
                                                   "AND session_name = :name AND id IS DISTINCT FROM CAST(NULLIF(:except, '') AS uuid)"));
    q.bindValue(QStringLiteral(":owner"), userId);
    q.bindValue(QStringLiteral(":name"), name);
    q.bindValue(QStringLiteral(":except"), exceptId);
    if (!(prepared && q.exec()))
        return SqlErrorText::toError(Tr::tr("Could not check the session name"), q.lastError());
    return q.next() ? Status(nameTaken(name, email)) : Status();
}

Result<WhatsAppSession> SessionRepository::save(const SessionEdit &edit)
{
    const bool creating = edit.id.isEmpty();
    if (const Status s = m_policy.check(creating ? Action::Insert : Action::Edit, Entity::Sessions); !s)
        return s.error();
    const auto name = normaliseName(edit.name);
    if (!name)
        return name.error();

    WriteTransaction tx(m_db, m_policy);
    if (const Status s = tx.begin(); !s)
        return s.error();
    WhatsAppSession before;
    if (!creating) {
        const auto locked = lockedOrRead({edit.id}, true);
        if (!locked)
            return locked.error();
        if (locked->isEmpty())
            return Error::notFound(Tr::tr("The WhatsApp session no longer exists; someone deleted it. Refresh the list."));
        before = locked->constFirst();
        // Refused by id too, not only hidden from the list.
        if (const Status s = m_policy.check(Action::Edit, Entity::Sessions, before.userId); !s)
            return s.error();
        if (const Status s = RowVersion::check(edit.version, before.version, Tr::tr("The session \"%1\"").arg(before.name)); !s)
            return s.error();
    }
    // A stored status or phone the server wrote is kept as it is when unchanged, even if we would not accept it.
    if (creating || edit.status != before.status)
        if (const Status s = checkStatus(edit.status); !s)
            return s.error();
    QString phone = edit.phoneNumber.trimmed();
    if (creating || phone != before.phoneNumber) {
        const auto normal = normalisePhone(phone, edit.region);
        if (!normal)
            return normal.error();
        phone = normal.value();
    }

    QString owner = edit.userId.isEmpty() ? (creating ? m_policy.userId() : before.userId) : edit.userId;
    if (!m_policy.seesAllOwners() && owner != m_policy.ownerScope())
        return Error::invalid(Tr::tr("You can only own your own WhatsApp sessions; only an admin can give one to "
                                     "someone else."));
    const auto email = ownerEmail(owner);
    if (!email)
        return email.error();
    if (const Status s = checkNameFree(owner, email.value(), name.value(), edit.id); !s)
        return s.error();

    QSqlQuery q(m_db);
    const bool prepared = q.prepare(
        creating ? QStringLiteral("INSERT INTO whatsapp_sessions (user_id, session_name, status, phone_number) "
                                  "VALUES (CAST(:owner AS uuid), :name, :status, :phone) RETURNING id::text")
                 : QStringLiteral("UPDATE whatsapp_sessions SET user_id = CAST(:owner AS uuid), session_name = :name, "
                                  "status = :status, phone_number = :phone WHERE id = CAST(:id AS uuid) RETURNING id::text"));
    q.bindValue(QStringLiteral(":owner"), owner);
    q.bindValue(QStringLiteral(":name"), name.value());
    q.bindValue(QStringLiteral(":status"), edit.status);
    q.bindValue(QStringLiteral(":phone"), nullableText(phone));
    if (!creating)
        q.bindValue(QStringLiteral(":id"), edit.id);
    if (!(prepared && q.exec()) || !q.next()) {
        if (SqlErrorText::isUniqueViolation(q.lastError()))
            return nameTaken(name.value(), email.value());
        return SqlErrorText::toError(Tr::tr("Could not save the WhatsApp session \"%1\"").arg(name.value()), q.lastError());
    }
    const QString id = q.value(0).toString();

    QJsonObject details{{QStringLiteral("owner"), email.value()}, {QStringLiteral("status"), edit.status}};
    if (!creating) {
        QStringList changed;
        if (owner != before.userId) changed << QStringLiteral("owner");
        if (name.value() != before.name) changed << QStringLiteral("session_name");
        if (edit.status != before.status) changed << QStringLiteral("status");
        if (phone != before.phoneNumber) changed << QStringLiteral("phone_number");
        details.insert(QStringLiteral("changed"), QJsonArray::fromStringList(changed));
    }
    if (const Status s = AuditLog(m_db).record(m_actor, creating ? QStringLiteral("session.create")
                                                                 : QStringLiteral("session.update"),
                                               name.value(), details);
        !s)
        return s.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
    const auto saved = lockedOrRead({id}, false);
    if (!saved)
        return saved.error();
    if (saved->isEmpty())
        return Error::notFound(Tr::tr("The WhatsApp session no longer exists; someone deleted it. Refresh the list."));
    return saved->constFirst();
}

Result<SessionDeleteSummary> SessionRepository::inspect(const QStringList &ids, bool lock,
                                                        QList<WhatsAppSession> *sessions) const
{
    if (const Status s = m_policy.check(Action::Delete, Entity::Sessions); !s)
        return s.error();
    QStringList unique = ids;
    unique.removeDuplicates();
    if (unique.isEmpty())
        return Error::invalid(Tr::tr("Select the WhatsApp sessions to delete."));
    const auto found = lockedOrRead(unique, lock);
    if (!found)
        return found.error();
    if (found->size() != unique.size())
        return Error::notFound(Tr::tr("Some of the selected WhatsApp sessions no longer exist; refresh the list."));
    // One session of another owner refuses the whole selection, even when asked for by id.
    for (const WhatsAppSession &s : found.value())
        if (const Status allowed = m_policy.check(Action::Delete, Entity::Sessions, s.userId); !allowed)
            return allowed.error();

    QSqlQuery q(m_db);
    const bool prepared = q.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM messages WHERE session_id = ANY(CAST(:ids1 AS uuid[]))), "
        "(SELECT count(*) FROM campaigns WHERE session_id = ANY(CAST(:ids2 AS uuid[])))"));
    const QString array = uuidArray(unique).value_or(QString());
    q.bindValue(QStringLiteral(":ids1"), array);
    q.bindValue(QStringLiteral(":ids2"), array);
    if (!(prepared && q.exec()) || !q.next())
        return SqlErrorText::toError(Tr::tr("Could not count the messages and campaigns that use these sessions"),
                                     q.lastError());
    SessionDeleteSummary summary;
    summary.sessions = found->size();
    summary.messagesUnlinked = q.value(0).toLongLong();
    summary.campaignsUnlinked = q.value(1).toLongLong();
    for (const WhatsAppSession &s : found.value())
        summary.labels << label(s);
    if (sessions)
        *sessions = found.value();
    return summary;
}

Result<SessionDeleteSummary> SessionRepository::previewDelete(const QStringList &ids) const
{
    return inspect(ids, false, nullptr);
}

Result<SessionDeleteSummary> SessionRepository::remove(const QStringList &ids)
{
    if (const Status s = m_policy.check(Action::Delete, Entity::Sessions); !s)
        return s.error();
    WriteTransaction tx(m_db, m_policy);
    if (const Status s = tx.begin(); !s)
        return s.error();
    // Locked first, so the counts are exactly what the delete unlinks.
    QList<WhatsAppSession> sessions;
    const auto summary = inspect(ids, true, &sessions);
    if (!summary)
        return summary;
    QStringList lockedIds;
    for (const WhatsAppSession &s : sessions)
        lockedIds << s.id;
    QSqlQuery q(m_db);
    const bool prepared = q.prepare(QStringLiteral("DELETE FROM whatsapp_sessions WHERE id = ANY(CAST(:ids AS uuid[]))"));
    q.bindValue(QStringLiteral(":ids"), uuidArray(lockedIds).value_or(QString()));
    if (!(prepared && q.exec()))
        return SqlErrorText::toError(Tr::tr("Could not delete the WhatsApp sessions"), q.lastError());
    // One record per session, so the log reads the same whether they went one by one or together.
    for (const WhatsAppSession &s : sessions) {
        const QJsonObject details{{QStringLiteral("owner"), s.ownerEmail},
                                  {QStringLiteral("status"), s.status},
                                  {QStringLiteral("phone_number"), s.phoneNumber},
                                  {QStringLiteral("deleted_together"), summary->sessions},
                                  {QStringLiteral("messages_unlinked_together"), summary->messagesUnlinked},
                                  {QStringLiteral("campaigns_unlinked_together"), summary->campaignsUnlinked}};
        if (const Status st = AuditLog(m_db).record(m_actor, QStringLiteral("session.delete"), s.name, details); !st)
            return st.error();
    }
    if (const Status s = tx.commit(); !s)
        return s.error();
    return summary;
}
