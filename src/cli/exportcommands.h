#pragma once

#include "commandline.h"

#include <QSqlDatabase>

/** The CLI's export and report commands, thin over core. */
class ExportCommands
{
public:
    explicit ExportCommands(QSqlDatabase db) : m_db(std::move(db)) {}
    static bool handles(const QString &command);
    int run(const ParsedCommand &command);

private:
    QSqlDatabase m_db;
};
