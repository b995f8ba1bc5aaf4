#include "import/contactupsert.h"

#include "db/copyin.h"
#include "foundation/sqlerrortext.h"
#include "foundation/uuidlist.h"

#include <QCoreApplication>
#include <QSqlError>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ContactImporter)
};

// An empty cell keeps what is stored; a blocked contact stays blocked unless the import may unblock;
// custom fields merge, the file's keys winning.
const char *const UpdateSql = R"(
UPDATE recipients AS r SET
    name = COALESCE(c.name, r.name),
    email = COALESCE(c.email, r.email),
    status = CASE WHEN r.status = 'blocked' AND NOT CAST(:unblock AS boolean) THEN r.status
                  ELSE COALESCE(c.status, r.status) END,
    custom_fields = CASE
        WHEN c.custom_json IS NULL AND c.custom_cols IS NULL THEN r.custom_fields
        WHEN jsonb_typeof(r.custom_fields) = 'object'
            THEN r.custom_fields || COALESCE(c.custom_json, '{}') || COALESCE(c.custom_cols, '{}')
        ELSE COALESCE(c.custom_json, '{}') || COALESCE(c.custom_cols, '{}') END
FROM waqtor_import AS c
WHERE r.user_id = CAST(:owner AS uuid) AND r.phone_number = c.phone)";

const char *const InsertSql = R"(
INSERT INTO recipients (user_id, phone_number, name, email, status, custom_fields)
SELECT CAST(:owner AS uuid), c.phone, c.name, c.email, COALESCE(c.status, 'active'),
       CASE WHEN c.custom_json IS NULL THEN c.custom_cols
            WHEN c.custom_cols IS NULL THEN c.custom_json
            ELSE c.custom_json || c.custom_cols END
FROM waqtor_import AS c
ON CONFLICT (user_id, phone_number) DO NOTHING)";

const char *const JoinSql = R"(
INSERT INTO recipient_groups (recipient_id, group_id)
SELECT r.id, g.id
FROM waqtor_import AS c
JOIN recipients AS r ON r.user_id = CAST(:owner AS uuid) AND r.phone_number = c.phone
CROSS JOIN unnest(CAST(:groups AS uuid[])) AS g(id)
ON CONFLICT (recipient_id, group_id) DO NOTHING)";

// A chunk's repeats of a phone become one row, as applying them one after the other would leave it:
// the last non-empty name, email and status win, except that under "no unblock" a blocked row keeps
// the contact blocked; the custom fields merge in file order, later keys winning. Applied once by
// UpdateSql/InsertSql, that row gives exactly what the rows in turn would have given.
const char *const CollapseSql = R"(
INSERT INTO waqtor_import (phone, name, email, status, custom_json, custom_cols)
SELECT c.phone,
       (array_agg(c.name ORDER BY c.seq DESC) FILTER (WHERE c.name IS NOT NULL))[1],
       (array_agg(c.email ORDER BY c.seq DESC) FILTER (WHERE c.email IS NOT NULL))[1],
       CASE WHEN NOT CAST(:unblock AS boolean) AND bool_or(c.status = 'blocked') THEN 'blocked'
            ELSE (array_agg(c.status ORDER BY c.seq DESC) FILTER (WHERE c.status IS NOT NULL))[1] END,
       CASE WHEN bool_or(c.custom_json IS NOT NULL OR c.custom_cols IS NOT NULL)
            THEN COALESCE(jsonb_object_agg(f.key, f.value ORDER BY c.seq) FILTER (WHERE f.key IS NOT NULL), '{}') END,
       NULL
FROM waqtor_import_raw AS c
LEFT JOIN LATERAL jsonb_each(COALESCE(c.custom_json, '{}') || COALESCE(c.custom_cols, '{}')) AS f ON true
GROUP BY c.phone)";

// Under update, a phone another session inserted after UpdateSql looked (so InsertSql found it taken)
// is updated now that it is committed: rows this transaction already wrote carry its own xmin.
const char *const UpdateRaceSuffix = "\n  AND age(r.xmin) <> 0";

} // namespace

ContactUpsert::ContactUpsert(QSqlDatabase db, const ImportOptions &options, QStringList groupIds)
    : m_db(std::move(db)), m_options(options),
      m_groupArray(UuidList::arrayLiteral(groupIds)),
      m_truncate(m_db), m_collapse(m_db), m_update(m_db), m_updateRaced(m_db), m_insert(m_db), m_join(m_db)
{
}

Status ContactUpsert::exec(QSqlQuery &query, const char *what)
{
    if (query.exec())
        return {};
    return SqlErrorText::toError(Tr::tr("Importing failed while %1, so nothing was imported").arg(QString::fromLatin1(what)), query.lastError());
}

QString ContactUpsert::workTableSql()
{
    // ON COMMIT DROP: a rolled-back or finished import leaves nothing behind on this connection.
    return QStringLiteral("CREATE TEMP TABLE waqtor_import (phone text, name text, email text, status text, "
                          "custom_json jsonb, custom_cols jsonb) ON COMMIT DROP");
}

QString ContactUpsert::rawTableSql()
{
    return QStringLiteral("CREATE TEMP TABLE waqtor_import_raw (seq integer, phone text, name text, email text, "
                          "status text, custom_json jsonb, custom_cols jsonb) ON COMMIT DROP");
}

QString ContactUpsert::collapseSql() { return QString::fromLatin1(CollapseSql); }
QString ContactUpsert::updateSql() { return QString::fromLatin1(UpdateSql); }
QString ContactUpsert::updateRacedSql() { return QString::fromLatin1(UpdateSql) + QLatin1String(UpdateRaceSuffix); }
QString ContactUpsert::insertSql() { return QString::fromLatin1(InsertSql); }
QString ContactUpsert::joinSql() { return QString::fromLatin1(JoinSql); }

Status ContactUpsert::prepare()
{
    QSqlQuery create(m_db);
    if (!create.exec(workTableSql()) || !create.exec(rawTableSql()))
        return SqlErrorText::toError(Tr::tr("The import could not start, so nothing was imported"), create.lastError());
    for (const auto &[query, sql] : {std::pair<QSqlQuery *, QString>{&m_collapse, collapseSql()}, {&m_update, updateSql()},
                                     {&m_updateRaced, updateRacedSql()}, {&m_insert, insertSql()}, {&m_join, joinSql()}}) {
        if (!query->prepare(sql))
            return SqlErrorText::toError(Tr::tr("The import could not start, so nothing was imported"), query->lastError());
    }
    m_collapse.bindValue(QStringLiteral(":unblock"), m_options.allowUnblock);
    for (QSqlQuery *update : {&m_update, &m_updateRaced}) {
        update->bindValue(QStringLiteral(":owner"), m_options.ownerId);
        update->bindValue(QStringLiteral(":unblock"), m_options.allowUnblock);
    }
    m_insert.bindValue(QStringLiteral(":owner"), m_options.ownerId);
    m_join.bindValue(QStringLiteral(":owner"), m_options.ownerId);
    m_join.bindValue(QStringLiteral(":groups"), m_groupArray);
    return {};
}

Status ContactUpsert::load(const QList<ImportRow> &rows, bool numbered)
{
    CopyIn copy(m_db);
    const QByteArray statement = numbered
        ? "COPY waqtor_import_raw (seq, phone, name, email, status, custom_json, custom_cols) FROM STDIN"
        : "COPY waqtor_import (phone, name, email, status, custom_json, custom_cols) FROM STDIN";
    if (Status s = copy.begin(statement); !s)
        return s;
    QByteArray buffer;
    buffer.reserve(1 << 20);
    int seq = 0;
    for (const ImportRow &row : rows) {
        if (numbered) {
            buffer.append(QByteArray::number(seq++));
            buffer.append('\t');
        }
        CopyIn::appendField(&buffer, row.phone);
        buffer.append('\t');
        CopyIn::appendField(&buffer, row.name);
        buffer.append('\t');
        CopyIn::appendField(&buffer, row.email);
        buffer.append('\t');
        CopyIn::appendField(&buffer, row.status);
        buffer.append('\t');
        CopyIn::appendField(&buffer, row.customJson);
        buffer.append('\t');
        CopyIn::appendField(&buffer, row.customCols);
        buffer.append('\n');
        if (buffer.size() > (1 << 20) - 4096) {
            if (Status s = copy.write(buffer); !s)
                return s;
            buffer.clear();
        }
    }
    if (!buffer.isEmpty()) {
        if (Status s = copy.write(buffer); !s)
            return s;
    }
    if (const auto loaded = copy.finish(); !loaded)
        return loaded.status();
    return {};
}

Status ContactUpsert::apply(const QList<ImportRow> &rows, qint64 repeats, ImportCounts *counts)
{
    if (rows.isEmpty())
        return {};
    // TRUNCATE (not DELETE): the next round's COPY starts from an empty file, with no dead rows to scan.
    const QString truncate = repeats > 0 ? QStringLiteral("TRUNCATE waqtor_import, waqtor_import_raw")
                                         : QStringLiteral("TRUNCATE waqtor_import");
    if (!m_truncate.exec(truncate))
        return SqlErrorText::toError(Tr::tr("Importing failed while emptying its work table, so nothing was imported"),
                                     m_truncate.lastError());
    // Distinct phones go straight to the work table; a chunk with repeats is folded there in one statement.
    if (Status s = load(rows, repeats > 0); !s)
        return s;
    if (repeats > 0) {
        if (Status s = exec(m_collapse, "combining rows of the same phone"); !s)
            return s;
    }
    const qint64 distinct = rows.size() - repeats;

    qint64 updated = 0;
    if (m_options.onDuplicate == DuplicatePolicy::Update) {
        if (Status s = exec(m_update, "updating existing contacts"); !s)
            return s;
        updated = m_update.numRowsAffected();
    }
    if (Status s = exec(m_insert, "adding new contacts"); !s)
        return s;
    const qint64 inserted = m_insert.numRowsAffected();
    if (m_options.onDuplicate == DuplicatePolicy::Update && updated + inserted < distinct) {
        // INSERT waited for another session's uncommitted row of the same phone and found it taken.
        if (Status s = exec(m_updateRaced, "updating contacts another session added meanwhile"); !s)
            return s;
        updated += m_updateRaced.numRowsAffected();
    }
    if (!m_options.groups.isEmpty()) {
        if (Status s = exec(m_join, "adding contacts to groups"); !s)
            return s;
    }
    counts->inserted += inserted;
    // A repeat of a phone updates what its earlier row wrote.
    counts->updated += updated + repeats;
    // Under Skip, a phone neither inserted nor updated already exists.
    counts->skipped += distinct - inserted - updated;
    return {};
}
