#include "db/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};
}

Result<QSqlDatabase> Database::connect(const ConnectionSettings &settings, const QString &connectionName,
                                       ConnectionFailure::Cause *cause)
{
    if (cause)
        *cause = ConnectionFailure::Cause::Other;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::database(Tr::tr("Qt's PostgreSQL driver (QPSQL) is not installed; install the package "
                                   "libqt6sql6-psql (scripts/install-deps.sh does)."));
    if (const QString problem = settings.problem(); !problem.isEmpty())
        return Error::invalid(Tr::tr("Cannot connect to %1: %2").arg(settings.describe(), problem));
    QElapsedTimer clock;
    clock.start();
    QString failure;      // the driver's text when opening or setting up the session failed
    bool opened = false;  // the session opened, and then a SET failed
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(settings.host);
        db.setPort(settings.port);
        db.setDatabaseName(settings.databaseName);
        db.setUserName(settings.user);
        db.setPassword(settings.password);
        db.setConnectOptions(settings.connectOptions());
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            opened = true;
            // Timestamps travel as text (see Timestamp); ISO output keeps that text unambiguous.
            // The session time zone is left alone so CURRENT_TIMESTAMP defaults match the Node server's.
            QSqlQuery q(db);
            // Notices ("already exists, skipping") would otherwise reach the user's terminal from libpq.
            if (q.exec(QStringLiteral("SET DateStyle = 'ISO, YMD'"))
                && q.exec(QStringLiteral("SET client_min_messages = warning")))
                return db;
            failure = q.lastError().text();
            db.close();
        }
    }
    // Every QSqlDatabase and QSqlQuery copy is gone here, so the name goes without a "still in use" warning.
    QSqlDatabase::removeDatabase(connectionName);
    if (opened)
        return Error::database(Tr::tr("Cannot connect to %1: %2.")
                                   .arg(settings.describe(), Tr::tr("the server closed the session as it started; "
                                                                    "try again, or ask its administrator")),
                               failure.trimmed());
    // A failure that took the whole connect_timeout was one; asking again would only wait as long again.
    const ConnectionFailure::Cause diagnosed = clock.elapsed() >= (ConnectionFailure::ConnectTimeoutSeconds * 1000 - 500)
        ? ConnectionFailure::Cause::TimedOut
        : ConnectionFailure::diagnose(settings);
    if (cause)
        *cause = diagnosed;
    return connectionError(settings, diagnosed, failure);
}

Status Database::reopen(QSqlDatabase db)
{
    db.close();
    if (!db.open())
        return Error::database(Tr::tr("Could not connect to the database again; try again once the server is back."),
                               db.lastError().text().trimmed());
    QSqlQuery q(db);
    // The same session settings as connect() gives a new connection.
    if (!q.exec(QStringLiteral("SET DateStyle = 'ISO, YMD'")) || !q.exec(QStringLiteral("SET client_min_messages = warning")))
        return Error::database(Tr::tr("Could not connect to the database again; try again once the server is back."),
                               q.lastError().text().trimmed());
    return {};
}

bool Database::isAlive(QSqlDatabase db)
{
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1"));
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

Error Database::connectionError(const ConnectionSettings &settings, ConnectionFailure::Cause cause,
                                const QString &driverText)
{
    return Error::database(Tr::tr("Cannot connect to %1: %2.").arg(settings.describe(), ConnectionFailure::describe(cause, settings)),
                           driverText.trimmed());
}
