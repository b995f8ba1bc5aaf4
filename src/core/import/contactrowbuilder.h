#pragma once

#include "import/columnmapping.h"

#include <QStringList>

struct CsvRecord;

/** A CSV record as it will be stored: every text already checked, phone in E.164. */
struct ImportRow
{
    qint64 line = 0;
    QString phone;
    QString name;        // null: the file gives none (an empty cell keeps the stored value)
    QString email;       // null: none
    QString status;      // null: none (new contacts become active)
    QString customJson;  // the file's custom_fields JSON object as written; null: none
    QString customCols;  // the custom columns as one JSON object; null: no non-empty custom cell
};

/** A record that cannot be imported, with the reason and the row as read. */
struct RejectedRow
{
    qint64 line = 0;
    QString reason;
    QStringList fields;
};

/**
 * Turns one CSV record into an ImportRow, or says why it cannot be one: the field count, the phone
 * (libphonenumber, with the default region), the email's shape, each column's length and the status.
 * Stateless after construction, so worker threads share one.
 */
class ContactRowBuilder
{
public:
    ContactRowBuilder(ColumnMapping mapping, QString region, int expectedFields);
    // True and `row` filled, or false and `reason` set.
    bool build(const CsvRecord &record, ImportRow *row, QString *reason) const;
    // Our exports guard formula-like cells with a leading ' (see CsvExporter); reading one back removes it.
    static QString unguard(const QString &cell);
    // `text` as a JSON string literal.
    static void appendJsonString(QString *out, QStringView text);

private:
    ColumnMapping m_mapping;
    QString m_region;
    int m_expectedFields;
};
