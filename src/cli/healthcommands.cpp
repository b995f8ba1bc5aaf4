#include "healthcommands.h"

#include "clioutput.h"
#include "health/databasehealth.h"
#include "health/serveractivity.h"
#include "healthformat.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HealthCommands)
};

constexpr int QueryWidth = 60;

QString wait(const BackendActivity &b)
{
    return b.waitEventType.isEmpty() ? QStringLiteral("-") : b.waitEventType + u':' + b.waitEvent;
}

QString tablesSection(const DatabaseHealth &h)
{
    QList<QStringList> rows;
    for (const TableHealth &t : h.tables)
        rows << QStringList{t.name,
                            t.estimatedRows < 0 ? Tr::tr("unknown") : QString::number(t.estimatedRows),
                            HealthFormat::size(t.tableBytes),
                            HealthFormat::size(t.indexBytes),
                            HealthFormat::size(t.toastBytes),
                            QString::number(t.deadRows),
                            HealthFormat::percent(t.deadShare),
                            HealthFormat::time(t.lastVacuum.isEmpty() || t.lastAutovacuum > t.lastVacuum ? t.lastAutovacuum
                                                                                                        : t.lastVacuum),
                            HealthFormat::time(t.lastAnalyze.isEmpty() || t.lastAutoanalyze > t.lastAnalyze
                                                   ? t.lastAutoanalyze
                                                   : t.lastAnalyze)};
    return CliOutput::table({Tr::tr("table"), Tr::tr("rows (est.)"), Tr::tr("table size"), Tr::tr("indexes"),
                             Tr::tr("TOAST"), Tr::tr("dead rows"), Tr::tr("dead"), Tr::tr("last vacuum (any)"),
                             Tr::tr("last analyze (any)")},
                            rows);
}

QString indexesSection(const DatabaseHealth &h)
{
    QList<QStringList> rows;
    for (const IndexHealth &i : h.indexes)
        rows << QStringList{i.table, i.name, HealthFormat::size(i.bytes), QString::number(i.scans),
                            !i.valid   ? Tr::tr("INVALID: left by a failed concurrent build; DROP INDEX CONCURRENTLY it")
                            : i.unused ? Tr::tr("unused: costs writes, never read")
                            : i.unique ? Tr::tr("unique")
                                       : QString()};
    return CliOutput::table({Tr::tr("table"), Tr::tr("index"), Tr::tr("size"), Tr::tr("scans"), Tr::tr("note")}, rows);
}

QString privilegesSection(const PrivilegeReport &p)
{
    if (p.gaps.isEmpty())
        return Tr::tr("Role %1 may read and write every WaQtor table.").arg(CliOutput::visible(p.role));
    QStringList lines{Tr::tr("Role %1 lacks privileges; a superuser or the tables' owner can grant them:")
                          .arg(CliOutput::visible(p.role))};
    for (const PrivilegeGap &gap : p.gaps)
        lines << QStringLiteral("  %1: %2\n    %3").arg(gap.table, gap.missing.join(QStringLiteral(", ")), gap.grant);
    return lines.join(u'\n');
}

QString statementsSection(const SlowStatementReport &s)
{
    if (!s.available)
        return s.hint;
    if (s.statements.isEmpty())
        return Tr::tr("pg_stat_statements has recorded no statement in this database yet.");
    QList<QStringList> rows;
    for (const SlowStatement &st : s.statements)
        rows << QStringList{QString::number(st.meanMs, 'f', 2), QString::number(st.calls), QString::number(st.totalMs, 'f', 1),
                            HealthFormat::query(st.query, QueryWidth)};
    return CliOutput::table({Tr::tr("mean ms"), Tr::tr("calls"), Tr::tr("total ms"), Tr::tr("statement")}, rows);
}

QStringList activityRow(const BackendActivity &b)
{
    return {QString::number(b.pid), CliOutput::visible(b.user), b.state.isEmpty() ? Tr::tr("(hidden)") : b.state,
            HealthFormat::duration(b.durationSeconds), wait(b), HealthFormat::query(b.query, QueryWidth)};
}

} // namespace

bool HealthCommands::handles(const QString &command)
{
    return command == QLatin1String("health") || command == QLatin1String("activity") || command == QLatin1String("locks");
}

int HealthCommands::run(const ParsedCommand &c)
{
    if (c.command == QLatin1String("health"))
        return health(c.isSet(QStringLiteral("json")));
    if (c.command == QLatin1String("activity"))
        return activity(c);
    return locks(c.isSet(QStringLiteral("json")));
}

int HealthCommands::health(bool json)
{
    const auto health = DatabaseHealth::collect(m_db);
    if (!health)
        return CliOutput::fail(health.error());
    if (json) {
        CliOutput::json(QJsonDocument(health->toJson()));
        return 0;
    }
    const DatabaseHealth &h = health.value();
    QStringList states;
    for (const ConnectionCount &c : h.connections)
        states << QStringLiteral("%1 %2").arg(c.state).arg(c.count);
    QStringList lines;
    lines << Tr::tr("Database %1 on PostgreSQL %2, server up %3")
                 .arg(CliOutput::visible(h.databaseName), h.serverVersion, HealthFormat::duration(double(h.uptimeSeconds)))
          << Tr::tr("Cache hit ratio: %1").arg(HealthFormat::percent(h.cacheHitRatio))
          << Tr::tr("Connections: %1 of %2 (%3)").arg(h.connectionTotal()).arg(h.maxConnections).arg(states.join(QStringLiteral(", ")))
          << Tr::tr("Statistics since: %1").arg(h.statsResetAt.isEmpty() ? Tr::tr("the database was created or the server's "
                                                                                  "statistics were last reset")
                                                                         : HealthFormat::time(h.statsResetAt))
          << QString() << Tr::tr("Tables") << tablesSection(h)
          << QString() << Tr::tr("Indexes") << indexesSection(h)
          << QString() << Tr::tr("Privileges") << privilegesSection(h.privileges)
          << QString() << Tr::tr("Slow statements (slowest mean first)") << statementsSection(h.slowStatements);
    CliOutput::out(lines.join(u'\n'));
    return 0;
}

int HealthCommands::activity(const ParsedCommand &c)
{
    double minSeconds = 5;
    if (c.isSet(QStringLiteral("min-seconds"))) {
        bool ok = false;
        minSeconds = c.value(QStringLiteral("min-seconds")).toDouble(&ok);
        if (!ok || minSeconds < 0 || !qIsFinite(minSeconds))
            return CliOutput::fail(Error::invalid(Tr::tr("--min-seconds needs a number of seconds, 0 or more, such as 30; "
                                                         "\"%1\" is not one.")
                                                      .arg(c.value(QStringLiteral("min-seconds")))));
    }
    const auto running = ServerActivity::running(m_db, minSeconds);
    if (!running)
        return CliOutput::fail(running.error());
    if (c.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const BackendActivity &b : running.value())
            list.append(b.toJson());
        CliOutput::json(QJsonDocument(list));
        return 0;
    }
    if (running->isEmpty()) {
        CliOutput::out(Tr::tr("Nothing has been running for %1 seconds or more.").arg(minSeconds));
        return 0;
    }
    QList<QStringList> rows;
    for (const BackendActivity &b : running.value())
        rows << activityRow(b);
    CliOutput::out(CliOutput::table({Tr::tr("pid"), Tr::tr("user"), Tr::tr("state"), Tr::tr("for"), Tr::tr("waiting on"),
                                     Tr::tr("statement")},
                                    rows));
    return 0;
}

int HealthCommands::locks(bool json)
{
    const auto waits = ServerActivity::locks(m_db);
    if (!waits)
        return CliOutput::fail(waits.error());
    if (json) {
        QJsonArray list;
        for (const LockWait &w : waits.value())
            list.append(w.toJson());
        CliOutput::json(QJsonDocument(list));
        return 0;
    }
    if (waits->isEmpty()) {
        CliOutput::out(Tr::tr("No statement is waiting for a lock."));
        return 0;
    }
    QList<QStringList> rows;
    for (const LockWait &w : waits.value())
        rows << QStringList{QString::number(w.blocked.pid), HealthFormat::duration(w.blocked.durationSeconds),
                            CliOutput::visible(w.lockMode + u' ' + w.lockTarget), HealthFormat::query(w.blocked.query, 40),
                            QString::number(w.blocking.pid), CliOutput::visible(w.blocking.user),
                            w.blocking.state.isEmpty() ? Tr::tr("(hidden)") : w.blocking.state,
                            HealthFormat::query(w.blocking.query, 40)};
    CliOutput::out(CliOutput::table({Tr::tr("blocked pid"), Tr::tr("waiting"), Tr::tr("for lock"), Tr::tr("blocked statement"),
                                     Tr::tr("blocking pid"), Tr::tr("user"), Tr::tr("state"), Tr::tr("blocking statement")},
                                    rows));
    CliOutput::out(Tr::tr("\"waqtor-db cancel PID\" cancels a statement; --terminate ends its connection."));
    return 0;
}
