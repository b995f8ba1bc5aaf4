#include "db/libpqconnection.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

pg_conn *LibPqConnection::handle(const QSqlDatabase &db)
{
    if (!db.isOpen() || db.driverName() != QLatin1String("QPSQL"))
        return nullptr;
    const QVariant v = db.driver()->handle();
    // QPSQL hands its PGconn* out under libpq's struct name; anything else is not a libpq connection.
    if (qstrcmp(v.typeName(), "pg_conn*") != 0 && qstrcmp(v.typeName(), "PGconn*") != 0)
        return nullptr;
    return *static_cast<PGconn *const *>(v.constData());
}
