#pragma once

#include "db/connectionfailure.h"
#include "db/connectionsettings.h"
#include "accounts/permissionpolicy.h"
#include "foundation/result.h"
#include "repositories/userrepository.h"

#include <QSqlDatabase>

/** Who is signed in, to which database, and what their role allows: handed to every page and dialog. */
struct SignedIn
{
    ConnectionSettings settings;
    QString connectionName;
    Account account;
    PermissionPolicy policy{QString(), QString()};

    QSqlDatabase database() const { return QSqlDatabase::database(connectionName, false); }

    // Opens `connectionName` and checks the email and password with bcrypt against users;
    // on failure the connection is closed again and the sentence says why.
    // `cause`, when given, tells why the database refused the connection (Other when it did not).
    static Result<SignedIn> signIn(const ConnectionSettings &settings, const QString &email,
                                   const QString &password, const QString &connectionName,
                                   ConnectionFailure::Cause *cause = nullptr);
};
