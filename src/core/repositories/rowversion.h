#pragma once

#include "foundation/result.h"

#include <QString>

/**
 * The optimistic lock of every editable row: the row's xmin, read with it (`version`), is compared
 * with the locked row's when saving, so an edit never silently overwrites someone else's change.
 */
class RowVersion
{
public:
    // OK when `expected` is empty (no check wanted: the user chose to overwrite) or still `current`;
    // otherwise Stale, with one sentence about `what` ("The contact +966…", "The group VIP").
    static Status check(const QString &expected, const QString &current, const QString &what);
};
