#pragma once

#include "accounts/permissionpolicy.h"
#include "foundation/result.h"
#include "foundation/sqlconditions.h"
#include "foundation/timestamp.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

/** A row of whatsapp_sessions as the app may see it: session_data (the server's auth blob) is never read. */
struct WhatsAppSession
{
    QString id;
    QString userId;
    QString ownerEmail;
    QString name;
    QString status;
    QString phoneNumber;  // empty when NULL (not paired yet)
    QString qrCode;       // what the server stored for pairing: raw pairing text or a data:image URL
    Timestamp createdAt;
    Timestamp updatedAt;
    QString version;  // the row's xmin: changes with every write, so a stale edit is detected exactly
};

/** What the session dialog changes; qr_code and session_data belong to the WaQtor server and are left alone. */
struct SessionEdit
{
    QString id;       // empty for a new session
    QString version;  // WhatsAppSession::version as loaded; empty overwrites whatever is there now
    QString userId;   // the owner; empty means the signed-in user (or the current owner when editing)
    QString name;
    QString status;
    QString phoneNumber;  // as typed; normalised to E.164, empty stores NULL
    QString region;       // for national phone numbers ("SA"); empty accepts international ones only
};

/** What deleting sessions does: the sessions go, messages and campaigns that used them stay unlinked. */
struct SessionDeleteSummary
{
    QStringList labels;          // "Riyadh Sales (owner@example.com)", one per session
    qint64 sessions = 0;
    qint64 messagesUnlinked = 0;   // kept, session_id set to NULL (ON DELETE SET NULL)
    qint64 campaignsUnlinked = 0;  // kept, session_id set to NULL (ON DELETE SET NULL)
};

/** The Sessions list's filters as plain values; empty fields do not filter. */
struct SessionFilter
{
    QString text;     // in the name or the phone number, digits also matched without spaces
    QString status;
    QString ownerId;  // "" for every owner the role may see
    QString id;       // one session (the Overview's funnel), exactly
};

/**
 * SQL for whatsapp_sessions under a PermissionPolicy: a "user" reads and changes only their own
 * sessions (another owner's id is refused, not just hidden from the list), viewers only read.
 * Every write is one transaction with its audit record; session_data is never selected.
 */
class SessionRepository
{
public:
    // `actor` is recorded in waqtor_audit: the signed-in email, or AuditLog::cliActor().
    SessionRepository(QSqlDatabase db, PermissionPolicy policy, QString actor);

    // Conditions on the table for `filter`, limited to the owner `policy` may see whatever the
    // filter asks: the one place the list's owner scope is written.
    static SqlConditions conditions(const SessionFilter &filter, const PermissionPolicy &policy,
                                    const SqlPlaceholder &placeholder);

    // The statuses the WaQtor server writes, in pairing order.
    static QStringList statuses();
    // "QR code waiting", "Connecting", "Ready", "Disconnected"; anything else as stored.
    static QString statusText(const QString &status);
    // Validation the dialog runs before any SQL and save() runs again.
    static Result<QString> normaliseName(const QString &name);
    static Status checkStatus(const QString &status);
    // E.164, or an empty string for an empty input (the column allows NULL).
    static Result<QString> normalisePhone(const QString &phone, const QString &region);

    // A user gets NotFound for another owner's session, exactly as for a deleted one.
    Result<WhatsAppSession> findById(const QString &id) const;
    // Creates (no id) or updates a session; Stale when the row changed since `version` was read,
    // Conflict (naming the owner's email) when the owner already has a session of that name.
    Result<WhatsAppSession> save(const SessionEdit &edit);
    // What remove() would do; refused, like remove(), when any session is not the caller's to delete.
    Result<SessionDeleteSummary> previewDelete(const QStringList &ids) const;
    // Deletes every session in `ids` in one transaction, or none of them.
    Result<SessionDeleteSummary> remove(const QStringList &ids);

private:
    Result<QList<WhatsAppSession>> lockedOrRead(const QStringList &ids, bool lock) const;
    // Reads (or locks) the sessions, refuses any the policy does not let us delete, counts what stays unlinked.
    Result<SessionDeleteSummary> inspect(const QStringList &ids, bool lock, QList<WhatsAppSession> *sessions) const;
    Result<QString> ownerEmail(const QString &userId) const;
    Status checkNameFree(const QString &userId, const QString &email, const QString &name, const QString &exceptId) const;
    Error nameTaken(const QString &name, const QString &email) const;

    QSqlDatabase m_db;
    PermissionPolicy m_policy;
    QString m_actor;
};
