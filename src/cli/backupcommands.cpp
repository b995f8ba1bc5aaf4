#include "backupcommands.h"

#include "backup/backupretention.h"
#include "backup/backupverifier.h"
#include "backup/databasebackup.h"
#include "backup/databaserestore.h"
#include "i18n/displayformat.h"
#include "backup/pgtools.h"
#include "cancelonsignal.h"
#include "clioutput.h"
#include "terminal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <atomic>
#include <cstdio>

#include <unistd.h>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommands)
};

// Ctrl-C while a tool runs: the job stops the tool and removes its temporary file (or rolls the restore
// back) and reports Interrupted, which exits 130; InterruptGuard's immediate exit would leave both behind.
std::atomic<bool> g_cancel{false};

/** "Backing up: 3 of 8 tables (public.messages)" on one line of a terminal; nothing when stderr is not one. */
class TerminalProgress
{
public:
    explicit TerminalProgress(QString verb) : m_verb(std::move(verb)), m_shown(isatty(STDERR_FILENO) == 1) {}
    ~TerminalProgress()
    {
        if (m_shown && m_width > 0)
            std::fputs("\n", stderr);
    }
    TerminalProgress(const TerminalProgress &) = delete;
    TerminalProgress &operator=(const TerminalProgress &) = delete;

    void operator()(const BackupProgress &p)
    {
        if (!m_shown)
            return;
        QString text = Tr::tr("%1: table %2 of %3").arg(m_verb).arg(p.done).arg(p.total);
        if (!p.table.isEmpty())
            text += QStringLiteral(" (%1)").arg(CliOutput::visible(p.table));
        const int width = int(text.size());
        std::fputs((u'\r' + text.leftJustified(qMax(width, m_width))).toUtf8().constData(), stderr);
        std::fflush(stderr);
        m_width = width;
    }

private:
    QString m_verb;
    bool m_shown;
    int m_width = 0;
};

QString sizeText(qint64 bytes)
{
    return DisplayFormat::dataSize(bytes);
}

} // namespace

bool BackupCommands::handles(const QString &command)
{
    return command == QLatin1String("backup") || command == QLatin1String("restore")
           || command == QLatin1String("verify-backup");
}

int BackupCommands::run(const ParsedCommand &c)
{
    if (c.command == QLatin1String("backup"))
        return backup(c);
    if (c.command == QLatin1String("restore"))
        return restore(c);
    return verify(c);
}

int BackupCommands::backup(const ParsedCommand &c)
{
    const bool toFile = c.isSet(QStringLiteral("out"));
    const bool toDir = c.isSet(QStringLiteral("out-dir"));
    if (toFile == toDir)
        return CliOutput::fail(Error::invalid(Tr::tr("Say where the backup goes with either --out FILE or --out-dir DIR.")));
    if (c.isSet(QStringLiteral("keep")) && !toDir)
        return CliOutput::fail(Error::invalid(Tr::tr("--keep works with --out-dir, where the dated backups are.")));
    int keep = 0;
    if (c.isSet(QStringLiteral("keep"))) {
        bool ok = false;
        keep = c.value(QStringLiteral("keep")).toInt(&ok);
        if (!ok || keep < 1)
            return CliOutput::fail(Error::invalid(Tr::tr("--keep needs a number of backups, 1 or more, not \"%1\".")
                                                      .arg(c.value(QStringLiteral("keep")))));
    }
    BackupRequest request;
    request.tables = c.all(QStringLiteral("table"));
    if (c.isSet(QStringLiteral("format"))) {
        const auto format = BackupFormats::fromName(c.value(QStringLiteral("format")));
        if (!format)
            return CliOutput::fail(format.error());
        request.format = format.value();
    } else if (toFile) {
        const auto format = BackupFormats::fromFileName(c.value(QStringLiteral("out")));
        if (!format)
            return CliOutput::fail(format.error());
        request.format = format.value();
    }
    const QString folder = c.value(QStringLiteral("out-dir"));
    if (toDir && !QFileInfo(folder).isDir())
        return CliOutput::fail(Error::invalid(Tr::tr("The folder %1 does not exist; create it first.")
                                                  .arg(QDir::toNativeSeparators(folder))));
    request.outFile = toFile ? c.value(QStringLiteral("out"))
                             : QDir(folder).filePath(BackupRetention::fileName(m_settings.databaseName, request.format,
                                                                               QDateTime::currentDateTime()));
    Result<BackupSummary> summary = Error::invalid(QString());
    {
        const CancelOnSignal cancelOnSignal(&g_cancel);
        TerminalProgress progress(Tr::tr("Backing up"));
        summary = DatabaseBackup(m_db, m_settings).run(request, std::ref(progress), &g_cancel);
    }
    if (!summary)
        return CliOutput::fail(summary.error());
    CliOutput::err(Tr::tr("Backed up database \"%1\" to %2 (%3; tables: %4).")
                       .arg(m_settings.databaseName, QDir::toNativeSeparators(summary->file), sizeText(summary->bytes))
                       .arg(summary->tables));
    if (keep > 0) {
        const auto deleted = BackupRetention::prune(folder, m_settings.databaseName, keep);
        if (!deleted)
            return CliOutput::fail(deleted.error());
        for (const QString &path : deleted.value())
            CliOutput::err(Tr::tr("Deleted the older backup %1.").arg(QDir::toNativeSeparators(path)));
    }
    return 0;
}

int BackupCommands::restore(const ParsedCommand &c)
{
    RestoreRequest request;
    request.file = c.arguments.value(0);
    request.database = c.value(QStringLiteral("into"));
    request.create = c.isSet(QStringLiteral("create"));
    request.replace = c.isSet(QStringLiteral("replace"));
    const CancelOnSignal cancelOnSignal(&g_cancel);
    DatabaseRestore restorer(m_db, m_settings);
    const auto plan = restorer.prepare(request, &g_cancel);
    if (!plan)
        return CliOutput::fail(plan.error());
    if (plan->intoConnectedDatabase) {
        const QString database = request.database;
        if (!c.isSet(QStringLiteral("yes")))
            return CliOutput::fail(Error::invalid(
                Tr::tr("\"%1\" is the database DB_NAME points at (%2); nothing was restored. Add --yes to replace it "
                       "(on a terminal you will also type its name).").arg(database, m_settings.describe())));
        if (Terminal::stdinIsTerminal()) {
            const QString typed = Terminal::ask(Tr::tr("This replaces the data of \"%1\", the database in use. Type its name "
                                                       "to go on: ").arg(database));
            if (g_cancel)
                return CliOutput::fail(Error::interrupted(Tr::tr("Interrupted; nothing was restored.")));
            if (typed != database)
                return CliOutput::fail(Error::invalid(Tr::tr("The name typed is not \"%1\"; nothing was restored.").arg(database)));
        }
    }
    Status restored;
    {
        TerminalProgress progress(Tr::tr("Restoring"));
        restored = restorer.run(plan.value(), true, std::ref(progress), &g_cancel);
    }
    if (!restored.ok())
        return CliOutput::fail(restored.error());
    CliOutput::err(Tr::tr("Restored %1 into database \"%2\" (tables with data: %3). Run \"waqtor-db migrate\" against it if "
                          "the backup is older than this version of WaQtor Admin.")
                       .arg(QDir::toNativeSeparators(request.file), request.database)
                       .arg(plan->tables));
    return 0;
}

int BackupCommands::verify(const ParsedCommand &c)
{
    const QString file = c.arguments.value(0);
    const auto format = BackupFormats::detectFile(file);
    if (!format)
        return CliOutput::fail(format.error());
    QString pgRestore;
    if (format.value() == BackupFormat::Custom) {
        const auto version = PgTools::serverVersion(m_db);
        if (!version)
            return CliOutput::fail(version.error());
        const auto located = PgTools::locate(QStringLiteral("pg_restore"), version.value());
        if (!located)
            return CliOutput::fail(located.error());
        pgRestore = located.value();
    }
    const CancelOnSignal cancelOnSignal(&g_cancel);
    const auto report = BackupVerifier::verify(file, format.value(), pgRestore, &g_cancel);
    if (!report)
        return CliOutput::fail(report.error());
    const DumpContents &contents = report->contents;
    if (c.isSet(QStringLiteral("json"))) {
        QJsonArray tables;
        for (const QString &table : contents.tables) {
            QJsonObject t{{QStringLiteral("name"), table}};
            if (contents.rowCounts.contains(table))
                t.insert(QStringLiteral("rows"), contents.rowCounts.value(table));
            tables.append(t);
        }
        CliOutput::json(QJsonDocument(QJsonObject{{QStringLiteral("file"), QFileInfo(file).absoluteFilePath()},
                                                  {QStringLiteral("format"), BackupFormats::name(format.value())},
                                                  {QStringLiteral("bytes"), report->bytes},
                                                  {QStringLiteral("complete"), true},
                                                  {QStringLiteral("tables"), tables}}));
        return 0;
    }
    QList<QStringList> rows;
    for (const QString &table : contents.tables)
        rows << QStringList{CliOutput::visible(table), contents.rowCounts.contains(table) ? QString::number(contents.rowCounts.value(table))
                                                                      : QStringLiteral("-")};
    CliOutput::out(CliOutput::table({Tr::tr("table"), Tr::tr("rows")}, rows));
    CliOutput::err(Tr::tr("%1 is a whole %2 backup (%3; tables: %4).")
                       .arg(QDir::toNativeSeparators(file), BackupFormats::name(format.value()), sizeText(report->bytes))
                       .arg(contents.tables.size()));
    return 0;
}
