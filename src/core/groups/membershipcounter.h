#pragma once

#include "db/backgroundquery.h"
#include "db/connectionsettings.h"
#include "groups/groupmembership.h"

#include <QObject>

/** A members count: the counts, and the owner's number of contacts when it was asked for (else -1). */
struct MembersCount
{
    MembershipCounts counts;
    qint64 ownerContacts = -1;
};

/**
 * Runs a group's membership counts (GroupMembership's own queries, on a snapshot of its pending
 * changes) off the GUI thread, on one BackgroundQuery per kind of request. A new request makes the
 * previous one of its kind stale: it is cancelled on the server at once and its answer is never
 * reported. Answers arrive as signals on the thread this object lives in.
 */
class MembershipCounter : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Members, Preview };
    Q_ENUM(Kind)

    explicit MembershipCounter(ConnectionSettings settings, QObject *parent = nullptr);

    // Members now and after saving `membership`'s pending changes (and the owner's contacts if asked).
    void countMembers(const GroupMembership &membership, bool withOwnerContacts);
    // What `filter` matches, and what adding or removing all of it would do.
    void countPreview(const GroupMembership &membership, const MembershipFilter &filter);
    // Makes the request of `kind` stale without a new one, e.g. while the user is still typing.
    void cancel(Kind kind);
    // A request of `kind` is running, and its answer will be reported.
    bool isCounting(Kind kind) const { return query(kind).isRunning(); }
    // Cancels everything on the server and waits for the workers to close their connections.
    void stop();

signals:
    void membersCounted(const MembersCount &count);
    void previewCounted(const FilterPreview &preview);
    // `message` is a sentence for the user; cancelled requests are never reported.
    void countFailed(MembershipCounter::Kind kind, const QString &message);

private:
    BackgroundQuery &query(Kind kind) { return kind == Kind::Members ? m_members : m_preview; }
    const BackgroundQuery &query(Kind kind) const { return kind == Kind::Members ? m_members : m_preview; }

    BackgroundQuery m_members;
    BackgroundQuery m_preview;
};
