// Import and export benchmark: ContactImporter and CsvExporter against psql doing the same work in the
// same run. Targets (issue 10): 1M new contacts with E.164 phones, skip, no groups, within 1.2x of
// `psql \copy` + INSERT ... ON CONFLICT; the export of those contacts (owner, one group each) in the
// command line's default order within 1.1x of the plain `\copy (SELECT …) TO` a user would type (best of
// N alternating runs each). For update with groups the ratio against a psql script running the same
// SQL is printed too. See bench/README.md.

#include "benchsetup.h"
#include "export/csvexporter.h"
#include "import/contactimporter.h"
#include "import/contactupsert.h"
#include "db/database.h"
#include "db/migrator.h"
#include "plaincontactsexport.h"
#include "psqlprocess.h"

#include <QCoreApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

using BenchSetup::exec;

// The same file for both sides: phone_number,name,email; names change with `variant` so an
// update really writes.
bool writeCsv(const QString &path, int rows, int variant)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray chunk = "phone_number,name,email\n";
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        chunk += "+9665" + QByteArray::number(10000000 + i) + ",Contact " + n + " v" + QByteArray::number(variant)
                 + ",c" + n + "@example.com\n";
        if (chunk.size() > (1 << 20)) {
            f.write(chunk);
            chunk.clear();
        }
    }
    f.write(chunk);
    return f.flush();
}

double psqlSeconds(const ConnectionSettings &s, const QStringList &arguments)
{
    QProcess psql;
    QElapsedTimer timer;
    timer.start();
    PsqlProcess::start(psql, s, QStringList{QStringLiteral("-q")} + arguments);
    psql.waitForFinished(-1);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (psql.exitCode() != 0) {
        std::fprintf(stderr, "psql failed: %s\n", psql.readAllStandardError().left(400).constData());
        return -1;
    }
    return seconds;
}

double oursSeconds(QSqlDatabase db, const QString &csv, const ImportOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    QFile file(csv);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    CsvReader reader(&file, CsvReader::Options());
    reader.setKnownColumnName(&ColumnMapping::isKnownColumnName);
    if (!reader.open().ok())
        return -1;
    QList<CsvRecord> prefetched;
    const ColumnMapping mapping = ContactImporter::suggestMapping(reader, options.region, &prefetched);
    ContactImporter importer(db, PermissionPolicy::databaseOperator(), QStringLiteral("bench"));
    const auto report = importer.run(reader, mapping, options, prefetched);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!report) {
        std::fprintf(stderr, "import failed: %s\n  %s\n", qPrintable(report.error().message), qPrintable(report.error().detail));
        return -1;
    }
    return seconds;
}

// `waqtor-db export contacts FILE` as the command line runs it: rows as stored, through QSaveFile.
double exportSeconds(QSqlDatabase db, const QString &file)
{
    QElapsedTimer timer;
    timer.start();
    CsvExporter exporter(db, PermissionPolicy::databaseOperator());
    ExportOptions options;
    options.filter.sort = ExportSort::Stored;
    const auto written = CsvExporter::writeFile(file, [&](QIODevice *device) {
        return exporter.exportTable(Entity::Contacts, options, device);
    });
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!written) {
        std::fprintf(stderr, "export failed: %s\n  %s\n", qPrintable(written.error().message),
                     qPrintable(written.error().detail));
        return -1;
    }
    return seconds;
}

QString psqlScript(const QString &owner, const QString &csv, bool update, const QString &groupId)
{
    // Exactly the statements ContactUpsert runs, as one chunk; psql's own \copy parses the CSV.
    const auto bind = [&](QString sql) {
        return sql.replace(QStringLiteral(":owner"), QStringLiteral("'%1'").arg(owner))
            .replace(QStringLiteral(":unblock"), QStringLiteral("false"))
            .replace(QStringLiteral(":groups"), QStringLiteral("'{%1}'").arg(groupId));
    };
    QString sql = QStringLiteral("BEGIN;\n%1;\n\\copy waqtor_import (phone, name, email) FROM '%2' WITH (FORMAT csv, HEADER)\n")
                      .arg(ContactUpsert::workTableSql(), csv);
    if (update)
        sql += bind(ContactUpsert::updateSql()) + QStringLiteral(";\n");
    sql += bind(ContactUpsert::insertSql()) + QStringLiteral(";\n");
    if (!groupId.isEmpty())
        sql += bind(ContactUpsert::joinSql()) + QStringLiteral(";\n");
    return sql + QStringLiteral("COMMIT;\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the contacts import next to psql doing the same work."));
    parser.addHelpOption();
    const QCommandLineOption envFile(QStringLiteral("env-file"), QStringLiteral("DB_* settings file."), QStringLiteral("PATH"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Contacts in the file (default 1000000)."),
                                        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per side (default 3)."),
                                        QStringLiteral("N"), QStringLiteral("3"));
    parser.addOptions({envFile, rowsOption, runsOption});
    parser.process(app);

    const auto settings = BenchSetup::settings(parser.value(envFile));
    if (!settings)
        return 1;
    const int rows = parser.value(rowsOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    // A scratch database of its own: the runs TRUNCATE contacts, which must never touch real data.
    const QString scratch = QStringLiteral("waqtor_import_bench");
    const auto admin = BenchSetup::connect(settings.value(), QStringLiteral("admin"));
    if (!admin)
        return 2;
    if (!exec(admin.value(), QStringLiteral("DROP DATABASE IF EXISTS %1").arg(scratch))
        || !exec(admin.value(), QStringLiteral("CREATE DATABASE %1").arg(scratch)))
        return 2;
    ConnectionSettings scratchSettings = settings.value();
    scratchSettings.databaseName = scratch;
    const auto db = BenchSetup::connect(scratchSettings, QStringLiteral("bench"));
    if (!db || !Migrator(db.value()).migrate().ok()) {
        std::fprintf(stderr, "cannot prepare %s\n", qPrintable(scratch));
        return 2;
    }
    QSqlQuery q(db.value());
    if (!q.exec(QStringLiteral("INSERT INTO users (email, password_hash, role) VALUES ('bench-import@waqtor.bench', 'x', 'user') "
                               "RETURNING id")) || !q.next())
        return 2;
    const QString owner = q.value(0).toString();

    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("contacts.csv"));
    const QString changed = dir.filePath(QStringLiteral("contacts-changed.csv"));
    if (!writeCsv(fresh, rows, 1) || !writeCsv(changed, rows, 2))
        return 1;
    QFile::setPermissions(dir.path(), QFile::permissions(dir.path()) | QFileDevice::ReadOther | QFileDevice::ExeOther);

    ImportOptions options;
    options.ownerId = owner;
    options.ownerEmail = QStringLiteral("bench-import@waqtor.bench");
    options.sourceName = fresh;

    std::printf("WaQtor Admin import benchmark: %d contacts, best of %d alternating runs, %s\n", rows, runs,
                qPrintable(scratchSettings.describe()));
    std::printf("  %-46s %9s %9s %8s   %s\n", "measure", "ours s", "psql s", "ratio", "target");

    // 1. New contacts, skip, no groups.
    const QString skipScript = dir.filePath(QStringLiteral("skip.sql"));
    {
        QFile f(skipScript);
        f.open(QIODevice::WriteOnly);
        f.write(psqlScript(owner, fresh, false, {}).toUtf8());
    }
    double bestOurs = 1e9, bestPsql = 1e9;
    for (int i = 0; i < runs; ++i) {
        exec(db.value(), QStringLiteral("TRUNCATE recipients CASCADE"));
        exec(db.value(), QStringLiteral("CHECKPOINT"));
        bestPsql = std::min(bestPsql, psqlSeconds(scratchSettings, {QStringLiteral("-f"), skipScript}));
        exec(db.value(), QStringLiteral("TRUNCATE recipients CASCADE"));
        exec(db.value(), QStringLiteral("CHECKPOINT"));
        bestOurs = std::min(bestOurs, oursSeconds(db.value(), fresh, options));
    }
    std::printf("  %-46s %9.2f %9.2f %7.2fx   %s\n", "new contacts, skip, no groups", bestOurs, bestPsql,
                bestOurs / bestPsql, "<= 1.2x");
    std::fflush(stdout);

    // 2. The same phones again with new names: update, and every contact into a group.
    if (!q.exec(QStringLiteral("INSERT INTO groups (user_id, name) VALUES ('%1', 'Bench import') RETURNING id").arg(owner))
        || !q.next())
        return 2;
    const QString group = q.value(0).toString();
    const QString updateScript = dir.filePath(QStringLiteral("update.sql"));
    {
        QFile f(updateScript);
        f.open(QIODevice::WriteOnly);
        f.write(psqlScript(owner, changed, true, group).toUtf8());
    }
    options.onDuplicate = DuplicatePolicy::Update;
    options.groups = QStringList{QStringLiteral("Bench import")};
    bestOurs = 1e9;
    bestPsql = 1e9;
    for (int i = 0; i < runs; ++i) {
        exec(db.value(), QStringLiteral("DELETE FROM recipient_groups"));
        exec(db.value(), QStringLiteral("VACUUM recipients"));
        bestPsql = std::min(bestPsql, psqlSeconds(scratchSettings, {QStringLiteral("-f"), updateScript}));
        exec(db.value(), QStringLiteral("DELETE FROM recipient_groups"));
        exec(db.value(), QStringLiteral("VACUUM recipients"));
        bestOurs = std::min(bestOurs, oursSeconds(db.value(), changed, options));
    }
    std::printf("  %-46s %9.2f %9.2f %7.2fx   %s\n", "existing contacts, update, one group", bestOurs, bestPsql,
                bestOurs / bestPsql, "(printed)");
    std::fflush(stdout);

    // 3. Those contacts (one owner, one group each) exported: ours as the command line does by default,
    // psql by the plain command; both files the same size give or take CRLF.
    const QString ourFile = dir.filePath(QStringLiteral("export-ours.csv"));
    const QString psqlFile = dir.filePath(QStringLiteral("export-psql.csv"));
    exec(db.value(), QStringLiteral("VACUUM ANALYZE recipients"));
    bestOurs = 1e9;
    bestPsql = 1e9;
    for (int i = 0; i < runs; ++i) {
        const double a = exportSeconds(db.value(), ourFile);
        const double b = psqlSeconds(scratchSettings, {QStringLiteral("-c"), PlainContactsExport::copyCommand(psqlFile)});
        if (a < 0 || b < 0)
            return 2;
        bestOurs = std::min(bestOurs, a);
        bestPsql = std::min(bestPsql, b);
    }
    std::printf("  %-46s %9.2f %9.2f %7.2fx   %s\n", "export contacts, as stored, vs plain \\copy", bestOurs, bestPsql,
                bestOurs / bestPsql, "<= 1.1x");
    std::printf("  export files: ours %lld bytes, psql %lld bytes (ours ends lines with CRLF, psql with LF)\n",
                static_cast<long long>(QFileInfo(ourFile).size()), static_cast<long long>(QFileInfo(psqlFile).size()));

    // FORCE: this process's own connection to it is still open.
    exec(admin.value(), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(scratch));
    return 0;
}
