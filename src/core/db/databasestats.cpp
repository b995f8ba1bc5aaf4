#include "db/databasestats.h"

#include "foundation/sqlerrortext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseStats)
};
const QString NoValue = QStringLiteral("(none)");

// `sql` is one of our constant statements below: key, count.
Result<DatabaseStats::Counts> countBy(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return SqlErrorText::toError(Tr::tr("Could not collect the statistics"), q.lastError());
    DatabaseStats::Counts counts;
    while (q.next())
        counts << qMakePair(q.value(0).isNull() ? NoValue : q.value(0).toString(), q.value(1).toLongLong());
    return counts;
}

QJsonObject toObject(const DatabaseStats::Counts &counts)
{
    QJsonObject o;
    for (const auto &c : counts)
        o.insert(c.first, c.second);
    return o;
}

} // namespace

QString DatabaseStats::ackName(int ack)
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

qint64 DatabaseStats::total(const Counts &counts)
{
    qint64 sum = 0;
    for (const auto &c : counts)
        sum += c.second;
    return sum;
}

Result<DatabaseStats> DatabaseStats::collect(QSqlDatabase db)
{
    DatabaseStats s;
    // Known values first in their lifecycle order, then anything else the Node server wrote.
    const auto orderBy = [](const QString &column, const QString &known) {
        return QStringLiteral(" GROUP BY 1 ORDER BY array_position(ARRAY[%2]::text[], %1::text) NULLS LAST, 1")
            .arg(column, known);
    };
    struct Query { Counts *into; QString sql; };
    const QList<Query> queries = {
        {&s.usersByRole, QStringLiteral("SELECT lower(role), count(*) FROM users")
                             + orderBy(QStringLiteral("lower(role)"), QStringLiteral("'admin','user','viewer'"))},
        {&s.sessionsByStatus, QStringLiteral("SELECT status, count(*) FROM whatsapp_sessions")
                                  + orderBy(QStringLiteral("status"), QStringLiteral("'qr','connecting','ready','disconnected'"))},
        {&s.messagesByStatus, QStringLiteral("SELECT status, count(*) FROM messages")
                                  + orderBy(QStringLiteral("status"), QStringLiteral("'pending','sent','delivered','read','failed'"))},
        {&s.messagesByAck, QStringLiteral("SELECT ack_status::text, count(*) FROM messages GROUP BY ack_status ORDER BY ack_status NULLS LAST")},
        {&s.contactsByStatus, QStringLiteral("SELECT status, count(*) FROM recipients")
                                  + orderBy(QStringLiteral("status"), QStringLiteral("'active','blocked','invalid'"))},
    };
    for (const Query &query : queries) {
        const auto counts = countBy(db, query.sql);
        if (!counts)
            return counts.error();
        *query.into = counts.value();
    }

    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT count(*) FILTER (WHERE is_active IS TRUE), count(*) FILTER (WHERE is_active IS NOT TRUE), "
                               "(SELECT count(*) FROM groups), (SELECT count(*) FROM recipient_groups), "
                               "current_database(), pg_database_size(current_database()), "
                               "pg_size_pretty(pg_database_size(current_database())) FROM users"))
        || !q.next())
        return SqlErrorText::toError(Tr::tr("Could not collect the statistics"), q.lastError());
    s.usersActive = q.value(0).toLongLong();
    s.usersInactive = q.value(1).toLongLong();
    s.groups = q.value(2).toLongLong();
    s.memberships = q.value(3).toLongLong();
    s.databaseName = q.value(4).toString();
    s.databaseBytes = q.value(5).toLongLong();
    s.databaseSize = q.value(6).toString();

    if (!q.exec(QStringLiteral("SELECT status, count(*), COALESCE(sum(sent_count), 0), COALESCE(sum(failed_count), 0) "
                               "FROM campaigns")
                + orderBy(QStringLiteral("status"),
                          QStringLiteral("'draft','scheduled','running','paused','completed','failed'"))))
        return SqlErrorText::toError(Tr::tr("Could not collect the statistics"), q.lastError());
    while (q.next())
        s.campaignsByStatus << CampaignRow{q.value(0).isNull() ? NoValue : q.value(0).toString(),
                                           q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()};
    return s;
}

QJsonObject DatabaseStats::toJson() const
{
    QJsonObject byAck;
    for (const auto &c : messagesByAck)
        byAck.insert(c.first, c.second);
    qint64 campaignTotal = 0, sent = 0, failed = 0;
    QJsonObject campaignsByStatusJson;
    for (const CampaignRow &row : campaignsByStatus) {
        campaignsByStatusJson.insert(row.status, QJsonObject{{QStringLiteral("campaigns"), row.campaigns},
                                                             {QStringLiteral("sent"), row.sent},
                                                             {QStringLiteral("failed"), row.failed}});
        campaignTotal += row.campaigns;
        sent += row.sent;
        failed += row.failed;
    }
    return {
        {QStringLiteral("users"), QJsonObject{{QStringLiteral("total"), total(usersByRole)},
                                              {QStringLiteral("active"), usersActive},
                                              {QStringLiteral("inactive"), usersInactive},
                                              {QStringLiteral("by_role"), toObject(usersByRole)}}},
        {QStringLiteral("sessions"), QJsonObject{{QStringLiteral("total"), total(sessionsByStatus)},
                                                 {QStringLiteral("by_status"), toObject(sessionsByStatus)}}},
        {QStringLiteral("messages"), QJsonObject{{QStringLiteral("total"), total(messagesByStatus)},
                                                 {QStringLiteral("by_status"), toObject(messagesByStatus)},
                                                 {QStringLiteral("by_ack"), byAck}}},
        {QStringLiteral("campaigns"), QJsonObject{{QStringLiteral("total"), campaignTotal},
                                                  {QStringLiteral("sent"), sent},
                                                  {QStringLiteral("failed"), failed},
                                                  {QStringLiteral("by_status"), campaignsByStatusJson}}},
        {QStringLiteral("contacts"), QJsonObject{{QStringLiteral("total"), total(contactsByStatus)},
                                                 {QStringLiteral("by_status"), toObject(contactsByStatus)}}},
        {QStringLiteral("groups"), QJsonObject{{QStringLiteral("total"), groups},
                                               {QStringLiteral("memberships"), memberships}}},
        {QStringLiteral("database"), QJsonObject{{QStringLiteral("name"), databaseName},
                                                 {QStringLiteral("size_bytes"), databaseBytes},
                                                 {QStringLiteral("size"), databaseSize}}},
    };
}
