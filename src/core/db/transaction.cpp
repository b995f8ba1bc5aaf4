#include "db/transaction.h"

#include "foundation/sqlerrortext.h"

#include <QCoreApplication>

#include <atomic>

namespace {
std::atomic<int> g_commitsInFlight{0};
static_assert(std::atomic<int>::is_always_lock_free, "read from signal handlers");
}

bool Transaction::commitInFlight()
{
    return g_commitsInFlight.load() > 0;
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::begin()
{
    if (!m_db.transaction())
        return SqlErrorText::toError(QCoreApplication::translate("Transaction", "Could not start a transaction"),
                                     m_db.lastError());
    m_active = true;
    return {};
}

Status Transaction::commit()
{
    if (!m_active)
        return {};
    m_active = false;
    ++g_commitsInFlight;
    const bool committed = m_db.commit();
    --g_commitsInFlight;
    if (!committed) {
        const QSqlError error = m_db.lastError();
        m_db.rollback();
        return SqlErrorText::toError(QCoreApplication::translate("Transaction", "Could not save the changes"), error);
    }
    return {};
}

void Transaction::rollback()
{
    if (m_active) {
        m_active = false;
        m_db.rollback();
    }
}
