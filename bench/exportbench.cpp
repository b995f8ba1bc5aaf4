// Export benchmark: `waqtor-db export contacts` through CsvExporter (COPY TO STDOUT via libpq, streamed
// to a file, the command line's default order: as stored) next to the plain `\copy (SELECT …) TO FILE`
// a psql user would type for the same columns, in the same run, alternating, best of N. The target is a
// ratio of at most 1.1 on 1M contacts. See bench/README.md.

#include "benchsetup.h"
#include "db/connectionsettings.h"
#include "export/csvexporter.h"
#include "db/database.h"
#include "plaincontactsexport.h"
#include "psqlprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <algorithm>
#include <cstdio>

namespace {

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

// psql running `\copy (select) TO file` once; the time includes starting psql and connecting, as ours
// includes opening the transaction. With `statement`, our own SELECT and its settings; without, the
// plain command. Returns milliseconds, or -1.
double psqlCopy(const ConnectionSettings &s, const ExportStatement *statement, const QString &file)
{
    if (!statement) {
        QProcess psql;
        QElapsedTimer timer;
        timer.start();
        PsqlProcess::start(psql, s, {QStringLiteral("-q"), QStringLiteral("-c"), PlainContactsExport::copyCommand(file)});
        if (!psql.waitForFinished(-1) || psql.exitCode() != 0) {
            print(QStringLiteral("psql failed: ") + QString::fromUtf8(psql.readAllStandardError()));
            return -1;
        }
        return timer.nsecsElapsed() / 1e6;
    }
    QStringList args = {QStringLiteral("-q")};
    // The same settings the SELECT reads (none for an unfiltered admin export), bound the same way.
    // psql quotes the values itself (:'name'), so no value is spliced into the SQL text.
    int n = 0;
    for (auto it = statement->settings.cbegin(); it != statement->settings.cend(); ++it, ++n)
        args << QStringLiteral("-v") << QStringLiteral("n%1=%2").arg(n).arg(it.key()) << QStringLiteral("-v")
             << QStringLiteral("v%1=%2").arg(n).arg(it.value());
    QString setup;
    for (int i = 0; i < n; ++i)
        setup += QStringLiteral("SELECT set_config(:'n%1', :'v%1', false);\n").arg(i);
    QTemporaryFile script;
    if (n > 0) {
        if (!script.open())
            return -1;
        script.write(setup.toUtf8());
        script.flush();
        args << QStringLiteral("-o") << QStringLiteral("/dev/null") << QStringLiteral("-f") << script.fileName();
    }
    args << QStringLiteral("-c") << QStringLiteral("\\copy (%1) TO '%2' WITH (FORMAT csv, HEADER)").arg(statement->select, file);
    QProcess psql;
    QElapsedTimer timer;
    timer.start();
    PsqlProcess::start(psql, s, args);
    if (!psql.waitForFinished(-1) || psql.exitCode() != 0) {
        print(QStringLiteral("psql failed: ") + QString::fromUtf8(psql.readAllStandardError()));
        return -1;
    }
    return timer.nsecsElapsed() / 1e6;
}

double ourExport(CsvExporter &exporter, const ExportOptions &options, const QString &file, qint64 *rows)
{
    QElapsedTimer timer;
    timer.start();
    const auto written = CsvExporter::writeFile(file, [&](QIODevice *device) {
        return exporter.exportTable(Entity::Contacts, options, device);
    });
    if (!written) {
        print(QStringLiteral("export failed: %1 (%2)").arg(written.error().message, written.error().detail));
        return -1;
    }
    *rows = written.value();
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the contacts CSV export against a plain psql \\copy."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each (default 3); the best counts."), QStringLiteral("N"),
                      QStringLiteral("3")});
    parser.addOption({QStringLiteral("custom-fields"),
                      QStringLiteral("json (default) or columns (then psql runs our SELECT: no plain command writes "
                                     "one column per key)."),
                      QStringLiteral("LAYOUT"), QStringLiteral("json")});
    parser.addOption({QStringLiteral("env-file"), QStringLiteral("Read DB_* from this file."), QStringLiteral("PATH")});
    parser.process(app);

    const auto settings = BenchSetup::settings(parser.value(QStringLiteral("env-file")));
    if (!settings)
        return 1;
    const auto db = BenchSetup::connect(settings.value(), QStringLiteral("export-bench"));
    if (!db)
        return 2;
    QSqlQuery q(db.value());
    if (q.exec(QStringLiteral("SELECT count(*) FROM recipients")) && q.next())
        print(QStringLiteral("contacts in %1: %L2").arg(settings->describe()).arg(q.value(0).toLongLong()));
    q.finish();

    // The CLI's own policy: the database's operator, every owner.
    CsvExporter exporter(db.value(), PermissionPolicy(QStringLiteral("admin"), QStringLiteral("export-bench")));
    ExportOptions options;
    options.filter.sort = ExportSort::Stored;  // the command line's default for contacts
    const bool columns = parser.value(QStringLiteral("custom-fields")) == QLatin1String("columns");
    if (columns)
        options.customFields = CustomFieldsLayout::Columns;
    const auto statement = exporter.statement(Entity::Contacts, options);
    if (!statement) {
        print(statement.error().message + u' ' + statement.error().detail);
        return 2;
    }
    if (qEnvironmentVariableIsSet("BENCH_SHOW_SQL"))
        print(statement->select);

    QTemporaryDir dir;
    const QString ours = dir.filePath(QStringLiteral("ours.csv"));
    const QString theirs = dir.filePath(QStringLiteral("psql.csv"));
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    double best = 1e18, bestPsql = 1e18;
    qint64 rows = 0;
    for (int i = 0; i < runs; ++i) {
        // Alternating, so both see the same cache and the same load from whatever else runs on the machine.
        const double a = ourExport(exporter, options, ours, &rows);
        const double b = psqlCopy(settings.value(), columns ? &statement.value() : nullptr, theirs);
        if (a < 0 || b < 0)
            return 2;
        print(QStringLiteral("run %1: waqtor %2 ms, psql %3 ms").arg(i + 1).arg(a, 0, 'f', 0).arg(b, 0, 'f', 0));
        best = std::min(best, a);
        bestPsql = std::min(bestPsql, b);
    }
    const qint64 ourSize = QFileInfo(ours).size();
    const qint64 psqlSize = QFileInfo(theirs).size();
    print(QStringLiteral("rows %L1; file %L2 bytes (psql %L3: LF line ends where ours are CRLF)")
              .arg(rows).arg(ourSize).arg(psqlSize));
    print(QStringLiteral("best of %1: waqtor-db export %2 ms, psql \\copy (%5) %3 ms, ratio %4 (target <= 1.1)")
              .arg(runs)
              .arg(best, 0, 'f', 0)
              .arg(bestPsql, 0, 'f', 0)
              .arg(best / bestPsql, 0, 'f', 2)
              .arg(columns ? QStringLiteral("our SELECT") : QStringLiteral("plain SELECT")));
    return 0;
}
