#include "overview/overviewstats.h"

#include "foundation/sqlerrortext.h"
#include "repositories/campaignrepository.h"
#include "repositories/contactrepository.h"
#include "repositories/grouprepository.h"
#include "repositories/messagerepository.h"
#include "repositories/sessionrepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OverviewStats)
};

QString placeholder(const QString &name)
{
    return u':' + name;
}

// " WHERE (a) AND (b)" from the repository's scope conditions and this query's own.
QString where(const SqlConditions &scope, const QStringList &own = {})
{
    const QStringList all = own + scope.sql;
    return all.isEmpty() ? QString() : QStringLiteral(" WHERE (") + all.join(QStringLiteral(") AND (")) + u')';
}

// Known values first in their life-cycle order, then anything else the Node server wrote.
QString orderBy(const QString &column, const QStringList &known)
{
    QStringList quoted;
    for (const QString &k : known)
        quoted << u'\'' + k + u'\'';  // our own constant status names
    return QStringLiteral(" ORDER BY array_position(ARRAY[%2]::text[], %1::text) NULLS LAST, %1")
        .arg(column, quoted.join(u','));
}

struct Query
{
    QSqlQuery q;
    Error error;
};

// `sql` is one of our constant statements below; values only come in through `scope`'s placeholders.
Query run(QSqlDatabase db, const QString &sql, const SqlConditions &scope = {})
{
    // Not forward-only: QPSQL would then stream rows one by one, and the next statement on this
    // connection would cut the previous one's short. Every answer here is a few hundred rows.
    Query query{QSqlQuery(db), {}};
    bool ok = false;
    if (scope.values.isEmpty()) {
        ok = query.q.exec(sql);  // SET TRANSACTION cannot be prepared
    } else {
        ok = query.q.prepare(sql);
        for (const auto &value : scope.values)
            query.q.bindValue(placeholder(value.first), value.second);
        ok = ok && query.q.exec();
    }
    if (!ok)
        query.error = SqlErrorText::toError(Tr::tr("Could not collect the overview figures"), query.q.lastError());
    return query;
}

QString key(const QVariant &value)
{
    return value.isNull() ? OverviewStats::noValue() : value.toString();
}

// Keeps only what is there: a status whose rows were all deleted leaves a zero in the summary table.
void addCount(OverviewStats::Counts &counts, const QVariant &k, const QVariant &n)
{
    if (n.toLongLong() != 0)
        counts << qMakePair(key(k), n.toLongLong());
}

Result<OverviewStats::Counts> countBy(QSqlDatabase db, const QString &sql, const SqlConditions &scope)
{
    Query query = run(db, sql, scope);
    if (query.error.kind != ErrorKind::None)
        return query.error;
    OverviewStats::Counts counts;
    while (query.q.next())
        addCount(counts, query.q.value(0), query.q.value(1));
    return counts;
}

const QStringList SessionStatuses = {QStringLiteral("qr"), QStringLiteral("connecting"), QStringLiteral("ready"),
                                     QStringLiteral("disconnected")};
const QStringList CampaignStatuses = {QStringLiteral("draft"), QStringLiteral("scheduled"), QStringLiteral("running"),
                                      QStringLiteral("paused"), QStringLiteral("completed"), QStringLiteral("failed")};
const QStringList ContactStatuses = {QStringLiteral("active"), QStringLiteral("blocked"), QStringLiteral("invalid")};

// The message figures, all from waqtor_message_daily ("d"), which has one row per day, owner,
// session, status and ack: a few thousand rows where messages has millions.
Status collectMessages(QSqlDatabase db, const SqlConditions &scope, OverviewStats &s)
{
    const QStringList statuses = MessageRepository::statuses();
    const QString lastDays = QStringLiteral("d.day > CURRENT_DATE - %1 AND d.day <= CURRENT_DATE").arg(OverviewStats::ChartDays);
    Query q = run(db, QStringLiteral("SELECT d.status, sum(d.messages) FILTER (WHERE d.day = CURRENT_DATE), "
                                     "sum(d.messages) FILTER (WHERE d.day > CURRENT_DATE - 7), sum(d.messages) "
                                     "FROM waqtor_message_daily d") + where(scope, {lastDays})
                      + QStringLiteral(" GROUP BY d.status") + orderBy(QStringLiteral("d.status"), statuses),
                  scope);
    if (q.error.kind != ErrorKind::None)
        return q.error;
    while (q.q.next()) {
        addCount(s.messagesToday, q.q.value(0), q.q.value(1));
        addCount(s.messagesWeek, q.q.value(0), q.q.value(2));
        addCount(s.messagesMonth, q.q.value(0), q.q.value(3));
    }

    const auto all = countBy(db, QStringLiteral("SELECT d.status, sum(d.messages) FROM waqtor_message_daily d")
                                     + where(scope) + QStringLiteral(" GROUP BY d.status")
                                     + orderBy(QStringLiteral("d.status"), statuses),
                             scope);
    if (!all)
        return all.error();
    s.messagesByStatus = all.value();
    const auto acks = countBy(db, QStringLiteral("SELECT d.ack_status::text, sum(d.messages) FROM waqtor_message_daily d")
                                      + where(scope) + QStringLiteral(" GROUP BY d.ack_status ORDER BY d.ack_status NULLS LAST"),
                              scope);
    if (!acks)
        return acks.error();
    s.messagesByAck = acks.value();

    q = run(db, QStringLiteral("SELECT d.day, d.status, sum(d.messages) FROM waqtor_message_daily d") + where(scope, {lastDays})
                    + QStringLiteral(" GROUP BY d.day, d.status HAVING sum(d.messages) <> 0")
                    + orderBy(QStringLiteral("d.status"), statuses).replace(QStringLiteral(" ORDER BY "),
                                                                             QStringLiteral(" ORDER BY d.day, ")),
            scope);
    if (q.error.kind != ErrorKind::None)
        return q.error;
    while (q.q.next())
        s.messagesPerDay << OverviewStats::DayCount{q.q.value(0).toDate(), key(q.q.value(1)), q.q.value(2).toLongLong()};

    // The funnel: what reached the phone (sent or further), what was delivered (or read), what was read.
    q = run(db, QStringLiteral("SELECT d.session_id::text, min(ws.session_name), "
                               "sum(d.messages) FILTER (WHERE d.status IN ('sent', 'delivered', 'read')), "
                               "sum(d.messages) FILTER (WHERE d.status IN ('delivered', 'read')), "
                               "sum(d.messages) FILTER (WHERE d.status = 'read') "
                               "FROM waqtor_message_daily d LEFT JOIN whatsapp_sessions ws ON ws.id = d.session_id")
                    + where(scope, {lastDays})
                    + QStringLiteral(" GROUP BY d.session_id HAVING sum(d.messages) FILTER "
                                     "(WHERE d.status IN ('sent', 'delivered', 'read')) > 0 "
                                     "ORDER BY 3 DESC, 2 LIMIT %1").arg(OverviewStats::FunnelSessions),
            scope);
    if (q.error.kind != ErrorKind::None)
        return q.error;
    while (q.q.next())
        s.funnel << OverviewStats::SessionFunnel{q.q.value(0).toString(), q.q.value(1).toString(), q.q.value(2).toLongLong(),
                                                 q.q.value(3).toLongLong(), q.q.value(4).toLongLong()};
    return {};
}

Status collectTables(QSqlDatabase db, const PermissionPolicy &policy, const QString &owner, OverviewStats &s)
{
    SessionFilter ownersSessions;
    ownersSessions.ownerId = owner;
    const SqlConditions sessions = SessionRepository::conditions(ownersSessions, policy, placeholder);
    const auto sessionCounts = countBy(db, QStringLiteral("SELECT whatsapp_sessions.status, count(*) FROM whatsapp_sessions")
                                               + where(sessions) + QStringLiteral(" GROUP BY 1")
                                               + orderBy(QStringLiteral("whatsapp_sessions.status"), SessionStatuses),
                                       sessions);
    if (!sessionCounts)
        return sessionCounts.error();
    s.sessionsByStatus = sessionCounts.value();

    const SqlConditions campaigns = CampaignRepository::conditions(CampaignFilter{{}, {}, owner}, policy, placeholder);
    Query q = run(db, QStringLiteral("SELECT campaigns.status, count(*), COALESCE(sum(campaigns.sent_count), 0), "
                                     "COALESCE(sum(campaigns.failed_count), 0) FROM campaigns")
                          + where(campaigns) + QStringLiteral(" GROUP BY 1")
                          + orderBy(QStringLiteral("campaigns.status"), CampaignStatuses),
                  campaigns);
    if (q.error.kind != ErrorKind::None)
        return q.error;
    while (q.q.next())
        s.campaignsByStatus << OverviewStats::CampaignRow{key(q.q.value(0)), q.q.value(1).toLongLong(),
                                                          q.q.value(2).toLongLong(), q.q.value(3).toLongLong()};

    // Contacts and memberships from migration 0011's summaries, kept exact by triggers: a few
    // thousand rows where recipients and recipient_groups have millions.
    const SqlConditions contacts = ContactRepository::summaryConditions(owner, policy, QStringLiteral("c"), placeholder);
    const auto contactCounts = countBy(db, QStringLiteral("SELECT c.status, sum(c.contacts) FROM waqtor_contact_daily c")
                                               + where(contacts) + QStringLiteral(" GROUP BY 1 HAVING sum(c.contacts) <> 0")
                                               + orderBy(QStringLiteral("c.status"), ContactStatuses),
                                       contacts);
    if (!contactCounts)
        return contactCounts.error();
    s.contactsByStatus = contactCounts.value();

    // ISO weeks (Monday first), the current one included.
    const QDate thisWeek = s.today.addDays(1 - s.today.dayOfWeek());
    for (int i = OverviewStats::ContactWeeks - 1; i >= 0; --i)
        s.contactsPerWeek << OverviewStats::WeekCount{thisWeek.addDays(-7 * i), 0};
    q = run(db, QStringLiteral("SELECT date_trunc('week', c.day::timestamp)::date, sum(c.contacts) FROM waqtor_contact_daily c")
                    + where(contacts, {QStringLiteral("c.day >= date_trunc('week', CURRENT_DATE::timestamp) - interval '%1 weeks'")
                                           .arg(OverviewStats::ContactWeeks - 1)})
                    + QStringLiteral(" GROUP BY 1"),
            contacts);
    if (q.error.kind != ErrorKind::None)
        return q.error;
    while (q.q.next())
        for (OverviewStats::WeekCount &week : s.contactsPerWeek)
            if (week.weekStart == q.q.value(0).toDate())
                week.contacts = q.q.value(1).toLongLong();

    const SqlConditions groups = GroupRepository::conditions(GroupFilter{{}, owner}, policy, placeholder);
    // Members per group (0011), summed over the groups the scope sees; a deleted group's row is at zero.
    const QString memberships = QStringLiteral("SELECT COALESCE(sum(m.members), 0) FROM waqtor_group_members m "
                                               "JOIN groups ON groups.id = m.group_id") + where(groups);
    q = run(db, QStringLiteral("SELECT (SELECT count(*) FROM groups%1), (%2)").arg(where(groups), memberships), groups);
    if (q.error.kind != ErrorKind::None)
        return q.error;
    if (!q.q.next())
        return Error::database(Tr::tr("Could not collect the overview figures: the group counts were empty."));
    s.groups = q.q.value(0).toLongLong();
    s.memberships = q.q.value(1).toLongLong();
    return {};
}

Status collectAdminFigures(QSqlDatabase db, OverviewStats &s)
{
    const auto roles = countBy(db, QStringLiteral("SELECT lower(users.role), count(*) FROM users GROUP BY 1")
                                       + orderBy(QStringLiteral("lower(users.role)"),
                                                 {QStringLiteral("admin"), QStringLiteral("user"), QStringLiteral("viewer")}),
                               {});
    if (!roles)
        return roles.error();
    s.usersByRole = roles.value();
    Query q = run(db, QStringLiteral("SELECT count(*) FILTER (WHERE is_active IS TRUE), count(*) FILTER (WHERE is_active IS NOT TRUE), "
                                     "current_database(), pg_database_size(current_database()), "
                                     "pg_size_pretty(pg_database_size(current_database())) FROM users"));
    if (q.error.kind != ErrorKind::None)
        return q.error;
    if (!q.q.next())
        return Error::database(Tr::tr("Could not collect the overview figures: the account counts were empty."));
    s.usersActive = q.q.value(0).toLongLong();
    s.usersInactive = q.q.value(1).toLongLong();
    s.databaseName = q.q.value(2).toString();
    s.databaseBytes = q.q.value(3).toLongLong();
    s.databaseSize = q.q.value(4).toString();
    s.hasAdminFigures = true;
    return {};
}

} // namespace

Result<OverviewStats> OverviewStats::collect(QSqlDatabase db, const PermissionPolicy &policy, const QString &chosenOwner)
{
    if (const Status allowed = policy.check(Action::View, Entity::Messages); !allowed)
        return allowed.error();
    // One snapshot, so the cards agree with each other and with the charts; read-only, rolled back.
    if (!db.transaction())
        return SqlErrorText::toError(Tr::tr("Could not collect the overview figures"), db.lastError());
    struct Rollback { QSqlDatabase db; ~Rollback() { db.rollback(); } } rollback{db};
    Query q = run(db, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
    if (q.error.kind != ErrorKind::None)
        return q.error;
    q = run(db, QStringLiteral("SELECT CURRENT_DATE"));
    if (q.error.kind != ErrorKind::None)
        return q.error;
    OverviewStats s;
    if (!q.q.next())
        return Error::database(Tr::tr("Could not collect the overview figures: the server did not say its date."));
    s.today = q.q.value(0).toDate();

    const QString owner = policy.listOwner(chosenOwner);
    MessageFilter messageScope;
    messageScope.ownerId = owner;
    const SqlConditions messages = MessageRepository::conditions(messageScope, policy, QStringLiteral("d"), placeholder);
    if (const Status st = collectMessages(db, messages, s); !st)
        return st.error();
    if (const Status st = collectTables(db, policy, owner, s); !st)
        return st.error();
    if (policy.canOpen(Entity::Users))
        if (const Status st = collectAdminFigures(db, s); !st)
            return st.error();
    return s;
}

qint64 OverviewStats::total(const Counts &counts)
{
    qint64 sum = 0;
    for (const auto &c : counts)
        sum += c.second;
    return sum;
}

qint64 OverviewStats::count(const Counts &counts, const QString &k)
{
    for (const auto &c : counts)
        if (c.first == k)
            return c.second;
    return 0;
}

qint64 OverviewStats::campaignTotal() const
{
    qint64 n = 0;
    for (const CampaignRow &row : campaignsByStatus)
        n += row.campaigns;
    return n;
}

qint64 OverviewStats::campaignSent() const
{
    qint64 n = 0;
    for (const CampaignRow &row : campaignsByStatus)
        n += row.sent;
    return n;
}

qint64 OverviewStats::campaignFailed() const
{
    qint64 n = 0;
    for (const CampaignRow &row : campaignsByStatus)
        n += row.failed;
    return n;
}

QString OverviewStats::noValue()
{
    return QStringLiteral("(none)");
}

QString OverviewStats::ackName(int ack)
{
    switch (ack) {
    case -1: return QStringLiteral("failed");
    case 0: return QStringLiteral("pending");
    case 1: return QStringLiteral("sent");
    case 2: return QStringLiteral("delivered");
    case 3: return QStringLiteral("read");
    case 4: return QStringLiteral("played");
    default: return QStringLiteral("unknown");
    }
}
