#pragma once

#include "foundation/result.h"

#include <QProcessEnvironment>
#include <QString>

/**
 * Where the WaQtor database is, read like the Node server reads it: the guide's DB_* keys,
 * each from the environment, else from a .env file, else the guide's defaults.
 */
struct ConnectionSettings
{
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString databaseName = QStringLiteral("waqtor_dev");
    QString user = QStringLiteral("postgres");
    QString password = QStringLiteral("postgres");
    bool ssl = false;

    // envFile: the --env-file argument; empty means ./.env when present (an absent ./.env is fine,
    // an unreadable --env-file is an error).
    static Result<ConnectionSettings> load(const QString &envFile = {},
                                           const QProcessEnvironment &environment
                                           = QProcessEnvironment::systemEnvironment());

    // "localhost:5432, database \"waqtor_dev\"" for error sentences; never contains the password.
    QString describe() const;
    // QPSQL connect options: sslmode and a bounded connect timeout.
    QString connectOptions() const;
};
