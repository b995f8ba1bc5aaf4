#pragma once

#include "export/csvexportsql.h"
#include "accounts/permissionpolicy.h"
#include "foundation/result.h"

#include <QSqlDatabase>
#include <atomic>
#include <functional>
#include <optional>

class QIODevice;

/** What an export writes: which rows, and how. */
struct ExportOptions
{
    ExportFilter filter;
    CustomFieldsLayout customFields = CustomFieldsLayout::Json;
    bool bom = false;  // a UTF-8 byte order mark first, so Excel reads the file as UTF-8
};

/**
 * Writes a table or a report as RFC 4180 CSV (UTF-8, header row, CRLF), streamed from the server
 * through COPY in constant memory. Never writes password hashes, session data or QR codes. Obeys the
 * PermissionPolicy: a `user` exports only their own rows, only admins export accounts. One export at a
 * time per object; the cancel flag and the counters may be set and read from any thread.
 */
class CsvExporter
{
public:
    CsvExporter(QSqlDatabase db, PermissionPolicy policy);

    // "users", "sessions", "campaigns", "contacts", "groups", "messages" (and "recipients").
    static std::optional<Entity> entityFromName(const QString &name);
    static std::optional<ReportKind> reportFromName(const QString &name);
    // The statuses --status accepts for a table; empty when the table has no status.
    static QStringList statuses(Entity entity);

    // Streams the rows to `out` (open for writing); returns the rows written, header excluded.
    Result<qint64> exportTable(Entity entity, const ExportOptions &options, QIODevice *out);
    Result<qint64> exportReport(ReportKind kind, bool bom, QIODevice *out);

    // The checked statement exportTable() would run, in its own read-only transaction (tests, bench).
    Result<ExportStatement> statement(Entity entity, const ExportOptions &options);

    // Runs `write` on `path` written whole or not at all (OutputFile: a failed, cancelled or short write
    // leaves no file and an earlier one untouched; a symbolic link is refused); "-" is standard output.
    static Result<qint64> writeFile(const QString &path, const std::function<Result<qint64>(QIODevice *)> &write);

    // The flag that stops the export when it becomes true (a BackgroundQuery's, set from any thread):
    // checked before the COPY and while it streams. Its statement is cancelled on the server by whoever sets it.
    void setCancelFlag(const std::atomic<bool> *cancelled) { m_cancel = cancelled; }
    // Where the rows written so far also go, for a progress display on another thread.
    void setProgress(std::atomic<qint64> *rows) { m_progress = rows; }

private:
    Status check(Entity entity, const ExportOptions &options) const;
    Result<ExportStatement> build(Entity entity, const ExportOptions &options);
    Status bind(const QMap<QString, QString> &settings);
    Result<qint64> stream(const ExportStatement &statement, bool bom, QIODevice *out, const QString &doing);

    QSqlDatabase m_db;
    PermissionPolicy m_policy;
    const std::atomic<bool> *m_cancel = nullptr;
    std::atomic<qint64> *m_progress = nullptr;
};
