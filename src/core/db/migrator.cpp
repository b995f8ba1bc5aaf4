#include "db/migrator.h"

#include "foundation/sqlerrortext.h"
#include "db/sqlscript.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)
};

// Serialises concurrent `migrate` runs against one database.
constexpr qint64 MigrationLockKey = 0x5761517430724d31;  // "WaQt0rM1"

struct ColumnShape
{
    QString type;
    bool notNull = false;
};
using TableShapes = QMap<QString, QMap<QString, ColumnShape>>;  // table → column → shape

// Columns of the seven tables in the schema that `schemaExpr` names (an SQL expression).
Result<TableShapes> readShapes(QSqlDatabase db, const QString &schemaExpr)
{
    QSqlQuery q(db);
    const bool prepared = q.prepare(QStringLiteral(
                  "SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull "
                  "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                  "JOIN pg_namespace n ON n.oid = c.relnamespace "
                  "WHERE n.nspname = %1 AND c.relkind IN ('r', 'p') AND c.relname = ANY(string_to_array(:tables, ',')) "
                  "AND a.attnum > 0 AND NOT a.attisdropped")
                  .arg(schemaExpr));
    q.bindValue(QStringLiteral(":tables"), Migrator::sharedTables().join(u','));
    if (!(prepared && q.exec()))
        return SqlErrorText::toError(Tr::tr("Could not read the database's tables"), q.lastError());
    TableShapes shapes;
    while (q.next())
        shapes[q.value(0).toString()][q.value(1).toString()] = {q.value(2).toString(), q.value(3).toBool()};
    return shapes;
}

} // namespace

QStringList Migrator::sharedTables()
{
    return {QStringLiteral("users"), QStringLiteral("whatsapp_sessions"), QStringLiteral("messages"),
            QStringLiteral("campaigns"), QStringLiteral("recipients"), QStringLiteral("groups"),
            QStringLiteral("recipient_groups")};
}

QList<Migration> Migrator::available()
{
    QList<Migration> migrations;
    static const QRegularExpression nameRe(QStringLiteral(R"(^(\d{4})_(\w+)\.sql$)"));
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = nameRe.match(file);
        if (!m.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        Migration migration;
        migration.version = m.captured(1).toInt();
        migration.name = m.captured(2);
        migration.sql = QString::fromUtf8(f.readAll());
        migration.transactional = !migration.sql.startsWith(QLatin1String("-- waqtor:no-transaction"));
        static const QRegularExpression extensionRe(QStringLiteral(R"(^-- waqtor:optional-extension (\w+)\s*$)"),
                                                    QRegularExpression::MultilineOption);
        if (const auto e = extensionRe.match(migration.sql); e.hasMatch())
            migration.optionalExtension = e.captured(1);
        migrations << migration;
    }
    return migrations;
}

Result<bool> Migrator::hasMigrationsTable() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('schema_migrations') IS NOT NULL")) || !q.next())
        return SqlErrorText::toError(Tr::tr("Could not read the migration history"), q.lastError());
    return q.value(0).toBool();
}

Result<QList<int>> Migrator::appliedVersions() const
{
    const auto exists = hasMigrationsTable();
    if (!exists)
        return exists.error();
    QList<int> versions;
    if (!exists.value())
        return versions;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT version FROM schema_migrations ORDER BY version")))
        return SqlErrorText::toError(Tr::tr("Could not read the migration history"), q.lastError());
    while (q.next())
        versions << q.value(0).toInt();
    return versions;
}

Result<QList<Migration>> Migrator::pending() const
{
    const auto applied = appliedVersions();
    if (!applied)
        return applied.error();
    QList<Migration> todo;
    for (const Migration &m : available())
        if (!applied.value().contains(m.version))
            todo << m;
    return todo;
}

Result<MigrationReport> Migrator::migrate()
{
    QSqlQuery lock(m_db);
    const bool prepared2 = lock.prepare(QStringLiteral("SELECT pg_advisory_lock(:key)"));
    lock.bindValue(QStringLiteral(":key"), MigrationLockKey);
    if (!(prepared2 && lock.exec()))
        return SqlErrorText::toError(Tr::tr("Could not start migrating"), lock.lastError());
    struct Unlock {
        QSqlDatabase db;
        ~Unlock()
        {
            QSqlQuery q(db);
            const bool prepared3 = q.prepare(QStringLiteral("SELECT pg_advisory_unlock(:key)"));
            q.bindValue(QStringLiteral(":key"), MigrationLockKey);
            if (prepared3)
                q.exec();
        }
    } unlock{m_db};

    MigrationReport report;
    const auto applied = appliedVersions();
    if (!applied)
        return applied.error();

    if (!applied.value().contains(1)) {
        // Before creating anything: is this an empty database, or one made from the guide?
        QSqlQuery q(m_db);
        const bool prepared4 = q.prepare(QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                 "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') "
                                 "AND c.relname = ANY(string_to_array(:tables, ','))"));
        q.bindValue(QStringLiteral(":tables"), sharedTables().join(u','));
        if (!(prepared4 && q.exec()) || !q.next())
            return SqlErrorText::toError(Tr::tr("Could not read the database's tables"), q.lastError());
        if (q.value(0).toInt() > 0) {
            if (const Status s = checkAdoptable(); !s)
                return s.error();
            if (const Status s = recordAdoption(); !s)
                return s.error();
            report.adopted = true;
        }
    }

    const auto todo = pending();
    if (!todo)
        return todo.error();
    for (const Migration &migration : todo.value()) {
        if (!migration.optionalExtension.isEmpty()) {
            const auto missing = installExtension(migration.optionalExtension);
            if (!missing)
                return missing.error();
            if (!missing.value().isEmpty()) {
                Migration skipped = migration;
                skipped.sql.clear();  // recorded, nothing run
                if (const Status s = apply(skipped); !s)
                    return s.error();
                report.skipped.append({migration, missing.value()});
                continue;
            }
        }
        if (const Status s = apply(migration); !s)
            return s.error();
        report.applied << migration;
    }
    return report;
}

Status Migrator::checkAdoptable() const
{
    const auto actual = readShapes(m_db, QStringLiteral("current_schema()"));
    if (!actual)
        return actual.error();

    // The expected shape is migration 1 itself, created as temporary tables and rolled back:
    // one source of truth, and nothing is left behind.
    TableShapes expected;
    {
        Transaction probe(m_db);
        if (const Status s = probe.begin(); !s)
            return s;
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SET LOCAL search_path = pg_temp")))
            return SqlErrorText::toError(Tr::tr("Could not compare the schema"), q.lastError());
        const Migration first = available().value(0);
        for (const QString &statement : SqlScript::split(first.sql)) {
            if (SqlScript::withoutComments(statement).startsWith(QLatin1String("CREATE TABLE"), Qt::CaseInsensitive)
                && !q.exec(statement))
                return SqlErrorText::toError(Tr::tr("Could not compare the schema"), q.lastError());
        }
        const auto shapes = readShapes(m_db, QStringLiteral("(SELECT nspname FROM pg_namespace WHERE oid = pg_my_temp_schema())"));
        if (!shapes)
            return shapes.error();
        expected = shapes.value();
        probe.rollback();
    }

    const QString hint = Tr::tr("Nothing was changed. waqtor-db adopts only a database whose seven tables match the "
                             "guide's schema; fix the difference or migrate an empty database.");
    for (const QString &table : sharedTables()) {
        if (!actual.value().contains(table)) {
            QStringList present;
            for (const QString &t : sharedTables())
                if (actual.value().contains(t))
                    present << t;
            return Error::database(Tr::tr("The database has only some of WaQtor's tables (%1); table \"%2\" is missing. %3")
                                       .arg(present.join(QStringLiteral(", ")), table, hint));
        }
        const auto &want = expected.value(table);
        const auto &have = actual.value().value(table);
        for (auto it = want.cbegin(); it != want.cend(); ++it) {
            if (!have.contains(it.key()))
                return Error::database(Tr::tr("Table \"%1\" has no column \"%2\" (the guide's schema has %2 %3). %4")
                                           .arg(table, it.key(), it->type, hint));
            const ColumnShape &got = have.value(it.key());
            if (got.type != it->type)
                return Error::database(Tr::tr("Column %1.%2 is %3, but the guide's schema makes it %4. %5")
                                           .arg(table, it.key(), got.type, it->type, hint));
            if (got.notNull != it->notNull)
                return Error::database((it->notNull ? Tr::tr("Column %1.%2 allows NULL, but the guide's schema makes it NOT NULL. %3")
                                                    : Tr::tr("Column %1.%2 is NOT NULL, but the guide's schema allows NULL. %3"))
                                           .arg(table, it.key(), hint));
        }
        for (auto it = have.cbegin(); it != have.cend(); ++it)
            if (!want.contains(it.key()))
                return Error::database(Tr::tr("Table \"%1\" has a column \"%2\" that the guide's schema does not have. %3")
                                           .arg(table, it.key(), hint));
    }
    return {};
}

Status Migrator::recordAdoption()
{
    Transaction tx(m_db);
    if (const Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                               "version INTEGER PRIMARY KEY, name VARCHAR(255) NOT NULL, "
                               "applied_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, "
                               "adopted BOOLEAN NOT NULL DEFAULT false)")))
        return SqlErrorText::toError(Tr::tr("Could not record the adopted schema"), q.lastError());
    const Migration first = available().value(0);
    const bool prepared5 = q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name, adopted) VALUES (:v, :n, true)"));
    q.bindValue(QStringLiteral(":v"), first.version);
    q.bindValue(QStringLiteral(":n"), first.name);
    if (!(prepared5 && q.exec()))
        return SqlErrorText::toError(Tr::tr("Could not record the adopted schema"), q.lastError());
    return tx.commit();
}

Status Migrator::apply(const Migration &migration)
{
    const QString doing = Tr::tr("Migration %1 (%2) failed and was not applied")
                              .arg(migration.version, 4, 10, QLatin1Char('0'))
                              .arg(migration.name);
    const QString ensureTable = QStringLiteral(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR(255) NOT NULL, "
        "applied_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, adopted BOOLEAN NOT NULL DEFAULT false)");
    auto record = [&](QSqlQuery &q) {
        const bool prepared6 = q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (:v, :n)"));
        q.bindValue(QStringLiteral(":v"), migration.version);
        q.bindValue(QStringLiteral(":n"), migration.name);
        return (prepared6 && q.exec());
    };

    QSqlQuery q(m_db);
    if (migration.transactional) {
        Transaction tx(m_db);
        if (const Status s = tx.begin(); !s)
            return s;
        if (!q.exec(ensureTable))
            return SqlErrorText::toError(doing, q.lastError());
        for (const QString &statement : SqlScript::split(migration.sql))
            if (!q.exec(statement))
                return SqlErrorText::toError(doing, q.lastError());
        if (!record(q))
            return SqlErrorText::toError(doing, q.lastError());
        return tx.commit();
    }

    // Outside a transaction, statement by statement: an interrupted CONCURRENTLY build leaves an
    // invalid index behind, which is dropped and rebuilt on the next run.
    if (!q.exec(ensureTable))
        return SqlErrorText::toError(doing, q.lastError());
    if (const Status s = dropInvalidIndexes(migration); !s)
        return s;
    for (const QString &statement : SqlScript::split(migration.sql))
        if (!q.exec(statement))
            return SqlErrorText::toError(doing, q.lastError());
    if (!record(q))
        return SqlErrorText::toError(doing, q.lastError());
    return {};
}

Result<QString> Migrator::installExtension(const QString &name)
{
    QSqlQuery q(m_db);
    const bool prepared = q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = :name), "
                                                   "EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = :name)"));
    q.bindValue(QStringLiteral(":name"), name);
    if (!(prepared && q.exec() && q.next()))
        return SqlErrorText::toError(Tr::tr("Could not check for the %1 extension").arg(name), q.lastError());
    if (q.value(0).toBool())
        return QString();
    if (!q.value(1).toBool())
        return Tr::tr("the server has no %1 extension (on Debian it comes with the postgresql-contrib package)").arg(name);
    // The name comes from our own compiled-in migration (\w+), never from user input.
    if (!q.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS %1").arg(name))) {
        if (SqlErrorText::sqlState(q.lastError()) == QLatin1String("42501"))
            return Tr::tr("this database user may not install the %1 extension; the database's owner or a superuser can "
                          "run CREATE EXTENSION %1").arg(name);
        return Tr::tr("the %1 extension could not be installed (%2)").arg(name, q.lastError().databaseText().trimmed());
    }
    return QString();
}

Status Migrator::dropInvalidIndexes(const Migration &migration)
{
    static const QRegularExpression indexRe(
        QStringLiteral(R"(CREATE\s+(?:UNIQUE\s+)?INDEX\s+CONCURRENTLY\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+))"),
        QRegularExpression::CaseInsensitiveOption);
    QSqlQuery q(m_db);
    for (auto it = indexRe.globalMatch(migration.sql); it.hasNext();) {
        const QString index = it.next().captured(1);
        const bool prepared7 = q.prepare(QStringLiteral("SELECT NOT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                                 "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                 "WHERE n.nspname = current_schema() AND c.relname = :name"));
        q.bindValue(QStringLiteral(":name"), index);
        if (!(prepared7 && q.exec()))
            return SqlErrorText::toError(Tr::tr("Could not check index %1").arg(index), q.lastError());
        if (q.next() && q.value(0).toBool()) {
            // The name comes from our own compiled-in migration, never from user input.
            if (!q.exec(QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS %1").arg(index)))
                return SqlErrorText::toError(Tr::tr("Could not drop the unfinished index %1").arg(index), q.lastError());
        }
    }
    return {};
}
