#pragma once

#include "commandline.h"
#include "export/csvexporter.h"

#include <QSqlDatabase>

/** The CLI's export and report commands, thin over core's CsvExporter. */
class ExportCommands
{
public:
    explicit ExportCommands(QSqlDatabase db) : m_db(std::move(db)) {}
    static bool handles(const QString &command);
    int run(const ParsedCommand &command);

private:
    // The export's filters from the options; an unknown owner is NotFound (exit 3), a bad value Invalid (exit 1).
    Result<ExportOptions> exportOptions(const ParsedCommand &command) const;

    QSqlDatabase m_db;
};
