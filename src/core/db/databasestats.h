#pragma once

#include "foundation/result.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSqlDatabase>

/** The figures `show-stats` prints: accounts, sessions, messages, campaigns, contacts, groups, size. */
struct DatabaseStats
{
    using Counts = QList<QPair<QString, qint64>>;  // key → rows, in display order

    Counts usersByRole;
    qint64 usersActive = 0;
    qint64 usersInactive = 0;
    Counts sessionsByStatus;
    Counts messagesByStatus;
    Counts messagesByAck;
    struct CampaignRow { QString status; qint64 campaigns = 0; qint64 sent = 0; qint64 failed = 0; };
    QList<CampaignRow> campaignsByStatus;
    Counts contactsByStatus;
    qint64 groups = 0;
    qint64 memberships = 0;
    QString databaseName;
    qint64 databaseBytes = 0;
    QString databaseSize;  // pg_size_pretty

    static Result<DatabaseStats> collect(QSqlDatabase db);
    static qint64 total(const Counts &counts);
    // The --json shape documented in the README.
    QJsonObject toJson() const;
    static QString ackName(int ack);  // -1 failed … 4 played
};
