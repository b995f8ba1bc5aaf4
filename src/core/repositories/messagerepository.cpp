#include "repositories/messagerepository.h"

#include "db/auditlog.h"
#include "foundation/sqlerrortext.h"
#include "accounts/writetransaction.h"
#include "foundation/likepattern.h"
#include "foundation/uuidlist.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MessageRepository)
};

// A PostgreSQL uuid[] literal for binding as text; false when an id is not a UUID, so a bad id
// gets its own sentence instead of a cast error.
bool toUuidArray(const QStringList &ids, QString *literal)
{
    static const QRegularExpression uuidRe(QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                                                          "[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    for (const QString &id : ids)
        if (!uuidRe.match(id).hasMatch())
            return false;
    *literal = UuidList::arrayLiteral(ids);
    return true;
}

QString text(const QSqlQuery &q, int column)
{
    return q.isNull(column) ? QString() : q.value(column).toString();
}

} // namespace

MessageRepository::MessageRepository(QSqlDatabase db, PermissionPolicy policy, QString actor)
    : m_db(std::move(db)), m_policy(std::move(policy)), m_actor(std::move(actor))
{
}

Result<MessageDetail> MessageRepository::find(const QString &id) const
{
    if (const Status s = m_policy.check(Action::View, Entity::Messages); !s)
        return s.error();
    const QString scope = m_policy.ownerScope();
    QSqlQuery q(m_db);
    const bool prepared = q.prepare(
        QStringLiteral("SELECT m.id::text, m.user_id::text, u.email, m.session_id::text, s.session_name, m.message_id, "
                       "m.phone_number, m.message_text, m.media_url, m.media_type, m.status, m.ack_status, "
                       "m.error_message, jsonb_pretty(m.metadata), %1, %2 "
                       "FROM messages m LEFT JOIN users u ON u.id = m.user_id "
                       "LEFT JOIN whatsapp_sessions s ON s.id = m.session_id "
                       "WHERE m.id = CAST(:id AS uuid) %3")
            .arg(Timestamp::select(QStringLiteral("m.created_at")), Timestamp::select(QStringLiteral("m.updated_at")),
                 scope.isEmpty() ? QString() : QStringLiteral("AND m.user_id = CAST(:owner AS uuid)")));
    q.bindValue(QStringLiteral(":id"), id);
    if (!scope.isEmpty())
        q.bindValue(QStringLiteral(":owner"), scope);
    if (!(prepared && q.exec()))
        return SqlErrorText::toError(Tr::tr("Could not read the message"), q.lastError());
    if (!q.next())
        return Error::notFound(scope.isEmpty()
                                   ? Tr::tr("The message no longer exists; someone may have deleted it. Refresh the list.")
                                   : Tr::tr("The message no longer exists, or it belongs to another owner. Refresh the list."));
    MessageDetail m;
    m.id = text(q, 0);
    m.ownerId = text(q, 1);
    m.ownerEmail = text(q, 2);
    m.sessionId = text(q, 3);
    m.sessionName = text(q, 4);
    m.messageId = text(q, 5);
    m.phoneNumber = text(q, 6);
    m.text = text(q, 7);
    m.mediaUrl = text(q, 8);
    m.mediaType = text(q, 9);
    m.status = text(q, 10);
    if (!q.isNull(11))
        m.ack = q.value(11).toInt();
    m.errorMessage = text(q, 12);
    m.metadata = text(q, 13);
    m.createdAt = Timestamp::fromSql(q.value(14));
    m.updatedAt = Timestamp::fromSql(q.value(15));
    return m;
}

Result<qint64> MessageRepository::countDeletable(const QStringList &ids) const
{
    if (const Status s = m_policy.check(Action::Delete, Entity::Messages); !s)
        return s.error();
    QString array;
    if (!toUuidArray(ids, &array))
        return Error::invalid(Tr::tr("The selection holds a row that is not a message; refresh the list and select again."));
    const QString scope = m_policy.ownerScope();
    QSqlQuery q(m_db);
    const bool prepared = q.prepare(QStringLiteral("SELECT count(*) FROM messages WHERE id = ANY(CAST(:ids AS uuid[])) %1")
                                        .arg(scope.isEmpty() ? QString() : QStringLiteral("AND user_id = CAST(:owner AS uuid)")));
    q.bindValue(QStringLiteral(":ids"), array);
    if (!scope.isEmpty())
        q.bindValue(QStringLiteral(":owner"), scope);
    if (!(prepared && q.exec() && q.next()))
        return SqlErrorText::toError(Tr::tr("Could not count the selected messages"), q.lastError());
    return q.value(0).toLongLong();
}

Result<qint64> MessageRepository::remove(const QStringList &ids)
{
    if (const Status s = m_policy.check(Action::Delete, Entity::Messages); !s)
        return s.error();
    if (ids.isEmpty())
        return qint64(0);
    QString array;
    if (!toUuidArray(ids, &array))
        return Error::invalid(Tr::tr("The selection holds a row that is not a message; refresh the list and select again."));
    const QString doing = Tr::tr("Could not delete the selected messages");
    WriteTransaction tx(m_db, m_policy);
    if (const Status s = tx.begin(); !s)
        return s.error();

    // Lock the rows first so their owners cannot change between the scope check and the delete.
    QSqlQuery q(m_db);
    const bool locked = q.prepare(QStringLiteral("SELECT user_id::text FROM messages WHERE id = ANY(CAST(:ids AS uuid[])) FOR UPDATE"));
    q.bindValue(QStringLiteral(":ids"), array);
    if (!(locked && q.exec()))
        return SqlErrorText::toError(doing, q.lastError());
    const QString scope = m_policy.ownerScope();
    int foreign = 0;
    while (q.next())
        if (!scope.isEmpty() && q.value(0).toString() != scope)
            ++foreign;
    if (foreign > 0)
        return Error::invalid(Tr::tr("You can only delete your own messages: %n of the selected belong to another owner. "
                                     "Nothing was deleted.", nullptr, foreign));

    const bool prepared = q.prepare(QStringLiteral("DELETE FROM messages WHERE id = ANY(CAST(:ids AS uuid[]))"));
    q.bindValue(QStringLiteral(":ids"), array);
    if (!(prepared && q.exec()))
        return SqlErrorText::toError(doing, q.lastError());
    const qint64 deleted = q.numRowsAffected();

    QJsonObject details{{QStringLiteral("count"), deleted}};
    QJsonArray idList;
    for (const QString &id : ids)
        idList.append(id);
    details.insert(QStringLiteral("ids"), idList);
    const QString target = ids.size() == 1 ? ids.first() : Tr::tr("%n messages", nullptr, int(ids.size()));
    if (const Status s = AuditLog(m_db).record(m_actor, QStringLiteral("message.delete"), target, details); !s)
        return s.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
    return deleted;
}

MessageConditions MessageRepository::conditions(const MessageFilter &f, const QString &table,
                                                const std::function<QString(const QString &)> &placeholder)
{
    MessageConditions c;
    auto add = [&](const QString &name, const QString &value, const QString &sql) {
        c.values.append({name, value});
        c.sql << sql.arg(table, placeholder(name));
    };
    // The sort key of WindowedTableModel and of the 0006 indexes: ranges on it are index ranges.
    const QString created = QStringLiteral("COALESCE(%1.created_at, '-infinity')");
    if (!f.ownerId.isEmpty())
        add(QStringLiteral("owner"), f.ownerId, QStringLiteral("%1.user_id = CAST(%2 AS uuid)"));
    if (!f.status.isEmpty())
        add(QStringLiteral("status"), f.status, QStringLiteral("%1.status = %2"));
    if (!f.phoneNumber.isEmpty())
        add(QStringLiteral("phone"), f.phoneNumber, QStringLiteral("%1.phone_number = %2"));
    if (f.phonePart) {
        c.values.append({QStringLiteral("phonePart"), f.phonePart->value});
        c.sql << f.phonePart->condition(table + QStringLiteral(".phone_number"), placeholder(QStringLiteral("phonePart")));
    }
    if (!f.fromDate.isEmpty())
        add(QStringLiteral("from"), f.fromDate, created + QStringLiteral(" >= CAST(%2 AS timestamp)"));
    if (!f.toDate.isEmpty())
        add(QStringLiteral("to"), f.toDate, created + QStringLiteral(" < CAST(CAST(%2 AS date) + 1 AS timestamp)"));
    if (!f.text.isEmpty()) {
        const QString escaped = LikePattern::literal(f.text);
        add(QStringLiteral("text"), escaped, QStringLiteral("%1.message_text ILIKE '%' || %2 || '%'"));
    }
    return c;
}

Result<QStringList> MessageRepository::findMatches(MessageFilter filter, bool ascending, int limit, const QString &after) const
{
    if (const Status s = m_policy.check(Action::View, Entity::Messages); !s)
        return s.error();
    if (!m_policy.seesAllOwners())
        filter.ownerId = m_policy.ownerScope();
    const Error cancelled = Error::interrupted(searchCancelledMessage());
    // A safety net for the server should the app vanish mid-search: the statement stops by itself.
    if (QSqlQuery timeout(m_db); !timeout.exec(QStringLiteral("SET statement_timeout = '300s'")))
        return SqlErrorText::toError(Tr::tr("Could not search the message texts"), timeout.lastError());
    QSqlQuery q(m_db);
    MessageConditions c = conditions(filter, QStringLiteral("m"), [](const QString &name) { return u':' + name; });
    const QString order = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    if (!after.isEmpty()) {
        // Past the last match of the previous batch, in the same order, compared on its own key.
        c.sql << QStringLiteral("(COALESCE(m.created_at, '-infinity'), m.id) %1 (SELECT COALESCE(b.created_at, '-infinity'), b.id "
                                "FROM messages b WHERE b.id = CAST(:after AS uuid))")
                     .arg(ascending ? QStringLiteral(">") : QStringLiteral("<"));
        c.values.append({QStringLiteral("after"), after});
    }
    const bool prepared = q.prepare(QStringLiteral("SELECT m.id::text FROM messages m %1 "
                                                   "ORDER BY COALESCE(m.created_at, '-infinity') %2, m.id %2 LIMIT %3")
                                        .arg(c.sql.isEmpty() ? QString() : QStringLiteral("WHERE (") + c.sql.join(QStringLiteral(") AND (")) + u')',
                                             order)
                                        .arg(limit));
    for (const auto &value : c.values)
        q.bindValue(u':' + value.first, value.second);
    if (!(prepared && q.exec())) {
        // Cancelled (by a BackgroundQuery's PGcancel) or stopped by statement_timeout.
        if (SqlErrorText::sqlState(q.lastError()) == QLatin1String("57014"))
            return cancelled;
        return SqlErrorText::toError(Tr::tr("Could not search the message texts"), q.lastError());
    }
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

QString MessageRepository::searchCancelledMessage()
{
    return Tr::tr("The search was cancelled.");
}

QStringList MessageRepository::statuses()
{
    return {QStringLiteral("pending"), QStringLiteral("sent"), QStringLiteral("delivered"), QStringLiteral("read"),
            QStringLiteral("failed")};
}

QString MessageRepository::statusText(const QString &status)
{
    const QString s = status.trimmed().toLower();
    if (s == QLatin1String("pending"))
        return Tr::tr("Pending");
    if (s == QLatin1String("sent"))
        return Tr::tr("Sent");
    if (s == QLatin1String("delivered"))
        return Tr::tr("Delivered");
    if (s == QLatin1String("read"))
        return Tr::tr("Read");
    if (s == QLatin1String("failed"))
        return Tr::tr("Failed");
    return status;  // a value the Node server added later: shown as stored
}

QString MessageRepository::ackText(const QVariant &ack)
{
    if (ack.isNull() || !ack.isValid())
        return {};
    bool ok = false;
    const int value = ack.toInt(&ok);
    if (!ok)
        return ack.toString();
    switch (value) {
    case -1: return Tr::tr("failed");
    case 0: return Tr::tr("pending");
    case 1: return Tr::tr("sent");
    case 2: return Tr::tr("delivered");
    case 3: return Tr::tr("read");
    case 4: return Tr::tr("played");
    default: return QString::number(value);
    }
}
