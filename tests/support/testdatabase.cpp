#include "testdatabase.h"

#include "accounts/accountservice.h"
#include "db/database.h"
#include "db/migrator.h"
#include "db/sqlscript.h"

#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace {
const QString AdminConnection = QStringLiteral("testdatabase-admin");
}

TestDatabase::~TestDatabase()
{
    drop();
}

bool TestDatabase::serverConfigured()
{
    return qEnvironmentVariableIsSet("WAQTOR_TEST_PGPORT");
}

ConnectionSettings TestDatabase::serverSettings()
{
    ConnectionSettings s;
    s.host = qEnvironmentVariable("WAQTOR_TEST_PGHOST", QStringLiteral("127.0.0.1"));
    s.port = qEnvironmentVariableIntValue("WAQTOR_TEST_PGPORT");
    s.user = qEnvironmentVariable("WAQTOR_TEST_PGUSER", QStringLiteral("waqtor"));
    s.password = qEnvironmentVariable("WAQTOR_TEST_PGPASSWORD");
    s.databaseName = QStringLiteral("postgres");
    s.sslMode = ConnectionSettings::SslMode::Disable;
    return s;
}

ConnectionSettings TestDatabase::settings() const
{
    ConnectionSettings s = serverSettings();
    s.databaseName = m_name;
    return s;
}

bool TestDatabase::adminExec(const QString &sql)
{
    if (!serverConfigured()) {
        m_error = QStringLiteral("WAQTOR_TEST_PGPORT is not set: run the suite with scripts/test.sh, which starts "
                                 "the test PostgreSQL server.");
        return false;
    }
    if (!QSqlDatabase::contains(AdminConnection)) {
        const auto db = Database::connect(serverSettings(), AdminConnection);
        if (!db) {
            m_error = db.error().message + QStringLiteral(" | ") + db.error().detail;
            return false;
        }
    }
    QSqlQuery q(QSqlDatabase::database(AdminConnection));
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool TestDatabase::create()
{
    // Unique per process and call: tests run in parallel against one server.
    const QString name = QStringLiteral("waqtor_test_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(QRandomGenerator::global()->generate64() % 1000000000000ULL);
    if (!adminExec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(name)))
        return false;
    m_name = name;
    return true;
}

bool TestDatabase::createMigrated()
{
    if (!create())
        return false;
    const auto report = Migrator(connection()).migrate();
    if (!report) {
        m_error = report.error().message + QStringLiteral(" | ") + report.error().detail;
        return false;
    }
    return true;
}

void TestDatabase::closeConnections()
{
    for (const QString &c : std::as_const(m_connections))
        Database::disconnect(c);
    m_connections.clear();
}

void TestDatabase::drop()
{
    closeConnections();
    if (!m_name.isEmpty()) {
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        m_name.clear();
    }
}

QSqlDatabase TestDatabase::connection(const QString &name)
{
    const QString connectionName = m_name + u'/' + name;
    if (QSqlDatabase::contains(connectionName))
        return QSqlDatabase::database(connectionName);
    const auto db = Database::connect(settings(), connectionName);
    if (!db) {
        m_error = db.error().message + QStringLiteral(" | ") + db.error().detail;
        return {};
    }
    m_connections << connectionName;
    return db.value();
}

bool TestDatabase::exec(const QString &sql)
{
    QSqlQuery q(connection());
    for (const QString &statement : SqlScript::split(sql)) {
        if (!q.exec(statement)) {
            m_error = q.lastError().text() + QStringLiteral(" in: ") + statement.left(200);
            return false;
        }
    }
    return true;
}

QVariant TestDatabase::scalar(const QString &sql)
{
    QSqlQuery q(connection());
    if (!q.exec(sql) || !q.next()) {
        m_error = q.lastError().text() + QStringLiteral(" in: ") + sql.left(200);
        return {};
    }
    return q.value(0);
}

bool TestDatabase::createOwners(TestOwners *owners)
{
    AccountService accounts(connection(), QStringLiteral("test"));
    const struct { const char *email; const char *role; QString *id; } wanted[] = {
        {"root@example.com", "admin", &owners->admin}, {"alice@example.com", "user", &owners->alice},
        {"bob@example.com", "user", &owners->bob}, {"eye@example.com", "viewer", &owners->viewer}};
    for (const auto &w : wanted) {
        const QString email = QString::fromLatin1(w.email);
        const auto created = accounts.createUser(email, email.section(u'@', 0, 0) + QStringLiteral("-password"), {},
                                                 QString::fromLatin1(w.role));
        if (!created) {
            m_error = created.error().message;
            return false;
        }
        *w.id = created->id;
    }
    return true;
}

QStringList TestDatabase::environment() const
{
    const ConnectionSettings s = settings();
    return {QStringLiteral("DB_HOST=") + s.host, QStringLiteral("DB_PORT=") + QString::number(s.port),
            QStringLiteral("DB_NAME=") + s.databaseName, QStringLiteral("DB_USER=") + s.user,
            QStringLiteral("DB_PASSWORD=") + s.password, QStringLiteral("DB_SSL=false")};
}
