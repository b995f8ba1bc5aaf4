#include "backup/databaserestore.h"

#include "backup/backupverifier.h"
#include "backup/dumpsource.h"
#include "backup/pgtools.h"
#include "backup/toolprocess.h"
#include "db/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <utility>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseRestore)
};

} // namespace

Result<bool> DatabaseRestore::databaseExists(const QString &database)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = :name"));
    q.bindValue(QStringLiteral(":name"), database);
    if (!q.exec() || !q.next())
        return Error::database(Tr::tr("Cannot list the server's databases."), q.lastError().text());
    return q.value(0).toInt() > 0;
}

Result<int> DatabaseRestore::userTables(const QString &database)
{
    ConnectionSettings target = m_settings;
    target.databaseName = database;
    const QString name = QStringLiteral("restore-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<int> tables = 0;
    {
        const auto db = Database::connect(target, name);
        if (!db)
            return db.error();
        QSqlQuery q(db.value());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                   "WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
                                   "AND n.nspname NOT LIKE 'pg\\_toast%'"))
            || !q.next())
            tables = Error::database(Tr::tr("Cannot list the tables of database \"%1\".").arg(database), q.lastError().text());
        else
            tables = q.value(0).toInt();
    }
    Database::disconnect(name);
    return tables;
}

Result<int> DatabaseRestore::archiveTables(const QString &program, const QString &file)
{
    int tables = 0;
    ToolProcess list(program, {QStringLiteral("--list"), file}, QProcessEnvironment::systemEnvironment());
    QByteArray listing;
    list.onOutput([&](const QByteArray &chunk) {
        listing += chunk;
        return Status();
    });
    const Status listed = list.run(nullptr, QString(), QString());
    if (!listed.ok())
        return Error{ErrorKind::Invalid,
                     Tr::tr("The backup %1 is not a readable pg_dump archive; nothing was restored.")
                         .arg(QDir::toNativeSeparators(file)),
                     listed.error().detail};
    for (const QByteArray &line : listing.split('\n'))
        if (!line.startsWith(';') && line.contains(" TABLE DATA "))
            ++tables;
    return tables;
}

Result<RestorePlan> DatabaseRestore::prepare(const RestoreRequest &request, const std::atomic<bool> *cancel)
{
    RestorePlan plan;
    plan.request = request;
    const QString database = request.database;
    if (database.trimmed().isEmpty())
        return Error::invalid(Tr::tr("Say which database to restore into with --into DBNAME."));
    const auto format = BackupFormats::detectFile(request.file);
    if (!format)
        return format.error();
    plan.format = format.value();
    const auto version = PgTools::serverVersion(m_db);
    if (!version)
        return version.error();
    const auto program = PgTools::locate(plan.format == BackupFormat::Custom ? QStringLiteral("pg_restore")
                                                                             : QStringLiteral("psql"),
                                         version.value());
    if (!program)
        return program.error();
    plan.program = program.value();

    const auto exists = databaseExists(database);
    if (!exists)
        return exists.error();
    if (request.create && exists.value())
        return Error::invalid(Tr::tr("Database \"%1\" already exists, so --create cannot make it; nothing was restored. "
                                     "Leave out --create to restore into it.").arg(database));
    if (!request.create && !exists.value())
        return Error::invalid(Tr::tr("There is no database \"%1\" on %2:%3; nothing was restored. Add --create to make it.")
                                  .arg(database, m_settings.host).arg(m_settings.port));
    if (exists.value()) {
        const auto tables = userTables(database);
        if (!tables)
            return tables.error();
        if (tables.value() > 0 && !request.replace)
            return Error::invalid(Tr::tr("Database \"%1\" already has tables (%2); nothing was restored. Add --replace to "
                                         "replace what the backup holds, or restore into a new database with --create.")
                                      .arg(database)
                                      .arg(tables.value()));
    }
    plan.intoConnectedDatabase = database == m_settings.databaseName;

    if (plan.format == BackupFormat::Custom) {
        const auto tables = archiveTables(plan.program, request.file);
        if (!tables)
            return tables.error();
        plan.tables = tables.value();
    } else {
        // A script is read through before anything changes: a truncated one is refused up front.
        const auto report = BackupVerifier::verify(request.file, plan.format, QString(), cancel);
        if (!report)
            return report.error();
        plan.contents = report->contents;
        plan.tables = int(plan.contents.rowCounts.size());
    }
    return plan;
}

Status DatabaseRestore::execAdmin(const QString &sql, const QString &failure)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return Error::database(failure, q.lastError().text());
    return {};
}

Status DatabaseRestore::run(const RestorePlan &plan, bool confirmed, const BackupProgressCallback &progress,
                            const std::atomic<bool> *cancel)
{
    const QString database = plan.request.database;
    if (cancel && cancel->load())
        return Error::interrupted(Tr::tr("The restore was stopped; database \"%1\" was left as it was.").arg(database));
    if (plan.intoConnectedDatabase && !confirmed)
        return Error::invalid(Tr::tr("Restoring into \"%1\", the database in use, needs a confirmation; nothing was "
                                     "restored.").arg(database));
    if (plan.request.create) {
        const Status created = execAdmin(QStringLiteral("CREATE DATABASE %1").arg(PgTools::quoteIdentifier(database)),
                                         Tr::tr("Cannot create database \"%1\"; nothing was restored.").arg(database));
        if (!created.ok())
            return created;
    }
    const Status restored = restore(plan, progress, cancel);
    if (!restored.ok() && plan.request.create) {
        // Only what this restore made goes: nothing else can be in a database created a moment ago.
        const Status dropped = execAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(PgTools::quoteIdentifier(database)),
                                         QString());
        if (!dropped.ok())
            return Error{restored.error().kind,
                         restored.error().message + u' '
                             + Tr::tr("The new database \"%1\" could not be dropped again; drop it by hand.").arg(database),
                         restored.error().detail};
    }
    return restored;
}

Status DatabaseRestore::restore(const RestorePlan &plan, const BackupProgressCallback &progress,
                                const std::atomic<bool> *cancel)
{
    const QString database = plan.request.database;
    const QString shown = QDir::toNativeSeparators(plan.request.file);
    ConnectionSettings target = m_settings;
    target.databaseName = database;
    BackupProgress state{0, plan.tables, {}};
    if (progress)
        progress(state);
    auto tableDone = [&](const QString &table) {
        state.done = qMin(state.done + 1, state.total);
        state.table = table;
        if (progress)
            progress(state);
    };
    const QString failure = Tr::tr("Restoring %1 into \"%2\" failed; the database was left as it was.").arg(shown, database);
    const QString cancelled = Tr::tr("The restore was stopped; database \"%1\" was left as it was.").arg(database);

    if (plan.format == BackupFormat::Custom) {
        QStringList arguments{QStringLiteral("--verbose"), QStringLiteral("--exit-on-error"),
                              QStringLiteral("--single-transaction"), QStringLiteral("--no-owner"),
                              PgTools::dbnameArgument(database)};
        if (plan.request.replace)
            arguments << QStringLiteral("--clean") << QStringLiteral("--if-exists");
        arguments << plan.request.file;
        static const QRegularExpression processing(QStringLiteral("processing data for table \"(.+)\""));
        ToolProcess tool(plan.program, arguments, PgTools::environment(target));
        tool.onErrorLine([&](const QString &line) {
            const auto m = processing.match(line);
            if (m.hasMatch())
                tableDone(m.captured(1));
        });
        return tool.run(cancel, failure, cancelled);
    }

    auto source = DumpSource::open(plan.request.file, plan.format == BackupFormat::Gzip);
    if (!source)
        return source.error();
    // Progress follows what is handed to psql; with a pipe of 64 KiB between, that is where psql is.
    SqlDumpScanner progressScan;
    progressScan.onTableData(tableDone);
    QByteArray prelude = plan.request.replace && !plan.contents.cleans ? SqlDumpScanner::dropStatements(plan.contents).toUtf8() : QByteArray();
    ToolProcess psql(plan.program,
                     {QStringLiteral("--no-psqlrc"), QStringLiteral("--quiet"), QStringLiteral("--set=ON_ERROR_STOP=1"),
                      QStringLiteral("--single-transaction"), QStringLiteral("--file=-"), PgTools::dbnameArgument(database)},
                     PgTools::environment(target));
    psql.onOutput([](const QByteArray &) { return Status(); });  // the script's SELECT results
    psql.setInput([&]() -> Result<QByteArray> {
        if (!prelude.isEmpty())
            return std::exchange(prelude, QByteArray());
        const auto chunk = source.value()->next();
        if (chunk)
            progressScan.feed(chunk.value());
        return chunk;
    });
    return psql.run(cancel, failure, cancelled);
}
