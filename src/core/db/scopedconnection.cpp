#include "db/scopedconnection.h"

#include "db/database.h"

#include <atomic>

namespace {
// The one counter behind every worker's connection name: QtSql's registry is process-wide.
std::atomic<quint64> g_nextConnection{0};
} // namespace

ScopedConnection::ScopedConnection(const ConnectionSettings &settings)
    : m_name(QStringLiteral("waqtor-worker-%1").arg(++g_nextConnection))
{
    auto db = Database::connect(settings, m_name);
    if (db)
        m_db = db.value();
    else
        m_error = db.error();
}

ScopedConnection::~ScopedConnection()
{
    // Our own handle goes first: removeDatabase() warns "still in use" while any copy lives.
    m_db = QSqlDatabase();
    // Database::connect leaves a connection registered when its session setup failed after opening.
    if (QSqlDatabase::contains(m_name))
        Database::disconnect(m_name);
}
