#include "cliapplication.h"

#include "backupcommands.h"
#include "clioutput.h"
#include "commandline.h"
#include "db/connectionsettings.h"
#include "contactcommands.h"
#include "db/database.h"
#include "databasecommands.h"
#include "exportcommands.h"
#include "healthcommands.h"
#include "interruptguard.h"
#include "maintenancecommands.h"
#include "usercommands.h"
#include "watchcommand.h"

#include <QCoreApplication>

int CliApplication::run(const QStringList &arguments)
{
    const auto parsed = CommandLine::parse(arguments);
    if (!parsed)
        return CliOutput::fail(parsed.error());
    if (parsed->version) {
        CliOutput::out(QStringLiteral("waqtor-db %1").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    if (parsed->help) {
        const CommandSpec *spec = CommandLine::find(parsed->command);
        CliOutput::out(spec ? CommandLine::commandHelp(*spec) : CommandLine::generalHelp());
        return 0;
    }

    const auto settings = ConnectionSettings::load(parsed->envFile);
    if (!settings)
        return CliOutput::fail(settings.error());
    const auto db = Database::connect(settings.value());
    if (!db)
        return CliOutput::fail(db.error());

    int code;
    if (DatabaseCommands::handles(parsed->command))
        code = DatabaseCommands(db.value()).run(parsed.value());
    else if (ContactCommands::handles(parsed->command))
        code = ContactCommands(db.value()).run(parsed.value());
    else if (BackupCommands::handles(parsed->command))
        code = BackupCommands(db.value(), settings.value()).run(parsed.value());
    else if (HealthCommands::handles(parsed->command))
        code = HealthCommands(db.value()).run(parsed.value());
    else if (MaintenanceCommands::handles(parsed->command))
        code = MaintenanceCommands(db.value(), settings.value()).run(parsed.value());
    else if (WatchCommand::handles(parsed->command))
        code = WatchCommand(db.value(), settings.value()).run(parsed.value());
    else if (ExportCommands::handles(parsed->command))
        code = ExportCommands(db.value(), settings.value()).run(parsed.value());
    else
        code = UserCommands(db.value()).run(parsed.value());
    if (InterruptGuard::deferredSignal())
        CliOutput::err(QCoreApplication::translate("CliApplication",
                                                   "waqtor-db: interrupted while saving; the change above was saved."));
    return code;
}
