#pragma once

#include "testdatabase.h"

#include <QString>

/**
 * What the summary-table tests (migrations 0008 and 0011) share: comparing a summary with a fresh
 * GROUP BY, and two writers touching the same summary rows at once.
 */
namespace SummaryCheck {

// Rows of `fresh` missing from `summary` plus rows of `summary` not in `fresh` (each a SELECT of the
// same columns), warned one per line; 0 when the summary is exact, -1 when the comparison failed.
qint64 mismatches(QSqlDatabase db, const QString &fresh, const QString &summary);

// Connection "writer-a" runs `first` in an open transaction; another connection runs `second`
// meanwhile, which must wait for a lock (a summary row both touch); then A commits and B finishes.
// Empty when all of that happened, else what did not.
QString writeConcurrently(TestDatabase &db, const QString &first, const QString &second);

// After a failed concurrent case: writer A's transaction must not hold locks for the next one.
void rollBackWriterA(TestDatabase &db);

} // namespace SummaryCheck
