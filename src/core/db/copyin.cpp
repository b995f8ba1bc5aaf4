#include "db/copyin.h"

#include "db/libpqconnection.h"

#include <QCoreApplication>

#include <libpq-fe.h>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CopyIn)
};

} // namespace

CopyIn::CopyIn(const QSqlDatabase &db) : m_conn(LibPqConnection::handle(db)) {}

CopyIn::~CopyIn()
{
    if (m_open)
        abort("cancelled");
}

Error CopyIn::serverError(const char *what) const
{
    const QString detail = m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed() : QString();
    if (m_conn && PQstatus(m_conn) != CONNECTION_OK)
        return Error::database(Tr::tr("The connection to the database was lost while %1; nothing was saved.")
                                   .arg(QString::fromLatin1(what)), detail);
    return Error::database(Tr::tr("The database refused the data while %1; nothing was saved.")
                               .arg(QString::fromLatin1(what)), detail);
}

Status CopyIn::begin(const QByteArray &statement)
{
    if (!m_conn)
        return Error::database(Tr::tr("Bulk loading needs a PostgreSQL connection, and this one is not open."));
    PGresult *result = PQexec(m_conn, statement.constData());
    const bool ok = PQresultStatus(result) == PGRES_COPY_IN;
    PQclear(result);
    if (!ok)
        return serverError("starting the bulk load");
    m_open = true;
    return {};
}

Status CopyIn::write(const QByteArray &data)
{
    if (PQputCopyData(m_conn, data.constData(), int(data.size())) != 1) {
        m_open = false;
        return serverError("loading rows");
    }
    return {};
}

Result<qint64> CopyIn::finish()
{
    m_open = false;
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        return serverError("loading rows");
    qint64 rows = 0;
    Error error;
    while (PGresult *result = PQgetResult(m_conn)) {
        if (PQresultStatus(result) == PGRES_COMMAND_OK)
            rows = QByteArray(PQcmdTuples(result)).toLongLong();
        else if (error.kind == ErrorKind::None)
            error = serverError("loading rows");
        PQclear(result);
    }
    if (error.kind != ErrorKind::None)
        return error;
    return rows;
}

void CopyIn::abort(const QByteArray &why)
{
    m_open = false;
    if (PQputCopyEnd(m_conn, why.constData()) == 1) {
        while (PGresult *result = PQgetResult(m_conn))
            PQclear(result);
    }
}

void CopyIn::appendField(QByteArray *line, const QString &text)
{
    if (text.isNull()) {
        line->append("\\N", 2);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '\\': line->append("\\\\", 2); break;
        case '\t': line->append("\\t", 2); break;
        case '\n': line->append("\\n", 2); break;
        case '\r': line->append("\\r", 2); break;
        default: line->append(c);
        }
    }
}
