#pragma once

#include <QStringList>

/** waqtor-db: parses the command line, connects, runs one command, returns its exit code. */
class CliApplication
{
public:
    int run(const QStringList &arguments);
};
