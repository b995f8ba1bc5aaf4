#include "db/backgroundquery.h"

#include "db/libpqconnection.h"
#include "db/scopedconnection.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QThread>

#include <libpq-fe.h>
#include <mutex>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundQuery)
};

} // namespace

// One request: shared by the owner's thread (cancel, delivery) and its worker (the run).
struct BackgroundQuery::Job
{
    quint64 token = 0;
    Body body;
    Finish finish;
    QThread *thread = nullptr;
    Error failure;  // written by the worker before it ends, read once it has

    std::atomic<bool> cancelled{false};
    std::mutex cancelMutex;       // PQcancel must never run on a handle the worker has freed
    PGcancel *handle = nullptr;   // while the worker's connection is open and its work runs

    // Any thread. PQcancel is thread-safe and opens a connection of its own, so no polling thread and
    // no second connection of ours is involved; the handle names exactly this job's backend.
    void requestCancel()
    {
        cancelled = true;
        const std::lock_guard<std::mutex> lock(cancelMutex);
        if (handle) {
            char message[256];
            PQcancel(handle, message, int(sizeof message));
        }
    }
    // Worker: false when a cancel came first (even before the connection existed): do not run.
    bool arm(PGconn *conn)
    {
        const std::lock_guard<std::mutex> lock(cancelMutex);
        if (cancelled)
            return false;
        handle = conn ? PQgetCancel(conn) : nullptr;
        return true;
    }
    // Worker, before the connection closes: a late cancel then has nothing to reach.
    void disarm()
    {
        const std::lock_guard<std::mutex> lock(cancelMutex);
        if (handle)
            PQfreeCancel(handle);
        handle = nullptr;
    }
};

BackgroundQuery::BackgroundQuery(ConnectionSettings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_cancelledMessage(Tr::tr("The query was cancelled."))
{
}

BackgroundQuery::~BackgroundQuery()
{
    discard();
    waitForDone();
    for (const std::shared_ptr<Job> &job : std::as_const(m_jobs))
        delete job->thread;  // ended above; its queued `finished` dies with this object
}

void BackgroundQuery::launch(Body body, Finish finish)
{
    auto job = std::make_shared<Job>();
    job->body = std::move(body);
    job->finish = std::move(finish);
    {
        QMutexLocker lock(&m_mutex);
        for (const std::shared_ptr<Job> &older : std::as_const(m_jobs))
            older->requestCancel();  // superseded: its statement stops, its answer is dropped by the token
        job->token = ++m_token;
        m_jobs.append(job);
    }
    job->thread = QThread::create([job, settings = m_settings, message = m_cancelledMessage] {
        job->failure = work(*job, settings, message);
    });
    job->thread->setObjectName(QStringLiteral("background query"));
    // Queued to this object's thread: the answer is delivered where the caller lives.
    connect(job->thread, &QThread::finished, this, [this, job] { finished(job); });
    job->thread->start();
}

// The worker thread. Error() means "the work's own answer stands".
Error BackgroundQuery::work(Job &job, const ConnectionSettings &settings, const QString &cancelledMessage)
{
    const Error interrupted = Error::interrupted(cancelledMessage);
    if (job.cancelled)
        return interrupted;
    const ScopedConnection connection(settings);
    if (!connection.isOpen())
        return job.cancelled ? interrupted : connection.error();
    if (!job.arm(LibPqConnection::handle(connection.database())))
        return interrupted;
    Status status;
    {
        const BackgroundContext context(connection.database(), &job.cancelled);
        status = job.body(context);
    }
    job.disarm();
    // A failure after a cancel is the cancel's doing (57014, or a statement cut short); a success
    // stands, since the work ran to its end and it alone knows whether that end was reached.
    if (!status.ok() && job.cancelled)
        return status.error().kind == ErrorKind::Interrupted ? status.error() : interrupted;
    return {};
}

void BackgroundQuery::finished(const std::shared_ptr<Job> &job)
{
    bool wanted = false;
    {
        QMutexLocker lock(&m_mutex);
        m_jobs.removeOne(job);
        wanted = job->token == m_token;
    }
    job->thread->wait();  // `finished` comes just before the thread really ends
    job->thread->deleteLater();
    job->thread = nullptr;
    if (wanted)
        job->finish(job->failure);
}

void BackgroundQuery::cancel()
{
    QMutexLocker lock(&m_mutex);
    for (const std::shared_ptr<Job> &job : std::as_const(m_jobs))
        if (job->token == m_token)
            job->requestCancel();
}

void BackgroundQuery::discard()
{
    QMutexLocker lock(&m_mutex);
    ++m_token;
    for (const std::shared_ptr<Job> &job : std::as_const(m_jobs))
        job->requestCancel();
}

bool BackgroundQuery::isRunning() const
{
    QMutexLocker lock(&m_mutex);
    for (const std::shared_ptr<Job> &job : m_jobs)
        if (job->token == m_token)
            return true;
    return false;
}

qsizetype BackgroundQuery::workerCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_jobs.size();
}

void BackgroundQuery::waitForDone()
{
    QList<std::shared_ptr<Job>> jobs;
    {
        QMutexLocker lock(&m_mutex);
        jobs = m_jobs;
    }
    for (const std::shared_ptr<Job> &job : std::as_const(jobs))
        job->thread->wait();
}
