#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QStringList>

#include <functional>

/** What a pg_dump SQL script holds, as far as reading it tells. */
struct DumpContents
{
    struct Object
    {
        QString type;    // "TABLE", "FUNCTION", …
        QString schema;  // "public"
        QString name;    // "users", "waqtor_touch_updated_at()"
    };
    QList<Object> objects;           // in script order
    QStringList tables;              // "public.users", from the object headers
    QMap<QString, qint64> rowCounts; // "public.users" → rows in its COPY block
    bool complete = false;           // pg_dump's closing line was read
    bool cleans = false;             // the script drops what it restores (pg_dump --clean)
};

/**
 * Reads a pg_dump SQL script (plain, gunzipped, or pg_restore's rendering of a custom archive) chunk
 * by chunk, without keeping it: object headers, COPY blocks and their rows, the closing line.
 */
class SqlDumpScanner
{
public:
    // Called when a table's COPY block starts ("public.users").
    void onTableData(std::function<void(const QString &table)> callback) { m_tableData = std::move(callback); }
    void feed(const QByteArray &chunk);
    void finish();
    const DumpContents &contents() const { return m_contents; }

    // For a script without DROPs of its own (pg_dump without --clean, as the guide's recipe makes):
    // DROP … IF EXISTS … CASCADE for the script's tables, views, sequences, functions and types, in
    // reverse order: what --clean would have put in front of the script.
    static QString dropStatements(const DumpContents &contents);

private:
    void line(const QByteArray &text);

    DumpContents m_contents;
    std::function<void(const QString &)> m_tableData;
    QByteArray m_partial;
    QString m_copyTable;  // set while inside a COPY block
    qint64 m_copyRows = 0;
};
