#include "export/csvexporter.h"

#include "campaigns/campaignstatus.h"
#include "repositories/contactrepository.h"
#include "db/copyoutstreamer.h"
#include "repositories/messagerepository.h"
#include "repositories/sessionrepository.h"
#include "foundation/outputfile.h"
#include "foundation/sqlerrortext.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)
};

// PostgreSQL's limit on a SELECT's entries (MaxTupleAttributeNumber), ORDER BY keys included; the custom
// fields get 1,600 of them, which leaves room for the export's own columns and its sort keys.
constexpr int ServerColumnLimit = 1664;
constexpr qsizetype MaxCustomFieldColumns = 1600;

// RFC 4180: a field holding a comma, quote or line break is quoted, its quotes doubled.
QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r'))
        bytes = '"' + bytes.replace('"', "\"\"") + '"';
    return bytes;
}

QString reportName(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Campaigns: return Tr::tr("campaigns report");
    case ReportKind::Messages: return Tr::tr("messages report");
    case ReportKind::Groups: return Tr::tr("groups report");
    }
    return {};
}

} // namespace

CsvExporter::CsvExporter(QSqlDatabase db, PermissionPolicy policy) : m_db(std::move(db)), m_policy(std::move(policy)) {}

std::optional<Entity> CsvExporter::entityFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("users"))
        return Entity::Users;
    if (n == QLatin1String("sessions"))
        return Entity::Sessions;
    if (n == QLatin1String("campaigns"))
        return Entity::Campaigns;
    if (n == QLatin1String("contacts") || n == QLatin1String("recipients"))
        return Entity::Contacts;
    if (n == QLatin1String("groups"))
        return Entity::Groups;
    if (n == QLatin1String("messages"))
        return Entity::Messages;
    return std::nullopt;
}

std::optional<ReportKind> CsvExporter::reportFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("campaigns"))
        return ReportKind::Campaigns;
    if (n == QLatin1String("messages"))
        return ReportKind::Messages;
    if (n == QLatin1String("groups"))
        return ReportKind::Groups;
    return std::nullopt;
}

QStringList CsvExporter::statuses(Entity entity)
{
    switch (entity) {
    case Entity::Sessions: return SessionRepository::statuses();
    case Entity::Campaigns: return CampaignStatus::all();
    case Entity::Contacts: return ContactRepository::statuses();
    case Entity::Messages: return MessageRepository::statuses();
    case Entity::Users:
    case Entity::Groups: return {};
    }
    return {};
}

Status CsvExporter::check(Entity entity, const ExportOptions &options) const
{
    if (!m_policy.allows(Action::Export, entity))
        return m_policy.check(Action::Export, entity);
    const ExportFilter &f = options.filter;
    const QString name = PermissionPolicy::entityName(entity);
    if (!f.status.isEmpty()) {
        const QStringList known = statuses(entity);
        if (known.isEmpty())
            return Error::invalid(Tr::tr("The %1 have no status to filter on; leave out --status.").arg(name));
        if (!known.contains(f.status))
            return Error::invalid(Tr::tr("\"%1\" is not a status of %2; use one of: %3.")
                                      .arg(f.status, name, known.join(QStringLiteral(", "))));
    }
    if (!f.groupName.isEmpty() && entity != Entity::Contacts)
        return Error::invalid(Tr::tr("Only contacts can be filtered by group; leave out --group for the %1.").arg(name));
    if (!f.ownerId.isEmpty() && entity == Entity::Users)
        return Error::invalid(Tr::tr("Accounts have no owner; leave out --owner when exporting users."));
    if (f.since.isValid() && f.until.isValid() && f.since > f.until)
        return Error::invalid(Tr::tr("The first day (%1) is after the last day (%2); nothing could match.")
                                  .arg(f.since.toString(Qt::ISODate), f.until.toString(Qt::ISODate)));
    if (options.customFields == CustomFieldsLayout::Columns && entity != Entity::Contacts)
        return Error::invalid(Tr::tr("Only contacts have custom fields to lay out as columns."));
    return {};
}

Status CsvExporter::bind(const QMap<QString, QString> &settings)
{
    QSqlQuery q(m_db);
    // Local to the export's transaction: nothing lingers on the connection afterwards.
    const bool prepared = q.prepare(QStringLiteral("SELECT set_config(:name, :value, true)"));
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        q.bindValue(QStringLiteral(":name"), it.key());
        q.bindValue(QStringLiteral(":value"), it.value());
        if (!(prepared && q.exec()))
            return SqlErrorText::toError(Tr::tr("Could not prepare the export"), q.lastError());
    }
    return {};
}

Result<ExportStatement> CsvExporter::build(Entity entity, const ExportOptions &options)
{
    if (const Status s = check(entity, options); !s)
        return s.error();
    const ExportFilter &f = options.filter;
    const QString scope = m_policy.ownerScope();
    QSqlQuery q(m_db);
    // Same snapshot for every statement below, and nothing an export could ever change.
    if (!q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")))
        return SqlErrorText::toError(Tr::tr("Could not start the export"), q.lastError());
    if (!f.groupName.isEmpty()) {
        // Fixed SQL pieces for the optional owners; every value is bound.
        QString sql = QStringLiteral("SELECT 1 FROM groups WHERE name = :name");
        if (!f.ownerId.isEmpty())
            sql += QStringLiteral(" AND user_id = CAST(:owner AS uuid)");
        if (!scope.isEmpty())
            sql += QStringLiteral(" AND user_id = CAST(:scope AS uuid)");
        q.prepare(sql + QStringLiteral(" LIMIT 1"));
        q.bindValue(QStringLiteral(":name"), f.groupName);
        if (!f.ownerId.isEmpty())
            q.bindValue(QStringLiteral(":owner"), f.ownerId);
        if (!scope.isEmpty())
            q.bindValue(QStringLiteral(":scope"), scope);
        if (!q.exec())
            return SqlErrorText::toError(Tr::tr("Could not look up the group %1").arg(f.groupName), q.lastError());
        if (!q.next())
            return Error::notFound(f.ownerId.isEmpty() && scope.isEmpty()
                                       ? Tr::tr("No group is called \"%1\".").arg(f.groupName)
                                       : Tr::tr("That owner has no group called \"%1\".").arg(f.groupName));
    }
    QStringList keys;
    if (entity == Entity::Contacts && options.customFields == CustomFieldsLayout::Columns) {
        // One column per key found in the rows being exported, in a first pass over the same filter.
        const ExportStatement keysSelect = CsvExportSql::customKeysSelect(f, scope);
        if (const Status s = bind(keysSelect.settings); !s)
            return s.error();
        if (!q.exec(keysSelect.select))
            return SqlErrorText::toError(Tr::tr("Could not collect the custom field names"), q.lastError());
        while (q.next())
            keys << q.value(0).toString();
        // Said before the export runs: past the server's limit, all it would say is "target lists can have at
        // most 1664 entries".
        if (keys.size() > MaxCustomFieldColumns)
            return Error::invalid(Tr::tr("These contacts have %L1 different custom field names, too many for one column "
                                         "each: PostgreSQL returns at most %L2 columns per query, so an export takes at "
                                         "most %L3 custom-field columns. Export the custom fields as one JSON column "
                                         "instead (--custom-fields json on the command line).")
                                      .arg(keys.size()).arg(ServerColumnLimit).arg(MaxCustomFieldColumns));
    }
    q.finish();
    ExportStatement s = CsvExportSql::table(entity, f, scope, options.customFields, keys);
    if (const Status bound = bind(s.settings); !bound)
        return bound.error();
    return s;
}

Result<ExportStatement> CsvExporter::statement(Entity entity, const ExportOptions &options)
{
    Transaction tx(m_db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    return build(entity, options);
}

Result<qint64> CsvExporter::exportTable(Entity entity, const ExportOptions &options, QIODevice *out)
{
    Transaction tx(m_db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    const auto statement = build(entity, options);
    if (!statement)
        return statement.error();
    const auto rows = stream(statement.value(), options.bom,
                             out, Tr::tr("Could not export the %1").arg(PermissionPolicy::entityName(entity)));
    if (rows)
        tx.rollback();  // read only: nothing to commit, and the settings go with the transaction
    return rows;
}

Result<qint64> CsvExporter::exportReport(ReportKind kind, bool bom, QIODevice *out)
{
    // Reports summarise campaigns, messages and groups: the same right as exporting them.
    const Entity entity = kind == ReportKind::Messages ? Entity::Messages
                        : kind == ReportKind::Groups   ? Entity::Groups
                                                       : Entity::Campaigns;
    if (!m_policy.allows(Action::Export, entity))
        return m_policy.check(Action::Export, entity).error();
    Transaction tx(m_db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    const ExportStatement statement = CsvExportSql::report(kind, m_policy.ownerScope());
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")))
            return SqlErrorText::toError(Tr::tr("Could not start the report"), q.lastError());
    }
    if (const Status s = bind(statement.settings); !s)
        return s.error();
    return stream(statement, bom, out, Tr::tr("Could not write the %1").arg(reportName(kind)));
}

Result<qint64> CsvExporter::stream(const ExportStatement &statement, bool bom, QIODevice *out, const QString &doing)
{
    if (m_progress)
        *m_progress = 0;
    if (m_cancel && m_cancel->load())
        return Error::interrupted(Tr::tr("The export was cancelled; no file was written."));
    QByteArray head = bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    QList<QByteArray> fields;
    for (const QString &h : statement.header)
        fields << csvField(h);
    head += fields.join(',') + "\r\n";
    if (out->write(head) != head.size())
        return Error::invalid(Tr::tr("%1: the file could not be written (%2).").arg(doing, out->errorString()));
    CopyOutStreamer streamer(m_db);
    streamer.setCounters(m_progress, nullptr);
    streamer.setCancelFlag(m_cancel);
    return streamer.run(QStringLiteral("COPY (%1) TO STDOUT WITH (FORMAT csv)").arg(statement.select), out, doing);
}

Result<qint64> CsvExporter::writeFile(const QString &path, const std::function<Result<qint64>(QIODevice *)> &write)
{
    OutputFile file(path);
    if (const Status s = file.open(); !s)
        return s.error();
    const auto rows = write(file.device());
    if (!rows)
        return file.failed() ? file.writeError() : rows.error();  // the destructor removes the temporary file
    if (const Status s = file.commit(); !s)
        return s.error();
    return rows;
}
