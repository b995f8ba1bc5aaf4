#include "health/serveractivity.h"

#include "foundation/sqlerrortext.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ServerActivity)
};

// The columns of one process, `a` being its pg_stat_activity alias; read back by readBackend().
QString backendColumns(const QString &a)
{
    return QStringLiteral("%1.pid, %1.usename, %1.state, "
                          "extract(epoch FROM now() - CASE WHEN %1.state = 'active' THEN %1.query_start "
                          "ELSE COALESCE(%1.xact_start, %1.query_start) END)::float8 AS %1_duration, "
                          "%1.wait_event_type, %1.wait_event, left(%1.query, %2), length(%1.query) > %2")
        .arg(a)
        .arg(ServerActivity::QueryLength);
}
constexpr int BackendColumnCount = 8;

BackendActivity readBackend(const QSqlQuery &q, int first)
{
    BackendActivity b;
    b.pid = q.value(first).toInt();
    b.user = q.value(first + 1).toString();
    b.state = q.value(first + 2).toString();
    b.durationSeconds = q.value(first + 3).toDouble();
    b.waitEventType = q.value(first + 4).toString();
    b.waitEvent = q.value(first + 5).toString();
    b.query = q.value(first + 6).toString();
    b.queryTruncated = q.value(first + 7).toBool();
    return b;
}

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

Result<QList<BackendActivity>> ServerActivity::running(QSqlDatabase db, double minSeconds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT * FROM (SELECT %1 FROM pg_stat_activity a "
                             "WHERE a.datname = current_database() AND a.pid <> pg_backend_pid() "
                             "AND a.backend_type = 'client backend' AND a.state IS DISTINCT FROM 'idle') r "
                             "WHERE r.a_duration >= CAST(:min AS float8) ORDER BY r.a_duration DESC, r.pid")
                  .arg(backendColumns(QStringLiteral("a"))));
    q.bindValue(QStringLiteral(":min"), minSeconds);
    if (!q.exec())
        return SqlErrorText::toError(Tr::tr("Could not read the running statements"), q.lastError());
    QList<BackendActivity> list;
    while (q.next())
        list << readBackend(q, 0);
    return list;
}

Result<std::optional<BackendActivity>> ServerActivity::process(QSqlDatabase db, int pid)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM pg_stat_activity a WHERE a.pid = :pid AND a.datname = current_database()")
                  .arg(backendColumns(QStringLiteral("a"))));
    q.bindValue(QStringLiteral(":pid"), pid);
    if (!q.exec())
        return SqlErrorText::toError(Tr::tr("Could not look up server process %1").arg(pid), q.lastError());
    if (!q.next())
        return std::optional<BackendActivity>();
    return std::optional<BackendActivity>(readBackend(q, 0));
}

Result<QList<LockWait>> ServerActivity::locks(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1, %2, w.mode, w.target FROM pg_stat_activity a "
                               "CROSS JOIN LATERAL unnest(pg_blocking_pids(a.pid)) AS bp(pid) "
                               "JOIN pg_stat_activity b ON b.pid = bp.pid "
                               "LEFT JOIN LATERAL (SELECT l.mode, COALESCE(l.relation::regclass::text, l.locktype) AS target "
                               "FROM pg_locks l WHERE l.pid = a.pid AND NOT l.granted LIMIT 1) w ON true "
                               "WHERE a.datname = current_database() ORDER BY a.pid, b.pid")
                    .arg(backendColumns(QStringLiteral("a")), backendColumns(QStringLiteral("b")))))
        return SqlErrorText::toError(Tr::tr("Could not read the lock waits"), q.lastError());
    QList<LockWait> list;
    while (q.next())
        list << LockWait{readBackend(q, 0), readBackend(q, BackendColumnCount), q.value(2 * BackendColumnCount).toString(),
                         q.value(2 * BackendColumnCount + 1).toString()};
    return list;
}

QJsonObject BackendActivity::toJson() const
{
    return QJsonObject{{QStringLiteral("pid"), pid},
                       {QStringLiteral("user"), text(user)},
                       {QStringLiteral("state"), text(state)},
                       {QStringLiteral("duration_seconds"), durationSeconds},
                       {QStringLiteral("wait_event_type"), text(waitEventType)},
                       {QStringLiteral("wait_event"), text(waitEvent)},
                       {QStringLiteral("query"), text(query)},
                       {QStringLiteral("query_truncated"), queryTruncated}};
}

QJsonObject LockWait::toJson() const
{
    return QJsonObject{{QStringLiteral("blocked"), blocked.toJson()},
                       {QStringLiteral("blocking"), blocking.toJson()},
                       {QStringLiteral("lock_mode"), text(lockMode)},
                       {QStringLiteral("lock_target"), text(lockTarget)}};
}
