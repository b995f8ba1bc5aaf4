#include "db/connectionfailure.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QRegularExpression>

#include <libpq-fe.h>

#include <cerrno>
#include <vector>

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>

namespace {
// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// A name that does not resolve has no SQLSTATE (libpq fails before any server speaks) and libpq's
// message is translated, so the resolver is asked directly: EAI_NONAME and EAI_FAIL are its own
// locale-free codes. Unix socket directories (a host starting with /) are not names.
bool hostIsUnknown(const QString &host)
{
    if (host.isEmpty() || host.startsWith(u'/'))
        return false;
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    const int rc = ::getaddrinfo(host.toUtf8().constData(), nullptr, &hints, &found);
    if (found)
        ::freeaddrinfo(found);
    return rc == EAI_NONAME || rc == EAI_FAIL
#ifdef EAI_NODATA
        || rc == EAI_NODATA
#endif
        ;
}

// Waits until libpq's socket is ready the way PQconnectPoll asked; false when the deadline passed.
bool waitForSocket(PGconn *conn, PostgresPollingStatusType polling, const QDeadlineTimer &deadline)
{
    pollfd fd{PQsocket(conn), short(polling == PGRES_POLLING_READING ? POLLIN : POLLOUT), 0};
    if (fd.fd < 0)
        return true;  // PQconnectPoll reports the failure itself
    for (;;) {
        const qint64 left = deadline.remainingTime();
        if (left == 0)
            return false;
        const int rc = ::poll(&fd, 1, int(qMin<qint64>(left, 1000)));
        if (rc > 0)
            return true;
        if (rc < 0 && errno != EINTR)
            return true;
    }
}

} // namespace

ConnectionFailure::Cause ConnectionFailure::diagnose(const ConnectionSettings &settings)
{
    if (hostIsUnknown(settings.host))
        return Cause::UnknownHost;

    const QByteArray host = settings.host.toUtf8();
    const QByteArray port = QByteArray::number(settings.port);
    const QByteArray name = settings.databaseName.toUtf8();
    const QByteArray user = settings.user.toUtf8();
    const QByteArray password = settings.password.toUtf8();
    QList<QPair<QByteArray, QByteArray>> options = settings.libpqOptions();
    std::vector<const char *> keys = {"host", "port", "dbname", "user", "password"};
    std::vector<const char *> values = {host.constData(), port.constData(), name.constData(), user.constData(),
                                        password.constData()};
    for (const auto &[key, value] : options) {
        keys.push_back(key.constData());
        values.push_back(value.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    PGconn *conn = PQconnectStartParams(keys.data(), values.data(), 0);
    if (!conn)
        return Cause::Other;
    // Server errors then read "FATAL:  28P01": the code, whatever the server's language.
    PQsetErrorVerbosity(conn, PQERRORS_SQLSTATE);

    // How far the attempt got is the only locale-free sign of a failure libpq itself detects: once
    // the socket connected (CONNECTION_MADE) something listens there; before that, nothing does.
    bool socketConnected = false;
    bool sslAsked = false;
    bool timedOut = false;
    const QDeadlineTimer deadline(qint64(ConnectTimeoutSeconds) * 1000);
    PostgresPollingStatusType polling = PGRES_POLLING_WRITING;
    while (polling != PGRES_POLLING_OK && polling != PGRES_POLLING_FAILED) {
        if (!waitForSocket(conn, polling, deadline)) {
            timedOut = true;
            break;
        }
        polling = PQconnectPoll(conn);
        const ConnStatusType status = PQstatus(conn);
        if (status != CONNECTION_STARTED && status != CONNECTION_BAD && status != CONNECTION_NEEDED)
            socketConnected = true;
        if (status == CONNECTION_SSL_STARTUP)
            sslAsked = true;
    }
    Cause cause = Cause::Other;
    const QString state = sqlStateIn(QString::fromLocal8Bit(PQerrorMessage(conn)));
    if (polling == PGRES_POLLING_OK)
        cause = Cause::Other;  // it works now: the first failure was passing
    else if (!state.isEmpty())
        cause = fromSqlState(state);
    else if (PQconnectionNeedsPassword(conn))
        cause = Cause::Authentication;
    else if (timedOut)
        cause = Cause::TimedOut;
    else if (sslAsked && settings.usesSsl())
        cause = Cause::Ssl;
    else if (!socketConnected)
        cause = Cause::Unreachable;
    PQfinish(conn);
    if (cause == Cause::Ssl && settings.verifiesServer()) {
        // Told apart by trying again without the certificate check: a server that then gets past SSL
        // offers it, and its certificate was what failed.
        ConnectionSettings unverified = settings;
        unverified.sslMode = ConnectionSettings::SslMode::Require;
        if (diagnose(unverified) != Cause::Ssl)
            cause = Cause::CertificateRejected;
    }
    return cause;
}

ConnectionFailure::Cause ConnectionFailure::fromSqlState(const QString &sqlState)
{
    if (sqlState == QLatin1String("28P01"))
        return Cause::Authentication;
    if (sqlState == QLatin1String("28000"))
        return Cause::NotAccepted;
    if (sqlState == QLatin1String("3D000"))
        return Cause::DatabaseMissing;
    if (sqlState == QLatin1String("42501"))
        return Cause::NoPrivilege;
    if (sqlState == QLatin1String("57P03"))
        return Cause::StartingUp;
    if (sqlState == QLatin1String("53300"))
        return Cause::TooManyConnections;
    return Cause::Other;
}

QString ConnectionFailure::sqlStateIn(const QString &message)
{
    // One line per failed host or address; libpq's own lines never end in a bare five-character code.
    static const QRegularExpression code(QStringLiteral(":\\s+([0-9A-Z]{5})\\s*$"), QRegularExpression::MultilineOption);
    QString last;
    for (auto it = code.globalMatch(message); it.hasNext();)
        last = it.next().captured(1);
    return last;
}

QString ConnectionFailure::describe(Cause cause, const ConnectionSettings &settings)
{
    switch (cause) {
    case Cause::Authentication:
        return Tr::tr("authentication failed for user \"%1\"; check DB_USER and DB_PASSWORD").arg(settings.user);
    case Cause::NotAccepted:
        return Tr::tr("the server does not accept user \"%1\" from this machine (no such user, or pg_hba.conf refuses "
                      "it, e.g. without SSL); check DB_USER and DB_SSL or ask its administrator")
            .arg(settings.user);
    case Cause::DatabaseMissing:
        return Tr::tr("the database does not exist; create it or check DB_NAME");
    case Cause::NoPrivilege:
        return Tr::tr("user \"%1\" may not connect to this database; ask its administrator").arg(settings.user);
    case Cause::StartingUp:
        return Tr::tr("the server is starting up or shutting down; try again in a moment");
    case Cause::TooManyConnections:
        return Tr::tr("the server has no free connections; try again later");
    case Cause::Ssl:
        return Tr::tr("the server does not offer SSL; set DB_SSL=false (or the SSL mode to \"disable\") or enable SSL on the server");
    case Cause::CertificateRejected:
        return settings.caFile.isEmpty()
            ? Tr::tr("the server's certificate could not be verified (SSL mode \"%1\"); choose the CA file of the "
                     "authority that signed it").arg(ConnectionSettings::sslModeKeyword(settings.sslMode))
            : Tr::tr("the server's certificate could not be verified with the CA file %1 (SSL mode \"%2\"); choose "
                     "the right CA file, or check that the host name matches the certificate")
                  .arg(QDir::toNativeSeparators(settings.caFile), ConnectionSettings::sslModeKeyword(settings.sslMode));
    case Cause::UnknownHost:
        return Tr::tr("the host name \"%1\" is unknown; check DB_HOST").arg(settings.host);
    case Cause::Unreachable:
        return Tr::tr("the server is not reachable; check that PostgreSQL is running and listening there");
    case Cause::TimedOut:
        return Tr::tr("the server did not answer in time; check DB_HOST, DB_PORT and the network");
    case Cause::Other:
        break;
    }
    return Tr::tr("the server refused the connection");
}
