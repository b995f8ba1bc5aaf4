#pragma once

#include "db/connectionsettings.h"
#include "foundation/result.h"

#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QString>

/**
 * Finds the PostgreSQL client programs (pg_dump, pg_restore, psql) that can work with the server:
 * WAQTOR_PG_BIN when set (and only there), else Debian's /usr/lib/postgresql/<server major>/bin,
 * else PATH. A client older than the server cannot dump it, so that is refused like a missing one.
 */
class PgTools
{
public:
    // The server's version as server_version_num (150004).
    static Result<int> serverVersion(QSqlDatabase db);
    // The program's full path, or a Database error naming both versions and the Debian package.
    static Result<QString> locate(const QString &program, int serverVersionNum,
                                  const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    // What a tool is started with: the connection in PG* variables (the password in PGPASSWORD, never
    // an argument), untranslated messages so progress lines can be read, inherited PG* variables dropped.
    static QProcessEnvironment environment(const ConnectionSettings &settings);
    // A --dbname value naming `database` literally (a name with "=" would otherwise be read as a conninfo).
    static QString dbnameArgument(const QString &database);
    // `name` as an SQL identifier ("My DB" → "\"My DB\"").
    static QString quoteIdentifier(const QString &name);

private:
    static int majorOf(int versionNum) { return versionNum >= 100000 ? versionNum / 10000 : versionNum / 100; }
};
