#include "exportcommands.h"

#include "cancelonsignal.h"
#include "db/auditlog.h"
#include "db/backgroundquery.h"
#include "foundation/isodate.h"
#include "clioutput.h"
#include "export/csvexportjob.h"
#include "repositories/userrepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QEventLoop>
#include <QMap>

#include <optional>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommands)
};

Result<QDate> parseDate(const QString &option, const QString &text)
{
    const QDate date = IsoDate::parse(text);
    if (!date.isValid())
        return Error::invalid(Tr::tr("--%1 needs a date written YYYY-MM-DD, such as 2026-01-31; \"%2\" is not one.")
                                  .arg(option, text));
    return date;
}

// --sort FIELD[:asc|:desc] for contacts; without it contacts stream in the table's own order, the
// fastest (no index walk, no sort). The other tables keep their oldest-first order.
Result<ExportOptions> withSort(const ParsedCommand &c, Entity entity, ExportOptions options)
{
    if (!c.isSet(QStringLiteral("sort"))) {
        if (entity == Entity::Contacts)
            options.filter.sort = ExportSort::Stored;
        return options;
    }
    const QString text = c.value(QStringLiteral("sort")).trimmed().toLower();
    if (entity != Entity::Contacts)
        return Error::invalid(Tr::tr("--sort applies to export contacts only; other tables come oldest first."));
    const QString field = text.section(u':', 0, 0);
    const QString direction = text.section(u':', 1);
    static const QMap<QString, ExportSort> fields = {{QStringLiteral("created_at"), ExportSort::CreatedAt},
                                                     {QStringLiteral("phone"), ExportSort::Phone},
                                                     {QStringLiteral("name"), ExportSort::Name}};
    if (!fields.contains(field) || !(direction.isEmpty() || direction == QLatin1String("asc") || direction == QLatin1String("desc")))
        return Error::invalid(Tr::tr("--sort is created_at, phone or name, optionally followed by :asc or :desc "
                                     "(for example name:desc), not \"%1\".").arg(c.value(QStringLiteral("sort"))));
    options.filter.sort = fields.value(field);
    options.filter.descending = direction == QLatin1String("desc");
    return options;
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
    const PermissionPolicy policy(QStringLiteral("admin"), AuditLog::cliActor());
    const QString what = c.arguments.value(0);
    Result<qint64> rows = qint64(0);
    if (c.command == QLatin1String("report")) {
        const auto kind = CsvExporter::reportFromName(what);
        if (!kind)
            return CliOutput::fail(Error::invalid(
                Tr::tr("There is no \"%1\" report; choose campaigns, messages or groups.").arg(what)));
        rows = runCancellable(CsvExportJob(policy, *kind, c.isSet(QStringLiteral("bom")), out));
    } else {
        const auto entity = CsvExporter::entityFromName(what);
        if (!entity)
            return CliOutput::fail(Error::invalid(
                Tr::tr("Cannot export \"%1\"; choose users, sessions, campaigns, contacts, groups or messages.").arg(what)));
        const auto filtered = exportOptions(c);
        if (!filtered)
            return CliOutput::fail(filtered.error());
        const auto options = withSort(c, *entity, filtered.value());
        if (!options)
            return CliOutput::fail(options.error());
        rows = runCancellable(CsvExportJob(policy, *entity, options.value(), out));
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

Result<qint64> ExportCommands::runCancellable(const CsvExportJob &job) const
{
    BackgroundQuery query(m_settings);
    std::optional<Result<qint64>> answer;
    QEventLoop loop;
    const CancelOnSignal cancelOnSignal(&query);
    job.start(query, nullptr, [&](const Result<qint64> &result) {
        answer = result;
        loop.quit();
    });
    if (!answer)
        loop.exec();
    return *answer;
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
