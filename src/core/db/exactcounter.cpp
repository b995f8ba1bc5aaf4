#include "db/exactcounter.h"

#include "db/backgroundquery.h"
#include "foundation/sqlerrortext.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <utility>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExactCounter)
};

} // namespace

ExactCounter::ExactCounter(QString table, QString where, QMap<QString, QString> parameters)
    : m_table(std::move(table)), m_where(std::move(where)), m_parameters(std::move(parameters))
{
}

QString ExactCounter::cancelledMessage()
{
    return Tr::tr("Counting was cancelled.");
}

Result<qint64> ExactCounter::count(const BackgroundContext &context) const
{
    const Error cancelled = Error::interrupted(cancelledMessage());
    const QString doing = Tr::tr("Could not count the rows of %1").arg(m_table);
    QSqlDatabase db = context.database();
    QSqlQuery q(db);
    const bool prepared = q.prepare(QStringLiteral("SELECT set_config(:name, :value, false)"));
    for (auto it = m_parameters.cbegin(); it != m_parameters.cend(); ++it) {
        q.bindValue(QStringLiteral(":name"), it.key());
        q.bindValue(QStringLiteral(":value"), it.value());
        if (!(prepared && q.exec()))
            return context.isCancelled() ? cancelled : SqlErrorText::toError(doing, q.lastError());
    }
    // A cancel that reached the server between two statements is lost there: do not start the count.
    if (context.isCancelled())
        return cancelled;
    // The table name is the model's own, never user text; the conditions read values only via current_setting().
    const QString table = db.driver()->escapeIdentifier(m_table, QSqlDriver::TableName);
    const QString sql = m_where.isEmpty() ? QStringLiteral("SELECT count(*) FROM %1").arg(table)
                                          : QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, m_where);
    if (!q.exec(sql) || !q.next()) {
        if (context.isCancelled() || SqlErrorText::sqlState(q.lastError()) == QLatin1String("57014"))
            return cancelled;
        return SqlErrorText::toError(doing, q.lastError());
    }
    return q.value(0).toLongLong();
}
