#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QCommandLineOption flag(const QString &name, const QString &description)
{
    return QCommandLineOption(name, description);
}

QCommandLineOption opt(const QString &name, const QString &description, const QString &valueName)
{
    return QCommandLineOption(name, description, valueName);
}

QList<QCommandLineOption> globalOptions()
{
    return {QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help.")),
            QCommandLineOption(QStringLiteral("version"), Tr::tr("Show the version.")),
            QCommandLineOption(QStringLiteral("env-file"),
                               Tr::tr("Read DB_* settings from PATH (default: ./.env when present). Environment "
                                   "variables win over the file."),
                               QStringLiteral("PATH")),
            QCommandLineOption(QStringLiteral("lang"),
                               Tr::tr("Write messages in LANGUAGE: ar (Arabic) or en (English); default: the "
                                      "system locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."),
                               QStringLiteral("LANGUAGE"))};
}

} // namespace

int CommandSpec::minArguments() const
{
    int n = 0;
    for (const QString &a : arguments)
        if (!a.startsWith(u'['))
            ++n;
    return n;
}

const QList<CommandSpec> &CommandLine::commands()
{
    const QString json = Tr::tr("Print JSON (shape documented in the README).");
    const QString passwordNote = Tr::tr(" PASSWORD \"-\" reads it from standard input (hidden on a terminal); "
                                     "use that form to keep it out of shell history.");
    static const QList<CommandSpec> specs = {
        {QStringLiteral("list-users"), {}, Tr::tr("List the accounts."), {flag(QStringLiteral("json"), json)}},
        {QStringLiteral("create-admin"), {QStringLiteral("EMAIL"), QStringLiteral("PASSWORD"), QStringLiteral("[NAME]")},
         Tr::tr("Create an admin account.") + passwordNote, {}},
        {QStringLiteral("create-user"), {QStringLiteral("EMAIL"), QStringLiteral("PASSWORD"), QStringLiteral("[NAME]")},
         Tr::tr("Create an account (role user unless --role).") + passwordNote,
         {QCommandLineOption(QStringLiteral("role"), Tr::tr("admin, user or viewer (default user)."), QStringLiteral("ROLE"),
                             QStringLiteral("user"))}},
        {QStringLiteral("update-role"), {QStringLiteral("EMAIL"), QStringLiteral("ROLE")},
         Tr::tr("Change an account's role to admin, user or viewer."), {}},
        {QStringLiteral("reset-password"), {QStringLiteral("EMAIL"), QStringLiteral("PASSWORD")},
         Tr::tr("Set a new password.") + passwordNote, {}},
        {QStringLiteral("activate"), {QStringLiteral("EMAIL")}, Tr::tr("Let an account sign in again."), {}},
        {QStringLiteral("deactivate"), {QStringLiteral("EMAIL")}, Tr::tr("Stop an account from signing in (keeps its data)."), {}},
        {QStringLiteral("delete-user"), {QStringLiteral("EMAIL")},
         Tr::tr("Delete an account and everything it owns, after showing what the cascade removes."),
         {flag(QStringLiteral("yes"), Tr::tr("Do not ask for confirmation (required when standard input is not a terminal).")),
          flag(QStringLiteral("soft"), Tr::tr("Deactivate the account instead of deleting it."))}},
        {QStringLiteral("show-stats"), {}, Tr::tr("Show counts of accounts, sessions, messages, campaigns, contacts and groups."),
         {flag(QStringLiteral("json"), json)}},
        {QStringLiteral("migrate"), {},
         Tr::tr("Apply pending schema migrations (adopts a database made from the guide's SQL)."), {}},
        {QStringLiteral("seed-demo"), {},
         Tr::tr("Load the demo data set and its three demo accounts (public passwords)."),
         {flag(QStringLiteral("force"), Tr::tr("Load it even though the database already has accounts."))}},
        {QStringLiteral("import-contacts"), {QStringLiteral("FILE")},
         Tr::tr("Import contacts from a CSV file (\"-\" reads standard input) for one owner, all or nothing: "
                "rows that cannot be imported are listed, never the whole file."),
         {opt(QStringLiteral("owner"), Tr::tr("The owner's email (required)."), QStringLiteral("EMAIL")),
          opt(QStringLiteral("group"), Tr::tr("Add every imported contact to the owner's group NAME, created when "
                                             "missing; repeatable."), QStringLiteral("NAME")),
          opt(QStringLiteral("region"), Tr::tr("Two-letter region for numbers written without + or 00 (e.g. SA); "
                                              "without it such numbers are rejected."), QStringLiteral("CC")),
          opt(QStringLiteral("on-duplicate"), Tr::tr("skip (default: the first row of a phone wins) or update (the "
                                                    "last wins; custom fields merge)."), QStringLiteral("POLICY")),
          opt(QStringLiteral("delimiter"), Tr::tr("Field delimiter: one character, or \"tab\" (default: detected "
                                                 "among , ; tab |)."), QStringLiteral("C")),
          opt(QStringLiteral("encoding"), Tr::tr("utf-8, utf-16, windows-1256 or iso-8859-1 (default: utf-8, or "
                                                "what a byte order mark says)."), QStringLiteral("NAME")),
          opt(QStringLiteral("map"), Tr::tr("Map a column: FIELD is phone_number, name, email, status, custom:KEY "
                                           "or ignore; repeatable."), QStringLiteral("HEADER=FIELD")),
          flag(QStringLiteral("drop-unmapped"), Tr::tr("Drop columns that map to no field (default: keep them in "
                                                      "custom_fields under their header).")),
          opt(QStringLiteral("header"), Tr::tr("yes, no or auto (default): whether the first row names the columns."),
              QStringLiteral("WHEN")),
          flag(QStringLiteral("allow-unblock"), Tr::tr("Under update, let the file change a blocked contact's status.")),
          flag(QStringLiteral("dry-run"), Tr::tr("Check only: report the counts and write nothing.")),
          opt(QStringLiteral("errors"), Tr::tr("Write rejected rows with their line and reason to this CSV file."),
              QStringLiteral("FILE"))}},
        {QStringLiteral("normalise-phones"), {},
         Tr::tr("Rewrite an owner's phone numbers to E.164 in place; numbers that would collide are reported and left "
                "unchanged."),
         {opt(QStringLiteral("owner"), Tr::tr("The owner's email (required)."), QStringLiteral("EMAIL")),
          opt(QStringLiteral("region"), Tr::tr("Two-letter region for numbers written without + or 00 (required)."),
              QStringLiteral("CC")),
          flag(QStringLiteral("dry-run"), Tr::tr("Report what would change and write nothing."))}},
        {QStringLiteral("export"), {QStringLiteral("TABLE")},
         Tr::tr("Export users, sessions, campaigns, contacts, groups or messages to CSV (never password hashes, "
                "session data or QR codes)."),
         {opt(QStringLiteral("out"), Tr::tr("The CSV file to write (\"-\" writes standard output)."), QStringLiteral("FILE")),
          opt(QStringLiteral("owner"), Tr::tr("Only rows of this owner."), QStringLiteral("EMAIL")),
          opt(QStringLiteral("status"), Tr::tr("Only rows with this status."), QStringLiteral("S")),
          opt(QStringLiteral("group"), Tr::tr("Contacts: only members of this group."), QStringLiteral("NAME")),
          opt(QStringLiteral("since"), Tr::tr("Only rows created on or after this date (YYYY-MM-DD)."), QStringLiteral("DATE")),
          opt(QStringLiteral("until"), Tr::tr("Only rows created on or before this date (YYYY-MM-DD)."), QStringLiteral("DATE")),
          flag(QStringLiteral("bom"), Tr::tr("Start the file with a UTF-8 byte order mark (for Excel).")),
          opt(QStringLiteral("custom-fields"), Tr::tr("Contacts' custom fields as one json column (default) or as "
                                                     "columns, one per key."), QStringLiteral("json|columns")),
          opt(QStringLiteral("sort"), Tr::tr("Contacts: order by created_at, phone or name, :desc for descending "
                                            "(default: as stored, the fastest)."), QStringLiteral("FIELD[:desc]"))}},
        {QStringLiteral("backup"), {},
         Tr::tr("Back up the database with pg_dump; the file appears only once the backup is whole."),
         {opt(QStringLiteral("out"), Tr::tr("The backup file; .dump is custom, .sql plain, .sql.gz gzip."), QStringLiteral("FILE")),
          opt(QStringLiteral("out-dir"), Tr::tr("Write DBNAME-YYYYMMDD-HHMMSS.EXT into this folder instead."), QStringLiteral("DIR")),
          opt(QStringLiteral("keep"), Tr::tr("With --out-dir: then delete all but the newest N backups of this database "
                                            "there."), QStringLiteral("N")),
          opt(QStringLiteral("format"), Tr::tr("custom, plain or gzip (default: from the file name; custom with --out-dir)."),
              QStringLiteral("FORMAT")),
          opt(QStringLiteral("table"), Tr::tr("Back up only this table; repeatable."), QStringLiteral("T"))}},
        {QStringLiteral("restore"), {QStringLiteral("FILE")},
         Tr::tr("Restore a backup (any format, told from its first bytes) into a database, all or nothing."),
         {opt(QStringLiteral("into"), Tr::tr("The database to restore into (required)."), QStringLiteral("DBNAME")),
          flag(QStringLiteral("create"), Tr::tr("Create that database first.")),
          flag(QStringLiteral("replace"), Tr::tr("Restore into a database that has tables: what the backup holds replaces "
                                                "them.")),
          flag(QStringLiteral("yes"), Tr::tr("Confirm restoring into the database DB_NAME points at (on a terminal, its "
                                            "name is asked for as well)."))}},
        {QStringLiteral("verify-backup"), {QStringLiteral("FILE")},
         Tr::tr("Read a backup through to its end and list its tables and rows; a truncated or corrupt file exits 1."),
         {flag(QStringLiteral("json"), json)}},
        {QStringLiteral("health"), {},
         Tr::tr("Show table and index sizes, dead rows, vacuum times, cache hit ratio, connections, missing "
                "privileges and the slowest statements."),
         {flag(QStringLiteral("json"), json)}},
        {QStringLiteral("activity"), {}, Tr::tr("List statements of this database running for a while."),
         {flag(QStringLiteral("json"), json),
          opt(QStringLiteral("min-seconds"), Tr::tr("Only those running at least N seconds (default 5)."),
              QStringLiteral("N"))}},
        {QStringLiteral("locks"), {}, Tr::tr("List blocked statements next to the ones blocking them."),
         {flag(QStringLiteral("json"), json)}},
        {QStringLiteral("cancel"), {QStringLiteral("PID")},
         Tr::tr("Cancel the statement a server process of this database is running (\"waqtor-db activity\" and "
                "\"waqtor-db locks\" list them)."),
         {flag(QStringLiteral("terminate"), Tr::tr("End the process's connection instead; its open transaction is rolled "
                                                  "back.")),
          flag(QStringLiteral("yes"), Tr::tr("Do not ask for confirmation (required when standard input is not a terminal)."))}},
        {QStringLiteral("vacuum"), {QStringLiteral("[TABLE...]")},
         Tr::tr("VACUUM (ANALYZE) the named WaQtor tables, or all seven, showing progress."),
         {flag(QStringLiteral("full"), Tr::tr("VACUUM (FULL, ANALYZE): rewrite each table to give space back to the "
                                             "system; locks the table against reads and writes meanwhile."))}},
        {QStringLiteral("reindex"), {QStringLiteral("TABLE")},
         Tr::tr("Rebuild a WaQtor table's indexes with REINDEX TABLE CONCURRENTLY (reads and writes go on), showing "
                "progress."),
         {}},
        {QStringLiteral("watch"), {QStringLiteral("[TABLE...]")},
         Tr::tr("Print one line per change to users, whatsapp_sessions, messages, campaigns or recipients (all when "
                "none is named), whoever made it, as it is committed; Ctrl-C stops."),
         {flag(QStringLiteral("json"), Tr::tr("One JSON object per line: table, op, rows, owners, owners_total, truncated, at.")),
          opt(QStringLiteral("for"), Tr::tr("Stop after SECONDS (exit 0)."), QStringLiteral("SECONDS"))}},
        {QStringLiteral("report"), {QStringLiteral("KIND")},
         Tr::tr("Write the campaigns, messages or groups report to CSV."),
         {opt(QStringLiteral("out"), Tr::tr("The CSV file to write (\"-\" writes standard output)."), QStringLiteral("FILE")),
          flag(QStringLiteral("bom"), Tr::tr("Start the file with a UTF-8 byte order mark (for Excel)."))}},
    };
    return specs;
}

const CommandSpec *CommandLine::find(const QString &name)
{
    for (const CommandSpec &spec : commands())
        if (spec.name == name)
            return &spec;
    return nullptr;
}

Result<ParsedCommand> CommandLine::parse(const QStringList &arguments)
{
    // The command is the first word that is neither an option nor --env-file's value.
    QString command;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--env-file") || a == QLatin1String("--lang")) {
            ++i;
            continue;
        }
        if (a == QLatin1String("--"))
            break;
        if (!a.startsWith(u'-')) {
            command = a;
            break;
        }
    }
    const CommandSpec *spec = command.isEmpty() ? nullptr : find(command);
    if (!command.isEmpty() && !spec)
        return Error::invalid(Tr::tr("Unknown command \"%1\"; \"waqtor-db --help\" lists the commands.").arg(command));

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(globalOptions());
    if (spec)
        parser.addOptions(spec->options);
    if (!parser.parse(arguments))
        return Error::invalid(parser.errorText() + u' '
                              + (spec ? Tr::tr("\"waqtor-db %1 --help\" shows its options.").arg(spec->name)
                                      : Tr::tr("\"waqtor-db --help\" lists the commands.")));

    if (parser.isSet(QStringLiteral("lang")) && !UiLanguages::fromCode(parser.value(QStringLiteral("lang"))))
        return Error::invalid(Tr::tr("Unknown language \"%1\"; use ar (Arabic) or en (English).")
                                  .arg(parser.value(QStringLiteral("lang"))));

    ParsedCommand parsed;
    parsed.help = parser.isSet(QStringLiteral("help"));
    parsed.version = parser.isSet(QStringLiteral("version"));
    parsed.envFile = parser.value(QStringLiteral("env-file"));
    if (spec) {
        parsed.command = spec->name;
        for (const QCommandLineOption &o : spec->options) {
            const QString name = o.names().constFirst();
            if (parser.isSet(name) || !o.defaultValues().isEmpty()) {
                parsed.values.insert(name, o.valueName().isEmpty() ? QString() : parser.value(name));
                if (!o.valueName().isEmpty())
                    parsed.lists.insert(name, parser.values(name));
            }
        }
    }
    QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && spec)
        positional.removeFirst();  // the command itself
    parsed.arguments = positional;
    if (parsed.help || parsed.version)
        return parsed;
    if (!spec)
        return Error::invalid(Tr::tr("No command given; \"waqtor-db --help\" lists the commands."));
    if (positional.size() < spec->minArguments() || positional.size() > spec->maxArguments()) {
        const QString usage = QStringLiteral("waqtor-db %1 %2").arg(spec->name, spec->arguments.join(u' ')).trimmed();
        if (positional.size() < spec->minArguments())
            return Error::invalid(Tr::tr("Missing arguments; usage: %1").arg(usage));
        return Error::invalid(spec->arguments.contains(QLatin1String("[NAME]"))
                                  ? Tr::tr("Too many arguments; usage: %1 (quote a NAME that has spaces).").arg(usage)
                                  : Tr::tr("Too many arguments; usage: %1").arg(usage));
    }
    return parsed;
}

std::optional<UiLanguage> CommandLine::language(const QStringList &arguments)
{
    // Read before parsing: the help and every error must already be in the chosen language.
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            return UiLanguages::fromCode(arguments.at(i + 1));
        if (a.startsWith(QLatin1String("--lang=")))
            return UiLanguages::fromCode(a.mid(7));
    }
    return std::nullopt;
}

QString CommandLine::generalHelp()
{
    QString text = Tr::tr("Usage: waqtor-db [--env-file PATH] [--lang LANGUAGE] COMMAND [ARGUMENTS]\n\n"
                       "Administer a WaQtor PostgreSQL database: accounts, statistics, schema.\n"
                       "Connection: DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_PASSWORD, DB_SSL from the\n"
                       "environment, else ./.env (or --env-file), else the WaQtor defaults.\n\nCommands:\n");
    for (const CommandSpec &spec : commands()) {
        QString synopsis = spec.name;
        if (!spec.arguments.isEmpty())
            synopsis += u' ' + spec.arguments.join(u' ');
        for (const QCommandLineOption &o : spec.options)
            synopsis += QStringLiteral(" [--%1%2]").arg(o.names().constFirst(),
                                                        o.valueName().isEmpty() ? QString() : u' ' + o.valueName());
        text += QStringLiteral("  %1\n      %2\n").arg(synopsis, spec.summary);
    }
    text += Tr::tr("\nExit codes: 0 ok; 1 bad usage or value; 2 connection or database error (nothing written);\n"
                "3 no such user, or a duplicate; 130 interrupted (nothing written).\n"
                "\"waqtor-db COMMAND --help\" shows one command's options.\n");
    return text;
}

QString CommandLine::commandHelp(const CommandSpec &spec)
{
    const QString synopsis = QStringLiteral("waqtor-db [--env-file PATH] [--lang LANGUAGE] %1 %2").arg(spec.name, spec.arguments.join(u' '));
    QString text = Tr::tr("Usage: %1\n\n%2\n").arg(synopsis.trimmed(), spec.summary);
    QList<QCommandLineOption> options = spec.options;
    options += globalOptions();
    text += Tr::tr("\nOptions:\n");
    for (const QCommandLineOption &o : options) {
        QStringList names;
        for (const QString &n : o.names())
            names << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
        const QString left = names.join(QStringLiteral(", ")) + (o.valueName().isEmpty() ? QString() : u' ' + o.valueName());
        text += QStringLiteral("  %1\n      %2\n").arg(left, o.description());
    }
    return text;
}
