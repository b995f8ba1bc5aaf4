#pragma once

#include "db/connectionsettings.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

/** What every benchmark does before it measures anything; each says on stderr why it could not. */
namespace BenchSetup {
// The DB_* settings, from the environment or `envFile` (none: ./.env).
std::optional<ConnectionSettings> settings(const QString &envFile = {});
// An open connection under `name`.
std::optional<QSqlDatabase> connect(const ConnectionSettings &settings, const QString &name);
// Runs `sql` (setup statements, never a measured one).
bool exec(QSqlDatabase db, const QString &sql);

struct Account
{
    QString email;
    QString password;
};
// Best of `runs` whole `waqtor-admin --page PAGE --screenshot` processes against `database` on the
// server `settings` names, signed in as `account`: start, sign in, the page filled, PNG written,
// exit. In ms; -1 when a run fails.
double screenshotMilliseconds(const ConnectionSettings &settings, const QString &database, const QString &page,
                              const Account &account, int runs);
}
