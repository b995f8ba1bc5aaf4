#pragma once

#include <QString>

/**
 * The export a psql user would type by hand for what `waqtor-db export contacts` writes: the same
 * columns, formula guard, owner e-mails, group names and ISO timestamps, written plainly (no ORDER
 * BY, the group names as one aggregate joined in) — the baseline the benchmarks compare against,
 * not our own SQL run through psql.
 */
namespace PlainContactsExport {
// `\copy (SELECT …) TO 'file' WITH (FORMAT csv, HEADER)` for psql -c.
QString copyCommand(const QString &file);
}
