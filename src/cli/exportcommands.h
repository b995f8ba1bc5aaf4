#pragma once

#include "commandline.h"
#include "db/connectionsettings.h"
#include "export/csvexporter.h"

class CsvExportJob;

#include <QSqlDatabase>

/**
 * The CLI's export and report commands, thin over core's CsvExportJob. The export runs on a
 * BackgroundQuery (a connection of its own) so Ctrl-C cancels its statement on the server at once and
 * the atomic file write leaves nothing behind.
 */
class ExportCommands
{
public:
    ExportCommands(QSqlDatabase db, ConnectionSettings settings) : m_db(std::move(db)), m_settings(std::move(settings)) {}
    static bool handles(const QString &command);
    int run(const ParsedCommand &command);

private:
    // The export's filters from the options; an unknown owner is NotFound (exit 3), a bad value Invalid (exit 1).
    Result<ExportOptions> exportOptions(const ParsedCommand &command) const;
    // Runs `job` and waits for it; SIGINT / SIGTERM / SIGHUP meanwhile cancel it.
    Result<qint64> runCancellable(const CsvExportJob &job) const;

    QSqlDatabase m_db;
    ConnectionSettings m_settings;
};
