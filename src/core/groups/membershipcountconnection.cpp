#include "groups/membershipcountconnection.h"

#include "db/database.h"
#include "db/querycancel.h"
#include "foundation/sqlerrortext.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <utility>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MembershipCountConnection)
};

std::atomic<int> g_nextConnection{0};  // each worker opens its own named connection

} // namespace

MembershipCountConnection::MembershipCountConnection(ConnectionSettings settings)
    : m_settings(std::move(settings)),
      m_name(QStringLiteral("waqtor-membership-count-%1").arg(++g_nextConnection))
{
}

MembershipCountConnection::~MembershipCountConnection()
{
    close();
}

QSqlDatabase MembershipCountConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

Status MembershipCountConnection::open()
{
    close();
    Error error;
    {
        const auto db = Database::connect(m_settings, m_name);
        if (!db)
            return db.error();
        QSqlQuery q(db.value());
        if (q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next()) {
            m_pid = q.value(0).toInt();
            return {};
        }
        error = SqlErrorText::toError(Tr::tr("Could not prepare a connection for counting"), q.lastError());
    }
    Database::disconnect(m_name);  // after the handles above are gone, so nothing still uses it
    return error;
}

void MembershipCountConnection::close()
{
    // That backend is going away: never signal whoever gets its pid next.
    m_pid = 0;
    if (QSqlDatabase::contains(m_name))
        Database::disconnect(m_name);
}

Result<MembershipCounts> MembershipCountConnection::counts(const GroupMembership &snapshot) const
{
    return snapshot.onConnection(database()).counts();
}

Result<qint64> MembershipCountConnection::ownerContactCount(const GroupMembership &snapshot) const
{
    return snapshot.onConnection(database()).ownerContactCount();
}

Result<FilterPreview> MembershipCountConnection::preview(const GroupMembership &snapshot,
                                                         const MembershipFilter &filter) const
{
    return snapshot.onConnection(database()).preview(filter);
}

void MembershipCountConnection::cancel(QSqlDatabase db, int pid)
{
    QueryCancel::cancelBackend(std::move(db), pid);
}
