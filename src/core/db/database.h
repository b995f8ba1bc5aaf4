#pragma once

#include "db/connectionfailure.h"
#include "db/connectionsettings.h"
#include "foundation/result.h"

#include <QSqlDatabase>

/** Opens QPSQL connections to the WaQtor database and explains, in one sentence, why one failed. */
class Database
{
public:
    // Adds (or replaces) the named connection and opens it; on failure the connection is removed,
    // and the sentence says why (ConnectionFailure: by SQLSTATE and libpq's state, not by message text).
    // `cause`, when given, receives why a failed attempt failed (Other when it succeeded or the
    // session closed as it started), so a dialog can offer the matching remedy.
    static Result<QSqlDatabase> connect(const ConnectionSettings &settings,
                                        const QString &connectionName = QLatin1String(QSqlDatabase::defaultConnection),
                                        ConnectionFailure::Cause *cause = nullptr);
    static void disconnect(const QString &connectionName);
    // Opens a connection again whose session ended (the server restarted, the backend was terminated),
    // in place: every model and query holding `db` uses the new session. Fine on a live connection.
    static Status reopen(QSqlDatabase db);
    // The session still answers.
    static bool isAlive(QSqlDatabase db);

    // "Cannot connect to localhost:5432, database "x": authentication failed for user "y"; …", the driver's text as detail.
    static Error connectionError(const ConnectionSettings &settings, ConnectionFailure::Cause cause,
                                 const QString &driverText);
};
