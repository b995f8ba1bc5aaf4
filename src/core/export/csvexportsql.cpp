#include "export/csvexportsql.h"

#include "csv/formulaguard.h"

namespace {

// How a column's value becomes CSV text.
enum class Kind {
    Text,  // user text: formula guard
    Json,  // jsonb: its text; an object starts with { and needs no guard, anything else is guarded
    Time,  // timestamp: ISO-8601
    Plain  // numbers and booleans the database types itself: no formula can hide in them
};

struct Column
{
    QString header;
    QString expression;
    Kind kind;
};

// Setting names are ours (letters, digits, _ and the dot PostgreSQL requires), never user text.
QString setting(const QString &name)
{
    return QStringLiteral("current_setting('waqtor.export_%1')").arg(name);
}

QString settingName(const QString &name)
{
    return QStringLiteral("waqtor.export_") + name;
}

QString cell(const Column &c)
{
    switch (c.kind) {
    case Kind::Text: return CsvExportSql::guarded(c.expression);
    case Kind::Json:
        return QStringLiteral("CASE WHEN jsonb_typeof(%1) = 'object' THEN %1::text ELSE %2 END")
            .arg(c.expression, CsvExportSql::guarded(c.expression + QStringLiteral("::text")));
    case Kind::Time: return CsvExportSql::isoTimestamp(c.expression);
    case Kind::Plain: return c.expression;
    }
    return c.expression;
}

QString selectList(const QList<Column> &columns, QStringList *header)
{
    QStringList cells;
    for (int i = 0; i < columns.size(); ++i) {
        // Aliases are plain identifiers; the header is written by the exporter from `header`.
        cells << cell(columns.at(i)) + QStringLiteral(" AS c%1").arg(i + 1);
        *header << columns.at(i).header;
    }
    return cells.join(QStringLiteral(", "));
}

const QString OwnerJoin = QStringLiteral(" LEFT JOIN users AS export_owner ON export_owner.id = %1.user_id");
const QString SessionJoin =
    QStringLiteral(" LEFT JOIN whatsapp_sessions AS export_session ON export_session.id = %1.session_id");

} // namespace

QString CsvExportSql::tableName(Entity entity)
{
    switch (entity) {
    case Entity::Users: return QStringLiteral("users");
    case Entity::Sessions: return QStringLiteral("whatsapp_sessions");
    case Entity::Campaigns: return QStringLiteral("campaigns");
    case Entity::Contacts: return QStringLiteral("recipients");
    case Entity::Groups: return QStringLiteral("groups");
    case Entity::Messages: return QStringLiteral("messages");
    }
    return {};
}

QString CsvExportSql::guarded(const QString &e)
{
    return FormulaGuard::sqlExpression(e);
}

QString CsvExportSql::isoTimestamp(const QString &e)
{
    // to_char ignores DateStyle and never shifts a timestamp without time zone.
    return QStringLiteral("to_char(%1, 'YYYY-MM-DD\"T\"HH24:MI:SS.US')").arg(e);
}

QStringList CsvExportSql::conditions(Entity entity, const ExportFilter &filter, const QString &ownerScope,
                                     QMap<QString, QString> *settings)
{
    const QString t = tableName(entity);
    QStringList where;
    auto add = [&](const QString &name, const QString &value, const QString &condition) {
        settings->insert(settingName(name), value);
        where << condition;
    };
    if (entity != Entity::Users) {
        if (!ownerScope.isEmpty())
            add(QStringLiteral("scope"), ownerScope,
                QStringLiteral("%1.user_id = CAST(%2 AS uuid)").arg(t, setting(QStringLiteral("scope"))));
        if (!filter.ownerId.isEmpty())
            add(QStringLiteral("owner"), filter.ownerId,
                QStringLiteral("%1.user_id = CAST(%2 AS uuid)").arg(t, setting(QStringLiteral("owner"))));
    }
    if (!filter.status.isEmpty())
        add(QStringLiteral("status"), filter.status, QStringLiteral("%1.status = %2").arg(t, setting(QStringLiteral("status"))));
    if (entity == Entity::Contacts && !filter.groupName.isEmpty())
        add(QStringLiteral("group"), filter.groupName,
            QStringLiteral("EXISTS (SELECT 1 FROM recipient_groups AS export_rg JOIN groups AS export_g ON export_g.id = "
                           "export_rg.group_id WHERE export_rg.recipient_id = recipients.id AND export_g.user_id = "
                           "recipients.user_id AND export_g.name = %1)")
                .arg(setting(QStringLiteral("group"))));
    // Inclusive dates: on or after the first day's midnight, before the midnight after the last day.
    if (filter.since.isValid())
        add(QStringLiteral("since"), filter.since.toString(Qt::ISODate),
            QStringLiteral("%1.created_at >= CAST(%2 AS date)").arg(t, setting(QStringLiteral("since"))));
    if (filter.until.isValid())
        add(QStringLiteral("until"), filter.until.toString(Qt::ISODate),
            QStringLiteral("%1.created_at < CAST(%2 AS date) + 1").arg(t, setting(QStringLiteral("until"))));
    if (!filter.ids.isEmpty())
        add(QStringLiteral("ids"), u'{' + filter.ids.join(u',') + u'}',
            QStringLiteral("%1.id = ANY(CAST(%2 AS uuid[]))").arg(t, setting(QStringLiteral("ids"))));
    if (!filter.viewConditions.isEmpty()) {
        where << u'(' + filter.viewConditions + u')';
        for (auto it = filter.viewSettings.cbegin(); it != filter.viewSettings.cend(); ++it)
            settings->insert(it.key(), it.value());
    }
    return where;
}

ExportStatement CsvExportSql::table(Entity entity, const ExportFilter &filter, const QString &ownerScope,
                                    CustomFieldsLayout layout, const QStringList &customKeys)
{
    ExportStatement s;
    const QString t = tableName(entity);
    auto col = [&t](const QString &name, Kind kind) { return Column{name, t + u'.' + name, kind}; };
    const Column owner{QStringLiteral("owner_email"), QStringLiteral("export_owner.email"), Kind::Text};
    const Column session{QStringLiteral("session_name"), QStringLiteral("export_session.session_name"), Kind::Text};
    const Column created = col(QStringLiteral("created_at"), Kind::Time);
    const Column updated = col(QStringLiteral("updated_at"), Kind::Time);
    QList<Column> columns;
    QString joins = OwnerJoin.arg(t);
    switch (entity) {
    case Entity::Users:
        joins.clear();
        columns = {col(QStringLiteral("id"), Kind::Plain), col(QStringLiteral("email"), Kind::Text),
                   col(QStringLiteral("name"), Kind::Text), col(QStringLiteral("role"), Kind::Text),
                   col(QStringLiteral("is_active"), Kind::Plain), col(QStringLiteral("last_login_at"), Kind::Time),
                   created, updated};
        break;
    case Entity::Sessions:
        columns = {col(QStringLiteral("id"), Kind::Plain), col(QStringLiteral("session_name"), Kind::Text), owner,
                   col(QStringLiteral("status"), Kind::Text), col(QStringLiteral("phone_number"), Kind::Text),
                   created, updated};
        break;
    case Entity::Campaigns:
        joins += SessionJoin.arg(t);
        columns = {col(QStringLiteral("id"), Kind::Plain), col(QStringLiteral("name"), Kind::Text), owner, session,
                   col(QStringLiteral("status"), Kind::Text), col(QStringLiteral("message_template"), Kind::Text),
                   col(QStringLiteral("total_recipients"), Kind::Plain), col(QStringLiteral("sent_count"), Kind::Plain),
                   col(QStringLiteral("failed_count"), Kind::Plain), col(QStringLiteral("scheduled_at"), Kind::Time),
                   col(QStringLiteral("started_at"), Kind::Time), col(QStringLiteral("completed_at"), Kind::Time),
                   col(QStringLiteral("metadata"), Kind::Json), created, updated};
        break;
    case Entity::Contacts: {
        // Group names: one aggregate over the memberships, hash-joined, is several times faster than a
        // subquery per contact on a whole table; for a handful of selected rows the subquery is cheaper.
        // Groups and their members share an owner, so an owner filter also narrows the aggregate.
        const QString names = QStringLiteral("string_agg(export_g.name, '; ' ORDER BY export_g.name)");
        const QString memberships = QStringLiteral("recipient_groups AS export_rg JOIN groups AS export_g ON export_g.id = "
                                                   "export_rg.group_id");
        if (!filter.ids.isEmpty()) {
            joins += QStringLiteral(" CROSS JOIN LATERAL (SELECT %1 AS names FROM %2 WHERE export_rg.recipient_id = "
                                    "recipients.id) AS export_groups").arg(names, memberships);
        } else {
            QStringList owners;
            for (const QString &owner : {ownerScope.isEmpty() ? QString() : QStringLiteral("scope"),
                                         filter.ownerId.isEmpty() ? QString() : QStringLiteral("owner")})
                if (!owner.isEmpty())
                    owners << QStringLiteral("export_g.user_id = CAST(%1 AS uuid)").arg(setting(owner));
            joins += QStringLiteral(" LEFT JOIN (SELECT export_rg.recipient_id, %1 AS names FROM %2%3 GROUP BY "
                                    "export_rg.recipient_id) AS export_groups ON export_groups.recipient_id = recipients.id")
                         .arg(names, memberships,
                              owners.isEmpty() ? QString() : QStringLiteral(" WHERE ") + owners.join(QStringLiteral(" AND ")));
        }
        columns = {col(QStringLiteral("phone_number"), Kind::Text), col(QStringLiteral("name"), Kind::Text),
                   col(QStringLiteral("email"), Kind::Text), col(QStringLiteral("status"), Kind::Text)};
        if (layout == CustomFieldsLayout::Json) {
            columns << col(QStringLiteral("custom_fields"), Kind::Json);
        } else {
            // Each key is a bound value too: a key is whatever the Node server or an import stored.
            for (int i = 0; i < customKeys.size(); ++i) {
                const QString name = QStringLiteral("key_%1").arg(i + 1);
                s.settings.insert(settingName(name), customKeys.at(i));
                columns << Column{QStringLiteral("custom:") + customKeys.at(i),
                                  QStringLiteral("CASE WHEN jsonb_typeof(recipients.custom_fields) = 'object' THEN "
                                                 "recipients.custom_fields ->> %1 END").arg(setting(name)),
                                  Kind::Text};
            }
        }
        columns << owner << Column{QStringLiteral("groups"), QStringLiteral("export_groups.names"), Kind::Text} << created
                << updated;
        break;
    }
    case Entity::Groups:
        columns = {col(QStringLiteral("id"), Kind::Plain), col(QStringLiteral("name"), Kind::Text), owner,
                   col(QStringLiteral("description"), Kind::Text),
                   Column{QStringLiteral("members"),
                          QStringLiteral("(SELECT count(*) FROM recipient_groups AS export_rg WHERE export_rg.group_id = groups.id)"),
                          Kind::Plain},
                   created, updated};
        break;
    case Entity::Messages:
        joins += SessionJoin.arg(t);
        columns = {col(QStringLiteral("id"), Kind::Plain), owner, session, col(QStringLiteral("message_id"), Kind::Text),
                   col(QStringLiteral("phone_number"), Kind::Text), col(QStringLiteral("message_text"), Kind::Text),
                   col(QStringLiteral("media_url"), Kind::Text), col(QStringLiteral("media_type"), Kind::Text),
                   col(QStringLiteral("status"), Kind::Text), col(QStringLiteral("ack_status"), Kind::Plain),
                   col(QStringLiteral("error_message"), Kind::Text), col(QStringLiteral("metadata"), Kind::Json),
                   created, updated};
        break;
    }
    const QStringList where = conditions(entity, filter, ownerScope, &s.settings);
    const QString order = filter.viewOrder.isEmpty() ? sortOrder(entity, filter) : filter.viewOrder;
    s.select = QStringLiteral("SELECT %1 FROM %2%3%4%5")
                   .arg(selectList(columns, &s.header), t, joins,
                        where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")),
                        order.isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + order);
    return s;
}

QString CsvExportSql::sortOrder(Entity entity, const ExportFilter &filter)
{
    const QString t = tableName(entity);
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QString();
    switch (filter.sort) {
    case ExportSort::Stored:
        // No ORDER BY: the rows stream as the table holds them. Ordering a whole table by an index
        // visits its heap at random (2.65x psql's plain \copy on 1M contacts); a sort costs memory.
        return {};
    case ExportSort::Phone:
        if (entity == Entity::Contacts)
            return QStringLiteral("%1.phone_number%2, %1.id%2").arg(t, direction);
        break;
    case ExportSort::Name:
        if (entity == Entity::Contacts)
            return QStringLiteral("%1.name%2, %1.id%2").arg(t, direction);
        break;
    case ExportSort::CreatedAt:
        break;
    }
    // Oldest first (or newest, descending), in the order the keyset indexes on (created_at, id) already hold.
    return QStringLiteral("COALESCE(%1.created_at, '-infinity')%2, %1.id%2").arg(t, direction);
}

ExportStatement CsvExportSql::customKeysSelect(const ExportFilter &filter, const QString &ownerScope)
{
    ExportStatement s;
    const QStringList where = conditions(Entity::Contacts, filter, ownerScope, &s.settings);
    s.select = QStringLiteral("SELECT DISTINCT export_key FROM recipients CROSS JOIN LATERAL jsonb_object_keys(CASE WHEN "
                              "jsonb_typeof(recipients.custom_fields) = 'object' THEN recipients.custom_fields END) AS "
                              "export_key%1 ORDER BY export_key")
                   .arg(where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")));
    s.header = {QStringLiteral("key")};
    return s;
}

ExportStatement CsvExportSql::report(ReportKind kind, const QString &ownerScope)
{
    ExportStatement s;
    auto scoped = [&](const QString &alias) {
        if (ownerScope.isEmpty())
            return QString();
        s.settings.insert(settingName(QStringLiteral("scope")), ownerScope);
        return QStringLiteral(" WHERE %1.user_id = CAST(%2 AS uuid)").arg(alias, setting(QStringLiteral("scope")));
    };
    switch (kind) {
    case ReportKind::Campaigns:
        s.header = QStringList{QStringLiteral("name"), QStringLiteral("owner_email"), QStringLiteral("session_name"),
                               QStringLiteral("status"), QStringLiteral("total_recipients"), QStringLiteral("sent"),
                               QStringLiteral("failed"), QStringLiteral("success_rate"), QStringLiteral("scheduled_at"),
                               QStringLiteral("started_at"), QStringLiteral("completed_at")};
        // Sent ÷ total as a percentage with two decimals ("75.00"); blank when there is nobody to send to.
        s.select = QStringLiteral(
                       "SELECT %1 AS c1, %2 AS c2, %3 AS c3, %4 AS c4, c.total_recipients AS c5, c.sent_count AS c6, c.failed_count AS c7, "
                       "CASE WHEN c.total_recipients > 0 THEN to_char(round(100.0 * c.sent_count / c.total_recipients, 2), "
                       "'FM999999990.00') END AS c8, %5 AS c9, %6 AS c10, %7 AS c11 FROM campaigns AS c LEFT JOIN users AS o ON o.id = c.user_id "
                       "LEFT JOIN whatsapp_sessions AS ws ON ws.id = c.session_id%8 ORDER BY o.email, c.name, c.id")
                       .arg(guarded(QStringLiteral("c.name")), guarded(QStringLiteral("o.email")),
                            guarded(QStringLiteral("ws.session_name")), guarded(QStringLiteral("c.status")),
                            isoTimestamp(QStringLiteral("c.scheduled_at")), isoTimestamp(QStringLiteral("c.started_at")),
                            isoTimestamp(QStringLiteral("c.completed_at")), scoped(QStringLiteral("c")));
        break;
    case ReportKind::Messages:
        s.header = QStringList{QStringLiteral("day"), QStringLiteral("status"), QStringLiteral("messages")};
        s.select = QStringLiteral("SELECT to_char(d.day, 'YYYY-MM-DD') AS c1, %1 AS c2, d.messages AS c3 FROM (SELECT CAST(m.created_at AS date) "
                                  "AS day, m.status, count(*) AS messages FROM messages AS m%2 GROUP BY 1, 2) AS d "
                                  "ORDER BY d.day, d.status")
                       .arg(guarded(QStringLiteral("d.status")), scoped(QStringLiteral("m")));
        break;
    case ReportKind::Groups:
        s.header = QStringList{QStringLiteral("group_name"), QStringLiteral("owner_email"), QStringLiteral("members"),
                               QStringLiteral("active"), QStringLiteral("blocked"), QStringLiteral("invalid"),
                               QStringLiteral("other")};
        s.select = QStringLiteral(
                       "SELECT %1 AS c1, %2 AS c2, count(r.id) AS c3, count(r.id) FILTER (WHERE r.status = 'active') AS c4, count(r.id) "
                       "FILTER (WHERE r.status = 'blocked') AS c5, count(r.id) FILTER (WHERE r.status = 'invalid') AS c6, "
                       "count(r.id) FILTER (WHERE r.status IS NULL OR r.status NOT IN ('active', 'blocked', 'invalid')) AS c7 FROM groups AS g "
                       "LEFT JOIN users AS o ON o.id = g.user_id LEFT JOIN recipient_groups AS rg ON rg.group_id = g.id "
                       "LEFT JOIN recipients AS r ON r.id = rg.recipient_id%3 GROUP BY g.id, o.email ORDER BY o.email, "
                       "g.name, g.id")
                       .arg(guarded(QStringLiteral("g.name")), guarded(QStringLiteral("o.email")), scoped(QStringLiteral("g")));
        break;
    }
    return s;
}
