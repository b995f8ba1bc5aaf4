#pragma once

#include "db/connectionsettings.h"
#include "foundation/result.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

/** What a background query's work is handed: its worker's own connection, and whether it was cancelled. */
class BackgroundContext
{
public:
    BackgroundContext(QSqlDatabase db, const std::atomic<bool> *cancelled) : m_db(std::move(db)), m_cancelled(cancelled) {}
    QSqlDatabase database() const { return m_db; }
    // Check between statements: a cancel that reaches the server while it is between two is dropped there.
    bool isCancelled() const { return m_cancelled->load(); }
    // For loops that poll a flag of their own (COPY streaming, the import pipeline).
    const std::atomic<bool> *cancelFlag() const { return m_cancelled; }

private:
    QSqlDatabase m_db;
    const std::atomic<bool> *m_cancelled;
};

/**
 * Runs database work off the calling thread: each start() gets a worker thread and a ScopedConnection
 * of its own, and its Result comes back to `done` on the thread this object lives in. Only the newest
 * request counts: start() and discard() cancel the older one on the server and drop its answer;
 * cancel() stops the newest and reports it as Interrupted. The libpq cancel handle is taken in the
 * worker as soon as the connection is open, so cancel() from any thread stops the running statement
 * at once; a cancel that comes before the connection exists is honoured as soon as it does.
 * Destroying this cancels everything and waits for the workers, which close their connections.
 */
class BackgroundQuery : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundQuery(ConnectionSettings settings, QObject *parent = nullptr);
    ~BackgroundQuery() override;

    // The Interrupted sentence a cancelled request reports ("Counting was cancelled.").
    void setCancelledMessage(const QString &message) { m_cancelledMessage = message; }

    // Typed at the call only: the thread, cancel and token machinery below is type-free and compiled
    // once, while the Result<T> travels in a shared slot the callback reads (no QVariant, no metatype).
    template <typename T>
    void start(std::function<Result<T>(const BackgroundContext &)> work, std::function<void(const Result<T> &)> done)
    {
        auto answer = std::make_shared<std::optional<Result<T>>>();
        launch([work = std::move(work), answer](const BackgroundContext &c) -> Status {
                   answer->emplace(work(c));
                   return (*answer)->status();
               },
               [done = std::move(done), answer](const Error &failure) {
                   // Without an answer (not run, no connection) or cancelled: the failure stands for it.
                   done(failure.kind == ErrorKind::None && answer->has_value() ? **answer : Result<T>(failure));
               });
    }

    // From any thread: stops the newest request on the server; `done` gets Interrupted (or its
    // answer, when it had already finished).
    void cancel();
    // From any thread: stops every request and drops their answers.
    void discard();
    // The newest request has not answered yet (and was not discarded).
    bool isRunning() const;
    // Workers not ended yet, discarded ones included (a test's sign that a dropped answer came back).
    qsizetype workerCount() const;
    // Cancels nothing: waits for every worker, discarded ones included, to close its connection and end.
    void waitForDone();

private:
    struct Job;
    using Body = std::function<Status(const BackgroundContext &)>;
    using Finish = std::function<void(const Error &failure)>;

    void launch(Body body, Finish finish);
    void finished(const std::shared_ptr<Job> &job);
    static Error work(Job &job, const ConnectionSettings &settings, const QString &cancelledMessage);

    ConnectionSettings m_settings;
    QString m_cancelledMessage;
    mutable QMutex m_mutex;  // m_jobs and m_token: cancel() and discard() may come from any thread
    QList<std::shared_ptr<Job>> m_jobs;
    quint64 m_token = 0;  // the newest request's; answers of any other are dropped
};
