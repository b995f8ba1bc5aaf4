#include "databasecommands.h"

#include "db/auditlog.h"
#include "clioutput.h"
#include "db/demoseeder.h"
#include "db/migrator.h"
#include "overview/overviewstats.h"

#include <QCoreApplication>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCommands)
};

QString countsLine(const OverviewStats::Counts &counts)
{
    QStringList parts;
    for (const auto &c : counts)
        parts << QStringLiteral("%1 %2").arg(CliOutput::visible(c.first)).arg(c.second);  // statuses are free text
    return parts.isEmpty() ? Tr::tr("none") : parts.join(QStringLiteral(", "));
}

} // namespace

bool DatabaseCommands::handles(const QString &command)
{
    return command == QLatin1String("migrate") || command == QLatin1String("seed-demo")
        || command == QLatin1String("show-stats");
}

int DatabaseCommands::run(const ParsedCommand &c)
{
    if (c.command == QLatin1String("migrate"))
        return migrate();
    if (c.command == QLatin1String("seed-demo"))
        return seedDemo(c.isSet(QStringLiteral("force")));
    return showStats(c.isSet(QStringLiteral("json")));
}

int DatabaseCommands::migrate()
{
    const auto report = Migrator(m_db).migrate();
    if (!report)
        return CliOutput::fail(report.error());
    if (report->adopted)
        CliOutput::out(Tr::tr("Adopted the existing WaQtor tables as migration 0001 (guide schema); every row was kept."));
    for (const Migration &m : report->applied)
        CliOutput::out(Tr::tr("Applied %1 %2.").arg(m.version, 4, 10, QLatin1Char('0')).arg(m.name));
    for (const auto &[m, reason] : report->skipped)
        CliOutput::out(Tr::tr("Skipped %1 %2: %3. Everything works without it, only slower; see the migration's "
                              "comment to add it later.")
                           .arg(m.version, 4, 10, QLatin1Char('0'))
                           .arg(m.name, reason));
    if (report->applied.isEmpty() && report->skipped.isEmpty() && !report->adopted)
        CliOutput::out(Tr::tr("The schema is up to date; nothing to do."));
    return 0;
}

int DatabaseCommands::seedDemo(bool force)
{
    if (const Status s = DemoSeeder(m_db, AuditLog::cliActor()).seed(force); !s)
        return CliOutput::fail(s.error());
    CliOutput::out(Tr::tr("Loaded the demo data. Demo accounts (public passwords; never use them on real data):"));
    for (const DemoSeeder::Login &login : DemoSeeder::logins())
        CliOutput::out(QStringLiteral("  %1  %2  (%3)").arg(login.email.leftJustified(22), login.password, login.role));
    return 0;
}

int DatabaseCommands::showStats(bool json)
{
    const auto stats = OverviewStats::collect(m_db, PermissionPolicy::databaseOperator());
    if (!stats)
        return CliOutput::fail(stats.error());
    if (json) {
        CliOutput::json(QJsonDocument(stats->toJson()));
        return 0;
    }
    const OverviewStats &s = stats.value();
    QStringList acks;
    for (const auto &c : s.messagesByAck)
        acks << QStringLiteral("%1 (%2) %3").arg(c.first, c.first == QLatin1String("(none)")
                                                             ? QString()
                                                             : OverviewStats::ackName(c.first.toInt()))
                    .arg(c.second);
    qint64 sent = 0, failed = 0, campaigns = 0;
    QStringList campaignParts;
    for (const auto &row : s.campaignsByStatus) {
        campaigns += row.campaigns;
        sent += row.sent;
        failed += row.failed;
        campaignParts << Tr::tr("%1 %2 (sent %3, failed %4)").arg(CliOutput::visible(row.status)).arg(row.campaigns).arg(row.sent).arg(row.failed);
    }
    QStringList lines;
    lines << Tr::tr("Database %1, %2").arg(s.databaseName, s.databaseSize) << QString();
    lines << Tr::tr("Users:     %1 (%2 active, %3 inactive)").arg(OverviewStats::total(s.usersByRole)).arg(s.usersActive).arg(s.usersInactive)
          << Tr::tr("  by role:   %1").arg(countsLine(s.usersByRole));
    lines << Tr::tr("Sessions:  %1").arg(OverviewStats::total(s.sessionsByStatus))
          << Tr::tr("  by status: %1").arg(countsLine(s.sessionsByStatus));
    lines << Tr::tr("Messages:  %1").arg(OverviewStats::total(s.messagesByStatus))
          << Tr::tr("  by status: %1").arg(countsLine(s.messagesByStatus))
          << Tr::tr("  by ack:    %1").arg(acks.isEmpty() ? Tr::tr("none") : acks.join(QStringLiteral(", ")));
    lines << Tr::tr("Campaigns: %1 (sent %2, failed %3)").arg(campaigns).arg(sent).arg(failed)
          << Tr::tr("  by status: %1").arg(campaignParts.isEmpty() ? Tr::tr("none") : campaignParts.join(QStringLiteral(", ")));
    lines << Tr::tr("Contacts:  %1").arg(OverviewStats::total(s.contactsByStatus))
          << Tr::tr("  by status: %1").arg(countsLine(s.contactsByStatus));
    lines << Tr::tr("Groups:    %1 (%2 memberships)").arg(s.groups).arg(s.memberships);
    CliOutput::out(lines.join(u'\n'));
    return 0;
}
