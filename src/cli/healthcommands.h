#pragma once

#include "commandline.h"

#include <QSqlDatabase>

/** The read-only health commands: health, activity, locks (core's DatabaseHealth and ServerActivity). */
class HealthCommands
{
public:
    explicit HealthCommands(QSqlDatabase db) : m_db(std::move(db)) {}
    static bool handles(const QString &command);
    int run(const ParsedCommand &command);

private:
    int health(bool json);
    int activity(const ParsedCommand &command);
    int locks(bool json);

    QSqlDatabase m_db;
};
