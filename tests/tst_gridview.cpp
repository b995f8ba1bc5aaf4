#include "pages/contactspage.h"
#include "widgets/gridview.h"
#include "guitest.h"
#include "models/windowedtablemodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QClipboard>
#include <QHeaderView>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QTest>

// The grid every page shows: what Copy puts on the clipboard, the rows' and header's context menus,
// and the column layout's state, on the Contacts page against a real database.
class tst_GridView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void copyKeys_data();
    void copyKeys();
    void copyFollowsColumnOrderAndVisibility();
    void copyAsCsvFromRowMenu();
    void rowMenuOffersPageActions_data();
    void rowMenuOffersPageActions();
    void layoutStateRoundTripAndReset();
    void scrollingPagesThroughTheResult();
    void ctrlFFocusesSearch();

private:
    // Hides every column but these through the header's menu, as a user would.
    static void showOnly(GridView *grid, const QStringList &headers);
    static QAction *headerToggle(QMenu *menu, const QString &header);
    static void selectPhones(ContactsPage &page, const QStringList &phones);

    TestDatabase m_db;
    SignedIn m_admin, m_viewer;
};

void tst_GridView::initTestCase()
{
    QSettings().setValue("contacts/region", "SA");
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    const auto admin = GuiTest::createAndSignIn(m_db, "admin@example.com", "admin");
    QVERIFY_OK(admin);
    m_admin = admin.value();
    const auto viewer = GuiTest::createAndSignIn(m_db, "viewer@example.com", "viewer");
    QVERIFY_OK(viewer);
    m_viewer = viewer.value();
    // Oldest first by created_at, so the page's default newest-first order is known: c, b, a.
    QVERIFY(m_db.exec("INSERT INTO recipients (user_id, phone_number, name, email, status, created_at) "
                      "SELECT id, '+966500000001', 'Amal', NULL, 'active', '2026-01-01 10:00:00' FROM users WHERE role = 'admin'"));
    QVERIFY(m_db.exec("INSERT INTO recipients (user_id, phone_number, name, email, status, created_at) "
                      "SELECT id, '+966500000002', '', 'b@example.com', 'blocked', '2026-01-02 10:00:00' FROM users WHERE role = 'admin'"));
    QVERIFY(m_db.exec("INSERT INTO recipients (user_id, phone_number, name, email, status, created_at) "
                      "SELECT id, '+966500000003', E'Tab\\there \"quoted\"', '<c>&amp;', 'active', '2026-01-03 10:00:00' "
                      "FROM users WHERE role = 'admin'"));
}

QAction *tst_GridView::headerToggle(QMenu *menu, const QString &header)
{
    for (QAction *a : menu->actions())
        if (a->text() == header)
            return a;
    return nullptr;
}

void tst_GridView::showOnly(GridView *grid, const QStringList &headers)
{
    std::unique_ptr<QMenu> menu(grid->createHeaderMenu(nullptr));
    // Shown ones first, so the last visible column is never the one being hidden.
    for (const QString &h : headers) {
        QAction *toggle = headerToggle(menu.get(), h);
        QVERIFY2(toggle, qPrintable("no header menu entry " + h));
        toggle->setChecked(true);
    }
    for (QAction *a : menu->actions()) {
        if (a->isCheckable() && !headers.contains(a->text()))
            a->setChecked(false);
    }
}

void tst_GridView::selectPhones(ContactsPage &page, const QStringList &phones)
{
    QTableView *view = page.tableView();
    view->clearSelection();
    for (int r = 0; r < page.model()->rowCount(); ++r) {
        if (phones.contains(page.model()->record(r).value("phone_number").toString()))
            view->selectionModel()->select(page.model()->index(r, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void tst_GridView::copyKeys_data()
{
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<QString>("tsv");
    QTest::addColumn<bool>("htmlHeader");
    QTest::newRow("ctrl_c_with_header") << int(Qt::ControlModifier)
                                        << "Phone\tName\tEmail\tStatus\n"
                                           "+966500000003\t\"Tab\there \"\"quoted\"\"\"\t<c>&amp;\tActive\n"
                                           "+966500000001\tAmal\t\tActive\n"
                                        << true;
    QTest::newRow("ctrl_shift_c_without") << int(Qt::ControlModifier | Qt::ShiftModifier)
                                          << "+966500000003\t\"Tab\there \"\"quoted\"\"\"\t<c>&amp;\tActive\n"
                                             "+966500000001\tAmal\t\tActive\n"
                                          << false;
}

void tst_GridView::copyKeys()
{
    QFETCH(int, modifiers);
    QFETCH(QString, tsv);
    QFETCH(bool, htmlHeader);
    ContactsPage page(m_admin);
    QVERIFY(page.reload());
    showOnly(page.grid(), {"Phone", "Name", "Email", "Status"});
    selectPhones(page, {"+966500000001", "+966500000003"});
    QApplication::clipboard()->clear();
    QTest::keyClick(page.tableView(), Qt::Key_C, Qt::KeyboardModifiers(modifiers));
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QCOMPARE(mime->text(), tsv);
    const QString html = mime->html();
    QCOMPARE(html.contains("<th>Phone</th>"), htmlHeader);
    QVERIFY2(html.contains("<td>&lt;c&gt;&amp;amp;</td>"), qPrintable(html));
    // A NULL email is an empty cell, never a dash or the word NULL.
    QVERIFY2(html.contains("<td>Amal</td><td></td>"), qPrintable(html));
}

void tst_GridView::copyFollowsColumnOrderAndVisibility()
{
    ContactsPage page(m_admin);
    QVERIFY(page.reload());
    GridView *grid = page.grid();
    showOnly(grid, {"Phone", "Name", "Status"});
    // Status dragged before Phone: the copy follows the screen.
    QHeaderView *header = grid->horizontalHeader();
    header->moveSection(header->visualIndex(page.model()->fieldIndex("status")),
                        header->visualIndex(page.model()->fieldIndex("phone_number")));
    selectPhones(page, {"+966500000002"});
    grid->copySelection(true);
    QCOMPARE(QApplication::clipboard()->text(), QString("Status\tPhone\tName\nBlocked\t+966500000002\t\n"));
}

void tst_GridView::copyAsCsvFromRowMenu()
{
    ContactsPage page(m_admin);
    QVERIFY(page.reload());
    showOnly(page.grid(), {"Phone", "Name"});
    selectPhones(page, {"+966500000003", "+966500000002"});
    std::unique_ptr<QMenu> menu(page.grid()->createRowMenu(nullptr));
    auto *csv = menu->findChild<QAction *>("copyCsvAction");
    QVERIFY(csv);
    QVERIFY(csv->isEnabled());
    csv->trigger();
    QCOMPARE(QApplication::clipboard()->text(),
             QString("Phone,Name\r\n+966500000003,\"Tab\there \"\"quoted\"\"\"\r\n+966500000002,\r\n"));
}

void tst_GridView::rowMenuOffersPageActions_data()
{
    QTest::addColumn<bool>("viewer");
    QTest::addColumn<QStringList>("entries");
    QTest::newRow("admin") << false << QStringList{"copyAction", "copyWithoutHeaderAction", "copyCsvAction",
                                                   "exportSelectionAction", "rowEditAction", "rowDeleteAction"};
    QTest::newRow("viewer") << true << QStringList{"copyAction", "copyWithoutHeaderAction", "copyCsvAction",
                                                   "exportSelectionAction"};
}

void tst_GridView::rowMenuOffersPageActions()
{
    QFETCH(bool, viewer);
    QFETCH(QStringList, entries);
    ContactsPage page(viewer ? m_viewer : m_admin);
    QVERIFY(page.reload());
    std::unique_ptr<QMenu> menu(page.grid()->createRowMenu(nullptr));
    QStringList names;
    for (QAction *a : menu->actions())
        if (!a->isSeparator())
            names << a->objectName();
    QCOMPARE(names, entries);
    // Nothing selected: nothing to copy.
    QVERIFY(!menu->findChild<QAction *>("copyAction")->isEnabled());
}

void tst_GridView::layoutStateRoundTripAndReset()
{
    QByteArray saved;
    const int email = [this] {
        ContactsPage page(m_admin);
        return page.model()->fieldIndex("email");
    }();
    {
        ContactsPage page(m_admin);
        QVERIFY(page.reload());
        GridView *grid = page.grid();
        std::unique_ptr<QMenu> menu(grid->createHeaderMenu(nullptr));
        // Helper and withheld columns are never offered.
        QVERIFY(!headerToggle(menu.get(), "waqtor_row_id"));
        QAction *emailToggle = headerToggle(menu.get(), "Email");
        QVERIFY(emailToggle);
        emailToggle->setChecked(false);
        QVERIFY(grid->isColumnHidden(email));
        grid->setColumnWidth(page.model()->fieldIndex("name"), 321);
        grid->sortByColumn(page.model()->fieldIndex("phone_number"), Qt::AscendingOrder);
        saved = grid->saveState();
    }
    ContactsPage page(m_admin);
    QVERIFY(page.reload());
    GridView *grid = page.grid();
    QVERIFY(!grid->isColumnHidden(email));
    QVERIFY(grid->restoreState(saved));
    QVERIFY(grid->isColumnHidden(email));
    QCOMPARE(grid->columnWidth(page.model()->fieldIndex("name")), 321);
    QCOMPARE(page.model()->sortColumn(), page.model()->fieldIndex("phone_number"));
    QCOMPARE(page.model()->record(0).value("phone_number").toString(), QString("+966500000001"));
    QVERIFY(grid->isColumnHidden(page.model()->fieldIndex("id")));

    std::unique_ptr<QMenu> menu(grid->createHeaderMenu(nullptr));
    auto *reset = menu->findChild<QAction *>("resetColumnsAction");
    QVERIFY(reset);
    reset->trigger();
    QVERIFY(!grid->isColumnHidden(email));
    QVERIFY(grid->isColumnHidden(page.model()->fieldIndex("id")));
    QVERIFY(grid->columnWidth(page.model()->fieldIndex("name")) != 321);
}

// The scroll bar is the pager: reaching the bottom slides the window to the next keyset rows while
// the row at the top stays put; Ctrl+End shows the oldest contact, Ctrl+Home the newest; the model
// never holds more than one window, and keeps its contract all the while.
void tst_GridView::scrollingPagesThroughTheResult()
{
    QVERIFY(m_db.exec("INSERT INTO recipients (user_id, phone_number, name, created_at) "
                      "SELECT u.id, '+96651' || lpad(g::text, 7, '0'), 'Scroll ' || g, "
                      "       timestamp '2025-01-01' + g * interval '1 minute' "
                      "FROM users u, generate_series(1, 1000) AS g WHERE u.email = 'viewer@example.com'"));
    ContactsPage page(m_admin);
    page.resize(900, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.reload());
    WindowedTableModel *model = page.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTableView *view = page.tableView();
    QCOMPARE(view->verticalScrollMode(), QAbstractItemView::ScrollPerItem);
    const int total = m_db.scalar("SELECT count(*) FROM recipients").toInt();
    const QString newest = m_db.scalar("SELECT phone_number FROM recipients ORDER BY created_at DESC, id DESC LIMIT 1").toString();
    const QString oldest = m_db.scalar("SELECT phone_number FROM recipients ORDER BY created_at ASC, id ASC LIMIT 1").toString();
    const auto phoneAt = [model](int row) { return model->record(row).value("phone_number").toString(); };
    QCOMPARE(phoneAt(0), newest);

    int slides = 0;
    QStringList walked;
    qint64 lastOffset = 0;
    while (model->hasNextPage()) {
        QScrollBar *bar = view->verticalScrollBar();
        // Per item, the bar's value is the row at the top (one short of the maximum, where Qt aligns
        // the last row with the bottom edge and the top row is cut): this row of the result.
        const qint64 topWanted = lastOffset + bar->maximum() - 1;
        bar->setValue(bar->maximum() - 1);
        QVERIFY(model->rowCount() <= model->windowSize());
        const qint64 offset = model->firstRowOffset().value();
        QVERIFY2(offset > lastOffset, "reaching the bottom slides the window on");
        // The row the reader scrolled to is still at the top, though the window's rows were replaced.
        QCOMPARE(offset + view->rowAt(0), topWanted);
        QCOMPARE(m_db.scalar("SELECT phone_number FROM recipients ORDER BY created_at DESC, id DESC OFFSET " +
                             QString::number(topWanted) + " LIMIT 1").toString(), phoneAt(view->rowAt(0)));
        lastOffset = offset;
        QVERIFY(++slides < 100);
    }
    QCOMPARE(lastOffset + model->rowCount(), qint64(total));
    QCOMPARE(phoneAt(model->rowCount() - 1), oldest);
    QVERIFY(page.findChild<QLabel *>("pageLabel")->text().endsWith(QLocale().toString(total)));

    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(model->firstRowOffset().value(), qint64(0));
    QCOMPARE(phoneAt(view->currentIndex().row()), newest);
    QCOMPARE(view->rowAt(0), 0);

    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    QVERIFY(!model->hasNextPage());
    QCOMPARE(phoneAt(view->currentIndex().row()), oldest);
    QCOMPARE(view->currentIndex().row(), model->rowCount() - 1);
    // The small table is counted exactly, so the rows' numbers are known at the end too.
    QTRY_COMPARE(page.findChild<QLabel *>("pageLabel")->text(),
                 QString("Rows %L1–%L2").arg(total - model->rowCount() + 1).arg(total));
    // Scrolling up from the end slides back through the reversed keyset.
    view->verticalScrollBar()->setValue(0);
    QVERIFY(model->hasNextPage());
    QCOMPARE(model->rowId(model->rowCount() - 1).isEmpty(), false);
    QVERIFY(m_db.exec("DELETE FROM recipients WHERE name LIKE 'Scroll %'"));
}

void tst_GridView::ctrlFFocusesSearch()
{
    ContactsPage page(m_admin);
    page.show();
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QVERIFY(page.reload());
    auto *search = page.findChild<QLineEdit *>("searchEdit");
    search->setText("Amal");
    page.tableView()->setFocus();
    QTRY_VERIFY(page.tableView()->hasFocus());
    QTest::keyClick(page.tableView(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QCOMPARE(search->selectedText(), QString("Amal"));
}

QTEST_MAIN(tst_GridView)
#include "tst_gridview.moc"
