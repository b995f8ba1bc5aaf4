#include "accounts/accountservice.h"
#include "guitest.h"
#include "mainwindow.h"
#include "dialogs/userdialog.h"
#include "pages/userspage.h"
#include "models/windowedtablemodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QSqlError>
#include <QTest>

// The Users page and account dialog, driven as an admin would, against a real database.
class tst_UsersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onlyAdminsOpenUsers_data();
    void onlyAdminsOpenUsers();
    void createEditThroughDialog();
    void lastActiveAdminCannotBeDemoted();
    void staleEditIsDetected();
    void filtersRunOnTheServer();
    void passwordHashIsNeverFetched();

private:
    static int rowOf(WindowedTableModel *model, const QString &email);
    TestDatabase m_db;
    SignedIn m_admin;
};

void tst_UsersPage::initTestCase()
{
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    const auto admin = GuiTest::createAndSignIn(m_db, "chief@example.com", "admin");
    QVERIFY_OK(admin);
    m_admin = admin.value();
}

int tst_UsersPage::rowOf(WindowedTableModel *model, const QString &email)
{
    const int column = model->fieldIndex("email");
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->data(model->index(row, column)).toString() == email)
            return row;
    return -1;
}

void tst_UsersPage::onlyAdminsOpenUsers_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("admin") << "admin" << true;
    QTest::newRow("user") << "user" << false;
    QTest::newRow("viewer") << "viewer" << false;
}

void tst_UsersPage::onlyAdminsOpenUsers()
{
    QFETCH(QString, role);
    QFETCH(bool, allowed);
    const auto who = GuiTest::createAndSignIn(m_db, role + "-page@example.com", role);
    QVERIFY_OK(who);
    MainWindow window(who.value());
    QString error;
    QCOMPARE(window.openPage(Entity::Users, &error), allowed);
    QCOMPARE(window.page(Entity::Users) != nullptr, allowed);
    if (!allowed)
        QVERIFY2(error.contains("admins"), qPrintable(error));
}

void tst_UsersPage::createEditThroughDialog()
{
    MainWindow window(m_admin);
    window.show();
    QVERIFY(window.openPage(Entity::Users));
    auto *page = qobject_cast<UsersPage *>(window.currentPage());
    QVERIFY(page);

    // New account through the dialog, as typed.
    GuiTest::onNextModal([](QDialog *d) {
        d->findChild<QLineEdit *>("emailEdit")->setText("  New.Person@Example.com ");
        d->findChild<QLineEdit *>("nameEdit")->setText("شخص جديد 🌟");
        auto *role = d->findChild<QComboBox *>("roleCombo");
        role->setCurrentIndex(role->findData("viewer"));
        d->findChild<QLineEdit *>("passwordEdit")->setText("first-password");
        d->findChild<QLineEdit *>("repeatEdit")->setText("first-password");
        d->accept();
    });
    page->newRecord();
    QCOMPARE(m_db.scalar("SELECT name || '|' || role FROM users WHERE email = 'new.person@example.com'").toString(),
             QString("شخص جديد 🌟|viewer"));
    const int row = rowOf(page->model(), "new.person@example.com");
    QVERIFY2(row >= 0, "the new account shows after the page reloads");

    // Edit it: rename, deactivate, keep the password.
    const QString hashBefore = m_db.scalar("SELECT password_hash FROM users WHERE email = 'new.person@example.com'").toString();
    page->tableView()->setCurrentIndex(page->model()->index(row, page->model()->fieldIndex("email")));
    GuiTest::onNextModal([](QDialog *d) {
        QCOMPARE(d->findChild<QLineEdit *>("emailEdit")->text(), QString("new.person@example.com"));
        d->findChild<QLineEdit *>("nameEdit")->setText("Renamed");
        d->findChild<QCheckBox *>("activeCheck")->setChecked(false);
        d->accept();
    });
    page->editCurrent();
    QCOMPARE(m_db.scalar("SELECT name || '|' || is_active::text FROM users WHERE email = 'new.person@example.com'").toString(),
             QString("Renamed|false"));
    QCOMPARE(m_db.scalar("SELECT password_hash FROM users WHERE email = 'new.person@example.com'").toString(), hashBefore);
}

void tst_UsersPage::lastActiveAdminCannotBeDemoted()
{
    QVERIFY(m_db.exec("UPDATE users SET role = 'user' WHERE email <> 'chief@example.com'"));
    const QString id = m_db.scalar("SELECT id::text FROM users WHERE email = 'chief@example.com'").toString();
    UserDialog dialog(m_admin, id);
    dialog.show();
    auto *role = dialog.findChild<QComboBox *>("roleCombo");
    role->setCurrentIndex(role->findData("user"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains("last active admin"), qPrintable(dialog.errorText()));
    QCOMPARE(m_db.scalar("SELECT role FROM users WHERE email = 'chief@example.com'").toString(), QString("admin"));
}

void tst_UsersPage::staleEditIsDetected()
{
    QVERIFY_OK(AccountService(m_db.connection(), "test").createUser("twice@example.com", "password-1", "Original", "user"));
    const QString id = m_db.scalar("SELECT id::text FROM users WHERE email = 'twice@example.com'").toString();
    UserDialog dialog(m_admin, id);
    dialog.show();
    // Someone else saves the row while the dialog is open, within the same microsecond or not.
    QVERIFY(m_db.exec("UPDATE users SET name = 'Theirs' WHERE email = 'twice@example.com'"));
    dialog.findChild<QLineEdit *>("nameEdit")->setText("Mine");
    QString offered;
    GuiTest::onNextModal([&offered](QDialog *box) {
        offered = qobject_cast<QMessageBox *>(box)->text();
        box->reject();  // Cancel: keep theirs
    });
    dialog.accept();
    QVERIFY2(offered.contains("changed by someone else"), qPrintable(offered));
    QCOMPARE(m_db.scalar("SELECT name FROM users WHERE email = 'twice@example.com'").toString(), QString("Theirs"));
}

void tst_UsersPage::filtersRunOnTheServer()
{
    UsersPage page(m_admin);
    auto *search = page.findChild<QLineEdit *>("searchEdit");
    search->setText("chief'; DROP TABLE users; --");
    QVERIFY2(page.reload(), qPrintable(page.model()->lastError().text() + "\n" + page.model()->selectStatement()));
    QCOMPARE(page.model()->rowCount(), 0);
    // The typed text never reaches the SQL; only a current_setting() reference does.
    QVERIFY(!page.model()->selectStatement().contains("DROP TABLE"));
    QVERIFY(page.model()->selectStatement().contains("current_setting"));
    search->setText("CHIEF");
    QVERIFY2(page.reload(), qPrintable(page.model()->lastError().text() + "\n" + page.model()->selectStatement()));
    QCOMPARE(page.model()->rowCount(), 1);
    auto *role = page.findChild<QComboBox *>("roleFilter");
    role->setCurrentIndex(role->findData("viewer"));
    QVERIFY(page.reload());
    QCOMPARE(page.model()->rowCount(), 0);
}

void tst_UsersPage::passwordHashIsNeverFetched()
{
    UsersPage page(m_admin);
    QVERIFY(page.reload());
    const int column = page.model()->fieldIndex("password_hash");
    for (int row = 0; row < page.model()->rowCount(); ++row)
        QVERIFY(page.model()->data(page.model()->index(row, column)).isNull());
    QVERIFY(page.tableView()->isColumnHidden(column));
}

QTEST_MAIN(tst_UsersPage)
#include "tst_userspage.moc"
