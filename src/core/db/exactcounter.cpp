#include "db/exactcounter.h"

#include "db/database.h"
#include "foundation/sqlerrortext.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>
#include <utility>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExactCounter)
};

std::atomic<int> g_nextConnection{0};  // each count opens its own named connection

} // namespace

ExactCounter::ExactCounter(ConnectionSettings settings, QString table, QString where, QMap<QString, QString> parameters)
    : m_settings(std::move(settings)), m_table(std::move(table)), m_where(std::move(where)),
      m_parameters(std::move(parameters))
{
}

Result<qint64> ExactCounter::run()
{
    if (m_cancel.cancelled)
        return Error::interrupted(Tr::tr("Counting was cancelled."));
    const QString connection = QStringLiteral("waqtor-exact-count-%1").arg(++g_nextConnection);
    Result<qint64> result = Error::interrupted(Tr::tr("Counting was cancelled."));
    {
        const auto db = Database::connect(m_settings, connection);
        result = db ? count(db.value()) : Result<qint64>(db.error());
    }
    m_cancel.backendPid = 0;  // that backend is gone: never signal whoever reuses its pid
    Database::disconnect(connection);
    return result;
}

Result<qint64> ExactCounter::count(QSqlDatabase db)
{
    const Error cancelled = Error::interrupted(Tr::tr("Counting was cancelled."));
    const QString doing = Tr::tr("Could not count the rows of %1").arg(m_table);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT pg_backend_pid()")) || !q.next())
        return SqlErrorText::toError(doing, q.lastError());
    m_cancel.backendPid = q.value(0).toInt();
    // cancel() sets the flag before it reads the pid, so one of the two always sees the other.
    if (m_cancel.cancelled)
        return cancelled;
    const bool prepared = q.prepare(QStringLiteral("SELECT set_config(:name, :value, false)"));
    for (auto it = m_parameters.cbegin(); it != m_parameters.cend(); ++it) {
        q.bindValue(QStringLiteral(":name"), it.key());
        q.bindValue(QStringLiteral(":value"), it.value());
        if (!(prepared && q.exec()))
            return m_cancel.cancelled ? cancelled : SqlErrorText::toError(doing, q.lastError());
    }
    // The table name is the model's own, never user text; the conditions read values only via current_setting().
    const QString table = db.driver()->escapeIdentifier(m_table, QSqlDriver::TableName);
    const QString sql = m_where.isEmpty() ? QStringLiteral("SELECT count(*) FROM %1").arg(table)
                                          : QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, m_where);
    if (!q.exec(sql) || !q.next()) {
        if (m_cancel.cancelled || SqlErrorText::sqlState(q.lastError()) == QLatin1String("57014"))
            return cancelled;
        return SqlErrorText::toError(doing, q.lastError());
    }
    // A cancel that reached the server between two statements is lost there; the answer is still unwanted.
    if (m_cancel.cancelled)
        return cancelled;
    return q.value(0).toLongLong();
}

void ExactCounter::cancel(QSqlDatabase db)
{
    m_cancel.cancel(std::move(db));
}
