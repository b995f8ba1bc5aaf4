#include "contactcommands.h"

#include "db/auditlog.h"
#include "clioutput.h"
#include "import/contactimporter.h"
#include "import/rejectionfile.h"
#include "phone/phonenormaliser.h"
#include "phone/phonenumber.h"
#include "repositories/userrepository.h"

#include <QCoreApplication>
#include <QFile>

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

#include <unistd.h>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ContactCommands)
};

Result<Account> owner(const QSqlDatabase &db, const ParsedCommand &c)
{
    const QString email = c.value(QStringLiteral("owner")).trimmed();
    if (email.isEmpty())
        return Error::invalid(Tr::tr("--owner EMAIL is required: whose contacts are these?"));
    auto account = UserRepository(db).find(email);
    if (!account && account.error().kind == ErrorKind::NotFound)
        return Error::notFound(Tr::tr("There is no account %1; \"waqtor-db list-users\" lists them.").arg(email));
    return account;
}

Result<QString> region(const ParsedCommand &c, bool required)
{
    const QString region = c.value(QStringLiteral("region")).trimmed();
    if (region.isEmpty()) {
        if (required)
            return Error::invalid(Tr::tr("--region CC is required, e.g. --region SA."));
        return QString();
    }
    if (!PhoneNumber::isKnownRegion(region))
        return Error::invalid(Tr::tr("Unknown region \"%1\"; use a two-letter country code such as SA, EG or DE.").arg(region));
    return region.toUpper();
}

Result<CsvReader::Options> readerOptions(const ParsedCommand &c)
{
    CsvReader::Options o;
    o.encoding = c.value(QStringLiteral("encoding")).trimmed();
    const QString delimiter = c.value(QStringLiteral("delimiter"));
    if (delimiter == QLatin1String("tab") || delimiter == QLatin1String("\\t"))
        o.delimiter = u'\t';
    else if (delimiter.size() == 1 && delimiter != QLatin1String("\"") && delimiter != QLatin1String("\n"))
        o.delimiter = delimiter.at(0);
    else if (!delimiter.isEmpty())
        return Error::invalid(Tr::tr("--delimiter \"%1\" must be one character (or \"tab\"), not a quote.").arg(delimiter));
    const QString header = c.value(QStringLiteral("header")).trimmed().toLower();
    if (header.isEmpty() || header == QLatin1String("auto"))
        o.header = CsvReader::Header::Auto;
    else if (header == QLatin1String("yes"))
        o.header = CsvReader::Header::Yes;
    else if (header == QLatin1String("no"))
        o.header = CsvReader::Header::No;
    else
        return Error::invalid(Tr::tr("--header must be yes, no or auto, not \"%1\".").arg(header));
    return o;
}

} // namespace

bool ContactCommands::handles(const QString &command)
{
    return command == QLatin1String("import-contacts") || command == QLatin1String("normalise-phones");
}

int ContactCommands::run(const ParsedCommand &c)
{
    return c.command == QLatin1String("import-contacts") ? importContacts(c) : normalisePhones(c);
}

int ContactCommands::importContacts(const ParsedCommand &c)
{
    ImportOptions options;
    const QString policy = c.value(QStringLiteral("on-duplicate")).trimmed().toLower();
    if (policy == QLatin1String("update"))
        options.onDuplicate = DuplicatePolicy::Update;
    else if (!policy.isEmpty() && policy != QLatin1String("skip"))
        return CliOutput::fail(Error::invalid(Tr::tr("--on-duplicate must be skip or update, not \"%1\".").arg(policy)));
    const auto csvOptions = readerOptions(c);
    if (!csvOptions)
        return CliOutput::fail(csvOptions.error());
    // Never a remembered setting: a script must say which region its numbers are in.
    const auto regionCode = region(c, false);
    if (!regionCode)
        return CliOutput::fail(regionCode.error());
    options.region = regionCode.value();
    options.groups = c.all(QStringLiteral("group"));
    options.allowUnblock = c.isSet(QStringLiteral("allow-unblock"));
    options.dryRun = c.isSet(QStringLiteral("dry-run"));
    options.errorsPath = c.value(QStringLiteral("errors"));

    const QString path = c.arguments.value(0);
    // Before the file is even opened: --errors must not name the input, nor a link or a folder.
    if (Status s = RejectionFile::checkPaths(options.errorsPath, path); !s)
        return CliOutput::fail(s.error());
    options.sourceName = path == QLatin1String("-") ? QStringLiteral("stdin") : path;
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                    : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return CliOutput::fail(Error::invalid(Tr::tr("Cannot read %1: %2.").arg(path, file.errorString())));
    CsvReader reader(&file, csvOptions.value());
    reader.setKnownColumnName(&ColumnMapping::isKnownColumnName);
    if (Status s = reader.open(); !s)
        return CliOutput::fail(s.error());

    const auto account = owner(m_db, c);
    if (!account)
        return CliOutput::fail(account.error());
    options.ownerId = account->id;
    options.ownerEmail = account->email;

    QList<CsvRecord> prefetched;
    ColumnMapping mapping = ContactImporter::suggestMapping(reader, options.region, &prefetched);
    for (const QString &spec : c.all(QStringLiteral("map"))) {
        if (Status s = mapping.applyMapSpec(spec); !s)
            return CliOutput::fail(s.error());
    }
    if (c.isSet(QStringLiteral("drop-unmapped")))
        mapping.dropUnmapped();

    ContactImporter importer(m_db, PermissionPolicy::databaseOperator(), AuditLog::cliActor());
    // Progress only for a person watching: a script's stderr stays free of carriage-return lines.
    const bool showProgress = ::isatty(STDERR_FILENO) == 1;
    QElapsedTimer clock;
    clock.start();
    qint64 lastShown = 0;
    if (showProgress) {
        importer.setProgressCallback([&](const ImportProgress &p) {
            if (clock.elapsed() - lastShown < 250)
                return;
            lastShown = clock.elapsed();
            const double perSecond = p.records * 1000.0 / std::max<qint64>(1, clock.elapsed());
            const QString percent = p.totalBytes > 0 ? QStringLiteral(" %1%").arg(100 * p.bytesRead / p.totalBytes) : QString();
            std::fprintf(stderr, "\r%s", qPrintable(Tr::tr("%1 rows, %2 rows/s%3   ").arg(p.records).arg(qRound64(perSecond))
                                                      .arg(percent)));
            std::fflush(stderr);
        });
    }
    const auto report = importer.run(reader, mapping, options, prefetched);
    if (showProgress && lastShown > 0)
        std::fprintf(stderr, "\r%*s\r", 60, "");
    if (!report)
        return CliOutput::fail(report.error());
    const ImportCounts &n = report->counts;
    // Each sentence takes exactly its own placeholders: a spare arg() is a Qt warning on stderr.
    if (report->dryRun)
        CliOutput::out(Tr::tr("Check only, nothing written: %1 would be inserted, %2 updated, %3 skipped, %4 rejected.")
                           .arg(n.inserted).arg(n.updated).arg(n.skipped).arg(n.rejected));
    else
        CliOutput::out(Tr::tr("Imported for %5: %1 inserted, %2 updated, %3 skipped, %4 rejected.")
                           .arg(n.inserted).arg(n.updated).arg(n.skipped).arg(n.rejected).arg(options.ownerEmail));
    if (!report->createdGroups.isEmpty())
        CliOutput::out(Tr::tr("New groups: %1.").arg(CliOutput::visible(report->createdGroups.join(QStringLiteral(", ")))));
    if (n.rejected > 0) {
        // A reason quotes the file's cell: whatever the file holds must not reach the terminal raw.
        for (const RejectedRow &r : report->firstRejected)
            CliOutput::err(Tr::tr("line %1: %2").arg(r.line).arg(CliOutput::visible(r.reason)));
        if (n.rejected > report->firstRejected.size())
            CliOutput::err(Tr::tr("… and %1 more.").arg(n.rejected - report->firstRejected.size()));
        CliOutput::err(report->errorsFile.isEmpty()
                           ? Tr::tr("Rejected rows were not saved; add --errors FILE to get them as CSV.")
                           : Tr::tr("Rejected rows with their reasons: %1").arg(report->errorsFile));
    }
    return 0;
}

int ContactCommands::normalisePhones(const ParsedCommand &c)
{
    const auto regionCode = region(c, true);
    if (!regionCode)
        return CliOutput::fail(regionCode.error());
    const auto account = owner(m_db, c);
    if (!account)
        return CliOutput::fail(account.error());
    PhoneNormaliser normaliser(m_db, PermissionPolicy::databaseOperator(), AuditLog::cliActor());
    const auto report = normaliser.run(account->id, account->email, regionCode.value(), c.isSet(QStringLiteral("dry-run")));
    if (!report)
        return CliOutput::fail(report.error());
    CliOutput::out((report->dryRun ? Tr::tr("Check only, nothing written: %1 phones would be rewritten to E.164, %2 "
                                            "collide, %3 cannot be read, %4 already E.164.")
                                   : Tr::tr("%1 phones rewritten to E.164, %2 collide (left unchanged), %3 cannot be read "
                                            "(left unchanged), %4 already E.164."))
                       .arg(report->changed.size()).arg(report->collisions.size()).arg(report->invalid.size())
                       .arg(report->alreadyE164));
    for (const PhoneChange &x : report->collisions)
        CliOutput::err(Tr::tr("collision: %1 → %2, which %3")
                           .arg(CliOutput::visible(x.from), CliOutput::visible(x.to), CliOutput::visible(x.reason)));
    for (const PhoneChange &x : report->invalid)
        CliOutput::err(Tr::tr("unreadable: %1: %2").arg(CliOutput::visible(x.from), CliOutput::visible(x.reason)));
    return 0;
}
