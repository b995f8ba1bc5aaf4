#include "accounts/signedin.h"

#include "accounts/accountservice.h"
#include "db/database.h"

Result<SignedIn> SignedIn::signIn(const ConnectionSettings &settings, const QString &email, const QString &password,
                                  const QString &connectionName)
{
    Result<Account> account = Error::database(QString());
    {
        const auto db = Database::connect(settings, connectionName);
        if (!db)
            return db.error();  // connect() removed the connection already
        account = AccountService(db.value(), email.trimmed().toLower()).authenticate(email, password);
    }
    // The QSqlDatabase copy above is gone, so removing the connection draws no "still in use" warning.
    if (!account) {
        Database::disconnect(connectionName);
        return account.error();
    }
    SignedIn s;
    s.settings = settings;
    s.connectionName = connectionName;
    s.account = account.value();
    s.policy = PermissionPolicy(account->role, account->id);
    return s;
}
