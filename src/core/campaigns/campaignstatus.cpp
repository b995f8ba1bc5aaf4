#include "campaigns/campaignstatus.h"

#include "foundation/timestamp.h"

#include <QCoreApplication>

namespace {
// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CampaignStatus)
};

const QString Draft = QStringLiteral("draft");
const QString Scheduled = QStringLiteral("scheduled");
const QString Running = QStringLiteral("running");
const QString Paused = QStringLiteral("paused");
const QString Completed = QStringLiteral("completed");
const QString Failed = QStringLiteral("failed");

// The hand changes, besides keeping the status; everything else is the Node server's to do.
bool handAllowed(const QString &from, const QString &to)
{
    return (from == Draft && to == Scheduled)
        || (from == Scheduled && (to == Draft || to == Paused))
        || (from == Running && to == Paused)
        || (from == Paused && to == Scheduled);
}
}

QStringList CampaignStatus::all()
{
    return {Draft, Scheduled, Running, Paused, Completed, Failed};
}

bool CampaignStatus::isServerOwned(const QString &status)
{
    return status == Running || status == Completed || status == Failed;
}

QStringList CampaignStatus::handTargets(const QString &from)
{
    QStringList targets{from};
    for (const QString &to : all()) {
        if (handAllowed(from, to))
            targets.append(to);
    }
    return targets;
}

Status CampaignStatus::checkTransition(const QString &from, const QString &to)
{
    if (from == to)
        return {};
    const QStringList statuses = all();
    if (!statuses.contains(to))
        return Error::invalid(Tr::tr("Unknown campaign status \"%1\"; use draft, scheduled or paused.").arg(to));
    if (!statuses.contains(from))
        return Error::invalid(Tr::tr("The campaign's status \"%1\" is not one WaQtor Admin knows, "
                                     "so it cannot be changed by hand.").arg(from));
    if (handAllowed(from, to))
        return {};
    // Name the status the server owns: the one asked for if it is, else the one being left.
    if (isServerOwned(to) || isServerOwned(from)) {
        const QString owned = isServerOwned(to) ? to : from;
        return Error::invalid(Tr::tr("A campaign cannot go from %1 to %2 by hand: %3 is set by the WaQtor server.")
                                  .arg(from, to, owned));
    }
    if (to == Paused)
        return Error::invalid(Tr::tr("A campaign cannot go from %1 to %2 by hand: only scheduled or running "
                                     "campaigns can be paused.").arg(from, to));
    // What remains is paused → draft.
    return Error::invalid(Tr::tr("A campaign cannot go from %1 to %2 by hand: a paused campaign can only be "
                                 "scheduled again.").arg(from, to));
}

Status CampaignStatus::checkSchedule(const QString &status, const QString &scheduledAt, const QString &serverNow)
{
    if (status != Scheduled)
        return {};
    if (scheduledAt.trimmed().isEmpty())
        return Error::invalid(Tr::tr("A scheduled campaign needs a scheduled time; set one or keep it as a draft."));
    const Timestamp at = Timestamp::fromText(scheduledAt);
    if (at.isNull())
        return Error::invalid(Tr::tr("The scheduled time \"%1\" is not a valid date and time; "
                                     "use the form 2026-05-31 18:00:00.").arg(scheduledAt.trimmed()));
    const Timestamp now = Timestamp::fromText(serverNow);
    // Both are the server's ISO text, most significant field first, so text order is time order
    // and no time zone can shift either side.
    if (!now.isNull() && at.text() < now.text())
        return Error::invalid(Tr::tr("The scheduled time %1 is in the past (server time now: %2).")
                                  .arg(at.text(), now.text()));
    return {};
}

QString CampaignStatus::displayName(const QString &status)
{
    if (status == Draft)
        return Tr::tr("Draft");
    if (status == Scheduled)
        return Tr::tr("Scheduled");
    if (status == Running)
        return Tr::tr("Running");
    if (status == Paused)
        return Tr::tr("Paused");
    if (status == Completed)
        return Tr::tr("Completed");
    if (status == Failed)
        return Tr::tr("Failed");
    return status;
}
