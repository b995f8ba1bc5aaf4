// ConnectionDialog's Test button: the sentence it shows for working and failing settings (a wrong
// password, nothing listening, a missing database), that only a missing database offers Create and
// the created one then connects, and that its throwaway connections are removed afterwards without
// Qt's "still in use" warning.

#include "dialogs/connectiondialog.h"
#include "guitest.h"
#include "messagewatch.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QPushButton>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

class tst_ConnectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testButton_data();
    void testButton();
    void createMissingDatabase();
    void cleanupTestCase();

private:
    TestDatabase m_db;
    QString m_created;
};

void tst_ConnectionDialog::initTestCase()
{
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
}

void tst_ConnectionDialog::testButton_data()
{
    QTest::addColumn<QString>("password");  // "%PASSWORD" stands for the right one
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("change");     // "port": a port nothing listens on; "name": a missing database
    QTest::addColumn<bool>("offersCreate");
    QTest::newRow("working settings") << "%PASSWORD" << true << "Connected to %WHERE." << "" << false;
    QTest::newRow("wrong password") << "not-the-password" << false
                                    << "Cannot connect to %WHERE: authentication failed for user \"%USER\"" << ""
                                    << false;
    QTest::newRow("nothing listening") << "%PASSWORD" << false
                                       << "Cannot connect to %WHERE: the server is not reachable" << "port" << false;
    QTest::newRow("missing database") << "%PASSWORD" << false
                                      << "Cannot connect to %WHERE: the database does not exist" << "name" << true;
}

// A port that was free a moment ago: nothing listens on it.
static int closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 1;
    return server.serverPort();
}

void tst_ConnectionDialog::testButton()
{
    QFETCH(QString, password);
    QFETCH(bool, ok);
    QFETCH(QString, sentence);
    QFETCH(QString, change);
    QFETCH(bool, offersCreate);
    ConnectionSettings s = m_db.settings();
    if (change == QLatin1String("port")) {
        s.host = QStringLiteral("127.0.0.1");
        s.port = closedPort();
    } else if (change == QLatin1String("name")) {
        s.databaseName = m_db.name() + QStringLiteral("_missing");
    }
    password.replace(QStringLiteral("%PASSWORD"), s.password);
    sentence.replace(QStringLiteral("%WHERE"), s.describe()).replace(QStringLiteral("%USER"), s.user);

    ConnectionDialog dialog(s);
    dialog.findChild<QLineEdit *>("passwordEdit")->setText(password);
    const MessageWatch warnings(QStringLiteral("still in use"));
    QCOMPARE(dialog.testConnection(), ok);
    const QString shown = dialog.findChild<QLabel *>("resultLabel")->text();
    QVERIFY2(shown.startsWith(sentence), qPrintable(shown));
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("waqtor-connection-test")));
    QVERIFY2(warnings.seen().isEmpty(), qPrintable(warnings.seen().join(u'\n')));
    QCOMPARE(dialog.findChild<QPushButton *>("createButton")->isVisibleTo(&dialog), offersCreate);
}

void tst_ConnectionDialog::createMissingDatabase()
{
    ConnectionSettings s = m_db.settings();
    s.databaseName = m_db.name() + QStringLiteral("_created");
    m_created = s.databaseName;
    ConnectionDialog dialog(s);
    QVERIFY(!dialog.testConnection());
    auto *create = dialog.findChild<QPushButton *>("createButton");
    QVERIFY(create->isVisibleTo(&dialog));
    QVERIFY2(create->text().contains(s.databaseName), qPrintable(create->text()));

    const MessageWatch warnings(QStringLiteral("still in use"));
    create->click();
    // Created, tested again: it connects and says the schema is still to be laid out.
    const QString shown = dialog.findChild<QLabel *>("resultLabel")->text();
    QVERIFY2(shown.startsWith(QStringLiteral("Connected to %1, but it has no WaQtor schema yet").arg(s.describe())),
             qPrintable(shown));
    QVERIFY(!create->isVisibleTo(&dialog));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ?"));
    q.addBindValue(s.databaseName);
    QVERIFY_SQL(q, exec());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY2(warnings.seen().isEmpty(), qPrintable(warnings.seen().join(u'\n')));
}

void tst_ConnectionDialog::cleanupTestCase()
{
    if (!m_created.isEmpty())
        m_db.adminExec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\"").arg(m_created));
}

QTEST_MAIN(tst_ConnectionDialog)

#include "tst_connectiondialog.moc"
