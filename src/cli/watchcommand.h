#pragma once

#include "commandline.h"
#include "db/connectionsettings.h"

#include <QSqlDatabase>

/** waqtor-db watch: one line per change notification (migration 0009), until --for runs out or Ctrl-C. */
class WatchCommand
{
public:
    WatchCommand(QSqlDatabase db, ConnectionSettings settings) : m_db(std::move(db)), m_settings(std::move(settings)) {}
    static bool handles(const QString &command) { return command == QLatin1String("watch"); }
    int run(const ParsedCommand &command);

private:
    QSqlDatabase m_db;
    ConnectionSettings m_settings;
};
