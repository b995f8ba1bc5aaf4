#pragma once

#include "foundation/result.h"

#include <QSqlDatabase>

/** One database transaction that rolls back unless commit() succeeded: no partial writes on any early return. */
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)) {}
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begin();
    Status commit();
    void rollback();

    // True while a COMMIT is on its way to the server: read from signal handlers, so a Ctrl-C
    // there is not reported as "nothing was written" when the server may already have saved it.
    static bool commitInFlight();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};
