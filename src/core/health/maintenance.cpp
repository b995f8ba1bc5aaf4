#include "health/maintenance.h"

#include "foundation/sqlerrortext.h"
#include "health/waqtortables.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <optional>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Maintenance)
};

constexpr int PollMs = 200;

QString statement(Maintenance::Operation operation, const QString &quotedTable)
{
    switch (operation) {
    case Maintenance::Operation::Vacuum: return QStringLiteral("VACUUM (ANALYZE) %1").arg(quotedTable);
    case Maintenance::Operation::VacuumFull: return QStringLiteral("VACUUM (FULL, ANALYZE) %1").arg(quotedTable);
    case Maintenance::Operation::Reindex: return QStringLiteral("REINDEX TABLE CONCURRENTLY %1").arg(quotedTable);
    }
    return {};
}

QString failure(Maintenance::Operation operation, const QString &table)
{
    return operation == Maintenance::Operation::Reindex ? Tr::tr("Could not reindex table %1").arg(table)
                                                        : Tr::tr("Could not vacuum table %1").arg(table);
}

// VACUUM by a role that may not vacuum a table only warns and skips it: refuse up front instead of
// reporting work that was not done.
Status mayMaintain(QSqlQuery &q, Maintenance::Operation operation, const QString &table)
{
    q.prepare(QStringLiteral("SELECT pg_has_role(c.relowner, 'USAGE') "
                             "OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
                             "OR (CAST(:vacuum AS boolean) AND (SELECT pg_has_role(datdba, 'USAGE') FROM pg_database "
                             "WHERE datname = current_database())), current_user "
                             "FROM pg_class c WHERE c.oid = to_regclass(:table)"));
    q.bindValue(QStringLiteral(":vacuum"), operation != Maintenance::Operation::Reindex);
    q.bindValue(QStringLiteral(":table"), table);
    if (!q.exec())
        return SqlErrorText::toError(failure(operation, table), q.lastError());
    if (!q.next())
        return Error::notFound(Tr::tr("Table %1 does not exist in this database; \"waqtor-db migrate\" creates WaQtor's "
                                      "tables.").arg(table));
    if (!q.value(0).toBool())
        return Error::database(Tr::tr("Role %1 may not maintain table %2: only its owner or a superuser may (for VACUUM "
                                      "also the database's owner); connect as one of them.")
                                   .arg(q.value(1).toString(), table));
    return {};
}

} // namespace

// What the worker tells the poller: its server process and the table it is on.
struct Maintenance::Shared
{
    std::atomic<int> pid{0};
    std::atomic<int> tableIndex{-1};
    QStringList tables;  // written before the worker starts, then only read
};

Maintenance::Maintenance(const ConnectionSettings &settings, QSqlDatabase observer)
    : m_observer(std::move(observer)), m_query(settings)
{
    m_query.setCancelledMessage(Tr::tr("The maintenance was cancelled; the table being worked on is unchanged."));
    m_timer.setInterval(PollMs);
    QObject::connect(&m_timer, &QTimer::timeout, &m_query, [this] { poll(); });
}

void Maintenance::start(Operation operation, const QStringList &tables, Progress progress, Done done)
{
    const auto checked = WaqtorTables::checkAll(tables);
    if (!checked) {
        done(checked.error());
        return;
    }
    m_shared = std::make_shared<Shared>();
    m_shared->tables = checked.value();
    m_progress = std::move(progress);
    m_query.start<QStringList>(
        [operation, shared = m_shared](const BackgroundContext &c) -> Result<QStringList> {
            QSqlQuery q(c.database());
            if (!q.exec(QStringLiteral("SELECT pg_backend_pid()")) || !q.next())
                return SqlErrorText::toError(failure(operation, shared->tables.value(0)), q.lastError());
            shared->pid = q.value(0).toInt();
            QStringList doneTables;
            for (int i = 0; i < shared->tables.size(); ++i) {
                const QString &table = shared->tables.at(i);
                shared->tableIndex = i;
                if (c.isCancelled())
                    return Error::interrupted(Tr::tr("The maintenance was cancelled."));
                if (const Status allowed = mayMaintain(q, operation, table); !allowed)
                    return allowed.error();
                if (!q.exec(statement(operation, WaqtorTables::quoted(c.database(), table))))
                    return SqlErrorText::toError(failure(operation, table), q.lastError());
                doneTables << table;
            }
            return doneTables;
        },
        [this, done = std::move(done)](const Result<QStringList> &result) {
            m_timer.stop();
            done(result);
        });
    m_timer.start();
}

Result<QStringList> Maintenance::run(Operation operation, const QStringList &tables, Progress progress)
{
    std::optional<Result<QStringList>> answer;
    QEventLoop loop;
    start(operation, tables, std::move(progress), [&](const Result<QStringList> &result) {
        answer = result;
        loop.quit();
    });
    if (!answer)
        loop.exec();
    return *answer;
}

void Maintenance::poll()
{
    const int pid = m_shared ? m_shared->pid.load() : 0;
    const int index = m_shared ? m_shared->tableIndex.load() : -1;
    if (pid == 0 || index < 0 || !m_progress)
        return;
    MaintenanceProgress p;
    p.table = m_shared->tables.value(index);
    p.tableNumber = index + 1;
    p.tableCount = int(m_shared->tables.size());
    QSqlQuery q(m_observer);
    q.setForwardOnly(true);
    // VACUUM FULL reports through the cluster view, its ANALYZE part through the analyze view.
    q.prepare(QStringLiteral("SELECT a.wait_event_type = 'Lock', p.phase, p.done, p.total FROM pg_stat_activity a "
                             "LEFT JOIN LATERAL ("
                             "SELECT phase, heap_blks_scanned AS done, heap_blks_total AS total FROM pg_stat_progress_vacuum WHERE pid = a.pid "
                             "UNION ALL SELECT phase, heap_blks_scanned, heap_blks_total FROM pg_stat_progress_cluster WHERE pid = a.pid "
                             "UNION ALL SELECT phase, sample_blks_scanned, sample_blks_total FROM pg_stat_progress_analyze WHERE pid = a.pid "
                             "UNION ALL SELECT phase, blocks_done, blocks_total FROM pg_stat_progress_create_index WHERE pid = a.pid "
                             "LIMIT 1) p ON true WHERE a.pid = :pid"));
    q.bindValue(QStringLiteral(":pid"), pid);
    // A failed or empty poll still reports the table: progress is a courtesy, the run's own answer is what counts.
    if (q.exec() && q.next()) {
        p.waitingForLock = q.value(0).toBool();
        p.phase = q.value(1).toString();
        p.blocksDone = q.value(2).toLongLong();
        p.blocksTotal = q.value(3).toLongLong();
    }
    m_progress(p);
}
