#include "maintenancecommands.h"

#include "cancelonsignal.h"
#include "clioutput.h"
#include "health/backendsignal.h"
#include "health/maintenance.h"
#include "healthformat.h"
#include "terminal.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MaintenanceCommands)
};

QString describe(const BackendActivity &p)
{
    return Tr::tr("Process %1 (role %2, %3 for %4): %5")
        .arg(p.pid)
        .arg(p.user.isEmpty() ? Tr::tr("unknown") : CliOutput::visible(p.user),
             p.state.isEmpty() ? Tr::tr("state hidden") : p.state, HealthFormat::duration(p.durationSeconds),
             p.query.isEmpty() ? Tr::tr("(statement hidden)") : HealthFormat::query(p.query, 100));
}

// Tells what the maintenance is doing on standard error (standard output keeps the result): one line per
// change, or on a terminal one line rewritten in place.
class ProgressLines
{
public:
    explicit ProgressLines(Maintenance::Operation operation) : m_operation(operation), m_terminal(::isatty(STDERR_FILENO)) {}
    void show(const MaintenanceProgress &p)
    {
        const QString doing = m_operation == Maintenance::Operation::Reindex ? Tr::tr("Reindexing %1 (%2 of %3)")
                                                                             : Tr::tr("Vacuuming %1 (%2 of %3)");
        QString line = doing.arg(p.table).arg(p.tableNumber).arg(p.tableCount);
        if (p.waitingForLock)
            line += Tr::tr(": waiting for a lock another session holds (\"waqtor-db locks\" shows it)");
        else if (!p.phase.isEmpty())
            line += p.blocksTotal > 0 ? Tr::tr(": %1, %2 of %3 blocks").arg(p.phase).arg(p.blocksDone).arg(p.blocksTotal)
                                      : QStringLiteral(": %1").arg(p.phase);
        if (line == m_last)
            return;
        m_last = line;
        if (!m_terminal) {
            CliOutput::err(line);
            return;
        }
        // Carriage return and "erase to the end of the line": the new state replaces the old one.
        std::fputs((QStringLiteral("\r\x1b[K") + line).toUtf8().constData(), stderr);
        std::fflush(stderr);
    }
    // Ends the line kept up to date on a terminal, before the result is printed.
    void finish()
    {
        if (m_terminal && !m_last.isEmpty()) {
            std::fputs("\n", stderr);
            std::fflush(stderr);
        }
        m_last.clear();
    }

private:
    Maintenance::Operation m_operation;
    bool m_terminal;
    QString m_last;
};

} // namespace

bool MaintenanceCommands::handles(const QString &command)
{
    return command == QLatin1String("cancel") || command == QLatin1String("vacuum") || command == QLatin1String("reindex");
}

int MaintenanceCommands::run(const ParsedCommand &c)
{
    if (c.command == QLatin1String("cancel"))
        return cancel(c);
    return maintain(c);
}

int MaintenanceCommands::cancel(const ParsedCommand &c)
{
    const QString text = c.arguments.value(0);
    bool ok = false;
    const int pid = text.toInt(&ok);
    if (!ok || pid <= 0)
        return CliOutput::fail(Error::invalid(Tr::tr("PID is a process id, a positive number such as one \"waqtor-db "
                                                     "activity\" lists; \"%1\" is not one.").arg(text)));
    const bool terminate = c.isSet(QStringLiteral("terminate"));
    const auto process = BackendSignal::check(m_db, pid);
    if (!process)
        return CliOutput::fail(process.error());
    if (!c.isSet(QStringLiteral("yes"))) {
        if (!Terminal::stdinIsTerminal())
            // Two whole sentences, not one glued from a verb: a translator must be able to reorder them.
            return CliOutput::fail(Error::invalid(
                (terminate ? Tr::tr("Nothing was done: add --yes to end process %1 from a script.")
                           : Tr::tr("Nothing was done: add --yes to cancel the statement of process %1 from a script."))
                    .arg(pid)));
        CliOutput::err(describe(process.value()));
        const QString question = terminate ? Tr::tr("End this connection (its open transaction is rolled back)?")
                                           : Tr::tr("Cancel this statement?");
        if (!Terminal::confirm(question))
            return CliOutput::fail(Error::invalid(Tr::tr("Nothing was done.")));
    }
    const Status sent = BackendSignal::send(m_db, pid, terminate ? BackendSignal::Kind::Terminate : BackendSignal::Kind::Cancel);
    if (!sent)
        return CliOutput::fail(sent.error());
    CliOutput::out(terminate ? Tr::tr("Ended process %1; its open transaction, if any, was rolled back.").arg(pid)
                             : Tr::tr("Cancelled the statement of process %1.").arg(pid));
    return 0;
}

int MaintenanceCommands::maintain(const ParsedCommand &c)
{
    const bool reindex = c.command == QLatin1String("reindex");
    const Maintenance::Operation operation = reindex ? Maintenance::Operation::Reindex
                                             : c.isSet(QStringLiteral("full")) ? Maintenance::Operation::VacuumFull
                                                                               : Maintenance::Operation::Vacuum;
    Maintenance maintenance(m_settings, m_db);
    ProgressLines lines(operation);
    Result<QStringList> done = QStringList();
    {
        const CancelOnSignal cancelOnSignal(maintenance.query());
        done = maintenance.run(operation, c.arguments, [&lines](const MaintenanceProgress &p) { lines.show(p); });
    }
    lines.finish();
    if (!done)
        return CliOutput::fail(done.error());
    const QString tables = done->join(QStringLiteral(", "));
    switch (operation) {
    case Maintenance::Operation::Reindex:
        CliOutput::out(Tr::tr("Rebuilt the indexes of %1 (REINDEX TABLE CONCURRENTLY: reads and writes went on meanwhile).")
                           .arg(tables));
        break;
    case Maintenance::Operation::VacuumFull:
        CliOutput::out(Tr::tr("Rewrote and analyzed %1 (VACUUM FULL).").arg(tables));
        break;
    case Maintenance::Operation::Vacuum:
        CliOutput::out(Tr::tr("Vacuumed and analyzed %1.").arg(tables));
        break;
    }
    return 0;
}
