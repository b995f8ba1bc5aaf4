#include "cliapplication.h"
#include "clioutput.h"
#include "foundation/qtmessagefilter.h"
#include "commandline.h"
#include "i18n/translations.h"
#include "interruptguard.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QtMessageFilter::install();
    InterruptGuard::install();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("waqtor-db"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WAQTOR_VERSION));
    // Before anything is parsed or printed: the help, Qt's parser errors and every message follow it.
    const QStringList arguments = QCoreApplication::arguments();
    Translations::install(CommandLine::language(arguments).value_or(UiLanguages::fromEnvironment()));
    return CliOutput::finish(CliApplication().run(arguments));
}
