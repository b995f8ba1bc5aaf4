#include "exportcommands.h"

#include "db/auditlog.h"
#include "foundation/isodate.h"
#include "clioutput.h"
#include "export/csvexporter.h"
#include "repositories/userrepository.h"

#include <QCoreApplication>
#include <QDate>

#include <atomic>
#include <csignal>
#include <cstring>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommands)
};

// The export running now: Ctrl-C cancels it so that OutputFile removes its temporary file, instead of
// InterruptGuard's immediate exit leaving that file behind. Lock-free atomics are safe in a handler.
std::atomic<CsvExporter *> g_running{nullptr};

void onSignal(int)
{
    if (CsvExporter *exporter = g_running.load())
        exporter->cancel();
}

/** Routes SIGINT / SIGTERM / SIGHUP to the export while it runs, then restores the previous handlers. */
class CancelOnSignal
{
public:
    explicit CancelOnSignal(CsvExporter *exporter)
    {
        g_running = exporter;
        struct sigaction action;
        std::memset(&action, 0, sizeof action);
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        for (int i = 0; i < 3; ++i)
            sigaction(Signals[i], &action, &m_previous[i]);
    }
    ~CancelOnSignal()
    {
        for (int i = 0; i < 3; ++i)
            sigaction(Signals[i], &m_previous[i], nullptr);
        g_running = nullptr;
    }
    CancelOnSignal(const CancelOnSignal &) = delete;
    CancelOnSignal &operator=(const CancelOnSignal &) = delete;

private:
    static constexpr int Signals[3] = {SIGINT, SIGTERM, SIGHUP};
    struct sigaction m_previous[3];
};

Result<QDate> parseDate(const QString &option, const QString &text)
{
    const QDate date = IsoDate::parse(text);
    if (!date.isValid())
        return Error::invalid(Tr::tr("--%1 needs a date written YYYY-MM-DD, such as 2026-01-31; \"%2\" is not one.")
                                  .arg(option, text));
    return date;
}

} // namespace

bool ExportCommands::handles(const QString &command)
{
    return command == QLatin1String("export") || command == QLatin1String("report");
}

int ExportCommands::run(const ParsedCommand &c)
{
    const QString out = c.value(QStringLiteral("out"));
    if (out.isEmpty())
        return CliOutput::fail(Error::invalid(Tr::tr("Say where the CSV goes with --out FILE (\"--out -\" writes standard "
                                                     "output).")));
    // The command line works as the database's operator, like every other waqtor-db command: all owners,
    // accounts included.
    CsvExporter exporter(m_db, PermissionPolicy(QStringLiteral("admin"), AuditLog::cliActor()));
    const QString what = c.arguments.value(0);
    Result<qint64> rows = qint64(0);
    if (c.command == QLatin1String("report")) {
        const auto kind = CsvExporter::reportFromName(what);
        if (!kind)
            return CliOutput::fail(Error::invalid(
                Tr::tr("There is no \"%1\" report; choose campaigns, messages or groups.").arg(what)));
        const CancelOnSignal cancelOnSignal(&exporter);
        rows = CsvExporter::writeFile(out, [&](QIODevice *device) {
            return exporter.exportReport(*kind, c.isSet(QStringLiteral("bom")), device);
        });
    } else {
        const auto entity = CsvExporter::entityFromName(what);
        if (!entity)
            return CliOutput::fail(Error::invalid(
                Tr::tr("Cannot export \"%1\"; choose users, sessions, campaigns, contacts, groups or messages.").arg(what)));
        const auto options = exportOptions(c);
        if (!options)
            return CliOutput::fail(options.error());
        const CancelOnSignal cancelOnSignal(&exporter);
        rows = CsvExporter::writeFile(out, [&](QIODevice *device) {
            return exporter.exportTable(*entity, options.value(), device);
        });
    }
    if (!rows)
        return CliOutput::fail(rows.error());
    const QString where = out == QLatin1String("-") ? Tr::tr("standard output") : out;
    const QString done = rows.value() == 1 ? Tr::tr("Wrote 1 row to %1.").arg(where)
                                           : Tr::tr("Wrote %L1 rows to %2.").arg(rows.value()).arg(where);
    // The CSV itself may be on standard output: the summary always goes to standard error.
    CliOutput::err(done);
    return 0;
}

Result<ExportOptions> ExportCommands::exportOptions(const ParsedCommand &c) const
{
    ExportOptions options;
    options.bom = c.isSet(QStringLiteral("bom"));
    if (c.isSet(QStringLiteral("owner"))) {
        const auto owner = UserRepository(m_db).find(c.value(QStringLiteral("owner")));
        if (!owner)
            return owner.error();  // NotFound (or a case-only Conflict): exit 3
        options.filter.ownerId = owner->id;
    }
    options.filter.status = c.value(QStringLiteral("status")).trimmed();
    options.filter.groupName = c.value(QStringLiteral("group"));
    for (const QString &name : {QStringLiteral("since"), QStringLiteral("until")}) {
        if (!c.isSet(name))
            continue;
        const auto date = parseDate(name, c.value(name));
        if (!date)
            return date.error();
        (name == QLatin1String("since") ? options.filter.since : options.filter.until) = date.value();
    }
    const QString layout = c.value(QStringLiteral("custom-fields")).trimmed().toLower();
    if (layout == QLatin1String("columns"))
        options.customFields = CustomFieldsLayout::Columns;
    else if (!layout.isEmpty() && layout != QLatin1String("json"))
        return Error::invalid(Tr::tr("--custom-fields is json or columns, not \"%1\".").arg(c.value(QStringLiteral("custom-fields"))));
    return options;
}
