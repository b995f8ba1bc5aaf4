#pragma once

#include "accounts/permissionpolicy.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

/** How a contacts export writes custom_fields: one JSON column, or one `custom:KEY` column per key. */
enum class CustomFieldsLayout { Json, Columns };

/** The summary reports `waqtor-db report` writes. */
enum class ReportKind { Campaigns, Messages, Groups };

/**
 * The order an export's rows come in when no page's view sets it. Stored: the table's own order (no
 * ORDER BY, a sequential scan at psql's pace; the CLI's default for contacts). The others walk an
 * order the server must produce: CreatedAt (oldest first, then id) is the default elsewhere.
 */
enum class ExportSort { CreatedAt, Stored, Phone, Name };

/** The rows an export covers; every value here reaches the SQL through set_config(), never as text. */
struct ExportFilter
{
    QString ownerId;    // users.id, empty: every owner the policy lets the caller see
    QString status;     // sessions, campaigns, contacts, messages
    QString groupName;  // contacts: only members of a group with this name
    QDate since;        // inclusive, on created_at; invalid: open
    QDate until;        // inclusive, on created_at; invalid: open
    QStringList ids;    // only these rows (a page's selection); empty: no such limit
    // A page's view: SQL conditions that name the table by its own name and read their values only
    // through current_setting(), the settings they read (full names → values), and its ORDER BY list.
    QString viewConditions;
    QMap<QString, QString> viewSettings;
    QString viewOrder;
    // Without a viewOrder: the order asked for (Phone and Name apply to contacts only).
    ExportSort sort = ExportSort::CreatedAt;
    bool descending = false;
};

/** One export's SELECT (a single line, no user text in it), the settings it reads, and its header. */
struct ExportStatement
{
    QString select;
    QStringList header;
    QMap<QString, QString> settings;  // full setting name → value, bound with set_config() before the COPY
};

/**
 * Builds the SELECT statements behind CSV exports and reports. Names replace UUIDs, timestamps are
 * ISO-8601, and every text cell passes the formula-injection guard, all inside the SELECT, so the
 * rows can stream straight out of COPY. Values are only ever read through current_setting().
 */
class CsvExportSql
{
public:
    // The table an entity lives in ("recipients" for contacts).
    static QString tableName(Entity entity);

    // A text expression with the formula guard applied: a value starting with = + - @ tab or CR gets a
    // leading ', except a valid E.164 phone number. NULL stays NULL.
    static QString guarded(const QString &textExpression);
    // ISO-8601 text of a timestamp column, as the server stores it (no zone shift).
    static QString isoTimestamp(const QString &expression);

    // `ownerScope`: the policy's owner (empty: every owner). `customKeys`: the keys written as columns
    // under CustomFieldsLayout::Columns (see customKeysSelect()).
    static ExportStatement table(Entity entity, const ExportFilter &filter, const QString &ownerScope,
                                 CustomFieldsLayout layout = CustomFieldsLayout::Json,
                                 const QStringList &customKeys = {});
    // The distinct custom_fields keys of the contacts the same filter selects, sorted.
    static ExportStatement customKeysSelect(const ExportFilter &filter, const QString &ownerScope);
    static ExportStatement report(ReportKind kind, const QString &ownerScope);

    // The ORDER BY list for `filter`'s sort (without the keywords); empty for ExportSort::Stored.
    static QString sortOrder(Entity entity, const ExportFilter &filter);

private:
    static QStringList conditions(Entity entity, const ExportFilter &filter, const QString &ownerScope,
                                  QMap<QString, QString> *settings);
};
