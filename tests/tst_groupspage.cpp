#include "dialogs/groupdialog.h"
#include "models/groupsmodel.h"
#include "pages/groupspage.h"
#include "guitest.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

// The Groups page and dialog driven through their widgets against a real database, per role.
class tst_GroupsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void memberCounts_data();
    void memberCounts();
    void columns();
    void sortByMembers();
    void filters_data();
    void filters();
    void userSeesOnlyOwnGroups();
    void crudRoundTrip();
    void duplicateNameStaysInDialog();
    void deleteSeveral();
    void staleEditOverwrite();
    void viewerReadOnly();

private:
    static QStringList names(GroupsPage &page);
    static int rowOf(GroupsPage &page, const QString &name, const QString &owner = {});
    static void selectRows(GroupsPage &page, const QList<int> &rows);
    static int ownerColumn(GroupsPage &page) { return qobject_cast<GroupsModel *>(page.model())->ownerColumn(); }
    static QString currentId(GroupsPage &page) { return page.model()->rowId(page.tableView()->currentIndex().row()); }
    QString groupId(const QString &owner, const QString &name);

    TestDatabase m_db;
    SignedIn m_admin;
    SignedIn m_alice;
    SignedIn m_viewer;
};

void tst_GroupsPage::initTestCase()
{
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    const auto admin = GuiTest::createAndSignIn(m_db, "root@example.com", "admin");
    const auto alice = GuiTest::createAndSignIn(m_db, "alice@example.com", "user");
    const auto bob = GuiTest::createAndSignIn(m_db, "bob@example.com", "user");
    const auto viewer = GuiTest::createAndSignIn(m_db, "eye@example.com", "viewer");
    for (const auto *r : {&admin, &alice, &bob, &viewer})
        QVERIFY_OK(*r);
    m_admin = admin.value();
    m_alice = alice.value();
    m_viewer = viewer.value();
    // Alice: VIP with 3 members, a Cairo group with 1, an empty one; Bob: his own VIP with 2.
    QVERIFY2(m_db.exec(R"sql(
        INSERT INTO groups (user_id, name, description, created_at)
        SELECT u.id, v.name, v.description, LOCALTIMESTAMP - v.age * interval '1 day'
        FROM (VALUES ('alice@example.com', 'VIP', E'Gold-tier\ncustomers', 5),
                     ('alice@example.com', 'عملاء القاهرة', 'عملاء فرع القاهرة', 4),
                     ('alice@example.com', '🎉 Empty', NULL, 3),
                     ('bob@example.com', 'VIP', 'Key accounts', 2)) AS v(email, name, description, age)
        JOIN users u ON u.email = v.email;
        INSERT INTO recipients (user_id, phone_number)
        SELECT u.id, '+9665000000' || n FROM users u, generate_series(10, 14) AS n WHERE u.email = 'alice@example.com';
        INSERT INTO recipients (user_id, phone_number)
        SELECT u.id, '+4915100000' || n FROM users u, generate_series(10, 11) AS n WHERE u.email = 'bob@example.com';
        INSERT INTO recipient_groups (recipient_id, group_id)
        SELECT r.id, g.id FROM recipients r JOIN groups g ON g.user_id = r.user_id
        WHERE (g.name = 'VIP' AND right(r.phone_number, 2) IN ('10', '11', '12'))
           OR (g.name = 'عملاء القاهرة' AND r.phone_number LIKE '%14');
    )sql"), qPrintable(m_db.lastError()));
    QCOMPARE(m_db.scalar("SELECT count(*) FROM recipient_groups").toInt(), 6);
}

QStringList tst_GroupsPage::names(GroupsPage &page)
{
    QStringList result;
    const int column = page.model()->fieldIndex("name");
    for (int row = 0; row < page.model()->rowCount(); ++row)
        result << page.model()->index(row, column).data().toString();
    return result;
}

int tst_GroupsPage::rowOf(GroupsPage &page, const QString &name, const QString &owner)
{
    const int nameColumn = page.model()->fieldIndex("name");
    const int emailColumn = ownerColumn(page);
    for (int row = 0; row < page.model()->rowCount(); ++row)
        if (page.model()->index(row, nameColumn).data().toString() == name
            && (owner.isEmpty() || page.model()->index(row, emailColumn).data().toString() == owner))
            return row;
    return -1;
}

void tst_GroupsPage::selectRows(GroupsPage &page, const QList<int> &rows)
{
    QTableView *view = page.tableView();
    view->clearSelection();
    for (int row : rows) {
        const QModelIndex index = page.model()->index(row, page.model()->fieldIndex("name"));
        view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }
}

QString tst_GroupsPage::groupId(const QString &owner, const QString &name)
{
    return m_db.scalar(QString("SELECT g.id::text FROM groups g JOIN users u ON u.id = g.user_id "
                               "WHERE u.email = '%1' AND g.name = '%2'").arg(owner, name)).toString();
}

void tst_GroupsPage::memberCounts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<int>("members");
    QTest::newRow("alice VIP") << "VIP" << "alice@example.com" << 3;
    QTest::newRow("arabic") << "عملاء القاهرة" << "alice@example.com" << 1;
    QTest::newRow("empty emoji") << "🎉 Empty" << "alice@example.com" << 0;
    QTest::newRow("bob VIP") << "VIP" << "bob@example.com" << 2;
}

void tst_GroupsPage::memberCounts()
{
    QFETCH(QString, name);
    QFETCH(QString, owner);
    QFETCH(int, members);
    GroupsPage page(m_admin);
    QVERIFY(page.reload());
    auto *model = qobject_cast<GroupsModel *>(page.model());
    QVERIFY(model);
    const int row = rowOf(page, name, owner);
    QVERIFY2(row >= 0, qPrintable(names(page).join(", ")));
    QCOMPARE(model->index(row, model->membersColumn()).data().toInt(), members);
}

void tst_GroupsPage::columns()
{
    GroupsPage page(m_admin);
    QVERIFY(page.reload());
    QVERIFY(page.reload());  // a second select must keep the same columns
    auto *model = qobject_cast<GroupsModel *>(page.model());
    QTableView *view = page.tableView();
    QCOMPARE(model->headerData(model->membersColumn(), Qt::Horizontal).toString(), QString("Members"));
    QCOMPARE(model->headerData(model->ownerColumn(), Qt::Horizontal).toString(), QString("Owner"));
    QVERIFY(!view->isColumnHidden(model->membersColumn()));
    QStringList shown;
    for (int visual = 0; visual < model->columnCount(); ++visual) {
        const int column = view->horizontalHeader()->logicalIndex(visual);
        if (!view->isColumnHidden(column))
            shown << model->headerData(column, Qt::Horizontal).toString();
    }
    QCOMPARE(shown, QStringList({"Name", "Owner", "Members", "Created", "Updated", "Description"}));
    // Owner emails, never UUIDs; a multi-line description reads as one line, whole in the tooltip.
    const int vip = rowOf(page, "VIP", "alice@example.com");
    QVERIFY(vip >= 0);
    QCOMPARE(model->index(vip, model->fieldIndex("description")).data().toString(), QString("Gold-tier customers"));
    QCOMPARE(model->index(vip, model->fieldIndex("description")).data(Qt::ToolTipRole).toString(),
             QString("Gold-tier\ncustomers"));
}

void tst_GroupsPage::sortByMembers()
{
    GroupsPage page(m_admin);
    QVERIFY(page.reload());
    auto *model = qobject_cast<GroupsModel *>(page.model());
    page.tableView()->sortByColumn(model->membersColumn(), Qt::DescendingOrder);
    QCOMPARE(names(page), QStringList({"VIP", "VIP", "عملاء القاهرة", "🎉 Empty"}));
    QCOMPARE(model->index(0, model->membersColumn()).data().toInt(), 3);
    // Keyset paging over the computed column: two rows a window.
    model->setWindowSize(2);
    QVERIFY(model->firstPage());
    QVERIFY(model->nextPage());
    QCOMPARE(names(page), QStringList({"عملاء القاهرة", "🎉 Empty"}));
    QVERIFY(model->previousPage());
    QCOMPARE(model->index(1, model->membersColumn()).data().toInt(), 2);
}

void tst_GroupsPage::filters_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("owner");  // owner filter email, or empty for all
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("everything") << "" << "" << QStringList({"VIP", "VIP", "عملاء القاهرة", "🎉 Empty"});
    QTest::newRow("name, any case") << "vip" << "" << QStringList({"VIP", "VIP"});
    QTest::newRow("description") << "key acc" << "" << QStringList({"VIP"});
    QTest::newRow("arabic") << "القاهرة" << "" << QStringList({"عملاء القاهرة"});
    QTest::newRow("percent is literal") << "%" << "" << QStringList();
    QTest::newRow("owner") << "" << "bob@example.com" << QStringList({"VIP"});
    QTest::newRow("owner and search") << "empty" << "alice@example.com" << QStringList({"🎉 Empty"});
}

void tst_GroupsPage::filters()
{
    QFETCH(QString, search);
    QFETCH(QString, owner);
    QFETCH(QStringList, expected);
    GroupsPage page(m_admin);
    auto *ownerFilter = page.findChild<QComboBox *>("ownerFilter");
    QVERIFY(ownerFilter && !ownerFilter->isHidden());
    ownerFilter->setCurrentIndex(owner.isEmpty() ? 0 : ownerFilter->findText(owner));
    page.findChild<QLineEdit *>("searchEdit")->setText(search);
    QVERIFY(page.reload());
    QStringList got = names(page);
    got.sort();
    expected.sort();
    QCOMPARE(got, expected);
}

void tst_GroupsPage::userSeesOnlyOwnGroups()
{
    GroupsPage page(m_alice);
    QVERIFY(page.reload());
    QStringList got = names(page);
    got.sort();
    QCOMPARE(got, QStringList({"VIP", "عملاء القاهرة", "🎉 Empty"}));
    // Even a search matching Bob's description finds nothing of his.
    page.findChild<QLineEdit *>("searchEdit")->setText("Key accounts");
    QVERIFY(page.reload());
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(page.findChild<QComboBox *>("ownerFilter")->isHidden());
    QVERIFY(page.tableView()->isColumnHidden(ownerColumn(page)));
}

void tst_GroupsPage::crudRoundTrip()
{
    GroupsPage page(m_admin);
    QVERIFY(page.reload());
    // Create for Alice.
    GuiTest::onNextModal([](QDialog *d) {
        d->findChild<QLineEdit *>("nameEdit")->setText("  Launch 🚀 ");
        d->findChild<QPlainTextEdit *>("descriptionEdit")->setPlainText("First line\nسطر ثان");
        auto *owner = d->findChild<QComboBox *>("ownerCombo");
        owner->setCurrentIndex(owner->findText("alice@example.com"));
        QTest::mouseClick(d->findChild<QDialogButtonBox *>("buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
    });
    page.newRecord();
    const QString id = groupId("alice@example.com", "Launch 🚀");
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_db.scalar(QString("SELECT description FROM groups WHERE id = '%1'").arg(id)).toString(),
             QString("First line\nسطر ثان"));
    const int row = rowOf(page, "Launch 🚀", "alice@example.com");
    QVERIFY(row >= 0);
    QCOMPARE(currentId(page), id);  // the new group is selected

    // Edit it: the dialog shows what was saved.
    QString shownName;
    GuiTest::onNextModal([&shownName](QDialog *d) {
        shownName = d->findChild<QLineEdit *>("nameEdit")->text();
        d->findChild<QLineEdit *>("nameEdit")->setText("Launch 2026");
        d->findChild<QPlainTextEdit *>("descriptionEdit")->setPlainText("Edited");
        QTest::mouseClick(d->findChild<QDialogButtonBox *>("buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
    });
    page.editCurrent();
    QCOMPARE(shownName, QString("Launch 🚀"));
    QCOMPARE(m_db.scalar(QString("SELECT name || '|' || description FROM groups WHERE id = '%1'").arg(id)).toString(),
             QString("Launch 2026|Edited"));
    QVERIFY(rowOf(page, "Launch 2026") >= 0);

    // Delete it.
    selectRows(page, {rowOf(page, "Launch 2026")});
    QString question;
    GuiTest::onNextModal([&question](QDialog *d) {
        auto *box = qobject_cast<QMessageBox *>(d);
        question = box->text() + " " + box->informativeText();
        QTest::mouseClick(box->findChild<QPushButton *>("deleteButton"), Qt::LeftButton);
    });
    page.deleteSelected();
    QVERIFY2(question.contains("Launch 2026 (alice@example.com)"), qPrintable(question));
    QVERIFY(m_db.scalar(QString("SELECT count(*) FROM groups WHERE id = '%1'").arg(id)).toInt() == 0);
    QCOMPARE(rowOf(page, "Launch 2026"), -1);
    QCOMPARE(m_db.scalar("SELECT string_agg(action, ',' ORDER BY id) FROM waqtor_audit WHERE actor = 'root@example.com' "
                         "AND target LIKE 'Launch%'").toString(),
             QString("group.create,group.update,group.delete"));
}

void tst_GroupsPage::duplicateNameStaysInDialog()
{
    GroupsPage page(m_alice);
    QVERIFY(page.reload());
    QString error;
    bool stillOpen = false;
    GuiTest::onNextModal([&](QDialog *d) {
        d->findChild<QLineEdit *>("nameEdit")->setText("vip");
        QTest::mouseClick(d->findChild<QDialogButtonBox *>("buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
        stillOpen = d->isVisible();
        error = qobject_cast<GroupDialog *>(d)->errorText();
        d->reject();
    });
    page.newRecord();
    QVERIFY(stillOpen);
    QCOMPARE(error, QString("A group named VIP already exists for alice@example.com."));
    QCOMPARE(m_db.scalar("SELECT count(*) FROM groups").toInt(), 4);
}

void tst_GroupsPage::deleteSeveral()
{
    QVERIFY(m_db.exec("INSERT INTO groups (user_id, name) SELECT id, n FROM users, (VALUES ('Tmp A'), ('Tmp B')) AS v(n) "
                      "WHERE email = 'alice@example.com';"
                      "INSERT INTO recipient_groups (recipient_id, group_id) SELECT r.id, g.id FROM recipients r "
                      "JOIN groups g ON g.user_id = r.user_id WHERE g.name LIKE 'Tmp%' AND r.phone_number LIKE '%1_'"));
    const int memberships = m_db.scalar("SELECT count(*) FROM recipient_groups").toInt();
    GroupsPage page(m_alice);
    QVERIFY(page.reload());
    selectRows(page, {rowOf(page, "Tmp A"), rowOf(page, "Tmp B")});
    QCOMPARE(page.tableView()->selectionModel()->selectedRows().size(), 2);
    // Cancel first: nothing changes.
    GuiTest::onNextModal([](QDialog *d) { d->reject(); });
    page.deleteSelected();
    QCOMPARE(m_db.scalar("SELECT count(*) FROM groups WHERE name LIKE 'Tmp%'").toInt(), 2);
    QString question;
    GuiTest::onNextModal([&question](QDialog *d) {
        auto *box = qobject_cast<QMessageBox *>(d);
        question = box->text() + " " + box->informativeText();
        QTest::mouseClick(box->findChild<QPushButton *>("deleteButton"), Qt::LeftButton);
    });
    page.deleteSelected();
    QVERIFY2(question.contains("Delete these 2 groups?"), qPrintable(question));
    QVERIFY2(question.contains("Group memberships removed: 10 (contacts affected: 5)."), qPrintable(question));
    QVERIFY2(question.contains("The contacts themselves are kept"), qPrintable(question));
    QCOMPARE(m_db.scalar("SELECT count(*) FROM groups WHERE name LIKE 'Tmp%'").toInt(), 0);
    QCOMPARE(m_db.scalar("SELECT count(*) FROM recipient_groups").toInt(), memberships - 10);
    QCOMPARE(m_db.scalar("SELECT count(*) FROM recipients").toInt(), 7);
    QCOMPARE(names(page).size(), 3);
}

void tst_GroupsPage::staleEditOverwrite()
{
    const QString id = groupId("bob@example.com", "VIP");
    GroupsPage page(m_admin);
    QVERIFY(page.reload());
    selectRows(page, {rowOf(page, "VIP", "bob@example.com")});
    QCOMPARE(currentId(page), id);
    QString staleText;
    bool changedBehind = false;
    GuiTest::onNextModal([&](QDialog *d) {
        // Someone else saves while the dialog is open.
        changedBehind = m_db.exec(QString("UPDATE groups SET description = 'theirs' WHERE id = '%1'").arg(id));
        d->findChild<QPlainTextEdit *>("descriptionEdit")->setPlainText("mine");
        GuiTest::onNextModal([&staleText](QDialog *box) {
            staleText = qobject_cast<QMessageBox *>(box)->text();
            QTest::mouseClick(box->findChild<QPushButton *>("overwriteButton"), Qt::LeftButton);
        });
        QTest::mouseClick(d->findChild<QDialogButtonBox *>("buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
    });
    page.editCurrent();
    QVERIFY(changedBehind);
    QVERIFY2(staleText.contains("changed by someone else"), qPrintable(staleText));
    QCOMPARE(m_db.scalar(QString("SELECT description FROM groups WHERE id = '%1'").arg(id)).toString(), QString("mine"));
    QVERIFY(m_db.exec(QString("UPDATE groups SET description = 'Key accounts' WHERE id = '%1'").arg(id)));
}

void tst_GroupsPage::viewerReadOnly()
{
    GroupsPage page(m_viewer);
    QVERIFY(page.reload());
    QCOMPARE(names(page).size(), 4);  // every owner's groups
    QVERIFY(!page.findChild<QComboBox *>("ownerFilter")->isHidden());
    selectRows(page, {rowOf(page, "VIP", "alice@example.com")});
    bool readOnly = false, saveShown = true, nameReadOnly = false, stillOpen = false;
    QString members;
    GuiTest::onNextModal([&](QDialog *d) {
        readOnly = qobject_cast<GroupDialog *>(d)->isReadOnly();
        saveShown = d->findChild<QDialogButtonBox *>("buttonBox")->button(QDialogButtonBox::Save)->isVisible();
        nameReadOnly = d->findChild<QLineEdit *>("nameEdit")->isReadOnly();
        members = d->findChild<QLabel *>("membersLabel")->text();
        d->findChild<QLineEdit *>("nameEdit")->setText("Hacked");
        d->accept();  // even a forced accept saves nothing
        stillOpen = d->isVisible();
        d->reject();
    });
    page.editCurrent();
    QVERIFY(stillOpen);
    QVERIFY(readOnly);
    QVERIFY(!saveShown);
    QVERIFY(nameReadOnly);
    QCOMPARE(members, QString("3 contacts"));
    // New and Delete are refused with a sentence; nothing changes.
    QString refusal;
    GuiTest::onNextModal([&refusal](QDialog *d) {
        refusal = qobject_cast<QMessageBox *>(d)->text();
        d->reject();
    });
    page.newRecord();
    QVERIFY2(refusal.contains("can look at groups but not change them"), qPrintable(refusal));
    GuiTest::onNextModal([](QDialog *d) { d->reject(); });
    page.deleteSelected();
    QCOMPARE(m_db.scalar("SELECT string_agg(name, ',' ORDER BY name) FROM groups WHERE name LIKE 'VIP%'").toString(),
             QString("VIP,VIP"));
    QCOMPARE(m_db.scalar("SELECT count(*) FROM waqtor_audit WHERE actor = 'eye@example.com'").toInt(), 0);
}

QTEST_MAIN(tst_GroupsPage)
#include "tst_groupspage.moc"
