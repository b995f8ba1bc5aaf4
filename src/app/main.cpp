#include "accounts/entitycode.h"
#include "appsession.h"
#include "db/connectionsettings.h"
#include "db/database.h"
#include "foundation/qtmessagefilter.h"
#include "delegates/contentdirection.h"
#include "dialogs/logindialog.h"
#include "health/healthpage.h"
#include "settings/languagepreference.h"
#include "i18n/interfacelanguage.h"
#include "overview/overviewpage.h"
#include "mainwindow.h"
#include "pages/tablepage.h"
#include "theme/apptheme.h"
#include "theme/icontheme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

const QString MainConnection = QStringLiteral("waqtor-main");

int failWith(const QString &message, int code)
{
    std::fprintf(stderr, "waqtor-admin: %s\n", message.toUtf8().constData());
    return code;
}

// --lang is read before the parser exists, so --help and every message are already in that language.
std::optional<QString> languageArgument(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return std::nullopt;
}

// The window as a PNG, with fast deflate (quality 80 is zlib level 1 instead of 6).
bool saveScreenshot(QWidget &window, const QString &file)
{
    return window.grab().save(file, "PNG", 80);
}

} // namespace

int main(int argc, char *argv[])
{
    QtMessageFilter::install();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("WaQtor Admin"));
    QApplication::setOrganizationName(QStringLiteral("WaQtor"));
    QApplication::setApplicationVersion(QStringLiteral(WAQTOR_VERSION));

    // Language: --lang, else (once signed in) the account's choice in Settings, else the system locale.
    const std::optional<QString> langArgument = languageArgument(QApplication::arguments());
    const std::optional<UiLanguage> forced = langArgument ? UiLanguages::fromCode(*langArgument) : std::nullopt;
    InterfaceLanguage::apply(forced.value_or(UiLanguages::fromEnvironment()));

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Administer a WaQtor database."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption envFile(QStringLiteral("env-file"), Tr::tr("Read DB_* settings from PATH."), QStringLiteral("PATH"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
                                        Tr::tr("Open page NAME (overview, the default; users, sessions, campaigns, contacts, groups, messages; "
                                               "health for admins)."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        Tr::tr("Sign in with WAQTOR_USER / WAQTOR_PASSWORD, open --page, write the window "
                                               "as PNG to FILE once its data is loaded, and exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
                                         Tr::tr("Colours: system (follow the desktop), light or dark."),
                                         QStringLiteral("THEME"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        Tr::tr("Show the interface in LANGUAGE: ar (Arabic) or en (English); "
                                               "default: your choice in Settings, else the system locale."),
                                        QStringLiteral("LANGUAGE"));
    parser.addOption(envFile);
    parser.addOption(themeOption);
    parser.addOption(pageOption);
    parser.addOption(screenshot);
    parser.addOption(langOption);
    parser.process(app);
    if (langArgument && !forced)
        return failWith(Tr::tr("Unknown language \"%1\"; use ar (Arabic) or en (English).").arg(*langArgument), 1);

    std::optional<Entity> page;
    // The admins' Health page is not a table page: it has no Entity.
    const bool healthPage = parser.value(pageOption).trimmed().toLower() == QLatin1String("health");
    // The Overview is every role's first page after signing in, and not a table page either.
    const bool overviewPage = !parser.isSet(pageOption) || parser.value(pageOption).trimmed().toLower() == QLatin1String("overview");
    if (parser.isSet(pageOption) && !healthPage && !overviewPage) {
        page = entityFromCode(parser.value(pageOption));
        if (!page)
            return failWith(Tr::tr("Unknown page \"%1\"; use overview, users, sessions, campaigns, contacts, groups, messages or health.")
                                .arg(parser.value(pageOption)), 1);
    }
    if (parser.isSet(themeOption) && !AppTheme::modeByName(parser.value(themeOption)))
        return failWith(Tr::tr("Unknown theme \"%1\"; use system, light or dark.").arg(parser.value(themeOption)), 1);
    AppTheme::apply(AppTheme::startupMode(parser.value(themeOption)));
    QApplication::setWindowIcon(IconTheme::application());
    // Wayland matches windows to the launcher by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.waqtor.WaQtorAdmin"));
    ContentDirection::followEditors();

    const auto settings = ConnectionSettings::load(parser.value(envFile));
    if (!settings)
        return failWith(settings.error().message, 1);

    AppSession session(settings.value(), MainConnection);
    session.setLanguageForced(forced.has_value());
    session.setRestoresWorkspace(!parser.isSet(screenshot));
    session.setPicturesOnly(parser.isSet(screenshot));
    QObject::connect(&session, &AppSession::finished, &app, &QCoreApplication::quit);
    std::optional<SignedIn> signedIn;
    const bool automated = parser.isSet(screenshot);
    if (automated) {
        // No window to type into: the credentials come from the environment, never the command line.
        const auto result = SignedIn::signIn(settings.value(), qEnvironmentVariable("WAQTOR_USER"),
                                             qEnvironmentVariable("WAQTOR_PASSWORD"), session.nextConnectionName());
        if (!result)
            return failWith(result.error().message, 2);
        signedIn = result.value();
    } else {
        signedIn = session.askSignIn();
        if (!signedIn)
            return 0;
    }

    // Another role asking for the Health page is refused before any window shows.
    if (healthPage) {
        if (const Status allowed = signedIn->policy.checkHealth(); !allowed)
            return failWith(allowed.error().message, 3);
    }
    MainWindow &window = *session.open(*signedIn);
    if (!automated) {
        if (overviewPage)
            window.openOverview();
        if (healthPage)
            window.openHealthPage();
        if (page) {
            QString error;
            if (!window.openPage(*page, &error))
                QMessageBox::information(&window, window.windowTitle(), error);
        }
        return QApplication::exec();
    }

    const QString file = parser.value(screenshot);
    int exitCode = 0;
    QObject::connect(&window, &MainWindow::pageLoaded, &window, [&](TablePage *) {
        // One turn of the event loop so the rows are painted before the grab.
        QTimer::singleShot(0, &window, [&] {
            if (!saveScreenshot(window, file))
                exitCode = failWith(Tr::tr("Could not write %1.").arg(file), 2);
            QApplication::exit(exitCode);
        });
    });
    QObject::connect(&window, &MainWindow::pageFailed, &window, [&](TablePage *, const QString &message) {
        exitCode = failWith(message, 2);
        QApplication::exit(exitCode);
    });
    if (healthPage) {
        QObject::connect(window.healthPage(), &HealthPage::loaded, &window, [&] {
            QTimer::singleShot(0, &window, [&] {
                if (!saveScreenshot(window, file))
                    exitCode = failWith(Tr::tr("Could not write %1.").arg(file), 2);
                QApplication::exit(exitCode);
            });
        });
        QObject::connect(window.healthPage(), &HealthPage::failed, &window, [&](const QString &message) {
            exitCode = failWith(message, 2);
            QApplication::exit(exitCode);
        });
        window.openHealthPage();
        return QApplication::exec();
    }
    if (overviewPage) {
        // Saved only once every card and chart holds its data (one answer fills them all), with the
        // window grown to the page's full height so that every one of them is in the picture.
        // Layouts settle one event-loop turn at a time after a resize, so it grows until nothing is
        // left to scroll (a few turns at most).
        std::function<void(int)> saveWhenSettled = [&](int turnsLeft) {
            const int hidden = window.overviewPage()->hiddenHeight();
            if (hidden > 0 && turnsLeft > 0) {
                window.resize(window.width(), window.height() + hidden);
                QTimer::singleShot(0, &window, [&saveWhenSettled, turnsLeft] { saveWhenSettled(turnsLeft - 1); });
                return;
            }
            if (!saveScreenshot(window, file))
                exitCode = failWith(Tr::tr("Could not write %1.").arg(file), 2);
            QApplication::exit(exitCode);
        };
        QObject::connect(window.overviewPage(), &OverviewPage::loaded, &window, [&] {
            QTimer::singleShot(0, &window, [&] { saveWhenSettled(8); });
        });
        QObject::connect(window.overviewPage(), &OverviewPage::failed, &window, [&](const QString &message) {
            exitCode = failWith(message, 2);
            QApplication::exit(exitCode);
        });
        window.openOverview();
        return QApplication::exec();
    }
    QString error;
    const Entity target = page.value_or(MainWindow::pageOrder().constFirst());
    if (!window.openPage(target, &error))
        return failWith(error, 3);
    return QApplication::exec();
}
