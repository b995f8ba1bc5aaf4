#pragma once

#include "db/connectionsettings.h"
#include "foundation/result.h"

/**
 * Makes the database a connection names when the server says it does not exist (the guide's
 * "createdb waqtor"), as the same user, from the server's maintenance database. Only the empty
 * database: `waqtor-db migrate` (or the app's own start) lays the schema in it afterwards.
 */
class DatabaseCreator
{
public:
    // Connects to "postgres" (or "template1" where that is gone) with `settings`' server, user and
    // password and runs CREATE DATABASE for settings.databaseName, owned by that user.
    static Status create(const ConnectionSettings &settings);
};
