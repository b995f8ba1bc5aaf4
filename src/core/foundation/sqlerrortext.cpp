#include "foundation/sqlerrortext.h"

#include <QCoreApplication>

namespace {
// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqlErrorText)
};
}

QString SqlErrorText::sqlState(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code.size() == 5 ? code : QString();
}

bool SqlErrorText::isConnectionLost(const QSqlError &error)
{
    const QString state = sqlState(error);
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") || state == QLatin1String("57P02")
        || state == QLatin1String("57P03"))
        return true;
    const QString text = error.text().toLower();
    return text.contains(QLatin1String("server closed the connection"))
        || text.contains(QLatin1String("no connection to the server"))
        || text.contains(QLatin1String("connection to server was lost"))
        || text.contains(QLatin1String("terminating connection"));
}

Error SqlErrorText::toError(const QString &doing, const QSqlError &error)
{
    const QString state = sqlState(error);
    QString why;
    ErrorKind kind = ErrorKind::Database;
    if (isConnectionLost(error)) {
        why = Tr::tr("the connection to the database server was lost, so nothing was saved; check that the server is "
                  "running and try again");
    } else if (state == QLatin1String("23505")) {
        kind = ErrorKind::Conflict;
        why = Tr::tr("a record with the same unique value already exists");
    } else if (state == QLatin1String("23503")) {
        why = Tr::tr("it refers to a record that no longer exists, or other records still refer to it");
    } else if (state == QLatin1String("23502")) {
        why = Tr::tr("a required value is missing");
    } else if (state == QLatin1String("22001")) {
        kind = ErrorKind::Invalid;
        why = Tr::tr("a value is longer than its column allows");
    } else if (state.startsWith(QLatin1String("22"))) {
        kind = ErrorKind::Invalid;
        why = Tr::tr("a value is not valid for its column");
    } else if (state == QLatin1String("57014")) {
        kind = ErrorKind::Interrupted;
        why = Tr::tr("it was cancelled; nothing was saved");
    } else if (state == QLatin1String("40001") || state == QLatin1String("40P01")) {
        why = Tr::tr("another change got in the way; try again");
    } else if (state == QLatin1String("42P01") || state == QLatin1String("42703")) {
        why = Tr::tr("the database schema is missing a table or column; run \"waqtor-db migrate\"");
    } else if (state == QLatin1String("42501")) {
        why = Tr::tr("the database user lacks the privilege for it; ask the database administrator");
    } else if (state == QLatin1String("53100")) {
        why = Tr::tr("the database server's disk is full");
    } else {
        why = Tr::tr("the database reported an error");
    }
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.text().trimmed();
    return {kind, Tr::tr("%1: %2.").arg(doing, why), detail};
}
