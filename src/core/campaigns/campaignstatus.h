#pragma once

#include "foundation/result.h"

#include <QStringList>

/** A campaign's status values and which changes an administrator may make by hand. */
class CampaignStatus
{
public:
    // draft, scheduled, running, paused, completed, failed: campaigns.status as the Node server writes it.
    static QStringList all();
    // running, completed and failed: set by the WaQtor server only, read-only in the app.
    static bool isServerOwned(const QString &status);
    // What the status combo offers for a campaign now in `from`: `from` itself first, then the
    // allowed hand changes. An unknown status offers only itself.
    static QStringList handTargets(const QString &from);
    // Keeping the status (from == to) is always fine, even an unknown one.
    static Status checkTransition(const QString &from, const QString &to);
    // A scheduled campaign needs a scheduled time that is not before serverNow (both Timestamp text,
    // compared as the server's wall clock). An empty serverNow skips the "in the past" check.
    static Status checkSchedule(const QString &status, const QString &scheduledAt, const QString &serverNow);
    // "Draft", "Scheduled", ... translated; an unknown status comes back as written.
    static QString displayName(const QString &status);
};
