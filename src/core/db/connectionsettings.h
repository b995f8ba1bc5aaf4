#pragma once

#include "foundation/result.h"

#include <QList>
#include <QPair>
#include <QProcessEnvironment>
#include <QString>

#include <optional>

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
    // libpq's sslmode; DB_SSL=true is Require (the Node server's `ssl: true`), false is Disable.
    enum class SslMode { Disable, Prefer, Require, VerifyCa, VerifyFull };
    SslMode sslMode = SslMode::Disable;
    // The certificate authority that signed the server's certificate (verify-ca, verify-full); empty
    // leaves libpq's default (~/.postgresql/root.crt).
    QString caFile;
    // Every transaction read-only (default_transaction_read_only), for a reporting replica: the
    // server refuses writes, and the app, reading that back at sign-in, offers none.
    bool readOnly = false;

    // envFile: the --env-file argument; empty means ./.env when present (an absent ./.env is fine,
    // an unreadable --env-file is an error).
    static Result<ConnectionSettings> load(const QString &envFile = {},
                                           const QProcessEnvironment &environment
                                           = QProcessEnvironment::systemEnvironment());

    // "localhost:5432, database \"waqtor_dev\"" for error sentences; never contains the password.
    QString describe() const;
    // QPSQL connect options: sslmode (with the CA file), read-only, and a bounded connect timeout.
    QString connectOptions() const;
    // The same as libpq keywords and values (sslmode, sslrootcert, options), for PQconnectStartParams.
    QList<QPair<QByteArray, QByteArray>> libpqOptions() const;
    // The same as the PG* environment of pg_dump, pg_restore and psql.
    QList<QPair<QString, QString>> environment() const;
    // Whether a CA file is used at all (verify-ca and verify-full only).
    bool verifiesServer() const { return sslMode == SslMode::VerifyCa || sslMode == SslMode::VerifyFull; }
    bool usesSsl() const { return sslMode != SslMode::Disable; }

    static QString sslModeKeyword(SslMode mode);  // "verify-full"
    static std::optional<SslMode> sslModeFromKeyword(const QString &keyword);
    // A sentence when the settings cannot work (e.g. verify-full without a readable CA file); empty when fine.
    QString problem() const;
};
