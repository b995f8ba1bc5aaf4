#pragma once

#include <QStringList>

/**
 * Lists of row ids on their way into SQL. QtSql binds no arrays, so a uuid[] travels as one bound
 * text value, its array literal, and is CAST(... AS uuid[]) on the server: only checked UUIDs may
 * get into that literal.
 */
namespace UuidList {
// The ids that parse as UUIDs, in PostgreSQL's spelling (lower case, no braces); the rest are dropped.
QStringList canonical(const QStringList &ids);
// "{a,b,c}" for ids already checked (or read from the database).
QString arrayLiteral(const QStringList &ids);
}
