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

} // namespace

ContactUpsert::ContactUpsert(QSqlDatabase db, const ImportOptions &options, QStringList groupIds)
    : m_db(std::move(db)), m_options(options),
      m_groupArray(UuidList::arrayLiteral(groupIds)),
      m_truncate(m_db), m_update(m_db), m_insert(m_db), m_join(m_db)
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

QString ContactUpsert::updateSql() { return QString::fromLatin1(UpdateSql); }
QString ContactUpsert::insertSql() { return QString::fromLatin1(InsertSql); }
QString ContactUpsert::joinSql() { return QString::fromLatin1(JoinSql); }

Status ContactUpsert::prepare()
{
    QSqlQuery create(m_db);
    if (!create.exec(workTableSql()))
        return SqlErrorText::toError(Tr::tr("The import could not start, so nothing was imported"), create.lastError());
    for (const auto &[query, sql] : {std::pair<QSqlQuery *, const char *>{&m_update, UpdateSql},
                                     {&m_insert, InsertSql}, {&m_join, JoinSql}}) {
        if (!query->prepare(QString::fromLatin1(sql)))
            return SqlErrorText::toError(Tr::tr("The import could not start, so nothing was imported"), query->lastError());
    }
    m_update.bindValue(QStringLiteral(":owner"), m_options.ownerId);
    m_update.bindValue(QStringLiteral(":unblock"), m_options.allowUnblock);
    m_insert.bindValue(QStringLiteral(":owner"), m_options.ownerId);
    m_join.bindValue(QStringLiteral(":owner"), m_options.ownerId);
    m_join.bindValue(QStringLiteral(":groups"), m_groupArray);
    return {};
}

Status ContactUpsert::apply(const QList<ImportRow> &rows, ImportCounts *counts)
{
    if (rows.isEmpty())
        return {};
    // TRUNCATE (not DELETE): the next round's COPY starts from an empty file, with no dead rows to scan.
    if (!m_truncate.exec(QStringLiteral("TRUNCATE waqtor_import")))
        return SqlErrorText::toError(Tr::tr("Importing failed while emptying its work table, so nothing was imported"),
                                     m_truncate.lastError());
    CopyIn copy(m_db);
    if (Status s = copy.begin("COPY waqtor_import (phone, name, email, status, custom_json, custom_cols) FROM STDIN"); !s)
        return s;
    QByteArray buffer;
    buffer.reserve(1 << 20);
    for (const ImportRow &row : rows) {
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

    qint64 updated = 0;
    if (m_options.onDuplicate == DuplicatePolicy::Update) {
        if (Status s = exec(m_update, "updating existing contacts"); !s)
            return s;
        updated = m_update.numRowsAffected();
    }
    if (Status s = exec(m_insert, "adding new contacts"); !s)
        return s;
    const qint64 inserted = m_insert.numRowsAffected();
    if (!m_options.groups.isEmpty()) {
        if (Status s = exec(m_join, "adding contacts to groups"); !s)
            return s;
    }
    counts->inserted += inserted;
    counts->updated += updated;
    // A phone neither updated nor inserted already exists: skipped (under Update only when another
    // session added it between the two statements).
    counts->skipped += rows.size() - inserted - updated;
    return {};
}
