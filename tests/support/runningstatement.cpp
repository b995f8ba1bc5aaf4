#include "runningstatement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

RunningStatement::RunningStatement(const ConnectionSettings &settings, const QString &sql) : m_query(settings)
{
    m_query.start<int>(
        [sql, pid = m_pid](const BackgroundContext &c) -> Result<int> {
            QSqlQuery q(c.database());
            if (!q.exec(QStringLiteral("SELECT pg_backend_pid()")) || !q.next())
                return Error::database(QStringLiteral("no pid"), q.lastError().text());
            pid->store(q.value(0).toInt());
            if (!q.exec(sql))
                return Error::database(QStringLiteral("the statement failed"), q.lastError().text());
            return 0;
        },
        [this](const Result<int> &r) { m_status = r.status(); });
}

bool RunningStatement::waitUntilRunning(QSqlDatabase observer, const QString &waitEventType, int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            if (pid() == 0 || finished())
                return false;
            QSqlQuery q(observer);
            q.prepare(QStringLiteral("SELECT wait_event_type FROM pg_stat_activity WHERE pid = :pid AND state = 'active' "
                                     "AND query <> 'SELECT pg_backend_pid()'"));
            q.bindValue(QStringLiteral(":pid"), pid());
            if (!q.exec() || !q.next())
                return false;
            return waitEventType.isEmpty() || q.value(0).toString() == waitEventType;
        },
        timeoutMs);
}
