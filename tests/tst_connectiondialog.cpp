// ConnectionDialog's Test button: the sentence it shows for working and failing settings, and that
// its throwaway connection is removed afterwards without Qt's "still in use" warning.

#include "dialogs/connectiondialog.h"
#include "guitest.h"
#include "messagewatch.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QTest>

class tst_ConnectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testButton_data();
    void testButton();

private:
    TestDatabase m_db;
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
    QTest::newRow("working settings") << "%PASSWORD" << true << "Connected to %WHERE.";
    QTest::newRow("wrong password") << "not-the-password" << false
                                    << "Cannot connect to %WHERE: authentication failed for user \"%USER\"";
}

void tst_ConnectionDialog::testButton()
{
    QFETCH(QString, password);
    QFETCH(bool, ok);
    QFETCH(QString, sentence);
    const ConnectionSettings s = m_db.settings();
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
}

QTEST_MAIN(tst_ConnectionDialog)

#include "tst_connectiondialog.moc"
