#include "accounts/accountservice.h"
#include "db/database.h"
#include "dialogs/changepassworddialog.h"
#include "dialogs/connectiondialog.h"
#include "guitest.h"
#include "dialogs/logindialog.h"
#include "accounts/passwordhasher.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

// Signing in through the real dialog: bcrypt against users, distinct messages, last_login_at set.
class tst_LoginDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signIn_data();
    void signIn();
    void connectionDialogTests_data();
    void connectionDialogTests();
    void connectionPasswordStaysInMemory();
    void changeOwnPassword();

private:
    TestDatabase m_db;
};

void tst_LoginDialog::initTestCase()
{
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    AccountService accounts(m_db.connection(), "test");
    QVERIFY_OK(accounts.createUser("boss@example.com", "boss-password", "Boss", "admin"));
    QVERIFY_OK(accounts.createUser("gone@example.com", "gone-password", "Gone", "user"));
    QVERIFY_OK(accounts.setActive("gone@example.com", false));
}

void tst_LoginDialog::signIn_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("error");  // empty: signed in
    QTest::newRow("right") << "boss@example.com" << "boss-password" << "";
    QTest::newRow("email in capitals") << "BOSS@Example.com" << "boss-password" << "";
    QTest::newRow("wrong password") << "boss@example.com" << "nope-nope" << "Wrong email or password";
    QTest::newRow("unknown email") << "who@example.com" << "boss-password" << "Wrong email or password";
    QTest::newRow("inactive") << "gone@example.com" << "gone-password" << "deactivated";
    QTest::newRow("empty") << "" << "" << "Enter your email";
}

void tst_LoginDialog::signIn()
{
    QFETCH(QString, email);
    QFETCH(QString, password);
    QFETCH(QString, error);
    QVERIFY(m_db.exec("UPDATE users SET last_login_at = NULL"));
    LoginDialog dialog(m_db.settings(), "login-under-test");
    dialog.show();
    dialog.findChild<QLineEdit *>("emailEdit")->setText(email);
    dialog.findChild<QLineEdit *>("passwordEdit")->setText(password);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>("buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    if (error.isEmpty()) {
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.signedIn().account.email, QString("boss@example.com"));
        QCOMPARE(dialog.signedIn().policy.role(), QString("admin"));
        QVERIFY(!m_db.scalar("SELECT last_login_at FROM users WHERE email = 'boss@example.com'").isNull());
        Database::disconnect("login-under-test");
    } else {
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorText().contains(error), qPrintable(dialog.errorText()));
        QCOMPARE(m_db.scalar("SELECT count(*) FROM users WHERE last_login_at IS NOT NULL").toInt(), 0);
    }
}

void tst_LoginDialog::connectionDialogTests_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("right settings") << "" << true << "Connected";
    QTest::newRow("wrong password") << "password" << false << "authentication failed";
    QTest::newRow("no such database") << "database" << false << "does not exist";
}

void tst_LoginDialog::connectionDialogTests()
{
    QFETCH(QString, change);
    QFETCH(bool, ok);
    QFETCH(QString, phrase);
    ConnectionSettings s = m_db.settings();
    if (change == "password")
        s.password += "-wrong";
    else if (change == "database")
        s.databaseName = "no_such_db";
    ConnectionDialog dialog(s);
    QCOMPARE(dialog.testConnection(), ok);
    const QString result = dialog.findChild<QLabel *>("resultLabel")->text();
    QVERIFY2(result.contains(phrase), qPrintable(result));
    QCOMPARE(dialog.settings().databaseName, s.databaseName);
}

void tst_LoginDialog::connectionPasswordStaysInMemory()
{
    // Nothing the connection dialog holds is written to QSettings: look for the password in every key.
    QSettings settings;
    settings.clear();
    ConnectionSettings s = m_db.settings();
    s.password = "typed-here-only-42";
    {
        ConnectionDialog dialog(s);
        dialog.accept();
    }
    settings.sync();
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains("typed-here-only-42"), qPrintable(key));
}

void tst_LoginDialog::changeOwnPassword()
{
    const auto viewer = GuiTest::createAndSignIn(m_db, "eye@example.com", "viewer", "eye-password-1");
    QVERIFY_OK(viewer);
    ChangePasswordDialog dialog(viewer.value());
    dialog.show();
    dialog.findChild<QLineEdit *>("oldEdit")->setText("eye-password-1");
    dialog.findChild<QLineEdit *>("newEdit")->setText("eye-password-2");
    dialog.findChild<QLineEdit *>("repeatEdit")->setText("eye-password-2");
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(PasswordHasher::verify("eye-password-2",
                                   m_db.scalar("SELECT password_hash FROM users WHERE email = 'eye@example.com'").toString()));
}

QTEST_MAIN(tst_LoginDialog)
#include "tst_logindialog.moc"
