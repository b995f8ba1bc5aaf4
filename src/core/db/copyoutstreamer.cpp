#include "db/copyoutstreamer.h"

#include "db/libpqconnection.h"
#include "foundation/sqlerrortext.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSqlError>

#include <cerrno>
#include <optional>
#include <libpq-fe.h>
#include <poll.h>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CopyOutStreamer)
};

// Rows are gathered into blocks of this size before they reach the device: one write per block, not per row.
constexpr qsizetype BlockSize = qsizetype(1) << 18;

// Waits up to 100 ms for the server, so a cancel is seen within that time even while the query sorts.
void waitReadable(PGconn *conn)
{
    pollfd p{PQsocket(conn), POLLIN, 0};
    while (::poll(&p, 1, 100) < 0 && errno == EINTR) {
    }
}

// Asks the server to stop the running statement; harmless when it has just finished.
void sendCancel(PGconn *conn)
{
    if (PGcancel *cancel = PQgetCancel(conn)) {
        char message[256];
        PQcancel(cancel, message, int(sizeof message));
        PQfreeCancel(cancel);
    }
}

// The server's error as a QSqlError, so SqlErrorText words it like every other database error.
QSqlError toSqlError(PGconn *conn, const PGresult *result)
{
    const QString text = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(conn)).trimmed();
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    return QSqlError(text, text, QSqlError::StatementError, state ? QString::fromLatin1(state) : QString());
}

} // namespace

Result<qint64> CopyOutStreamer::run(const QString &copy, QIODevice *out, const QString &doing)
{
    PGconn *conn = LibPqConnection::handle(m_db);
    if (!conn)
        return Error::database(Tr::tr("%1: the connection to the database is not open.").arg(doing));
    const auto cancelRequested = [this] { return m_cancel && m_cancel->load(); };
    const Error cancelled = Error::interrupted(Tr::tr("The export was cancelled; no file was written."));
    if (!PQsendQuery(conn, copy.toUtf8().constData()))
        return SqlErrorText::toError(doing, toSqlError(conn, nullptr));

    bool cancelSent = false;
    std::optional<Error> failure;  // the first thing that went wrong; the rest of the COPY is drained
    const auto stop = [&] {
        if (!cancelSent)
            sendCancel(conn);
        cancelSent = true;
    };

    // Until the server says the COPY has started (or refused it); async, so Cancel works meanwhile.
    PGresult *started = nullptr;
    while (!started) {
        if (cancelRequested())
            stop();
        if (!PQconsumeInput(conn))
            return SqlErrorText::toError(doing, toSqlError(conn, nullptr));
        if (PQisBusy(conn))
            waitReadable(conn);
        else
            started = PQgetResult(conn);
    }
    if (PQresultStatus(started) != PGRES_COPY_OUT) {
        const QSqlError error = toSqlError(conn, started);
        PQclear(started);
        while (PGresult *rest = PQgetResult(conn))
            PQclear(rest);
        if (cancelRequested())
            return cancelled;
        return SqlErrorText::toError(doing, error);
    }
    PQclear(started);

    qint64 rows = 0;
    qint64 bytes = 0;
    QByteArray block;
    block.reserve(BlockSize + 4096);
    const auto flush = [&] {
        if (!failure && !block.isEmpty() && out->write(block) != block.size()) {
            failure = Error::invalid(Tr::tr("%1: the file could not be written (%2).").arg(doing, out->errorString()));
            stop();
        }
        bytes += block.size();
        block.clear();
        if (m_rows)
            m_rows->store(rows);
        if (m_bytes)
            m_bytes->store(bytes);
    };
    for (;;) {
        char *row = nullptr;
        const int n = PQgetCopyData(conn, &row, 1);
        if (n > 0) {
            // libpq hands out exactly one row per call, ending in LF: RFC 4180 ends records with CRLF.
            if (!failure && !cancelSent) {
                if (row[n - 1] == '\n') {
                    block.append(row, n - 1);
                    block.append("\r\n", 2);
                } else {
                    block.append(row, n);
                }
                ++rows;
            }
            PQfreemem(row);
            if (block.size() >= BlockSize) {
                flush();
                if (cancelRequested())
                    stop();
            }
            continue;
        }
        if (n == -1)
            break;  // the COPY is over; its result follows
        if (n == -2) {
            if (!failure)
                failure = SqlErrorText::toError(doing, toSqlError(conn, nullptr));
            break;
        }
        // Nothing complete buffered: pass on what we have (a slow query still shows progress), then wait.
        flush();
        if (cancelRequested())
            stop();
        waitReadable(conn);
        if (!PQconsumeInput(conn)) {
            if (!failure)
                failure = SqlErrorText::toError(doing, toSqlError(conn, nullptr));
            break;
        }
    }
    flush();
    while (PGresult *result = PQgetResult(conn)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && !failure && !cancelSent)
            failure = SqlErrorText::toError(doing, toSqlError(conn, result));
        PQclear(result);
    }
    if (failure && failure->kind != ErrorKind::Interrupted)
        return *failure;
    if (cancelRequested() || cancelSent)
        return cancelled;
    return rows;
}
