#include "groups/membershipcounter.h"

#include "groups/membershipcountconnection.h"

#include <QMutex>
#include <QMutexLocker>
#include <QThread>
#include <QTimer>
#include <QWaitCondition>
#include <optional>
#include <utility>

struct MembershipCounter::Request
{
    Kind kind = Kind::Members;
    int token = 0;
    GroupMembership membership;  // a snapshot without a connection: only the worker's is used
    MembershipFilter filter;
    bool withOwnerContacts = false;
};

struct MembershipCounter::Answer
{
    Kind kind = Kind::Members;
    int token = 0;
    Error error;  // ErrorKind::None: the counts below hold
    MembersCount members;
    FilterPreview preview;
};

// What the GUI thread and the worker share, always under `mutex`.
struct MembershipCounter::Shared
{
    QMutex mutex;
    QWaitCondition wake;
    std::optional<Request> pending[2];  // the newest request of each kind, not started yet
    int latest[2] = {0, 0};             // the token whose answer is wanted, per kind
    Kind runningKind = Kind::Members;
    int runningToken = 0;               // 0: the worker's connection is idle
    int pid = 0;                        // its backend; 0 while closed
    bool stopping = false;

    bool wanted(Kind kind, int token) const { return !stopping && latest[index(kind)] == token; }
    bool runningStale() const { return runningToken != 0 && !wanted(runningKind, runningToken); }
};

MembershipCounter::MembershipCounter(ConnectionSettings settings, QSqlDatabase cancelDb, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_cancelDb(std::move(cancelDb)),
      m_shared(std::make_shared<Shared>())
{
    // A cancel that reaches the server between two of the worker's statements is lost there:
    // repeat it until the stale request has ended.
    m_cancelRetry = new QTimer(this);
    m_cancelRetry->setInterval(250);
    connect(m_cancelRetry, &QTimer::timeout, this, &MembershipCounter::cancelStale);
}

MembershipCounter::~MembershipCounter()
{
    stop();
}

void MembershipCounter::countMembers(const GroupMembership &membership, bool withOwnerContacts)
{
    request({Kind::Members, 0, membership.onConnection(QSqlDatabase()), {}, withOwnerContacts});
}

void MembershipCounter::countPreview(const GroupMembership &membership, const MembershipFilter &filter)
{
    request({Kind::Preview, 0, membership.onConnection(QSqlDatabase()), filter, false});
}

void MembershipCounter::request(Request r)
{
    if (!m_thread) {
        m_shared = std::make_shared<Shared>();
        // The thread owns a reference: the worker never touches a Shared that is gone.
        m_thread = QThread::create([shared = m_shared, settings = m_settings, receiver = this] {
            work(*shared, settings, receiver);
        });
        m_thread->setObjectName(QStringLiteral("membership counts"));
        m_thread->start();
    }
    const int i = index(r.kind);
    r.token = ++m_nextToken;
    m_latest[i] = r.token;
    m_counting[i] = true;
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->latest[i] = r.token;
        m_shared->pending[i] = std::move(r);  // one that had not started yet is dropped here
        m_shared->wake.wakeOne();
    }
    cancelStale();
}

void MembershipCounter::cancel(Kind kind)
{
    const int i = index(kind);
    m_latest[i] = ++m_nextToken;
    m_counting[i] = false;
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->latest[i] = m_latest[i];
        m_shared->pending[i].reset();
    }
    cancelStale();
}

bool MembershipCounter::cancelRunning()
{
    // Under the lock the worker cannot move on to a wanted request, so the cancel can only reach
    // the stale statement (or an idle backend, which ignores it).
    QMutexLocker lock(&m_shared->mutex);
    if (!m_shared->runningStale())
        return false;
    MembershipCountConnection::cancel(m_cancelDb, m_shared->pid);
    return true;
}

void MembershipCounter::cancelStale()
{
    if (m_thread && cancelRunning())
        m_cancelRetry->start();
    else
        m_cancelRetry->stop();
}

void MembershipCounter::stop()
{
    m_cancelRetry->stop();
    for (int i = 0; i < 2; ++i) {
        m_latest[i] = ++m_nextToken;  // answers already posted to this thread are dropped too
        m_counting[i] = false;
    }
    if (!m_thread)
        return;
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->stopping = true;
        m_shared->pending[0].reset();
        m_shared->pending[1].reset();
        m_shared->wake.wakeAll();
    }
    // The worker ends once its statement does; a statement waiting on a lock only ends when cancelled.
    do
        cancelRunning();
    while (!m_thread->wait(200));
    delete m_thread;
    m_thread = nullptr;
}

void MembershipCounter::deliver(const Answer &a)
{
    const int i = index(a.kind);
    if (a.token != m_latest[i])
        return;  // superseded after the worker sent it
    m_counting[i] = false;
    if (a.error.kind != ErrorKind::None)
        emit countFailed(a.kind, a.error.message);
    else if (a.kind == Kind::Members)
        emit membersCounted(a.members);
    else
        emit previewCounted(a.preview);
}

// The worker thread: opens its connection on first use, runs the newest request of each kind,
// and closes the connection on this same thread before it ends.
void MembershipCounter::work(Shared &s, const ConnectionSettings &settings, MembershipCounter *receiver)
{
    MembershipCountConnection connection(settings);
    QMutexLocker lock(&s.mutex);
    for (;;) {
        while (!s.stopping && !s.pending[0] && !s.pending[1])
            s.wake.wait(&s.mutex);
        if (s.stopping)
            break;
        std::optional<Request> &next = s.pending[0] ? s.pending[0] : s.pending[1];
        const Request r = std::move(*next);
        next.reset();
        s.runningKind = r.kind;
        s.runningToken = r.token;
        lock.unlock();
        const Answer a = answer(s, connection, r);
        lock.relock();
        s.runningToken = 0;
        if (!s.wanted(r.kind, r.token))
            continue;  // cancelled or superseded: nobody waits for it
        // `receiver` outlives this thread (stop() waits for it), and the call runs on its thread.
        QMetaObject::invokeMethod(receiver, [receiver, a] { receiver->deliver(a); }, Qt::QueuedConnection);
    }
    s.pid = 0;  // never signal whoever gets that backend's pid next
    lock.unlock();
    connection.close();
}

MembershipCounter::Answer MembershipCounter::answer(Shared &s, MembershipCountConnection &connection, const Request &r)
{
    Answer a{r.kind, r.token, {}, {}, {}};
    const auto wanted = [&] {
        QMutexLocker lock(&s.mutex);
        return s.wanted(r.kind, r.token);
    };
    const auto close = [&] {
        {
            QMutexLocker lock(&s.mutex);
            s.pid = 0;
        }
        connection.close();
    };
    // The GUI thread cancels only stale requests, but a cancel aimed at one can land on the next
    // statement; a wanted request that was cancelled is therefore run again (a few times at most).
    for (int attempt = 0; attempt < 3 && wanted(); ++attempt) {
        if (!connection.isOpen()) {
            if (const Status opened = connection.open(); !opened) {
                a.error = opened.error();
                return a;
            }
            QMutexLocker lock(&s.mutex);
            s.pid = connection.backendPid();
        }
        a.error = Error();
        if (r.kind == Kind::Preview) {
            const auto preview = connection.preview(r.membership, r.filter);
            if (preview)
                a.preview = preview.value();
            else
                a.error = preview.error();
        } else {
            const auto counts = connection.counts(r.membership);
            if (counts)
                a.members.counts = counts.value();
            else
                a.error = counts.error();
            if (counts && r.withOwnerContacts && wanted()) {
                const auto total = connection.ownerContactCount(r.membership);
                if (total)
                    a.members.ownerContacts = total.value();
                else
                    a.error = total.error();
            }
        }
        if (a.error.kind == ErrorKind::Database)
            close();  // perhaps a lost connection: the next request opens a new one
        if (a.error.kind != ErrorKind::Interrupted)
            return a;
    }
    return a;
}
