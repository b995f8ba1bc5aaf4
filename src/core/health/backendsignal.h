#pragma once

#include "foundation/result.h"
#include "health/serveractivity.h"

#include <QSqlDatabase>

/**
 * Cancels a server process's running statement (pg_cancel_backend) or ends its connection
 * (pg_terminate_backend). Only processes working on this database are signalled, this program's own
 * never; a refusal by the server becomes a sentence naming the right that is missing.
 */
class BackendSignal
{
public:
    enum class Kind { Cancel, Terminate };

    // The process `pid` as it is now, when it may be signalled: Invalid for our own or a bad pid,
    // NotFound when no process of this database has that pid.
    static Result<BackendActivity> check(QSqlDatabase db, int pid);
    static Status send(QSqlDatabase db, int pid, Kind kind);
};
