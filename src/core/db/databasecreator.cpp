#include "db/databasecreator.h"

#include "db/database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCreator)
};

const QString ConnectionName = QStringLiteral("waqtor-create-database");

Status createFrom(const QSqlDatabase &maintenance, const ConnectionSettings &settings)
{
    const QString name = settings.databaseName;
    QSqlQuery q(maintenance);
    // An identifier cannot be a bound value; the driver quotes it (quotes inside doubled).
    const QString quoted = maintenance.driver()->escapeIdentifier(name, QSqlDriver::TableName);
    if (q.exec(QStringLiteral("CREATE DATABASE %1").arg(quoted)))
        return {};
    const QString state = q.lastError().nativeErrorCode();
    if (state == QLatin1String("42501"))
        return Error::database(Tr::tr("User \"%1\" may not create databases, so \"%2\" was not created; ask the server's "
                                      "administrator to create it, or to run ALTER ROLE %1 CREATEDB.")
                                   .arg(settings.user, name),
                               q.lastError().text());
    if (state == QLatin1String("42P04"))
        return Error::conflict(Tr::tr("Database \"%1\" already exists (someone created it a moment ago); test the "
                                      "connection again.").arg(name));
    return Error::database(Tr::tr("Database \"%1\" could not be created; the server's reason is in the details.").arg(name),
                           q.lastError().text());
}
} // namespace

Status DatabaseCreator::create(const ConnectionSettings &settings)
{
    if (settings.databaseName.trimmed().isEmpty())
        return Error::invalid(Tr::tr("Type the name of the database to create first."));
    Status status;
    for (const QString &maintenanceName : {QStringLiteral("postgres"), QStringLiteral("template1")}) {
        ConnectionSettings maintenance = settings;
        maintenance.databaseName = maintenanceName;
        ConnectionFailure::Cause cause = ConnectionFailure::Cause::Other;
        {
            const auto db = Database::connect(maintenance, ConnectionName, &cause);
            status = db.ok() ? createFrom(db.value(), settings) : Status(db.error());
        }
        Database::disconnect(ConnectionName);
        // Only a missing maintenance database is worth a second try; any other failure would repeat.
        if (status.ok() || cause != ConnectionFailure::Cause::DatabaseMissing)
            break;
    }
    return status;
}
