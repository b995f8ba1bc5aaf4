#pragma once

#include "foundation/result.h"

#include <QByteArray>
#include <QSqlDatabase>

struct pg_conn;

/**
 * COPY ... FROM STDIN over the libpq connection under a QPSQL connection: QtSql has no COPY, and
 * row-by-row INSERTs are an order of magnitude slower. Data goes in COPY's text format.
 */
class CopyIn
{
public:
    explicit CopyIn(const QSqlDatabase &db);
    ~CopyIn();  // aborts a COPY still open, so the transaction rolls back rather than half-loading
    CopyIn(const CopyIn &) = delete;
    CopyIn &operator=(const CopyIn &) = delete;

    // `statement` must be a COPY ... FROM STDIN built from constants only.
    Status begin(const QByteArray &statement);
    Status write(const QByteArray &data);
    // Ends the COPY; the rows it loaded, or the server's refusal.
    Result<qint64> finish();
    void abort(const QByteArray &why);

    // Appends `text` as a COPY text-format field (backslash, tab, CR and LF escaped); a null string is NULL.
    static void appendField(QByteArray *line, const QString &text);

private:
    Error serverError(const char *what) const;

    pg_conn *m_conn = nullptr;
    bool m_open = false;
};
