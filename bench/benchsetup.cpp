#include "benchsetup.h"

#include "db/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace BenchSetup {

std::optional<ConnectionSettings> settings(const QString &envFile)
{
    const auto loaded = ConnectionSettings::load(envFile);
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error().message));
        return std::nullopt;
    }
    return loaded.value();
}

std::optional<QSqlDatabase> connect(const ConnectionSettings &settings, const QString &name)
{
    const auto db = Database::connect(settings, name);
    if (!db) {
        std::fprintf(stderr, "%s %s\n", qPrintable(db.error().message), qPrintable(db.error().detail));
        return std::nullopt;
    }
    return db.value();
}

bool exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    std::fprintf(stderr, "SQL failed: %s\n  %s\n", qPrintable(sql.left(200)), qPrintable(q.lastError().text()));
    return false;
}

double screenshotMilliseconds(const ConnectionSettings &settings, const QString &database, const QString &page,
                              const Account &account, int runs)
{
    double best = -1;
    const QTemporaryDir dir;
    for (int i = 0; i < runs; ++i) {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DB_HOST"), settings.host);
        env.insert(QStringLiteral("DB_PORT"), QString::number(settings.port));
        env.insert(QStringLiteral("DB_NAME"), database);
        env.insert(QStringLiteral("DB_USER"), settings.user);
        env.insert(QStringLiteral("DB_PASSWORD"), settings.password);
        env.insert(QStringLiteral("WAQTOR_USER"), account.email);
        env.insert(QStringLiteral("WAQTOR_PASSWORD"), account.password);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        app.start(QCoreApplication::applicationDirPath() + QStringLiteral("/waqtor-admin"),
                  {QStringLiteral("--page"), page, QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("shot.png"))});
        const bool finished = app.waitForFinished(120000);
        const double ms = clock.nsecsElapsed() / 1e6;
        if (!finished || app.exitStatus() != QProcess::NormalExit || app.exitCode() != 0) {
            std::fprintf(stderr, "waqtor-admin --page %s --screenshot failed on %s: %s\n", qPrintable(page),
                         qPrintable(database), app.readAllStandardError().constData());
            return -1;
        }
        best = best < 0 ? ms : std::min(best, ms);
    }
    return best;
}

} // namespace BenchSetup
