#include "repositories/campaignrepository.h"

#include "repositories/rowversion.h"
#include "db/auditlog.h"
#include "campaigns/campaignstatus.h"
#include "foundation/sqlerrortext.h"
#include "accounts/writetransaction.h"
#include "foundation/likepattern.h"
#include "foundation/uuidlist.h"
#include "foundation/textlength.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CampaignRepository)
};

constexpr int NameLimit = 255;  // campaigns.name is VARCHAR(255)

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

bool isUuid(const QString &id)
{
    return !QUuid::fromString(id).isNull();
}

// Two scheduled times are the same moment when they read the same to the millisecond (the editor's precision).
bool sameMoment(const Timestamp &a, const Timestamp &b)
{
    return a.isNull() == b.isNull() && (a.isNull() || a.toWallClock() == b.toWallClock());
}

Campaign readCampaign(const QSqlQuery &q)
{
    Campaign c;
    c.id = q.value(0).toString();
    c.userId = q.value(1).toString();
    c.ownerEmail = q.value(2).toString();
    c.sessionId = q.value(3).toString();
    c.sessionName = q.value(4).toString();
    c.name = q.value(5).toString();
    c.messageTemplate = q.value(6).toString();
    c.status = q.value(7).toString();
    c.totalRecipients = q.value(8).toLongLong();
    c.sentCount = q.value(9).toLongLong();
    c.failedCount = q.value(10).toLongLong();
    c.scheduledAt = Timestamp::fromSql(q.value(11));
    c.startedAt = Timestamp::fromSql(q.value(12));
    c.completedAt = Timestamp::fromSql(q.value(13));
    c.createdAt = Timestamp::fromSql(q.value(14));
    c.updatedAt = Timestamp::fromSql(q.value(15));
    c.version = q.value(16).toString();
    return c;
}

} // namespace

QVariantMap TemplateContact::fields() const
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("phone_number"), phoneNumber}, {QStringLiteral("email"), email}};
}

CampaignRepository::CampaignRepository(QSqlDatabase db, PermissionPolicy policy, QString actor)
    : m_db(std::move(db)), m_policy(std::move(policy)), m_actor(std::move(actor))
{
}

Result<QList<Campaign>> CampaignRepository::select(const QString &where, const QVariantMap &values, bool lock) const
{
    QString sql = QStringLiteral(
        "SELECT c.id::text, c.user_id::text, u.email, c.session_id::text, s.session_name, c.name, c.message_template, "
        "c.status, COALESCE(c.total_recipients, 0), COALESCE(c.sent_count, 0), COALESCE(c.failed_count, 0), %1, %2, %3, "
        "%4, %5, c.xmin::text FROM campaigns c JOIN users u ON u.id = c.user_id "
        "LEFT JOIN whatsapp_sessions s ON s.id = c.session_id WHERE (%6)")
        .arg(Timestamp::select(QStringLiteral("c.scheduled_at")), Timestamp::select(QStringLiteral("c.started_at")),
             Timestamp::select(QStringLiteral("c.completed_at")), Timestamp::select(QStringLiteral("c.created_at")),
             Timestamp::select(QStringLiteral("c.updated_at")), where);
    const QString scope = m_policy.ownerScope();
    if (!scope.isEmpty())
        sql += QStringLiteral(" AND c.user_id = CAST(:scope AS uuid)");
    sql += lock ? QStringLiteral(" ORDER BY c.id FOR UPDATE OF c") : QStringLiteral(" ORDER BY c.created_at DESC, c.id");
    QSqlQuery q(m_db);
    const bool prepared = q.prepare(sql);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bindValue(it.key(), it.value());
    if (!scope.isEmpty())
        q.bindValue(QStringLiteral(":scope"), scope);
    if (!(prepared && q.exec()))
        return SqlErrorText::toError(Tr::tr("Could not read the campaigns"), q.lastError());
    QList<Campaign> campaigns;
    while (q.next())
        campaigns << readCampaign(q);
    return campaigns;
}

Result<Campaign> CampaignRepository::findById(const QString &id) const
{
    const Error gone = Error::notFound(Tr::tr("The campaign no longer exists; someone deleted it."));
    if (!isUuid(id))
        return gone;
    const auto found = select(QStringLiteral("c.id = CAST(:id AS uuid)"), {{QStringLiteral(":id"), id}}, false);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return gone;
    return found->first();
}

Result<QList<Campaign>> CampaignRepository::findByIds(const QStringList &ids) const
{
    for (const QString &id : ids)
        if (!isUuid(id))
            return Error::invalid(Tr::tr("\"%1\" is not a campaign id.").arg(id));
    return select(QStringLiteral("c.id = ANY(CAST(:ids AS uuid[]))"), {{QStringLiteral(":ids"), UuidList::arrayLiteral(ids)}}, false);
}

Result<QList<CampaignChoice>> CampaignRepository::owners() const
{
    const QString scope = m_policy.ownerScope();
    QSqlQuery q(m_db);
    const bool prepared = q.prepare(scope.isEmpty()
                                        ? QStringLiteral("SELECT id::text, email FROM users ORDER BY lower(email), email")
                                        : QStringLiteral("SELECT id::text, email FROM users WHERE id = CAST(:scope AS uuid)"));
    if (!scope.isEmpty())
        q.bindValue(QStringLiteral(":scope"), scope);
    if (!(prepared && q.exec()))
        return SqlErrorText::toError(Tr::tr("Could not list the accounts campaigns can belong to"), q.lastError());
    QList<CampaignChoice> owners;
    while (q.next())
        owners.append({q.value(0).toString(), q.value(1).toString()});
    return owners;
}

Result<QList<CampaignChoice>> CampaignRepository::sessionsOf(const QString &ownerId) const
{
    const QString scope = m_policy.ownerScope();
    if (!isUuid(ownerId) || (!scope.isEmpty() && ownerId != scope))
        return QList<CampaignChoice>();
    QSqlQuery q(m_db);
    const bool prepared = q.prepare(QStringLiteral("SELECT id::text, session_name, phone_number FROM whatsapp_sessions "
                                                   "WHERE user_id = CAST(:owner AS uuid) ORDER BY lower(session_name), id"));
    q.bindValue(QStringLiteral(":owner"), ownerId);
    if (!(prepared && q.exec()))
        return SqlErrorText::toError(Tr::tr("Could not list the owner's WhatsApp sessions"), q.lastError());
    QList<CampaignChoice> sessions;
    while (q.next()) {
        const QString phone = q.value(2).toString();
        sessions.append({q.value(0).toString(),
                         phone.isEmpty() ? q.value(1).toString() : Tr::tr("%1 — %2").arg(q.value(1).toString(), phone)});
    }
    return sessions;
}

Result<QList<TemplateContact>> CampaignRepository::contactsOf(const QString &ownerId, const QString &search, int limit) const
{
    const QString scope = m_policy.ownerScope();
    if (!isUuid(ownerId) || (!scope.isEmpty() && ownerId != scope))
        return QList<TemplateContact>();
    QSqlQuery q(m_db);
    const bool prepared = q.prepare(QStringLiteral(
        "SELECT id::text, name, phone_number, email, custom_fields::text FROM recipients "
        "WHERE user_id = CAST(:owner AS uuid) AND (COALESCE(:search, '') = '' OR name ILIKE '%' || :search || '%' "
        "OR phone_number ILIKE '%' || :search || '%') "
        "ORDER BY name IS NULL, lower(name), phone_number LIMIT :limit"));
    q.bindValue(QStringLiteral(":owner"), ownerId);
    q.bindValue(QStringLiteral(":search"), LikePattern::literal(search.trimmed()));
    q.bindValue(QStringLiteral(":limit"), qMax(1, limit));
    if (!(prepared && q.exec()))
        return SqlErrorText::toError(Tr::tr("Could not look up the owner's contacts"), q.lastError());
    QList<TemplateContact> contacts;
    while (q.next()) {
        TemplateContact c{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), {}};
        c.customFields = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        contacts << c;
    }
    return contacts;
}

Result<QString> CampaignRepository::serverNow() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT LOCALTIMESTAMP::text")) || !q.next())
        return SqlErrorText::toError(Tr::tr("Could not read the database server's clock"), q.lastError());
    return q.value(0).toString();
}

Status CampaignRepository::checkFields(const CampaignEdit &edit)
{
    const QString name = edit.name.trimmed();
    if (name.isEmpty())
        return Error::invalid(Tr::tr("Give the campaign a name."));
    if (const qsizetype length = TextLength::characters(name); length > NameLimit)
        return Error::invalid(Tr::tr("The campaign name is %1 characters long; keep it to %2.").arg(length).arg(NameLimit));
    if (edit.messageTemplate.trimmed().isEmpty())
        return Error::invalid(Tr::tr("Write the message template; a campaign cannot send an empty message."));
    return {};
}

Result<QString> CampaignRepository::ownerEmail(const QString &ownerId) const
{
    const Error missing = Error::notFound(Tr::tr("The campaign's owner account no longer exists; choose another owner."));
    if (!isUuid(ownerId))
        return missing;
    QSqlQuery q(m_db);
    // KEY SHARE: the owner cannot be deleted before this transaction commits.
    const bool prepared = q.prepare(QStringLiteral("SELECT email FROM users WHERE id = CAST(:id AS uuid) FOR KEY SHARE"));
    q.bindValue(QStringLiteral(":id"), ownerId);
    if (!(prepared && q.exec()))
        return SqlErrorText::toError(Tr::tr("Could not read the campaign's owner"), q.lastError());
    if (!q.next())
        return missing;
    return q.value(0).toString();
}

Status CampaignRepository::checkSession(const QString &sessionId, const QString &ownerId, const QString &ownerEmail) const
{
    const Error missing = Error::notFound(Tr::tr("The chosen WhatsApp session no longer exists; choose another one or (none)."));
    if (!isUuid(sessionId))
        return missing;
    QSqlQuery q(m_db);
    const bool prepared = q.prepare(QStringLiteral(
        "SELECT s.user_id::text, s.session_name, u.email FROM whatsapp_sessions s JOIN users u ON u.id = s.user_id "
        "WHERE s.id = CAST(:id AS uuid) FOR KEY SHARE OF s"));
    q.bindValue(QStringLiteral(":id"), sessionId);
    if (!(prepared && q.exec()))
        return SqlErrorText::toError(Tr::tr("Could not read the chosen WhatsApp session"), q.lastError());
    if (!q.next())
        return missing;
    if (q.value(0).toString() != ownerId)
        return Error::invalid(Tr::tr("The WhatsApp session \"%1\" belongs to %2, not to %3; choose one of %3's sessions "
                                     "or (none).").arg(q.value(1).toString(), q.value(2).toString(), ownerEmail));
    return {};
}

Result<Campaign> CampaignRepository::save(const CampaignEdit &edit)
{
    const bool inserting = edit.id.isEmpty();
    const Action action = inserting ? Action::Insert : Action::Edit;
    if (const Status s = m_policy.check(action, Entity::Campaigns); !s)
        return s.error();
    if (const Status s = checkFields(edit); !s)
        return s.error();
    const QString ownerId = edit.userId.isEmpty() ? m_policy.ownerScope() : edit.userId;
    if (ownerId.isEmpty())
        return Error::invalid(Tr::tr("Choose the account the campaign belongs to."));
    if (const Status s = m_policy.check(action, Entity::Campaigns, ownerId); !s)
        return s.error();

    WriteTransaction tx(m_db, m_policy);
    if (const Status s = tx.begin(); !s)
        return s.error();
    Campaign before;
    before.status = QStringLiteral("draft");  // a new campaign starts as a draft
    if (!inserting) {
        if (!isUuid(edit.id))
            return Error::notFound(Tr::tr("The campaign no longer exists; someone deleted it."));
        const auto locked = select(QStringLiteral("c.id = CAST(:id AS uuid)"), {{QStringLiteral(":id"), edit.id}}, true);
        if (!locked)
            return locked.error();
        if (locked->isEmpty())
            return Error::notFound(Tr::tr("The campaign no longer exists; someone deleted it."));
        before = locked->first();
        if (const Status s = m_policy.check(Action::Edit, Entity::Campaigns, before.userId); !s)
            return s.error();
        if (const Status s = RowVersion::check(edit.version, before.version, Tr::tr("The campaign \"%1\"").arg(before.name)); !s)
            return s.error();
    }
    const auto email = ownerEmail(ownerId);
    if (!email)
        return email.error();
    if (!edit.sessionId.isEmpty())
        if (const Status s = checkSession(edit.sessionId, ownerId, email.value()); !s)
            return s.error();
    if (const Status s = CampaignStatus::checkTransition(before.status, edit.status); !s)
        return s.error();
    // An unchanged schedule is the server's business now; a new one must lie ahead of the server's clock.
    if (inserting || edit.status != before.status || !sameMoment(edit.scheduledAt, before.scheduledAt)) {
        const auto now = serverNow();
        if (!now)
            return now.error();
        if (const Status s = CampaignStatus::checkSchedule(edit.status, edit.scheduledAt.text(), now.value()); !s)
            return s.error();
    }

    const Timestamp scheduled = !inserting && sameMoment(edit.scheduledAt, before.scheduledAt) ? before.scheduledAt
                                                                                                : edit.scheduledAt;
    QSqlQuery q(m_db);
    const bool prepared = q.prepare(
        inserting ? QStringLiteral("INSERT INTO campaigns (user_id, session_id, name, message_template, status, scheduled_at) "
                                   "VALUES (CAST(:owner AS uuid), CAST(:session AS uuid), :name, :template, :status, %1) "
                                   "RETURNING id::text").arg(Timestamp::bind(QStringLiteral(":scheduled")))
                  : QStringLiteral("UPDATE campaigns SET user_id = CAST(:owner AS uuid), session_id = CAST(:session AS uuid), "
                                   "name = :name, message_template = :template, status = :status, scheduled_at = %1 "
                                   "WHERE id = CAST(:id AS uuid) RETURNING id::text").arg(Timestamp::bind(QStringLiteral(":scheduled"))));
    q.bindValue(QStringLiteral(":owner"), ownerId);
    q.bindValue(QStringLiteral(":session"), nullableText(edit.sessionId));
    q.bindValue(QStringLiteral(":name"), edit.name.trimmed());
    q.bindValue(QStringLiteral(":template"), edit.messageTemplate);
    q.bindValue(QStringLiteral(":status"), nullableText(edit.status));
    q.bindValue(QStringLiteral(":scheduled"), scheduled.toSqlValue());
    if (!inserting)
        q.bindValue(QStringLiteral(":id"), edit.id);
    if (!(prepared && q.exec() && q.next()))
        return SqlErrorText::toError(Tr::tr("Could not save the campaign \"%1\"").arg(edit.name.trimmed()), q.lastError());
    const QString id = q.value(0).toString();

    QStringList changed;
    if (!inserting) {
        if (before.userId != ownerId) changed << QStringLiteral("owner");
        if (before.sessionId != edit.sessionId) changed << QStringLiteral("session");
        if (before.name != edit.name.trimmed()) changed << QStringLiteral("name");
        if (before.messageTemplate != edit.messageTemplate) changed << QStringLiteral("message_template");
        if (before.status != edit.status) changed << QStringLiteral("status");
        if (before.scheduledAt != scheduled) changed << QStringLiteral("scheduled_at");
    }
    QJsonObject details{{QStringLiteral("id"), id}, {QStringLiteral("owner"), email.value()},
                        {QStringLiteral("status"), edit.status}};
    if (!inserting) {
        details.insert(QStringLiteral("changed"), QJsonArray::fromStringList(changed));
        if (before.status != edit.status)
            details.insert(QStringLiteral("from"), before.status);
    }
    if (inserting || !changed.isEmpty())
        if (const Status s = AuditLog(m_db).record(m_actor, inserting ? QStringLiteral("campaign.create")
                                                                      : QStringLiteral("campaign.update"),
                                                   edit.name.trimmed(), details);
            !s)
            return s.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
    return findById(id);
}

Result<int> CampaignRepository::remove(const QStringList &ids)
{
    if (const Status s = m_policy.check(Action::Delete, Entity::Campaigns); !s)
        return s.error();
    if (ids.isEmpty())
        return 0;
    for (const QString &id : ids)
        if (!isUuid(id))
            return Error::invalid(Tr::tr("\"%1\" is not a campaign id.").arg(id));
    WriteTransaction tx(m_db, m_policy);
    if (const Status s = tx.begin(); !s)
        return s.error();
    // Unscoped lock: a row of another owner must be refused by name, not silently skipped.
    const CampaignRepository everyOwner(m_db, PermissionPolicy(QStringLiteral("admin"), m_policy.userId()), m_actor);
    const auto rows = everyOwner.select(QStringLiteral("c.id = ANY(CAST(:ids AS uuid[]))"),
                                        {{QStringLiteral(":ids"), UuidList::arrayLiteral(ids)}}, true);
    if (!rows)
        return rows.error();
    for (const Campaign &c : rows.value())
        if (!m_policy.allowsOnRow(Action::Delete, Entity::Campaigns, c.userId))
            return Error::invalid(Tr::tr("The campaign \"%1\" belongs to %2: you can only delete your own campaigns; "
                                         "nothing was deleted.").arg(c.name, c.ownerEmail));
    QSqlQuery q(m_db);
    const bool prepared = q.prepare(QStringLiteral("DELETE FROM campaigns WHERE id = ANY(CAST(:ids AS uuid[]))"));
    q.bindValue(QStringLiteral(":ids"), UuidList::arrayLiteral(ids));
    if (!(prepared && q.exec()))
        return SqlErrorText::toError(Tr::tr("Could not delete the campaigns; nothing was deleted"), q.lastError());
    AuditLog audit(m_db);
    for (const Campaign &c : rows.value()) {
        const QJsonObject details{{QStringLiteral("id"), c.id},
                                  {QStringLiteral("owner"), c.ownerEmail},
                                  {QStringLiteral("status"), c.status},
                                  {QStringLiteral("sent"), c.sentCount},
                                  {QStringLiteral("total"), c.totalRecipients}};
        if (const Status s = audit.record(m_actor, QStringLiteral("campaign.delete"), c.name, details); !s)
            return s.error();
    }
    if (const Status s = tx.commit(); !s)
        return s.error();
    return int(rows->size());
}
