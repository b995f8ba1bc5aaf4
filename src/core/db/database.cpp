#include "db/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};
}

Result<QSqlDatabase> Database::connect(const ConnectionSettings &settings, const QString &connectionName)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::database(Tr::tr("Qt's PostgreSQL driver (QPSQL) is not installed; install the package "
                                   "libqt6sql6-psql (scripts/install-deps.sh does)."));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(settings.host);
        db.setPort(settings.port);
        db.setDatabaseName(settings.databaseName);
        db.setUserName(settings.user);
        db.setPassword(settings.password);
        db.setConnectOptions(settings.connectOptions());
        if (db.open()) {
            // Timestamps travel as text (see Timestamp); ISO output keeps that text unambiguous.
            // The session time zone is left alone so CURRENT_TIMESTAMP defaults match the Node server's.
            QSqlQuery q(db);
            // Notices ("already exists, skipping") would otherwise reach the user's terminal from libpq.
            if (!q.exec(QStringLiteral("SET DateStyle = 'ISO, YMD'"))
                || !q.exec(QStringLiteral("SET client_min_messages = warning"))) {
                const QString text = q.lastError().text();
                db.close();
                return Database::connectionError(settings, text);
            }
            return db;
        }
        const QString text = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return connectionError(settings, text);
    }
}

void Database::disconnect(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

Error Database::connectionError(const ConnectionSettings &settings, const QString &driverText)
{
    const QString where = settings.describe();
    const QString lower = driverText.toLower();
    QString cause;
    if (lower.contains(QLatin1String("password authentication failed"))
        || lower.contains(QLatin1String("authentication failed"))
        || lower.contains(QLatin1String("no password supplied"))
        || lower.contains(QLatin1String("password is required"))) {
        cause = Tr::tr("authentication failed for user \"%1\"; check DB_USER and DB_PASSWORD").arg(settings.user);
    } else if (lower.contains(QLatin1String("no pg_hba.conf entry"))) {
        cause = Tr::tr("the server does not accept user \"%1\" from this machine (pg_hba.conf); ask its administrator")
                    .arg(settings.user);
    } else if (lower.contains(QLatin1String("database \"")) && lower.contains(QLatin1String("does not exist"))) {
        cause = Tr::tr("the database does not exist; create it or check DB_NAME");
    } else if (lower.contains(QLatin1String("role \"")) && lower.contains(QLatin1String("does not exist"))) {
        cause = Tr::tr("the user \"%1\" does not exist on the server; check DB_USER").arg(settings.user);
    } else if (lower.contains(QLatin1String("ssl"))) {
        cause = settings.ssl ? Tr::tr("the server does not offer SSL; set DB_SSL=false or enable SSL on the server")
                             : Tr::tr("the server requires SSL; set DB_SSL=true");
    } else if (lower.contains(QLatin1String("could not translate host name"))
               || lower.contains(QLatin1String("name or service not known"))) {
        cause = Tr::tr("the host name \"%1\" is unknown; check DB_HOST").arg(settings.host);
    } else if (lower.contains(QLatin1String("timeout")) || lower.contains(QLatin1String("timed out"))) {
        cause = Tr::tr("the server did not answer in time; check DB_HOST, DB_PORT and the network");
    } else if (lower.contains(QLatin1String("connection refused")) || lower.contains(QLatin1String("could not connect"))
               || lower.contains(QLatin1String("no such file or directory"))
               || lower.contains(QLatin1String("is the server running"))) {
        cause = Tr::tr("the server is not reachable; check that PostgreSQL is running and listening there");
    } else if (lower.contains(QLatin1String("starting up")) || lower.contains(QLatin1String("shutting down"))) {
        cause = Tr::tr("the server is starting up or shutting down; try again in a moment");
    } else if (lower.contains(QLatin1String("too many"))) {
        cause = Tr::tr("the server has no free connections; try again later");
    } else {
        cause = Tr::tr("the server refused the connection");
    }
    return Error::database(Tr::tr("Cannot connect to %1: %2.").arg(where, cause), driverText.trimmed());
}
