#pragma once

#include "commandline.h"
#include "db/connectionsettings.h"

#include <QSqlDatabase>

/** The commands that act on the server: cancel (or terminate) a process, vacuum and reindex tables. */
class MaintenanceCommands
{
public:
    MaintenanceCommands(QSqlDatabase db, ConnectionSettings settings) : m_db(std::move(db)), m_settings(std::move(settings)) {}
    static bool handles(const QString &command);
    int run(const ParsedCommand &command);

private:
    int cancel(const ParsedCommand &command);
    int maintain(const ParsedCommand &command);

    QSqlDatabase m_db;
    ConnectionSettings m_settings;
};
