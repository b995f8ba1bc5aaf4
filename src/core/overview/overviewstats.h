#pragma once

#include "accounts/permissionpolicy.h"
#include "foundation/result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSqlDatabase>

/**
 * Every figure the Overview page and `waqtor-db show-stats` show, computed in one place. Message
 * figures come from waqtor_message_daily (migration 0008), never from counting messages, so a
 * refresh costs the same at ten million messages as at ten. Scoped like the pages: a user's own
 * rows, every owner's for viewers and admins (or the one owner an admin chose).
 */
struct OverviewStats
{
    using Counts = QList<QPair<QString, qint64>>;  // key → rows, known values in life-cycle order first

    static constexpr int ChartDays = 30;
    static constexpr int ContactWeeks = 12;
    static constexpr int FunnelSessions = 8;  // the busiest sessions; the rest would be unreadable bars

    struct DayCount { QDate day; QString status; qint64 messages = 0; };
    struct SessionFunnel { QString sessionId; QString sessionName; qint64 sent = 0, delivered = 0, read = 0; };
    struct CampaignRow { QString status; qint64 campaigns = 0; qint64 sent = 0; qint64 failed = 0; };
    struct WeekCount { QDate weekStart; qint64 contacts = 0; };

    QDate today;  // the server's date: every day below is on its clock
    // Messages by status: today, the last 7 and the last 30 days (today included), and all time.
    Counts messagesToday;
    Counts messagesWeek;
    Counts messagesMonth;
    Counts messagesByStatus;
    Counts messagesByAck;  // all time; key is ack_status as text, "(none)" for NULL
    QList<DayCount> messagesPerDay;   // the last ChartDays days; days without messages are absent
    QList<SessionFunnel> funnel;      // the last ChartDays days, busiest sessions first
    Counts sessionsByStatus;
    QList<CampaignRow> campaignsByStatus;
    Counts contactsByStatus;
    QList<WeekCount> contactsPerWeek;  // exactly ContactWeeks weeks (Monday first), oldest first
    qint64 groups = 0;
    qint64 memberships = 0;

    // Admins only (accounts and the database are not anyone's rows): false, and empty, for others.
    bool hasAdminFigures = false;
    Counts usersByRole;
    qint64 usersActive = 0;
    qint64 usersInactive = 0;
    QString databaseName;
    qint64 databaseBytes = 0;
    QString databaseSize;  // pg_size_pretty

    // chosenOwner: an admin's or viewer's owner choice ("" for every owner); ignored for roles
    // limited to their own rows.
    static Result<OverviewStats> collect(QSqlDatabase db, const PermissionPolicy &policy, const QString &chosenOwner = {});
    static qint64 total(const Counts &counts);
    static qint64 count(const Counts &counts, const QString &key);
    qint64 campaignTotal() const;
    qint64 campaignSent() const;
    qint64 campaignFailed() const;
    // show-stats --json, the shape documented in the README.
    QJsonObject toJson() const;
    static QString ackName(int ack);  // -1 failed … 4 played
    static QString noValue();         // how a NULL status is keyed: "(none)"
};
