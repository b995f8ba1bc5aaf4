#pragma once

#include "db/connectionsettings.h"

#include <QString>

/**
 * Why a connection attempt failed, told by SQLSTATE and by how far libpq got, never by the text of
 * a message: libpq translates its own messages (LANGUAGE, LC_MESSAGES) and the server its own
 * (lc_messages), so English phrases match nothing on a German or Arabic system.
 */
class ConnectionFailure
{
public:
    enum class Cause {
        Authentication,      // 28P01 (wrong password, or unknown role under password auth), or no password given
        NotAccepted,         // 28000: pg_hba.conf has no entry for this user/host/encryption, or no such role
        DatabaseMissing,     // 3D000
        NoPrivilege,         // 42501: no CONNECT privilege on the database
        StartingUp,          // 57P03: starting up, shutting down or in recovery
        TooManyConnections,  // 53300
        Ssl,                 // SSL was required and the server does not offer it
        CertificateRejected, // verify-ca / verify-full: the server's certificate failed the check
        UnknownHost,         // the host name does not resolve
        Unreachable,         // nothing accepted the TCP (or Unix socket) connection
        TimedOut,            // no answer within connect_timeout
        Other,
    };

    // libpq's connect_timeout for every connection (ConnectionSettings::connectOptions()).
    static constexpr int ConnectTimeoutSeconds = 10;

    // Repeats the failed attempt with libpq alone (QPSQL keeps neither the PGconn of a failed open
    // nor its SQLSTATE) and tells the cause. Blocks for at most `settings`' connect timeout.
    static Cause diagnose(const ConnectionSettings &settings);
    // The cause a SQLSTATE from the server's connection-time ErrorResponse stands for.
    static Cause fromSqlState(const QString &sqlState);
    // The SQLSTATE in a libpq error message made with PQERRORS_SQLSTATE verbosity ("FATAL:  28P01"), or empty.
    static QString sqlStateIn(const QString &message);
    // The end of the user's sentence: "authentication failed for user "x"; check DB_USER and DB_PASSWORD".
    static QString describe(Cause cause, const ConnectionSettings &settings);
};
