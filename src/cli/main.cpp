#include "cliapplication.h"
#include "clioutput.h"
#include "foundation/qtmessagefilter.h"
#include "interruptguard.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QtMessageFilter::install();
    InterruptGuard::install();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("waqtor-db"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WAQTOR_VERSION));
    return CliOutput::finish(CliApplication().run(QCoreApplication::arguments()));
}
