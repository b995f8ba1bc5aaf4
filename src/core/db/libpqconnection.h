#pragma once

#include <QSqlDatabase>

struct pg_conn;

/**
 * The libpq connection under an open QPSQL connection, for what QtSql cannot do: COPY FROM STDIN
 * and COPY TO STDOUT. Only valid while `db` stays open, and only on the thread that owns `db`.
 */
namespace LibPqConnection {
// nullptr when `db` is not an open QPSQL connection.
pg_conn *handle(const QSqlDatabase &db);
}
