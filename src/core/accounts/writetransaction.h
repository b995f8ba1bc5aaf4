#pragma once

#include "accounts/permissionpolicy.h"
#include "db/transaction.h"

/**
 * The transaction every write of a signed-in account runs in: begin() opens it and re-reads the
 * account's role and is_active inside it (AccountStanding::confirm), so an account deactivated or
 * demoted by someone else cannot write one more row. Rolls back unless commit() succeeded.
 */
class WriteTransaction
{
public:
    WriteTransaction(QSqlDatabase db, PermissionPolicy policy) : m_db(db), m_tx(std::move(db)), m_policy(std::move(policy)) {}

    Status begin();
    Status commit() { return m_tx.commit(); }
    void rollback() { m_tx.rollback(); }

private:
    QSqlDatabase m_db;
    Transaction m_tx;
    PermissionPolicy m_policy;
};
