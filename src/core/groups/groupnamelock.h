#pragma once

#include "foundation/result.h"

#include <QSqlDatabase>
#include <QString>

/**
 * Serialises the creation of an owner's group of one name, ignoring case, until the caller's
 * transaction ends: a transaction-scoped advisory lock on (owner, lower(name)). Whoever checks for
 * the name and then creates it holds this first, so two imports (or an import and the Groups page)
 * naming "ConcB" and "concB" at once end with one group: the second waits, then finds the first's.
 * An advisory lock rather than a unique index on lower(name): the guide's schema (shared with the
 * WaQtor server) stays as it is, and databases that already hold such twins keep working.
 */
class GroupNameLock
{
public:
    // Inside the caller's transaction; waits while another transaction holds the same name.
    static Status acquire(const QSqlDatabase &db, const QString &ownerId, const QString &name);
};
