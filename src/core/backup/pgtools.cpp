#include "backup/pgtools.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PgTools)
};

// "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)" → 15; 0 when it cannot be told.
int programMajor(const QString &path)
{
    QProcess p;
    p.start(path, {QStringLiteral("--version")});
    if (!p.waitForFinished(10000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return 0;
    static const QRegularExpression version(QStringLiteral("\\)\\s+(\\d+)"));
    const auto m = version.match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace

Result<int> PgTools::serverVersion(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SHOW server_version_num")) || !q.next())
        return Error::database(Tr::tr("Cannot read the server's version."), q.lastError().text());
    return q.value(0).toInt();
}

Result<QString> PgTools::locate(const QString &program, int serverVersionNum, const QProcessEnvironment &environment)
{
    const int serverMajor = majorOf(serverVersionNum);
    const QString package = QStringLiteral("postgresql-client-%1").arg(serverMajor);
    QString path;
    QString lookedIn;
    const QString pinned = environment.value(QStringLiteral("WAQTOR_PG_BIN"));
    if (!pinned.isEmpty()) {
        const QFileInfo candidate(QDir(pinned).filePath(program));
        if (candidate.isExecutable())
            path = candidate.absoluteFilePath();
        lookedIn = QStringLiteral("WAQTOR_PG_BIN (%1)").arg(QDir::toNativeSeparators(pinned));
    } else {
        const QFileInfo debian(QStringLiteral("/usr/lib/postgresql/%1/bin/%2").arg(serverMajor).arg(program));
        path = debian.isExecutable() ? debian.absoluteFilePath()
                                     : QStandardPaths::findExecutable(program,
                                                                      environment.value(QStringLiteral("PATH")).split(u':'));
        lookedIn = QStringLiteral("/usr/lib/postgresql/%1/bin, PATH").arg(serverMajor);
    }
    if (path.isEmpty())
        return Error::database(Tr::tr("%1 was not found (looked in %2) and the server is PostgreSQL %3; install the "
                                      "Debian package %4, or set WAQTOR_PG_BIN to the folder of a client %3 or newer.")
                                   .arg(program, lookedIn)
                                   .arg(serverMajor)
                                   .arg(package));
    const int toolMajor = programMajor(path);
    if (toolMajor < serverMajor)
        return Error::database(Tr::tr("%1 (%2) is version %3, older than the server's PostgreSQL %4; install the "
                                      "Debian package %5, or set WAQTOR_PG_BIN to the folder of a client %4 or newer.")
                                   .arg(program, QDir::toNativeSeparators(path),
                                        toolMajor > 0 ? QString::number(toolMajor) : Tr::tr("unknown"))
                                   .arg(serverMajor)
                                   .arg(package));
    return path;
}

QProcessEnvironment PgTools::environment(const ConnectionSettings &settings)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys())
        if (key.startsWith(QLatin1String("PG")))
            env.remove(key);
    env.insert(QStringLiteral("PGHOST"), settings.host);
    env.insert(QStringLiteral("PGPORT"), QString::number(settings.port));
    env.insert(QStringLiteral("PGUSER"), settings.user);
    env.insert(QStringLiteral("PGPASSWORD"), settings.password);
    env.insert(QStringLiteral("PGDATABASE"), settings.databaseName);
    for (const auto &[key, value] : settings.environment())
        env.insert(key, value);
    env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    env.insert(QStringLiteral("PGAPPNAME"), QStringLiteral("waqtor-backup"));
    // Progress is read from the tools' English messages.
    env.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_ALL"));
    return env;
}

QString PgTools::dbnameArgument(const QString &database)
{
    QString escaped = database;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return QStringLiteral("--dbname=dbname='%1'").arg(escaped);
}

QString PgTools::quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}
