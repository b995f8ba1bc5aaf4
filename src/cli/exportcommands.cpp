#include "exportcommands.h"

bool ExportCommands::handles(const QString &command)
{
    return command == QLatin1String("export") || command == QLatin1String("report");
}

int ExportCommands::run(const ParsedCommand &)
{
    return 1;
}
