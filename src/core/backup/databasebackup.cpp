#include "backup/databasebackup.h"

#include "backup/pgtools.h"
#include "backup/toolprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)
};

} // namespace

Result<int> DatabaseBackup::tablesToDo(const QStringList &tables)
{
    QSqlQuery q(m_db);
    if (tables.isEmpty()) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                   "WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
                                   "AND n.nspname NOT LIKE 'pg\\_toast%'"))
            || !q.next())
            return Error::database(Tr::tr("Cannot list the database's tables."), q.lastError().text());
        return q.value(0).toInt();
    }
    for (const QString &table : tables) {
        q.prepare(QStringLiteral("SELECT to_regclass(:name) IS NOT NULL"));
        q.bindValue(QStringLiteral(":name"), table);
        if (!q.exec() || !q.next())
            return Error::invalid(Tr::tr("\"%1\" is not a table name; give --table a name such as users or "
                                         "public.messages.").arg(table));
        if (!q.value(0).toBool())
            return Error::invalid(Tr::tr("There is no table \"%1\" in database \"%2\"; nothing was backed up.")
                                      .arg(table, m_settings.databaseName));
    }
    return int(tables.size());
}

Result<BackupSummary> DatabaseBackup::run(const BackupRequest &request, const BackupProgressCallback &progress,
                                          const std::atomic<bool> *cancel)
{
    const QFileInfo destination(request.outFile);
    const QString shown = QDir::toNativeSeparators(destination.absoluteFilePath());
    if (!destination.absoluteDir().exists())
        return Error::invalid(Tr::tr("The folder %1 does not exist; create it or choose another place for the backup.")
                                  .arg(QDir::toNativeSeparators(destination.absolutePath())));
    if (destination.isDir())
        return Error::invalid(Tr::tr("%1 is a folder; give the backup a file name (or use --out-dir).").arg(shown));
    const auto version = PgTools::serverVersion(m_db);
    if (!version)
        return version.error();
    const auto pgDump = PgTools::locate(QStringLiteral("pg_dump"), version.value());
    if (!pgDump)
        return pgDump.error();
    const auto total = tablesToDo(request.tables);
    if (!total)
        return total.error();

    // Same folder, so the final rename cannot cross file systems; mode 600 as the backup holds password hashes.
    QTemporaryFile partial(destination.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.partial").arg(destination.fileName())));
    if (!partial.open())
        return Error::invalid(Tr::tr("Cannot write in %1: %2.")
                                  .arg(QDir::toNativeSeparators(destination.absolutePath()), partial.errorString()));
    partial.close();

    QStringList arguments{QStringLiteral("--verbose"), QStringLiteral("--file=") + partial.fileName()};
    switch (request.format) {
    case BackupFormat::Custom:
        arguments << QStringLiteral("--format=custom");
        break;
    case BackupFormat::Gzip:
        arguments << QStringLiteral("--compress=6");
        Q_FALLTHROUGH();
    case BackupFormat::Plain:
        // psql restores scripts as whoever runs it, so no OWNER TO lines; DROP … IF EXISTS lets a
        // script replace what it restores.
        arguments << QStringLiteral("--format=plain") << QStringLiteral("--no-owner") << QStringLiteral("--clean")
                  << QStringLiteral("--if-exists");
        break;
    }
    for (const QString &table : request.tables)
        arguments << QStringLiteral("--table=") + table;

    BackupProgress state{0, total.value(), {}};
    if (progress)
        progress(state);
    static const QRegularExpression dumping(QStringLiteral("dumping contents of table \"(.+)\""));
    ToolProcess dump(pgDump.value(), arguments, PgTools::environment(m_settings));
    dump.onErrorLine([&](const QString &line) {
        const auto m = dumping.match(line);
        if (!m.hasMatch())
            return;
        state.done = qMin(state.done + 1, state.total);
        state.table = m.captured(1);
        if (progress)
            progress(state);
    });
    const Status dumped = dump.run(cancel, Tr::tr("pg_dump could not back up database \"%1\"; nothing was written to %2.")
                                               .arg(m_settings.databaseName, shown),
                                   Tr::tr("The backup was stopped; nothing was written to %1.").arg(shown));
    if (!dumped.ok())
        return dumped.error();

    BackupSummary summary{destination.absoluteFilePath(), QFileInfo(partial.fileName()).size(), state.total};
    // rename(2) replaces an older file of that name in one step; QFile::rename would refuse it.
    if (std::rename(QFile::encodeName(partial.fileName()).constData(), QFile::encodeName(summary.file).constData()) != 0)
        return Error::invalid(Tr::tr("Cannot put the backup in place as %1: %2; nothing was written there.")
                                  .arg(shown, QString::fromLocal8Bit(std::strerror(errno))));
    partial.setAutoRemove(false);
    return summary;
}
