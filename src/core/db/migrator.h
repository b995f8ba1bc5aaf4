#pragma once

#include "foundation/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

/** One versioned SQL migration compiled into the binary (resources/migrations/NNNN_name.sql). */
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
    // "-- waqtor:no-transaction" on its first line: CREATE INDEX CONCURRENTLY cannot run in a transaction.
    bool transactional = true;
};

/** What a migrate run did. */
struct MigrationReport
{
    bool adopted = false;          // an existing guide-schema database was recorded as version 1
    QList<Migration> applied;      // in order
};

/**
 * Brings a database to the newest schema: records applied versions in schema_migrations, applies
 * each pending migration in its own transaction, and adopts a database whose seven tables were
 * made from the guide (recording version 1 without touching a row).
 */
class Migrator
{
public:
    explicit Migrator(QSqlDatabase db) : m_db(std::move(db)) {}

    static QList<Migration> available();
    static QStringList sharedTables();  // the guide's seven tables, in creation order

    Result<QList<int>> appliedVersions() const;
    Result<QList<Migration>> pending() const;
    Result<MigrationReport> migrate();

private:
    Result<bool> hasMigrationsTable() const;
    Status checkAdoptable() const;
    Status recordAdoption();
    Status apply(const Migration &migration);
    Status dropInvalidIndexes(const Migration &migration);

    QSqlDatabase m_db;
};
