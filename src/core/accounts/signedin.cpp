#include "accounts/signedin.h"

#include "accounts/accountservice.h"
#include "db/database.h"
#include "db/databaseprobe.h"

Result<SignedIn> SignedIn::signIn(const ConnectionSettings &settings, const QString &email, const QString &password,
                                  const QString &connectionName, ConnectionFailure::Cause *cause)
{
    Result<Account> account = Error::database(QString());
    Result<bool> readOnly = false;
    {
        const auto db = Database::connect(settings, connectionName, cause);
        if (!db)
            return db.error();  // connect() removed the connection already
        account = AccountService(db.value(), email.trimmed().toLower()).authenticate(email, password);
        // What the server says, not what the profile asked for: a replica is read-only whatever the profile says.
        if (account)
            readOnly = DatabaseProbe::isReadOnly(db.value());
    }
    if (account && !readOnly)
        account = readOnly.error();
    // The QSqlDatabase copy above is gone, so removing the connection draws no "still in use" warning.
    if (!account) {
        Database::disconnect(connectionName);
        return account.error();
    }
    SignedIn s;
    s.settings = settings;
    s.connectionName = connectionName;
    s.account = account.value();
    s.policy = PermissionPolicy(account->role, account->id, readOnly.value());
    return s;
}
