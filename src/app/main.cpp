#include "mainwindow.h"

#include "connectionsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("WaQtor Admin"));
    QApplication::setOrganizationName(QStringLiteral("WaQtor"));
    QApplication::setApplicationVersion(QStringLiteral(WAQTOR_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("waqtor-admin"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Administer a WaQtor database."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption envFile(QStringLiteral("env-file"),
                                     QApplication::translate("main", "Read DB_* settings from PATH."),
                                     QStringLiteral("PATH"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Write the window as PNG to FILE and exit."),
                                        QStringLiteral("FILE"));
    parser.addOption(envFile);
    parser.addOption(screenshot);
    parser.process(app);

    const auto settings = ConnectionSettings::load(parser.value(envFile));
    if (!settings) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "WaQtor Admin"), settings.error().message);
        return 1;
    }
    MainWindow window(settings.value());
    window.show();
    const bool loaded = window.refresh();
    if (parser.isSet(screenshot)) {
        // Let the window lay itself out before grabbing it.
        QTimer::singleShot(200, &window, [&] {
            const bool saved = window.grab().save(parser.value(screenshot), "PNG");
            QApplication::exit(saved && loaded ? 0 : 2);
        });
    }
    return QApplication::exec();
}
