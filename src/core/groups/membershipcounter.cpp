#include "groups/membershipcounter.h"

#include <QCoreApplication>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MembershipCounter)
};

} // namespace

MembershipCounter::MembershipCounter(ConnectionSettings settings, QObject *parent)
    : QObject(parent), m_members(settings), m_preview(settings)
{
    m_members.setCancelledMessage(Tr::tr("Counting was cancelled."));
    m_preview.setCancelledMessage(Tr::tr("Counting was cancelled."));
}

void MembershipCounter::countMembers(const GroupMembership &membership, bool withOwnerContacts)
{
    // A snapshot without a connection: only the worker's is used.
    const GroupMembership snapshot = membership.onConnection(QSqlDatabase());
    m_members.start<MembersCount>(
        [snapshot, withOwnerContacts](const BackgroundContext &context) -> Result<MembersCount> {
            const GroupMembership on = snapshot.onConnection(context.database());
            const auto counts = on.counts();
            if (!counts)
                return counts.error();
            MembersCount count{counts.value(), -1};
            if (withOwnerContacts && !context.isCancelled()) {
                const auto total = on.ownerContactCount();
                if (!total)
                    return total.error();
                count.ownerContacts = total.value();
            }
            return count;
        },
        [this](const Result<MembersCount> &count) {
            if (count)
                emit membersCounted(count.value());
            else
                emit countFailed(Kind::Members, count.error().message);
        });
}

void MembershipCounter::countPreview(const GroupMembership &membership, const MembershipFilter &filter)
{
    const GroupMembership snapshot = membership.onConnection(QSqlDatabase());
    m_preview.start<FilterPreview>(
        [snapshot, filter](const BackgroundContext &context) {
            return snapshot.onConnection(context.database()).preview(filter);
        },
        [this](const Result<FilterPreview> &preview) {
            if (preview)
                emit previewCounted(preview.value());
            else
                emit countFailed(Kind::Preview, preview.error().message);
        });
}

void MembershipCounter::cancel(Kind kind)
{
    query(kind).discard();
}

void MembershipCounter::stop()
{
    m_members.discard();
    m_preview.discard();
    m_members.waitForDone();
    m_preview.waitForDone();
}
