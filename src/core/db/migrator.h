#pragma once

#include "foundation/result.h"

#include <QList>
#include <QPair>
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
    // "-- waqtor:optional-extension NAME": the migration needs that extension and is recorded as
    // skipped (not failed) when the server cannot install it.
    QString optionalExtension;
};

/** What a migrate run did. */
struct MigrationReport
{
    bool adopted = false;          // an existing guide-schema database was recorded as version 1
    QList<Migration> applied;      // in order
    // Recorded without running: their optional extension could not be installed (with the reason).
    QList<QPair<Migration, QString>> skipped;
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
    // Installs the extension unless it is there; an empty string when it is, else why it cannot be.
    Result<QString> installExtension(const QString &name);
    Status dropInvalidIndexes(const Migration &migration);

    QSqlDatabase m_db;
};
