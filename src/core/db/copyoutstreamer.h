#pragma once

#include "foundation/result.h"

#include <QSqlDatabase>
#include <atomic>

class QIODevice;

/**
 * Runs one `COPY (…) TO STDOUT` on an open QPSQL connection through libpq and writes its rows to a
 * QIODevice as they arrive: memory stays constant however many rows there are. Each row's line end
 * becomes CRLF (RFC 4180). Stoppable from another thread through a flag, which cancels the query on
 * the server. Call it on the thread that owns the connection.
 */
class CopyOutStreamer
{
public:
    explicit CopyOutStreamer(QSqlDatabase db) : m_db(std::move(db)) {}

    // Where the progress goes (rows and bytes written so far); read from any thread.
    void setCounters(std::atomic<qint64> *rows, std::atomic<qint64> *bytes)
    {
        m_rows = rows;
        m_bytes = bytes;
    }
    // The flag that stops the copy when it becomes true (set from any thread).
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    // `copy`: a complete COPY … TO STDOUT statement with no user text in it. Returns the rows written.
    // `doing` starts the error sentence ("Could not export the contacts").
    Result<qint64> run(const QString &copy, QIODevice *out, const QString &doing);

private:
    QSqlDatabase m_db;
    std::atomic<qint64> *m_rows = nullptr;
    std::atomic<qint64> *m_bytes = nullptr;
    const std::atomic<bool> *m_cancel = nullptr;
};
