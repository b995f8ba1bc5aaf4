#include "health/backendsignal.h"

#include "foundation/sqlerrortext.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackendSignal)
};

} // namespace

Result<BackendActivity> BackendSignal::check(QSqlDatabase db, int pid)
{
    if (pid <= 0)
        return Error::invalid(Tr::tr("A process id is a positive number, such as one \"waqtor-db activity\" lists; "
                                     "%1 is not one.").arg(pid));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT pg_backend_pid()")) || !q.next())
        return SqlErrorText::toError(Tr::tr("Could not look up server process %1").arg(pid), q.lastError());
    if (q.value(0).toInt() == pid)
        return Error::invalid(Tr::tr("Process %1 is this program's own connection; it cannot cancel or end itself.").arg(pid));
    const auto process = ServerActivity::process(db, pid);
    if (!process)
        return process.error();
    if (!*process)
        return Error::notFound(Tr::tr("No server process %1 works on this database; it may have ended already "
                                      "(\"waqtor-db activity\" lists the running ones).").arg(pid));
    return **process;
}

Status BackendSignal::send(QSqlDatabase db, int pid, Kind kind)
{
    const auto process = check(db, pid);
    if (!process)
        return process.error();
    const bool cancel = kind == Kind::Cancel;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(cancel ? QStringLiteral("SELECT pg_cancel_backend(:pid), current_user")
                     : QStringLiteral("SELECT pg_terminate_backend(:pid), current_user"));
    q.bindValue(QStringLiteral(":pid"), pid);
    if (!q.exec() || !q.next()) {
        const QString doing = cancel ? Tr::tr("Could not cancel the statement of process %1").arg(pid)
                                     : Tr::tr("Could not end process %1").arg(pid);
        if (SqlErrorText::sqlState(q.lastError()) != QLatin1String("42501"))
            return SqlErrorText::toError(doing, q.lastError());
        QSqlQuery me(db);
        const QString role = me.exec(QStringLiteral("SELECT current_user")) && me.next() ? me.value(0).toString() : QString();
        // Another role's process needs pg_signal_backend; a superuser's needs a superuser.
        return Error::database(Tr::tr("%1 (role %2): role %3 may signal only its own processes, or other roles' once it "
                                      "is a member of pg_signal_backend (GRANT pg_signal_backend TO %4;); a superuser's "
                                      "processes only a superuser may signal.")
                                   .arg(doing, process->user.isEmpty() ? Tr::tr("unknown") : process->user, role,
                                        db.driver()->escapeIdentifier(role, QSqlDriver::FieldName)),
                               q.lastError().databaseText());
    }
    if (!q.value(0).toBool())
        return Error::notFound(Tr::tr("Process %1 ended before it could be signalled; nothing was done.").arg(pid));
    return {};
}
