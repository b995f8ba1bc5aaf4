#pragma once

#include "db/connectionsettings.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QTest>

// Like QVERIFY, but prints the database's error when a query fails.
#define QVERIFY_SQL(q, call) QVERIFY2((q).call, qPrintable((q).lastError().text()))
// Like QVERIFY for a Status/Result, printing its sentence when it failed.
#define QVERIFY_OK(expr)                                                                          \
    do {                                                                                          \
        const auto &verifyOkValue_ = (expr);                                                      \
        QVERIFY2(verifyOkValue_.ok(), qPrintable(verifyOkValue_.error().message + QLatin1String(" | ") \
                                                 + verifyOkValue_.error().detail));               \
    } while (false)

/** The accounts most repository tests need: an admin, two marketers and a viewer (ids). */
struct TestOwners
{
    QString admin;   // root@example.com
    QString alice;   // alice@example.com, role user
    QString bob;     // bob@example.com, role user
    QString viewer;  // eye@example.com
};

/**
 * A throwaway database on the PostgreSQL server that scripts/test.sh starts (WAQTOR_TEST_PG*
 * variables). Each test makes its own, so tests run in parallel and never touch user data.
 * There is no fallback: without the server the test fails, telling how to start it.
 */
class TestDatabase
{
public:
    TestDatabase() = default;
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    // The test server's settings, pointing at its maintenance database "postgres".
    static ConnectionSettings serverSettings();
    static bool serverConfigured();

    // Creates an empty database; false with lastError() set on failure.
    bool create();
    // Creates a database and applies every migration.
    bool createMigrated();
    void drop();
    // Closes this database's connections, e.g. so that ALTER DATABASE ... SET applies to the next one.
    void closeConnections();

    QString name() const { return m_name; }
    QString lastError() const { return m_error; }
    ConnectionSettings settings() const;
    // A connection to this database (opened on first use); names are per TestDatabase, so two
    // objects in one test never share a connection.
    QSqlDatabase connection(const QString &connectionName = QStringLiteral("main"));
    // Runs statements (split like a migration) on the test connection; false with lastError() on failure.
    bool exec(const QString &sql);
    // The first column of the first row, or an invalid QVariant with lastError() set.
    QVariant scalar(const QString &sql);
    // Creates the four TestOwners accounts through AccountService (bcrypt and all).
    bool createOwners(TestOwners *owners);
    // Environment variables that point a waqtor-db process at this database.
    QStringList environment() const;

    // Runs one statement on the server's maintenance database (CREATE/DROP DATABASE, roles).
    bool adminExec(const QString &sql);

private:

    QString m_name;
    QString m_error;
    QStringList m_connections;
};
