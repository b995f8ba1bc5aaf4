#pragma once

#include "commandline.h"
#include "db/connectionsettings.h"

#include <QSqlDatabase>

/** backup, restore and verify-backup: pg_dump, pg_restore and psql with progress and Ctrl-C. */
class BackupCommands
{
public:
    BackupCommands(QSqlDatabase db, ConnectionSettings settings) : m_db(std::move(db)), m_settings(std::move(settings)) {}
    static bool handles(const QString &command);
    int run(const ParsedCommand &command);

private:
    int backup(const ParsedCommand &c);
    int restore(const ParsedCommand &c);
    int verify(const ParsedCommand &c);

    QSqlDatabase m_db;
    ConnectionSettings m_settings;
};
