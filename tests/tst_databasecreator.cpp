// DatabaseCreator: the missing database a connection names is made on that server as that user; a
// user without CREATEDB, an existing name and an empty name each get their sentence and change nothing.

#include "db/database.h"
#include "db/databasecreator.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

class tst_DatabaseCreator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void create_data();
    void create();

private:
    bool exists(const QString &database);

    TestDatabase m_db;
    QStringList m_made;  // databases and roles to drop at the end
    QString m_role;
};

void tst_DatabaseCreator::initTestCase()
{
    QVERIFY2(m_db.create(), qPrintable(m_db.lastError()));
    // A role that may log in but not create databases, for the refusal.
    m_role = m_db.name() + QStringLiteral("_nocreate");
    QVERIFY(m_db.adminExec(QStringLiteral("CREATE ROLE \"%1\" LOGIN NOCREATEDB PASSWORD 'no-create-2026'").arg(m_role)));
}

void tst_DatabaseCreator::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_made))
        m_db.adminExec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\"").arg(name));
    if (!m_role.isEmpty())
        m_db.adminExec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(m_role));
}

bool tst_DatabaseCreator::exists(const QString &database)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ?"));
    q.addBindValue(database);
    return q.exec() && q.next() && q.value(0).toInt() == 1;
}

void tst_DatabaseCreator::create_data()
{
    QTest::addColumn<QString>("suffix");     // appended to the test database's name; "" = the existing one
    QTest::addColumn<bool>("asNoCreate");    // connect as the role without CREATEDB
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("sentence");   // the start of the error sentence
    QTest::newRow("plain name") << "_new" << false << true << "";
    QTest::newRow("quotes, space and Arabic in the name") << "_\"x\" قاعدة" << false << true << "";
    QTest::newRow("already there") << "" << false << false << "Database \"%NAME\" already exists";
    QTest::newRow("no CREATEDB right") << "_denied" << true << false
                                       << "User \"%ROLE\" may not create databases, so \"%NAME\" was not created";
    QTest::newRow("empty name") << "%EMPTY" << false << false << "Type the name of the database to create first.";
}

void tst_DatabaseCreator::create()
{
    QFETCH(QString, suffix);
    QFETCH(bool, asNoCreate);
    QFETCH(bool, ok);
    QFETCH(QString, sentence);
    ConnectionSettings s = m_db.settings();
    s.databaseName = suffix == QLatin1String("%EMPTY") ? QString() : m_db.name() + suffix;
    if (asNoCreate) {
        s.user = m_role;
        s.password = QStringLiteral("no-create-2026");
    }
    if (!s.databaseName.isEmpty() && !suffix.isEmpty())
        m_made << s.databaseName;
    const bool before = !s.databaseName.isEmpty() && exists(s.databaseName);

    const Status created = DatabaseCreator::create(s);
    QCOMPARE(created.ok(), ok);
    if (ok) {
        QVERIFY(!before);
        QVERIFY(exists(s.databaseName));
        // The new database answers to the same settings, owned by the user who asked.
        const QString name = QStringLiteral("creator-check");
        {
            const auto db = Database::connect(s, name);
            QVERIFY_OK(db);
            QSqlQuery q(db.value());
            QVERIFY_SQL(q, exec(QStringLiteral("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), s.user);
        }
        Database::disconnect(name);
    } else {
        sentence.replace(QStringLiteral("%NAME"), s.databaseName).replace(QStringLiteral("%ROLE"), m_role);
        QVERIFY2(created.error().message.startsWith(sentence), qPrintable(created.error().message));
        QCOMPARE(!s.databaseName.isEmpty() && exists(s.databaseName), before);
    }
}

QTEST_GUILESS_MAIN(tst_DatabaseCreator)

#include "tst_databasecreator.moc"
