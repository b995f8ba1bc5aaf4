// OverviewStats as `waqtor-db show-stats --json` prints it (the shape documented in the README).

#include "overview/overviewstats.h"

#include <QJsonArray>

namespace {

QJsonObject toObject(const OverviewStats::Counts &counts)
{
    QJsonObject o;
    for (const auto &c : counts)
        o.insert(c.first, c.second);
    return o;
}

} // namespace

QJsonObject OverviewStats::toJson() const
{
    QJsonObject campaignsByStatusJson;
    for (const CampaignRow &row : campaignsByStatus)
        campaignsByStatusJson.insert(row.status, QJsonObject{{QStringLiteral("campaigns"), row.campaigns},
                                                             {QStringLiteral("sent"), row.sent},
                                                             {QStringLiteral("failed"), row.failed}});
    QJsonObject json{
        {QStringLiteral("sessions"), QJsonObject{{QStringLiteral("total"), total(sessionsByStatus)},
                                                 {QStringLiteral("by_status"), toObject(sessionsByStatus)}}},
        {QStringLiteral("messages"), QJsonObject{{QStringLiteral("total"), total(messagesByStatus)},
                                                 {QStringLiteral("by_status"), toObject(messagesByStatus)},
                                                 {QStringLiteral("by_ack"), toObject(messagesByAck)}}},
        {QStringLiteral("campaigns"), QJsonObject{{QStringLiteral("total"), campaignTotal()},
                                                  {QStringLiteral("sent"), campaignSent()},
                                                  {QStringLiteral("failed"), campaignFailed()},
                                                  {QStringLiteral("by_status"), campaignsByStatusJson}}},
        {QStringLiteral("contacts"), QJsonObject{{QStringLiteral("total"), total(contactsByStatus)},
                                                 {QStringLiteral("by_status"), toObject(contactsByStatus)}}},
        {QStringLiteral("groups"), QJsonObject{{QStringLiteral("total"), groups},
                                               {QStringLiteral("memberships"), memberships}}},
    };
    if (hasAdminFigures) {
        json.insert(QStringLiteral("users"), QJsonObject{{QStringLiteral("total"), total(usersByRole)},
                                                         {QStringLiteral("active"), usersActive},
                                                         {QStringLiteral("inactive"), usersInactive},
                                                         {QStringLiteral("by_role"), toObject(usersByRole)}});
        json.insert(QStringLiteral("database"), QJsonObject{{QStringLiteral("name"), databaseName},
                                                            {QStringLiteral("size_bytes"), databaseBytes},
                                                            {QStringLiteral("size"), databaseSize}});
    }
    return json;
}
