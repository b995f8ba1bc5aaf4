#pragma once

#include "commandline.h"

#include <QSqlDatabase>

/** The db-manager.js account commands: list, create, role, password, (de)activate, delete. */
class UserCommands
{
public:
    explicit UserCommands(QSqlDatabase db) : m_db(std::move(db)) {}
    int run(const ParsedCommand &command);

private:
    int listUsers(bool json);
    int createUser(const ParsedCommand &command, const QString &role);
    int updateRole(const ParsedCommand &command);
    int resetPassword(const ParsedCommand &command);
    int setActive(const ParsedCommand &command, bool active);
    int deleteUser(const ParsedCommand &command);

    QSqlDatabase m_db;
};
