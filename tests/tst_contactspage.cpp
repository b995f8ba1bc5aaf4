#include "dialogs/contactdialog.h"
#include "pages/contactspage.h"
#include "widgets/customfieldseditor.h"
#include "widgets/readonlylook.h"
#include "guitest.h"
#include "models/windowedtablemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableView>
#include <QTableWidget>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

// The Contacts page and dialog driven through their widgets against a real database.
class tst_ContactsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void crudRoundTripThroughDialog();
    void createdContactShownAndSelected_data();
    void createdContactShownAndSelected();
    void invalidPhoneAndDuplicateShownInDialog();
    void staleEditOffersReloadAndOverwrite_data();
    void staleEditOffersReloadAndOverwrite();
    void userSeesOnlyOwnContacts();
    void phoneSearch_data();
    void phoneSearch();
    void windowPaging();
    void filtersRunOnServer();
    void viewerIsReadOnly();
    void editorKeepsTypes();
    void dialogEditsGroups_data();
    void dialogEditsGroups();

private:
    static QStringList phones(const ContactsPage &page);
    static void typeSearch(ContactsPage &page, const QString &text);
    static int ownerColumn(const ContactsPage &page);
    QString idOf(const QString &email) { return m_db.scalar("SELECT id::text FROM users WHERE email = '" + email + "'").toString(); }

    TestDatabase m_db;
    SignedIn m_admin, m_alice, m_viewer;
};

void tst_ContactsPage::initTestCase()
{
    QSettings().setValue("contacts/region", "SA");
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    QVERIFY(m_db.exec("INSERT INTO users (email, password_hash, role) VALUES ('bob@example.com', 'x', 'user'), "
                      "('pager@example.com', 'x', 'user')"));
    const auto admin = GuiTest::createAndSignIn(m_db, "admin@example.com", "admin");
    QVERIFY_OK(admin);
    m_admin = admin.value();
    const auto alice = GuiTest::createAndSignIn(m_db, "alice@example.com", "user");
    QVERIFY_OK(alice);
    m_alice = alice.value();
    const auto viewer = GuiTest::createAndSignIn(m_db, "viewer@example.com", "viewer");
    QVERIFY_OK(viewer);
    m_viewer = viewer.value();
}

void tst_ContactsPage::init()
{
    QVERIFY(m_db.exec("DELETE FROM recipients"));
}

QStringList tst_ContactsPage::phones(const ContactsPage &page)
{
    QStringList list;
    for (int r = 0; r < page.model()->rowCount(); ++r)
        list << page.model()->record(r).value("phone_number").toString();
    return list;
}

int tst_ContactsPage::ownerColumn(const ContactsPage &page)
{
    for (int c = 0; c < page.model()->columnCount(); ++c)
        if (page.model()->headerData(c, Qt::Horizontal).toString() == "Owner")
            return c;
    return -1;
}

void tst_ContactsPage::typeSearch(ContactsPage &page, const QString &text)
{
    page.findChild<QLineEdit *>("searchEdit")->setText(text);
    QVERIFY(page.reload());
}

void tst_ContactsPage::crudRoundTripThroughDialog()
{
    ContactsPage page(m_admin);
    QVERIFY(page.reload());
    QCOMPARE(page.model()->rowCount(), 0);
    const QString alice = idOf("alice@example.com");

    GuiTest::onNextModal([&](QDialog *d) {
        QVERIFY(!ReadOnlyLook::shows(d->findChild<QLineEdit *>("phoneEdit")));
        d->findChild<QLineEdit *>("phoneEdit")->setText("050 123 4567");
        d->findChild<QLineEdit *>("nameEdit")->setText("نورة Noura");
        d->findChild<QLineEdit *>("emailEdit")->setText("noura@example.com");
        auto *status = d->findChild<QComboBox *>("statusCombo");
        status->setCurrentIndex(status->findData("blocked"));
        auto *owner = d->findChild<QComboBox *>("ownerCombo");
        owner->setCurrentIndex(owner->findData(alice));
        auto *fields = d->findChild<CustomFieldsEditor *>();
        fields->addRow("city", "Riyadh");
        fields->addRow("المدينة", "🌴");
        d->findChild<QDialogButtonBox *>("buttonBox")->button(QDialogButtonBox::Save)->click();
        if (d->isVisible())
            d->reject();
    });
    page.newRecord();
    QCOMPARE(m_db.scalar("SELECT phone_number || ' ' || status || ' ' || (user_id::text = '" + alice + "') FROM recipients")
                 .toString(), QString("+966501234567 blocked true"));
    QCOMPARE(m_db.scalar("SELECT custom_fields::text FROM recipients").toString(), QString("{\"city\": \"Riyadh\", \"المدينة\": \"🌴\"}"));
    QCOMPARE(phones(page), QStringList{"+966501234567"});
    const QSqlRecord row = page.model()->record(0);
    QCOMPARE(row.value("name").toString(), QString("نورة Noura"));
    const int statusColumn = page.model()->fieldIndex("status");
    QCOMPARE(page.model()->index(0, statusColumn).data().toString(), QString("Blocked"));
    QCOMPARE(page.model()->index(0, ownerColumn(page)).data().toString(), QString("alice@example.com"));
    QCOMPARE(page.model()->index(0, page.model()->fieldIndex("custom_fields")).data().toString(), QString("city: Riyadh; المدينة: 🌴"));

    // Edit: rename, change a field, remove the other.
    page.tableView()->selectRow(0);
    GuiTest::onNextModal([&](QDialog *d) {
        QCOMPARE(d->findChild<QLineEdit *>("phoneEdit")->text(), QString("+966501234567"));
        d->findChild<QLineEdit *>("nameEdit")->setText("Noura A.");
        auto *table = d->findChild<CustomFieldsEditor *>()->table();
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == "city")
                table->item(r, 1)->setText("Jeddah");
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == "المدينة")
                table->selectRow(r);
        d->findChild<QPushButton *>("removeFieldButton")->click();
        d->findChild<QDialogButtonBox *>("buttonBox")->button(QDialogButtonBox::Save)->click();
        if (d->isVisible())
            d->reject();
    });
    page.editCurrent();
    QCOMPARE(m_db.scalar("SELECT name || ' ' || custom_fields::text FROM recipients").toString(),
             QString("Noura A. {\"city\": \"Jeddah\"}"));
    QCOMPARE(page.model()->record(0).value("name").toString(), QString("Noura A."));

    // Delete, confirming in the box that lists the memberships it removes.
    QVERIFY(m_db.exec("INSERT INTO groups (user_id, name) VALUES ('" + alice + "', 'vip') ON CONFLICT DO NOTHING"));
    QVERIFY(m_db.exec("INSERT INTO recipient_groups (recipient_id, group_id) SELECT r.id, g.id FROM recipients r, groups g"));
    page.tableView()->selectRow(0);
    QString question;
    GuiTest::onNextModal([&](QDialog *d) {
        if (auto *box = qobject_cast<QMessageBox *>(d))
            question = box->text() + " " + box->informativeText();
        d->findChild<QPushButton *>("deleteButton")->click();
    });
    page.deleteSelected();
    QVERIFY2(question.contains("1 group membership"), qPrintable(question));
    QCOMPARE(m_db.scalar("SELECT count(*) FROM recipients").toInt(), 0);
    QCOMPARE(m_db.scalar("SELECT count(*) FROM recipient_groups").toInt(), 0);
    QCOMPARE(m_db.scalar("SELECT count(*) FROM waqtor_audit WHERE action = 'contact.delete'").toInt(), 1);
    QCOMPARE(page.model()->rowCount(), 0);
}

void tst_ContactsPage::createdContactShownAndSelected_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("shown");
    // 450 contacts sorted by name put "Zed" past the first window of 200.
    QTest::newRow("past the first window") << "" << true;
    QTest::newRow("left out by the search") << "A0" << false;
}

// A contact created from the page is in view and selected once the dialog closes, wherever the sort
// puts it; when the filters leave it out, the page says so instead of silently not showing it.
void tst_ContactsPage::createdContactShownAndSelected()
{
    QFETCH(QString, search);
    QFETCH(bool, shown);
    QVERIFY(m_db.exec("INSERT INTO recipients (user_id, phone_number, name) SELECT '" + m_admin.account.id
                      + "', '+1555' || lpad(g::text, 7, '0'), 'A' || lpad(g::text, 3, '0') FROM generate_series(1, 450) g"));
    ContactsPage page(m_admin);
    page.resize(900, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const int nameColumn = page.model()->fieldIndex("name");
    page.tableView()->sortByColumn(nameColumn, Qt::AscendingOrder);
    if (!search.isEmpty())
        typeSearch(page, search);
    QVERIFY(page.reload());
    QCOMPARE(page.model()->hasNextPage(), search.isEmpty());  // "Zed" sorts past the first window
    QSignalSpy said(&page, &TablePage::statusMessage);

    GuiTest::onNextModal([this](QDialog *d) {
        d->findChild<QLineEdit *>("phoneEdit")->setText("+966501112233");
        auto *owner = d->findChild<QComboBox *>("ownerCombo");
        owner->setCurrentIndex(owner->findData(m_admin.account.id));
        d->findChild<QLineEdit *>("nameEdit")->setText("Zed");
        d->findChild<QDialogButtonBox *>("buttonBox")->button(QDialogButtonBox::Save)->click();
        if (d->isVisible())
            d->reject();
    });
    page.newRecord();
    QCOMPARE(m_db.scalar("SELECT count(*) FROM recipients WHERE phone_number = '+966501112233'").toString(), QString("1"));
    QVERIFY(!said.isEmpty());
    const QString message = said.last().first().toString();
    QVERIFY2(message.contains("+966501112233"), qPrintable(message));
    const QModelIndex current = page.tableView()->currentIndex();
    if (!shown) {
        QVERIFY2(message.contains("does not match the current filters"), qPrintable(message));
        QVERIFY(!current.isValid() || page.model()->record(current.row()).value("phone_number").toString() != "+966501112233");
        return;
    }
    QVERIFY(current.isValid());
    QCOMPARE(page.model()->record(current.row()).value("phone_number").toString(), QString("+966501112233"));
    const QModelIndexList selected = page.tableView()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().row(), current.row());
    QVERIFY(page.tableView()->viewport()->rect().intersects(page.tableView()->visualRect(current)));
    // The window holds the rows sorted after it, in order, and scrolling back still reaches "A001".
    QCOMPARE(page.model()->record(0).value("name").toString(), QString("Zed"));
    QVERIFY(page.model()->previousPage());
    QVERIFY(page.model()->rowCount() > 0);
}

void tst_ContactsPage::invalidPhoneAndDuplicateShownInDialog()
{
    QVERIFY(m_db.exec("INSERT INTO recipients (user_id, phone_number) VALUES ('" + idOf("alice@example.com") + "', '+966501234567')"));
    ContactsPage page(m_alice);
    QVERIFY(page.reload());
    QStringList errors;
    GuiTest::onNextModal([&](QDialog *d) {
        auto *dialog = qobject_cast<ContactDialog *>(d);
        auto *phone = d->findChild<QLineEdit *>("phoneEdit");
        auto *save = d->findChild<QDialogButtonBox *>("buttonBox")->button(QDialogButtonBox::Save);
        phone->setText("12");
        save->click();
        errors << dialog->errorText();
        phone->setText("0501234567");
        save->click();
        errors << dialog->errorText();
        phone->setText("0501234568");
        d->findChild<QLineEdit *>("emailEdit")->setText("not an email");
        save->click();
        errors << dialog->errorText();
        // A marketer has no owner to choose.
        errors << (d->findChild<QComboBox *>("ownerCombo")->isVisible() ? "owner visible" : "");
        d->reject();
    });
    page.newRecord();
    QCOMPARE(errors.size(), 4);
    QVERIFY2(errors.at(0).contains("too few digits"), qPrintable(errors.at(0)));
    QCOMPARE(errors.at(1), QString("A contact with phone +966501234567 already exists for alice@example.com"));
    QVERIFY2(errors.at(2).contains("does not look like an email"), qPrintable(errors.at(2)));
    QCOMPARE(errors.at(3), QString());
    QCOMPARE(m_db.scalar("SELECT count(*) FROM recipients").toInt(), 1);
}

void tst_ContactsPage::staleEditOffersReloadAndOverwrite_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("stored");      // the name in the database afterwards
    QTest::addColumn<QString>("nameInForm");  // what the dialog shows after the choice
    QTest::newRow("overwrite") << "overwriteButton" << "Mine" << "";
    QTest::newRow("reload") << "reloadButton" << "Theirs" << "Theirs";
}

void tst_ContactsPage::staleEditOffersReloadAndOverwrite()
{
    QFETCH(QString, button);
    QFETCH(QString, stored);
    QFETCH(QString, nameInForm);
    QVERIFY(m_db.exec("INSERT INTO recipients (user_id, phone_number, name) VALUES ('" + idOf("alice@example.com")
                      + "', '+966501234567', 'Original')"));
    ContactsPage page(m_alice);
    QVERIFY(page.reload());
    page.tableView()->selectRow(0);
    QString prompt, formName;
    GuiTest::onNextModal([&](QDialog *d) {
        d->findChild<QLineEdit *>("nameEdit")->setText("Mine");
        QVERIFY(m_db.exec("UPDATE recipients SET name = 'Theirs'"));
        GuiTest::onNextModal([&](QDialog *box) {
            prompt = qobject_cast<QMessageBox *>(box)->text();
            box->findChild<QPushButton *>(button)->click();
        });
        d->findChild<QDialogButtonBox *>("buttonBox")->button(QDialogButtonBox::Save)->click();
        if (d->isVisible()) {
            formName = d->findChild<QLineEdit *>("nameEdit")->text();
            d->reject();
        }
    });
    page.editCurrent();
    QVERIFY2(prompt.contains("changed by someone else"), qPrintable(prompt));
    QCOMPARE(m_db.scalar("SELECT name FROM recipients").toString(), stored);
    QCOMPARE(formName, nameInForm);
}

void tst_ContactsPage::userSeesOnlyOwnContacts()
{
    const QString alice = idOf("alice@example.com"), bob = idOf("bob@example.com");
    QVERIFY(m_db.exec("INSERT INTO recipients (user_id, phone_number, name) VALUES "
                      "('" + alice + "', '+966501111111', 'Shared A'), ('" + bob + "', '+966501111111', 'Shared B'), "
                      "('" + bob + "', '+966502222222', 'Only Bob')"));
    ContactsPage page(m_alice);
    QVERIFY(page.reload());
    QCOMPARE(phones(page), QStringList{"+966501111111"});
    QVERIFY(!page.findChild<QComboBox *>("ownerFilter")->isVisibleTo(&page));
    QVERIFY(page.tableView()->isColumnHidden(ownerColumn(page)));
    typeSearch(page, "050 222 2222");  // bob's number
    QCOMPARE(page.model()->rowCount(), 0);
    typeSearch(page, "0501111111");
    QCOMPARE(phones(page), QStringList{"+966501111111"});
    QCOMPARE(page.model()->record(0).value("name").toString(), QString("Shared A"));
    typeSearch(page, "Bob");
    QCOMPARE(page.model()->rowCount(), 0);
    typeSearch(page, "Shared");
    QCOMPARE(page.model()->rowCount(), 1);
    // Even a direct edit of bob's row finds nothing to open.
    const QString bobsRow = m_db.scalar("SELECT id::text FROM recipients WHERE name = 'Only Bob'").toString();
    ContactDialog dialog(m_alice, bobsRow);
    QVERIFY2(dialog.errorText().contains("no longer exists"), qPrintable(dialog.errorText()));
}

void tst_ContactsPage::phoneSearch_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("national with spaces") << "050 123 4567" << QStringList{"Target"};
    QTest::newRow("national with dashes") << "050-123-4567" << QStringList{"Target"};
    QTest::newRow("international") << "+966 50 123 4567" << QStringList{"Target"};
    QTest::newRow("00 prefix") << "00966501234567" << QStringList{"Target"};
    // Part of a number: the numbers containing those digits (pg_trgm's index, migration 0010).
    QTest::newRow("part of a number") << "4567" << QStringList{"Target"};
    QTest::newRow("part of a number, Arabic-Indic digits") << "٤٥٦٩" << QStringList{"100% sure"};
    QTest::newRow("two digits are too few") << "67" << QStringList{};
    QTest::newRow("name") << "targ" << QStringList{"Target"};
    QTest::newRow("email") << "@near.example" << QStringList{"Near"};
    QTest::newRow("wildcards are literal") << "%" << QStringList{"100% sure"};
}

void tst_ContactsPage::phoneSearch()
{
    QFETCH(QString, search);
    QFETCH(QStringList, names);
    const QString alice = idOf("alice@example.com");
    QVERIFY(m_db.exec("INSERT INTO recipients (user_id, phone_number, name, email) VALUES "
                      "('" + alice + "', '+966501234567', 'Target', 't@example.com'), "
                      "('" + alice + "', '+966501234568', 'Near', 'n@near.example'), "
                      "('" + alice + "', '+966501234569', '100% sure', NULL)"));
    ContactsPage page(m_admin);
    typeSearch(page, search);
    QStringList found;
    for (int r = 0; r < page.model()->rowCount(); ++r)
        found << page.model()->record(r).value("name").toString();
    QCOMPARE(found, names);
}

void tst_ContactsPage::windowPaging()
{
    // 1,000 rows for one owner, three to a timestamp and a few without one: ties and NULLs included.
    const QString pager = idOf("pager@example.com");
    QVERIFY(m_db.exec("INSERT INTO recipients (user_id, phone_number, created_at) SELECT '" + pager + "', "
                      "'+96650' || lpad(i::text, 7, '0'), CASE WHEN i % 97 = 0 THEN NULL "
                      "ELSE timestamp '2026-01-01' + (i / 3) * interval '1 minute' END FROM generate_series(1, 1000) i"));
    QVERIFY(m_db.exec("INSERT INTO recipients (user_id, phone_number) VALUES ('" + idOf("bob@example.com") + "', '+966509999999')"));
    QStringList expected;
    QSqlQuery q(m_db.connection());
    QVERIFY_SQL(q, exec("SELECT phone_number FROM recipients WHERE user_id = '" + pager
                        + "' ORDER BY COALESCE(created_at, '-infinity') DESC, id DESC"));
    while (q.next())
        expected << q.value(0).toString();
    QCOMPARE(expected.size(), 1000);

    ContactsPage page(m_admin);
    page.model()->setWindowSize(100);
    auto *owner = page.findChild<QComboBox *>("ownerFilter");
    owner->setCurrentIndex(owner->findData(pager));  // reloads
    auto *next = page.findChild<QToolButton *>("nextButton");
    auto *previous = page.findChild<QToolButton *>("previousButton");
    QStringList seen;
    QList<QStringList> windows;
    for (int w = 0; w < 10; ++w) {
        QVERIFY(page.model()->rowCount() <= 100);
        windows << phones(page);
        seen << windows.last();
        QCOMPARE(next->isEnabled(), w < 9);
        if (w < 9)
            QTest::mouseClick(next, Qt::LeftButton);
    }
    QCOMPARE(seen, expected);  // right order, no duplicates, no gaps
    QCOMPARE(page.findChild<QLabel *>("pageLabel")->text(), QString("Rows 901–1,000"));
    for (int w = 8; w >= 0; --w) {
        QTest::mouseClick(previous, Qt::LeftButton);
        QCOMPARE(phones(page), windows.at(w));
    }
    QVERIFY(!previous->isEnabled());
}

void tst_ContactsPage::filtersRunOnServer()
{
    ContactsPage page(m_alice);
    auto *status = page.findChild<QComboBox *>("statusFilter");
    status->setCurrentIndex(status->findData("blocked"));
    for (const QString &text : {QString("Secret Name"), QString("050 777 8888")}) {
        typeSearch(page, text);
        const QString sql = page.model()->selectStatement();
        QVERIFY2(sql.contains("current_setting("), qPrintable(sql));
        QVERIFY2(!sql.contains("Secret") && !sql.contains("777") && !sql.contains("blocked"), qPrintable(sql));
        QVERIFY2(!sql.contains(idOf("alice@example.com")), qPrintable(sql));
        QVERIFY2(sql.contains("recipients.user_id = CAST(current_setting("), qPrintable(sql));
        QCOMPARE(page.model()->query().lastQuery(), sql);
    }
    QVERIFY2(page.model()->selectStatement().contains("recipients.phone_number = current_setting("),
             qPrintable(page.model()->selectStatement()));
}

void tst_ContactsPage::viewerIsReadOnly()
{
    QVERIFY(m_db.exec("INSERT INTO recipients (user_id, phone_number, name, custom_fields) VALUES ('"
                      + idOf("bob@example.com") + "', '+966501234567', 'Seen', '{\"a\": 1}')"));
    ContactsPage page(m_viewer);
    QVERIFY(page.reload());
    QCOMPARE(page.model()->rowCount(), 1);
    QVERIFY(page.findChild<QComboBox *>("ownerFilter")->isVisibleTo(&page));
    page.tableView()->selectRow(0);
    bool readOnly = false, saveHidden = false;
    GuiTest::onNextModal([&](QDialog *d) {
        readOnly = d->findChild<QLineEdit *>("nameEdit")->isReadOnly() && qobject_cast<ContactDialog *>(d)->isReadOnly();
        // ...and looks it: no field keeps the white of a box to type in.
        for (const char *field : {"phoneEdit", "nameEdit", "emailEdit"})
            readOnly = readOnly && ReadOnlyLook::shows(d->findChild<QLineEdit *>(field));
        saveHidden = !d->findChild<QDialogButtonBox *>("buttonBox")->button(QDialogButtonBox::Save)->isVisible();
        d->reject();
    });
    page.editCurrent();
    QVERIFY(readOnly);
    QVERIFY(saveHidden);
    GuiTest::onNextModal([](QDialog *d) { d->reject(); });  // the refusal's message box
    page.deleteSelected();
    QCOMPARE(m_db.scalar("SELECT count(*) FROM recipients").toInt(), 1);
}

void tst_ContactsPage::editorKeepsTypes()
{
    CustomFieldsEditor editor;
    editor.setFields({{"big", "number", "123456789012345678901234567890"},
                      {"count", "number", "7"},
                      {"vip", "boolean", "true"},
                      {"zip", "string", "\"01234\""},
                      {"note", "string", "\"x\""}});
    QTableWidget *t = editor.table();
    QCOMPARE(t->item(3, 1)->text(), QString("01234"));
    t->item(1, 1)->setText("8");       // still a number
    t->item(2, 1)->setText("false");   // still a boolean
    t->item(4, 1)->setText("42");      // was a string: stays one
    editor.addRow("new", "true");      // new: a string
    const auto fields = editor.fields();
    QVERIFY_OK(fields);
    QCOMPARE(ContactRepository::toJsonObject(fields.value()).value(),
             QString("{\"big\":123456789012345678901234567890,\"count\":8,\"vip\":false,\"zip\":\"01234\","
                     "\"note\":\"42\",\"new\":\"true\"}"));
    t->item(1, 1)->setText("eight");  // no longer a number: a string
    QCOMPARE(editor.fields()->at(1).json, QString("\"eight\""));
}

void tst_ContactsPage::dialogEditsGroups_data()
{
    QTest::addColumn<QString>("role");
    QTest::newRow("user") << "user";
    QTest::newRow("admin") << "admin";
}

// The contact dialog lists only the owner's groups, ticked where the contact is a member, and
// saves the ticks together with the contact.
void tst_ContactsPage::dialogEditsGroups()
{
    QFETCH(QString, role);
    const QString alice = idOf("alice@example.com");
    const QString bob = idOf("bob@example.com");
    QVERIFY(m_db.exec("DELETE FROM groups"));
    QVERIFY(m_db.exec(QString("INSERT INTO groups (user_id, name) VALUES ('%1', 'VIP'), ('%1', 'عملاء جدة'), "
                              "('%2', 'Bob only');"
                              "INSERT INTO recipients (user_id, phone_number) VALUES ('%1', '+966500000010');"
                              "INSERT INTO recipient_groups (recipient_id, group_id) SELECT r.id, g.id "
                              "FROM recipients r, groups g WHERE g.name = 'VIP'").arg(alice, bob)));
    const QString id = m_db.scalar("SELECT id::text FROM recipients").toString();
    ContactDialog dialog(role == "admin" ? m_admin : m_alice, id);
    auto *list = dialog.findChild<QListWidget *>("groupsList");
    QVERIFY(list);
    QStringList shown;
    for (int row = 0; row < list->count(); ++row)
        shown << list->item(row)->text() + (list->item(row)->checkState() == Qt::Checked ? "*" : "");
    QCOMPARE(shown, (QStringList{"VIP*", "عملاء جدة"}));
    list->item(0)->setCheckState(Qt::Unchecked);
    list->item(1)->setCheckState(Qt::Checked);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.errorText()));
    QCOMPARE(m_db.scalar("SELECT string_agg(g.name, ',') FROM recipient_groups m JOIN groups g ON g.id = m.group_id")
                 .toString(), QString("عملاء جدة"));

    if (role == "admin") {
        // Another owner: their groups, none ticked; saving moves the contact out of Alice's groups.
        ContactDialog moving(m_admin, id);
        auto *owner = moving.findChild<QComboBox *>("ownerCombo");
        owner->setCurrentIndex(owner->findText("bob@example.com"));
        auto *groups = moving.findChild<QListWidget *>("groupsList");
        QCOMPARE(groups->count(), 1);
        QCOMPARE(groups->item(0)->text(), QString("Bob only"));
        QCOMPARE(groups->item(0)->checkState(), Qt::Unchecked);
        moving.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QVERIFY2(moving.result() == QDialog::Accepted, qPrintable(moving.errorText()));
        QCOMPARE(m_db.scalar("SELECT count(*) FROM recipient_groups").toInt(), 0);
    }
}

QTEST_MAIN(tst_ContactsPage)
#include "tst_contactspage.moc"
