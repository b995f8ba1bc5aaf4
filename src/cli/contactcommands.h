#pragma once

#include "commandline.h"

#include <QSqlDatabase>

/** The CLI's import-contacts and normalise-phones commands, thin over core. */
class ContactCommands
{
public:
    explicit ContactCommands(QSqlDatabase db) : m_db(std::move(db)) {}
    static bool handles(const QString &command);
    int run(const ParsedCommand &command);

private:
    int importContacts(const ParsedCommand &command);
    int normalisePhones(const ParsedCommand &command);

    QSqlDatabase m_db;
};
