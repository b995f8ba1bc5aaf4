#pragma once

#include "accounts/permissionpolicy.h"
#include "foundation/result.h"
#include "foundation/sqlconditions.h"
#include "foundation/timestamp.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QVariantMap>

/** A row of campaigns, with its owner's email and its WhatsApp session's name. */
struct Campaign
{
    QString id;
    QString userId;
    QString ownerEmail;
    QString sessionId;    // empty: no session (NULL)
    QString sessionName;
    QString name;
    QString messageTemplate;
    QString status;
    qint64 totalRecipients = 0;
    qint64 sentCount = 0;
    qint64 failedCount = 0;
    Timestamp scheduledAt;
    Timestamp startedAt;
    Timestamp completedAt;
    Timestamp createdAt;
    Timestamp updatedAt;
    QString version;  // the row's xmin: changes with every write, so a stale edit is detected exactly
};

/** What the campaign dialog saves: an empty id inserts; an empty version overwrites whatever is stored. */
struct CampaignEdit
{
    QString id;
    QString version;
    QString userId;     // empty: the signed-in user's own id (required for admins)
    QString sessionId;  // empty: no session
    QString name;
    QString messageTemplate;
    QString status;
    Timestamp scheduledAt;
};

/** One entry of a combo box: a row id and the text it shows. */
struct CampaignChoice
{
    QString id;
    QString text;
};

/** A contact (recipients row) to preview a message template against. */
struct TemplateContact
{
    QString id;
    QString name;
    QString phoneNumber;
    QString email;
    QJsonObject customFields;

    // name, phone_number and email, as MessageTemplate::render() reads them.
    QVariantMap fields() const;
};

/** The Campaigns list's filters as plain values; empty fields do not filter. */
struct CampaignFilter
{
    QString text;     // in the name or the template; % and _ match themselves
    QString status;
    QString ownerId;  // "" for every owner the role may see
};

/**
 * SQL for the campaigns table, limited to what the signed-in role may see and change: every value
 * bound, timestamps as text, saves checked against CampaignStatus and the server's clock, deletes
 * and saves audited in one transaction.
 */
class CampaignRepository
{
public:
    CampaignRepository(QSqlDatabase db, PermissionPolicy policy, QString actor);

    // Conditions on the table for `filter`, limited to the owner `policy` may see whatever the
    // filter asks: the one place the list's owner scope is written.
    static SqlConditions conditions(const CampaignFilter &filter, const PermissionPolicy &policy,
                                    const SqlPlaceholder &placeholder);

    // Not found, too, when the row belongs to an owner the role may not see.
    Result<Campaign> findById(const QString &id) const;
    Result<QList<Campaign>> findByIds(const QStringList &ids) const;
    // The accounts a campaign may belong to: every account for admins and viewers, else only one's own.
    Result<QList<CampaignChoice>> owners() const;
    // The owner's WhatsApp sessions ("name — phone"), by name.
    Result<QList<CampaignChoice>> sessionsOf(const QString &ownerId) const;
    // At most `limit` of the owner's contacts whose name or phone number contains `search`.
    Result<QList<TemplateContact>> contactsOf(const QString &ownerId, const QString &search, int limit) const;
    // The server's LOCALTIMESTAMP as Timestamp text: "now" for scheduled times.
    Result<QString> serverNow() const;

    // Name and template, before any SQL.
    static Status checkFields(const CampaignEdit &edit);
    // Inserts or updates in one transaction: owner and session checked, the status change checked
    // with CampaignStatus, a new scheduled time checked against LOCALTIMESTAMP, stale versions refused.
    Result<Campaign> save(const CampaignEdit &edit);
    // Deletes the campaigns in one transaction (all or none) and audits each; returns how many went.
    Result<int> remove(const QStringList &ids);

private:
    Result<QList<Campaign>> select(const QString &where, const QVariantMap &values, bool lock) const;
    Status checkSession(const QString &sessionId, const QString &ownerId, const QString &ownerEmail) const;
    Result<QString> ownerEmail(const QString &ownerId) const;

    QSqlDatabase m_db;
    PermissionPolicy m_policy;
    QString m_actor;
};
