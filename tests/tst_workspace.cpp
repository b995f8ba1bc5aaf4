// The workspace: a main window built again for the same account comes back with its size, last page,
// each page's columns (widths, order, hidden, sort) and filters; View → Reset layout undoes them;
// another account keeps its own; saved filters are named, picked, renamed and deleted per page.

#include "guitest.h"
#include "isolatedhome.h"
#include "mainwindow.h"
#include "pages/tablepage.h"
#include "workspace/workspacekeeper.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QTest>

Q_DECLARE_METATYPE(Entity)

class tst_Workspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { QSettings().clear(); }
    void layoutSurvivesRestart_data();
    void layoutSurvivesRestart();
    void resetLayout();
    void layoutIsPerAccount();
    void savedFilters_data();
    void savedFilters();
    void savedFiltersThroughTheMenu();

private:
    // Opens `entity` and waits for its rows.
    static TablePage *open(MainWindow &window, Entity entity);

    TestDatabase m_db;
    SignedIn m_admin;
    SignedIn m_marketer;
};

void tst_Workspace::initTestCase()
{
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    const auto admin = GuiTest::createAndSignIn(m_db, "root@example.com", "admin");
    QVERIFY_OK(admin);
    m_admin = admin.value();
    const auto marketer = GuiTest::createAndSignIn(m_db, "alice@example.com", "user");
    QVERIFY_OK(marketer);
    m_marketer = marketer.value();
    // Ten contacts: three Amiras (two active, one blocked), seven others.
    QVERIFY(m_db.exec(QString("INSERT INTO recipients (user_id, phone_number, name, status) SELECT '%1', '+96650000000' || g, "
                              "CASE WHEN g <= 3 THEN 'Amira ' || g ELSE 'Other ' || g END, "
                              "CASE WHEN g = 3 THEN 'blocked' ELSE 'active' END FROM generate_series(1, 10) g")
                          .arg(m_admin.account.id)));
}

TablePage *tst_Workspace::open(MainWindow &window, Entity entity)
{
    QString error;
    if (!window.openPage(entity, &error))
        qWarning("%s", qPrintable(error));
    TablePage *page = window.page(entity);
    if (page && !QTest::qWaitFor([page] { return page->isLoaded(); }, 10000))
        qWarning("the page did not load");
    return page;
}

void tst_Workspace::layoutSurvivesRestart_data()
{
    QTest::addColumn<Entity>("entity");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("status");  // the status filter's data; "" leaves it
    QTest::addColumn<bool>("dateRange");
    QTest::addColumn<int>("rows");        // rows the filters leave; -1: not checked
    QTest::addColumn<QString>("sortField");
    QTest::newRow("contacts: search, status") << Entity::Contacts << "Amira" << "active" << false << 2 << "name";
    QTest::newRow("contacts: search only") << Entity::Contacts << "Other" << "" << false << 7 << "phone_number";
    // Messages sort only by time or phone (the orders an index serves).
    QTest::newRow("messages: date range") << Entity::Messages << "" << "" << true << 0 << "phone_number";
}

void tst_Workspace::layoutSurvivesRestart()
{
    QFETCH(Entity, entity);
    QFETCH(QString, search);
    QFETCH(QString, status);
    QFETCH(bool, dateRange);
    QFETCH(int, rows);
    QFETCH(QString, sortField);
    const QDate from(2026, 1, 2);
    int sortColumn = -1;
    QSize size;
    {
        MainWindow window(m_admin);
        window.restoreWorkspace();
        window.show();
        window.resize(1000, 560);
        size = window.size();  // the window's minimum may have widened it
        TablePage *page = open(window, entity);
        QVERIFY(page);
        QHeaderView *header = page->tableView()->horizontalHeader();
        QVERIFY(header->count() > 4);
        sortColumn = page->model()->fieldIndex(sortField);
        QVERIFY(sortColumn >= 0);
        header->setSortIndicator(sortColumn, Qt::AscendingOrder);
        header->resizeSection(1, 234);
        header->moveSection(header->visualIndex(2), 0);
        header->hideSection(3);
        page->findChild<QLineEdit *>("searchEdit")->setText(search);
        if (!status.isEmpty()) {
            auto *combo = page->findChild<QComboBox *>("statusFilter");
            combo->setCurrentIndex(combo->findData(status));
            QVERIFY(combo->currentIndex() > 0);
        }
        if (dateRange) {
            page->findChild<QCheckBox *>("dateRangeCheck")->setChecked(true);
            page->findChild<QDateEdit *>("fromDateEdit")->setDate(from);
        }
        if (rows >= 0)
            QTRY_COMPARE(page->model()->rowCount(), rows);
    }
    MainWindow window(m_admin);
    window.restoreWorkspace();
    window.show();
    TablePage *page = window.page(entity);
    QCOMPARE(window.currentPage(), page);
    QCOMPARE(window.size(), size);
    QTRY_VERIFY(page->isLoaded());
    QHeaderView *header = page->tableView()->horizontalHeader();
    QCOMPARE(header->sectionSize(1), 234);
    QCOMPARE(header->visualIndex(2), 0);
    QVERIFY(header->isSectionHidden(3));
    QCOMPARE(header->sortIndicatorSection(), sortColumn);
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(page->findChild<QLineEdit *>("searchEdit")->text(), search);
    if (!status.isEmpty())
        QCOMPARE(page->findChild<QComboBox *>("statusFilter")->currentData().toString(), status);
    if (dateRange) {
        QVERIFY(page->findChild<QCheckBox *>("dateRangeCheck")->isChecked());
        QCOMPARE(page->findChild<QDateEdit *>("fromDateEdit")->date(), from);
    }
    // The restored filters are the ones the rows were read with.
    QTRY_VERIFY(page->isLoaded());
    if (rows >= 0)
        QTRY_COMPARE(page->model()->rowCount(), rows);
}

void tst_Workspace::resetLayout()
{
    int firstVisual = -1;
    {
        MainWindow window(m_admin);
        window.restoreWorkspace();
        TablePage *page = open(window, Entity::Contacts);
        QVERIFY(page);
        QHeaderView *header = page->tableView()->horizontalHeader();
        firstVisual = header->visualIndex(2);
        QVERIFY(header->sectionSize(1) != 321);
        header->resizeSection(1, 321);
        header->moveSection(header->visualIndex(2), 0);
        header->hideSection(2);
        page->findChild<QLineEdit *>("searchEdit")->setText("Amira");
    }
    MainWindow window(m_admin);
    window.restoreWorkspace();
    TablePage *page = window.page(Entity::Contacts);
    QTRY_VERIFY(page->isLoaded());
    QHeaderView *header = page->tableView()->horizontalHeader();
    QCOMPARE(header->sectionSize(1), 321);
    QVERIFY(header->isSectionHidden(2));
    auto *reset = window.findChild<QAction *>("resetLayoutAction");
    QVERIFY(reset);
    reset->trigger();
    QVERIFY(header->sectionSize(1) != 321);
    QVERIFY(!header->isSectionHidden(2));
    QCOMPARE(header->visualIndex(2), firstVisual);
    QCOMPARE(page->findChild<QLineEdit *>("searchEdit")->text(), QString());
    QTRY_COMPARE(page->model()->rowCount(), 10);
}

void tst_Workspace::layoutIsPerAccount()
{
    {
        MainWindow window(m_admin);
        window.restoreWorkspace();
        TablePage *page = open(window, Entity::Contacts);
        QVERIFY(page);
        page->tableView()->horizontalHeader()->resizeSection(1, 277);
        page->findChild<QLineEdit *>("searchEdit")->setText("Amira");
    }
    MainWindow window(m_marketer);
    window.restoreWorkspace();
    TablePage *page = window.page(Entity::Contacts);
    QVERIFY(page->tableView()->horizontalHeader()->sectionSize(1) != 277);
    QCOMPARE(page->findChild<QLineEdit *>("searchEdit")->text(), QString());
}

void tst_Workspace::savedFilters_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << "Active Amiras";
    QTest::newRow("Arabic, slash and spaces") << "عملاء / نشطون";
}

void tst_Workspace::savedFilters()
{
    QFETCH(QString, name);
    {
        MainWindow window(m_admin);
        window.restoreWorkspace();
        TablePage *page = open(window, Entity::Contacts);
        QVERIFY(page);
        auto *search = page->findChild<QLineEdit *>("searchEdit");
        auto *status = page->findChild<QComboBox *>("statusFilter");
        search->setText("Amira");
        status->setCurrentIndex(status->findData("active"));
        QVERIFY(window.workspace()->saveCurrentFilters(name));
        QVERIFY(!window.workspace()->saveCurrentFilters("  "));  // a name is needed
        search->setText("Other");
        status->setCurrentIndex(0);
        QTRY_COMPARE(page->model()->rowCount(), 7);
        QVERIFY(window.workspace()->applySavedFilters(name));
        QCOMPARE(search->text(), QString("Amira"));
        QCOMPARE(status->currentData().toString(), QString("active"));
        QTRY_COMPARE(page->model()->rowCount(), 2);
    }
    // Another start: still there, for this page only and this account only.
    {
        MainWindow window(m_admin);
        window.restoreWorkspace();
        QVERIFY(open(window, Entity::Contacts));
        QCOMPARE(window.workspace()->savedFilterNames(), QStringList{name});
        QVERIFY(window.workspace()->renameSavedFilters(name, name + " (renamed)"));
        QCOMPARE(window.workspace()->savedFilterNames(), QStringList{name + " (renamed)"});
        QVERIFY(open(window, Entity::Campaigns));
        QVERIFY(window.workspace()->savedFilterNames().isEmpty());
    }
    {
        MainWindow window(m_marketer);
        window.restoreWorkspace();
        QVERIFY(open(window, Entity::Contacts));
        QVERIFY(window.workspace()->savedFilterNames().isEmpty());
    }
    MainWindow window(m_admin);
    window.restoreWorkspace();
    QVERIFY(open(window, Entity::Contacts));
    window.workspace()->deleteSavedFilters(name + " (renamed)");
    QVERIFY(window.workspace()->savedFilterNames().isEmpty());
    QVERIFY(!window.workspace()->applySavedFilters(name + " (renamed)"));
}

void tst_Workspace::savedFiltersThroughTheMenu()
{
    MainWindow window(m_admin);
    window.restoreWorkspace();
    TablePage *page = open(window, Entity::Contacts);
    QVERIFY(page);
    page->findChild<QLineEdit *>("searchEdit")->setText("Amira");
    QMenu *menu = window.workspace()->savedFiltersMenu();
    QVERIFY(menu);
    emit menu->aboutToShow();
    GuiTest::onNextModal([](QDialog *d) {
        auto *input = qobject_cast<QInputDialog *>(d);
        QVERIFY(input);
        input->setTextValue("From the menu");
        input->accept();
    });
    menu->findChild<QAction *>("saveFiltersAction")->trigger();
    QCOMPARE(window.workspace()->savedFilterNames(), QStringList{"From the menu"});
    page->findChild<QLineEdit *>("searchEdit")->clear();
    emit menu->aboutToShow();
    QAction *pick = nullptr;
    for (QAction *action : menu->actions())
        if (action->data().toString() == "From the menu")
            pick = action;
    QVERIFY(pick);
    pick->trigger();
    QCOMPARE(page->findChild<QLineEdit *>("searchEdit")->text(), QString("Amira"));
    QTRY_COMPARE(page->model()->rowCount(), 3);
}

WAQTOR_TEST_MAIN_ISOLATED(tst_Workspace)
#include "tst_workspace.moc"
