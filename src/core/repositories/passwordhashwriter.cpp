#include "repositories/passwordhashwriter.h"

#include "accounts/passwordhasher.h"
#include "db/copyin.h"
#include "db/libpqconnection.h"
#include "foundation/sqlerrortext.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <libpq-fe.h>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHashWriter)
};

} // namespace

QString PasswordHashWriter::placeholder()
{
    return QStringLiteral("!");
}

Status PasswordHashWriter::write(const QSqlDatabase &db, const QString &userId, const QString &hash)
{
    const Error failed = Error::database(Tr::tr("Could not store the password; nothing was changed."));
    pg_conn *conn = LibPqConnection::handle(db);
    if (!conn)
        return Error::database(Tr::tr("Storing a password needs an open PostgreSQL connection."));
    // ON COMMIT DROP outside a transaction would drop the table before the DO block reads it.
    if (PQtransactionStatus(conn) != PQTRANS_INTRANS)
        return Error::database(Tr::tr("Storing a password must happen inside a transaction; nothing was changed."));
    const QUuid id = QUuid::fromString(userId);
    // Only bcrypt's own alphabet goes in: nothing COPY would escape or refuse, so the COPY cannot
    // fail and report the line it was loading.
    if (id.isNull() || !PasswordHasher::looksLikeBcrypt(hash))
        return failed;

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TEMPORARY TABLE waqtor_password_hash (hash text NOT NULL) ON COMMIT DROP")))
        return SqlErrorText::toError(failed.message, q.lastError());
    {
        CopyIn copy(db);
        if (const Status s = copy.begin("COPY pg_temp.waqtor_password_hash (hash) FROM STDIN"); !s)
            return s;
        QByteArray line;
        CopyIn::appendField(&line, hash);
        line.append('\n');
        if (const Status s = copy.write(line); !s)
            return s;
        if (const auto rows = copy.finish(); !rows)
            return rows.error();
    }
    // The id is a parsed UUID, so inlining it is safe; DO takes no parameters. Errors are caught
    // and raised again without DETAIL: a constraint's "Failing row contains (…)" lists the hash.
    const QString update = QStringLiteral(
        "DO $waqtor$\n"
        "BEGIN\n"
        "    UPDATE users SET password_hash = (SELECT hash FROM pg_temp.waqtor_password_hash)\n"
        "     WHERE id = '%1'::uuid;\n"
        "    IF NOT FOUND THEN\n"
        "        RAISE EXCEPTION USING ERRCODE = 'no_data_found', MESSAGE = 'no such account';\n"
        "    END IF;\n"
        "EXCEPTION WHEN OTHERS THEN\n"
        "    RAISE EXCEPTION USING ERRCODE = SQLSTATE, MESSAGE = SQLERRM;\n"
        "END\n"
        "$waqtor$").arg(id.toString(QUuid::WithoutBraces));
    if (!q.exec(update)) {
        if (SqlErrorText::sqlState(q.lastError()) == QLatin1String("P0002"))
            return Error::notFound(Tr::tr("The account no longer exists; someone deleted it."));
        return SqlErrorText::toError(failed.message, q.lastError());
    }
    // Gone now rather than at commit, so a second write in the same transaction starts afresh.
    if (!q.exec(QStringLiteral("DROP TABLE pg_temp.waqtor_password_hash")))
        return SqlErrorText::toError(failed.message, q.lastError());
    return {};
}
