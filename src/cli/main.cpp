#include "cliapplication.h"
#include "interruptguard.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    InterruptGuard::install();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("waqtor-db"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WAQTOR_VERSION));
    return CliApplication().run(QCoreApplication::arguments());
}
