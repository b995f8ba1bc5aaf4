#pragma once

#include "commandline.h"

#include <QSqlDatabase>

/** Whole-database commands: migrate, seed-demo, show-stats. */
class DatabaseCommands
{
public:
    explicit DatabaseCommands(QSqlDatabase db) : m_db(std::move(db)) {}
    static bool handles(const QString &command);
    int run(const ParsedCommand &command);

private:
    int migrate();
    int seedDemo(bool force);
    int showStats(bool json);

    QSqlDatabase m_db;
};
