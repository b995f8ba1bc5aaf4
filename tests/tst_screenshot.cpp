#include "accounts/accountservice.h"
#include "testdatabase.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// waqtor-admin --page NAME --screenshot FILE, as scripts and the README use it.
class tst_Screenshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void run_data();
    void run();

private:
    TestDatabase m_db;
    QTemporaryDir m_dir;
};

void tst_Screenshot::initTestCase()
{
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    AccountService accounts(m_db.connection(), "test");
    QVERIFY_OK(accounts.createUser("shot-admin@example.com", "shot-password", {}, "admin"));
    QVERIFY_OK(accounts.createUser("shot-viewer@example.com", "shot-password", {}, "viewer"));
}

void tst_Screenshot::run_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("page");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("admin users") << "shot-admin@example.com" << "shot-password" << "users" << 0 << "";
    QTest::newRow("page name in capitals") << "shot-admin@example.com" << "shot-password" << "USERS" << 0 << "";
    QTest::newRow("wrong password") << "shot-admin@example.com" << "nope" << "users" << 2 << "Wrong email or password";
    QTest::newRow("viewer may not open users") << "shot-viewer@example.com" << "shot-password" << "users" << 3 << "admins";
    QTest::newRow("unknown page") << "shot-admin@example.com" << "shot-password" << "reports" << 1 << "Unknown page";
    QTest::newRow("admin health") << "shot-admin@example.com" << "shot-password" << "health" << 0 << "";
    QTest::newRow("viewer may not open health") << "shot-viewer@example.com" << "shot-password" << "health" << 3
                                                << "Only admins open the Health page";
}

void tst_Screenshot::run()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, page);
    QFETCH(int, exitCode);
    QFETCH(QString, phrase);
    const QString file = m_dir.filePath(QString("%1.png").arg(QTest::currentDataTag()).replace(' ', '-'));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &line : m_db.environment())
        env.insert(line.section('=', 0, 0), line.section('=', 1));
    env.insert("WAQTOR_USER", user);
    env.insert("WAQTOR_PASSWORD", password);
    env.insert("QT_QPA_PLATFORM", "offscreen");
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir.path());
    p.start(WAQTOR_ADMIN_BINARY, {"--page", page, "--screenshot", file});
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() == exitCode, qPrintable(QString("exit %1: %2").arg(p.exitCode()).arg(err)));
    if (exitCode == 0) {
        const QImage image(file);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 400 && image.height() > 300);
    } else {
        QVERIFY2(err.contains(phrase), qPrintable(err));
        QVERIFY(!QFile::exists(file));
    }
}

QTEST_GUILESS_MAIN(tst_Screenshot)
#include "tst_screenshot.moc"
