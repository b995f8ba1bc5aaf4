#pragma once

#include "db/connectionsettings.h"

#include <QProcess>
#include <QStringList>

/** psql beside our code in a benchmark: the same server, account and database, the password only in PGPASSWORD. */
namespace PsqlProcess {
// Starts `psql -X -v ON_ERROR_STOP=1` connected as `s`, with `arguments` after the connection options.
void start(QProcess &psql, const ConnectionSettings &s, const QStringList &arguments);
}
