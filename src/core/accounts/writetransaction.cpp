#include "accounts/writetransaction.h"

#include "accounts/accountstanding.h"

Status WriteTransaction::begin()
{
    if (const Status s = m_tx.begin(); !s)
        return s;
    if (const Status s = AccountStanding::confirm(m_db, m_policy); !s) {
        m_tx.rollback();
        return s;
    }
    return {};
}
