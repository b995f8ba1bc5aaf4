#pragma once

#include "db/connectionsettings.h"
#include "groups/groupmembership.h"

#include <QObject>
#include <QSqlDatabase>
#include <memory>

class MembershipCountConnection;
class QThread;
class QTimer;

/** A members count: the counts, and the owner's number of contacts when it was asked for (else -1). */
struct MembersCount
{
    MembershipCounts counts;
    qint64 ownerContacts = -1;
};

/**
 * Runs a group's membership counts (GroupMembership's own queries, on a snapshot of its pending
 * changes) off the GUI thread: one worker thread with a connection of its own, at most one waiting
 * request of each kind. A new request makes the previous one of its kind stale: if it has not
 * started it is dropped, if it is running it is cancelled on the server, and its answer is never
 * reported. Answers arrive as signals on the GUI thread.
 */
class MembershipCounter : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Members, Preview };
    Q_ENUM(Kind)

    // `cancelDb` is a connection of the GUI thread's, used only to send pg_cancel_backend.
    MembershipCounter(ConnectionSettings settings, QSqlDatabase cancelDb, QObject *parent = nullptr);
    // stop(): nothing outlives the counter.
    ~MembershipCounter() override;

    // Members now and after saving `membership`'s pending changes (and the owner's contacts if asked).
    void countMembers(const GroupMembership &membership, bool withOwnerContacts);
    // What `filter` matches, and what adding or removing all of it would do.
    void countPreview(const GroupMembership &membership, const MembershipFilter &filter);
    // Makes the request of `kind` stale without a new one, e.g. while the user is still typing.
    void cancel(Kind kind);
    // A request of `kind` is waiting or running, and its answer will be reported.
    bool isCounting(Kind kind) const { return m_counting[index(kind)]; }
    // Cancels everything on the server and waits for the worker to close its connection and end.
    // Safe to repeat; a later request starts a new worker.
    void stop();

signals:
    void membersCounted(const MembersCount &count);
    void previewCounted(const FilterPreview &preview);
    // `message` is a sentence for the user; cancelled requests are never reported.
    void countFailed(MembershipCounter::Kind kind, const QString &message);

private:
    struct Request;
    struct Answer;
    struct Shared;
    static int index(Kind kind) { return kind == Kind::Members ? 0 : 1; }
    void request(Request r);
    // Sends pg_cancel_backend while the worker runs a stale request; true while it does.
    bool cancelRunning();
    void cancelStale();
    void deliver(const Answer &answer);
    static void work(Shared &shared, const ConnectionSettings &settings, MembershipCounter *receiver);
    static Answer answer(Shared &shared, MembershipCountConnection &connection, const Request &request);

    ConnectionSettings m_settings;
    QSqlDatabase m_cancelDb;
    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
    QTimer *m_cancelRetry = nullptr;
    int m_nextToken = 0;
    int m_latest[2] = {0, 0};
    bool m_counting[2] = {false, false};
};
