#pragma once

#include "phone/phonesearch.h"

#include "accounts/permissionpolicy.h"
#include "foundation/result.h"
#include "foundation/sqlconditions.h"
#include "foundation/timestamp.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QStringList>
#include <atomic>
#include <functional>
#include <optional>

/** One row of messages with its owner's email and its session's name, every field as stored. */
struct MessageDetail
{
    QString id;
    QString ownerId;
    QString ownerEmail;
    QString sessionId;    // empty: no session (deleted sessions leave NULL)
    QString sessionName;
    QString messageId;    // WhatsApp's own id
    QString phoneNumber;
    QString text;
    QString mediaUrl;
    QString mediaType;
    QString status;
    std::optional<int> ack;
    QString errorMessage;
    QString metadata;     // pretty-printed JSON, or empty for NULL
    Timestamp createdAt;
    Timestamp updatedAt;
};

/** The Messages page's filters as plain values; empty fields do not filter. */
struct MessageFilter
{
    QString ownerId;
    QString status;       // as stored: pending, sent, delivered, read, failed
    QString phoneNumber;  // exact, already in E.164
    QString fromDate;     // yyyy-MM-dd, inclusive
    QString toDate;       // yyyy-MM-dd, inclusive (the whole day)
    QString text;         // case-insensitive substring of message_text; % and _ match themselves
    std::optional<PhoneSearch> phonePart;  // part of a number: digits it contains, or its start
};

using MessageConditions = SqlConditions;

/**
 * The messages table, which the Node server writes: detail reads and set-based deletes, both
 * limited to what the signed-in role may see and delete. Never inserts or edits.
 */
class MessageRepository
{
public:
    // actor: the signed-in email, for the audit log.
    MessageRepository(QSqlDatabase db, PermissionPolicy policy, QString actor);

    // Not found when the row is gone or belongs to another owner than the policy's scope.
    Result<MessageDetail> find(const QString &id) const;
    // How many of `ids` exist and may be deleted by this role (for the confirmation).
    Result<qint64> countDeletable(const QStringList &ids) const;
    // Deletes every row of `ids` in one transaction with one audit record; refused as a whole,
    // nothing deleted, when the role may not delete messages or any row belongs to another owner.
    Result<qint64> remove(const QStringList &ids);

    // The ids of the first `limit` messages matching `filter` (text included), newest first or
    // oldest first. Made for a BackgroundQuery's worker, whose cancel stops it on the server
    // (Interrupted); it sets its connection's statement_timeout to 300 s. The owner is forced to
    // the policy's scope. With `after` (a message id), the matches that come after that message in
    // the same order: the next batch of a search that stopped at its limit.
    Result<QStringList> findMatches(MessageFilter filter, bool ascending, int limit, const QString &after = {}) const;
    // What a cancelled search reports; give it to the BackgroundQuery that runs findMatches().
    static QString searchCancelledMessage();

    // Conditions on `table` (the messages table's name in the query) for `filter`, written on the
    // same expressions as the keyset indexes of migration 0006 so they stay index scans.
    // placeholder(name) is how a value is read: ":name" for a prepared query, or a model parameter.
    static MessageConditions conditions(const MessageFilter &filter, const QString &table,
                                        const std::function<QString(const QString &)> &placeholder);
    // The same, with the owner limited to what `policy` may see whatever the filter asks.
    static SqlConditions conditions(MessageFilter filter, const PermissionPolicy &policy, const QString &table,
                                    const SqlPlaceholder &placeholder);

    // `table`'s id is one of `ids` (a text search's matches), the ids travelling as one bound uuid[]
    // literal; ids that are not UUIDs are dropped, and no ids match no row.
    static SqlConditions idsCondition(const QStringList &ids, const QString &table, const SqlPlaceholder &placeholder);
    // Phone, then time, %1 standing for the table's reference: exactly the columns of
    // idx_messages_phone_created_keyset, so a window sorted by phone is an index scan.
    static QStringList phoneSortExpressions();

    // Readable words for the status and ack_status columns ("Delivered", "Read").
    static QString statusText(const QString &status);
    static QString ackText(const QVariant &ack);
    static QStringList statuses();  // the values the Node server writes, in life-cycle order

private:
    QSqlDatabase m_db;
    PermissionPolicy m_policy;
    QString m_actor;
};
