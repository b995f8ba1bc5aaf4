#pragma once

#include "foundation/result.h"

#include <QList>
#include <QStringList>

/** What one CSV column becomes in a contact. */
enum class ContactField {
    Ignore,
    Phone,
    Name,
    FirstName,     // joined with LastName into name when the file has no Name column
    LastName,
    Email,
    Status,
    Custom,        // one custom_fields key, the cell as a JSON string
    CustomFields,  // a JSON object merged into custom_fields (our own export's column)
};

/** One column of the file and the field it maps to. */
struct ColumnTarget
{
    QString header;  // as in the file ("Column 3" when the file has no header row)
    ContactField field = ContactField::Ignore;
    QString key;          // the custom_fields key for Custom
    bool automatic = false;  // Custom because no known name matched: dropped under dropUnmapped
};

/**
 * Which CSV column feeds which contact field: matched automatically from the headers (ignoring
 * case, spaces and punctuation; the usual phone-book and CRM exports and our own export), then
 * adjusted by the user with "HEADER=FIELD". Unknown columns are kept as custom fields by default.
 */
class ColumnMapping
{
public:
    ColumnMapping() = default;
    // Matches headers; a column nothing matches becomes custom field "<header>".
    static ColumnMapping fromHeaders(const QStringList &headers);
    // A file without a header row: columns are "Column 1".., the phone and email columns are guessed
    // from sample rows (the column whose cells most often are phone numbers / email addresses).
    static ColumnMapping fromSample(int columnCount, const QList<QStringList> &sampleRows, const QString &region);
    // Header text reduced for matching: lower case, letters and digits only ("E-mail 1 - Value" → "email1value").
    static QString matchKey(const QString &header);
    // A header any export we know would use for a contact field: lets the CSV reader spot a header row.
    static bool isKnownColumnName(const QString &header);
    // The field names --map and the wizard accept: phone_number, name, email, status, custom:KEY, ignore.
    static QStringList fieldNames();
    static QString fieldName(const ColumnTarget &target);

    // "HEADER=FIELD"; HEADER matches a column by exact text first, then by matchKey.
    Status applyMapSpec(const QString &spec);
    Status setTarget(int column, const QString &fieldName);
    // Unknown columns are dropped instead of kept in custom_fields.
    void dropUnmapped();
    // Exactly one phone column; no field other than custom twice; custom keys unique.
    Status validate() const;

    int columnCount() const { return int(m_columns.size()); }
    const QList<ColumnTarget> &columns() const { return m_columns; }
    int phoneColumn() const;

private:
    void settleNameParts();

    QList<ColumnTarget> m_columns;
};
