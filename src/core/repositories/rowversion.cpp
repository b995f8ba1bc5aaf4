#include "repositories/rowversion.h"

#include <QCoreApplication>

namespace {
// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RowVersion)
};
}

Status RowVersion::check(const QString &expected, const QString &current, const QString &what)
{
    if (expected.isEmpty() || expected == current)
        return {};
    //: %1 names the row, e.g. "The contact +966501234567" or "The campaign "Ramadan"".
    return Error::stale(Tr::tr("%1 was changed by someone else (or by the WaQtor server) after you opened it. "
                               "Reload to see the changes, or overwrite them with yours.").arg(what));
}
