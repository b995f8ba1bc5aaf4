#pragma once

#include "foundation/result.h"

#include <QSqlDatabase>

/**
 * Writes users.password_hash so that the hash appears in no statement text, bind parameter or error
 * report, and therefore never in the server's log or pg_stat_activity, not even under
 * log_statement = 'all'. QPSQL inlines bound values into the statement text; libpq's true
 * parameters (PQexecParams) are logged too under log_statement = 'all' ("DETAIL: parameters:
 * $1 = '…'"); and a failing constraint reports "Failing row contains (…)" with every column. So the
 * hash travels as COPY data (never logged) into a temporary table, and one DO block copies it into
 * the row, re-raising any error with its message and SQLSTATE but without its detail.
 */
namespace PasswordHashWriter {
// Inside the caller's open transaction (the temporary table lives until its end; roll back on error).
// `hash` is a bcrypt string; the row `userId` must exist (NotFound otherwise).
Status write(const QSqlDatabase &db, const QString &userId, const QString &hash);
// A password_hash value no password matches: what an INSERT writes before write() puts the real one.
QString placeholder();
}
