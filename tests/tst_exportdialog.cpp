// "Export CSV…" on a real page, offscreen: the page's current filter and sort, the selected rows only,
// a marketer's own rows only, and Cancel stopping an export that the server is holding up.

#include "pages/contactspage.h"
#include "mainwindow.h"
#include "dialogs/exportdialog.h"
#include "settings/appsettings.h"
#include "clirunner.h"
#include "guitest.h"
#include "models/windowedtablemodel.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include <csignal>
#include <sys/resource.h>

class tst_ExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void viewFilterAndSort();
    void suggestsPageNamedFileInLastFolder();
    void selectedRowsOnly();
    void marketerExportsOwnRows();
    void cancelWhileServerIsBusy();
    void reportsFromTheMenu_data();
    void reportsFromTheMenu();
    void failedWriteSaysWhy_data();
    void failedWriteSaysWhy();

private:
    // Opens the page's export dialog, lets `prepare` set it up, exports, and returns the file's lines.
    QStringList exportPage(ContactsPage &page, bool selectedOnly, const QString &name);

    TestDatabase m_db;
    SignedIn m_admin, m_alice;
    QTemporaryDir m_dir;
};

void tst_ExportDialog::initTestCase()
{
    // Exports remember their folder in QSettings: keep that out of the real settings.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    const auto admin = GuiTest::createAndSignIn(m_db, "admin@example.com", "admin");
    QVERIFY_OK(admin);
    m_admin = admin.value();
    const auto alice = GuiTest::createAndSignIn(m_db, "alice@example.com", "user");
    QVERIFY_OK(alice);
    m_alice = alice.value();
    QVERIFY(m_db.exec("INSERT INTO users (email, password_hash, role) VALUES ('bob@example.com', 'x', 'user')"));
    QVERIFY(m_db.exec("INSERT INTO recipients (user_id, phone_number, name, status, created_at) "
                      "SELECT u.id, '+96650000' || lpad(g::text, 4, '0'), 'Name ' || g, "
                      "       CASE WHEN g % 2 = 0 THEN 'blocked' ELSE 'active' END, '2026-01-01'::timestamp + g * interval '1 minute' "
                      "FROM users u JOIN (VALUES ('alice@example.com', 0), ('bob@example.com', 5000)) AS n(email, base) "
                      "ON n.email = u.email, generate_series(n.base + 1, n.base + 30) AS g"));
}

QStringList tst_ExportDialog::exportPage(ContactsPage &page, bool selectedOnly, const QString &name)
{
    const QString path = m_dir.filePath(name);
    bool finished = false;
    QString message;
    GuiTest::onNextModal([&](QDialog *d) {
        auto *dialog = qobject_cast<ExportDialog *>(d);
        if (!dialog) {
            d->reject();
            return;
        }
        connect(dialog, &ExportDialog::exportFinished, dialog, [&finished, &message, dialog](bool, const QString &m) {
            finished = true;
            message = m;
            dialog->reject();
        });
        dialog->setFileName(path);
        dialog->setSelectedOnly(selectedOnly);
        dialog->startExport();
    });
    page.exportCsv();
    if (!finished)
        return {QStringLiteral("no export: ") + message};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {QStringLiteral("no file: ") + message};
    QStringList lines = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    return lines;
}

void tst_ExportDialog::viewFilterAndSort()
{
    ContactsPage page(m_admin);
    QVERIFY(page.reload());
    auto *status = page.findChild<QComboBox *>("statusFilter");
    status->setCurrentIndex(status->findData("blocked"));  // reloads
    auto *view = page.findChild<QTableView *>("tableView");
    view->horizontalHeader()->setSortIndicator(page.model()->fieldIndex("phone_number"), Qt::DescendingOrder);
    const QStringList lines = exportPage(page, false, "blocked.csv");
    QCOMPARE(lines.size(), 31);  // header and the 30 blocked contacts of both owners, past the first window too
    QVERIFY2(lines.at(0).startsWith("phone_number,name,"), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith("+966500005030,Name 5030,,blocked,"), qPrintable(lines.at(1)));
    QVERIFY2(lines.last().startsWith("+966500000002,Name 2,,blocked,"), qPrintable(lines.last()));
}

void tst_ExportDialog::suggestsPageNamedFileInLastFolder()
{
    ContactsPage page(m_admin);
    QVERIFY(page.reload());
    const auto suggestion = [&page] {
        QString suggested;
        GuiTest::onNextModal([&suggested](QDialog *d) {
            if (auto *dialog = qobject_cast<ExportDialog *>(d))
                suggested = dialog->fileName();
            d->reject();
        });
        page.exportCsv();
        return suggested;
    };
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    // Named after the page (Contacts), not its table (recipients).
    QSettings().setValue(AppSettings::lastExportFolderKey(), m_dir.path());
    QCOMPARE(suggestion(), QDir(m_dir.path()).filePath("contacts-" + today + ".csv"));

    // Writing somewhere else makes that folder the next suggestion.
    QVERIFY(QDir(m_dir.path()).mkpath("elsewhere"));
    QCOMPARE(exportPage(page, false, "elsewhere/picked-by-hand.csv").size(), 61);
    QCOMPARE(suggestion(), QDir(m_dir.filePath("elsewhere")).filePath("contacts-" + today + ".csv"));
}

void tst_ExportDialog::selectedRowsOnly()
{
    ContactsPage page(m_admin);
    QVERIFY(page.reload());
    auto *view = page.findChild<QTableView *>("tableView");
    view->selectionModel()->select(view->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(view->model()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QStringList lines = exportPage(page, true, "selected.csv");
    QCOMPARE(lines.size(), 3);
    // The page's default order (newest first) holds for the selection too.
    QVERIFY2(lines.at(1).startsWith("+966500005030,"), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith("+966500005028,"), qPrintable(lines.at(2)));
}

void tst_ExportDialog::marketerExportsOwnRows()
{
    ContactsPage page(m_alice);
    QVERIFY(page.reload());
    const QStringList lines = exportPage(page, false, "alice.csv");
    QCOMPARE(lines.size(), 31);
    for (qsizetype i = 1; i < lines.size(); ++i)
        QVERIFY2(lines.at(i).contains(",alice@example.com,"), qPrintable(lines.at(i)));
}

void tst_ExportDialog::cancelWhileServerIsBusy()
{
    // Another session holds a lock that blocks every reader of recipients: the export waits on the server.
    QSqlQuery locker(m_db.connection("locker"));
    QVERIFY(locker.exec("BEGIN"));
    QVERIFY(locker.exec("LOCK TABLE recipients IN ACCESS EXCLUSIVE MODE"));
    ExportFilter view;
    const QString path = m_dir.filePath("cancelled.csv");
    ExportDialog dialog(m_admin, Entity::Contacts, "Contacts", view, {});
    QSignalSpy done(&dialog, &ExportDialog::exportFinished);
    dialog.setFileName(path);
    dialog.startExport();
    QVERIFY(dialog.isRunning());
    // Its query waits on the server for the lock: the export is stuck there, not finished.
    QTRY_COMPARE_WITH_TIMEOUT(m_db.scalar("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                          "AND datname = current_database()").toInt(), 1, 10000);
    QVERIFY(dialog.isRunning());
    dialog.reject();  // Cancel: stops the export, the dialog stays
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
    QCOMPARE(done.at(0).at(0).toBool(), false);
    QVERIFY2(done.at(0).at(1).toString().contains("cancelled"), qPrintable(done.at(0).at(1).toString()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(locker.exec("ROLLBACK"));
}

void tst_ExportDialog::reportsFromTheMenu_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QStringList>("expected");  // the groups report's rows after its header
    QTest::newRow("admin: every owner") << "admin" << QStringList{"Leads,alice@example.com,30,15,15,0,0",
                                                               "Leads,bob@example.com,30,15,15,0,0"};
    QTest::newRow("marketer: own groups only") << "user" << QStringList{"Leads,alice@example.com,30,15,15,0,0"};
}

void tst_ExportDialog::reportsFromTheMenu()
{
    QFETCH(QString, role);
    QFETCH(QStringList, expected);
    QVERIFY(m_db.exec("DELETE FROM groups; INSERT INTO groups (user_id, name) SELECT id, 'Leads' FROM users "
                      "WHERE email IN ('alice@example.com', 'bob@example.com'); "
                      "INSERT INTO recipient_groups (recipient_id, group_id) SELECT r.id, g.id FROM recipients r "
                      "JOIN groups g ON g.user_id = r.user_id"));
    MainWindow window(role == "admin" ? m_admin : m_alice);
    auto *action = window.findChild<QAction *>("groupsReportAction");
    QVERIFY(action && action->isVisible());
    const QString path = m_dir.filePath("groups-report-" + role + ".csv");
    bool finished = false;
    GuiTest::onNextModal([&](QDialog *d) {
        auto *dialog = qobject_cast<ExportDialog *>(d);
        QVERIFY(dialog);
        QVERIFY(dialog->windowTitle().contains("groups report"));
        connect(dialog, &ExportDialog::exportFinished, dialog, [&finished, dialog](bool ok, const QString &) {
            finished = ok;
            dialog->reject();
        });
        dialog->setFileName(path);
        // WAQTOR_SCREENSHOT_DIR=DIR: a picture of the dialog, to look at its layout.
        if (const QString dir = qEnvironmentVariable("WAQTOR_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog->grab().save(dir + "/report-dialog.png");
        dialog->startExport();
    });
    action->trigger();
    QVERIFY(finished);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(f.readAll()).split("\r\n", Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QString("group_name,owner_email,members,active,blocked,invalid,other"));
    lines.removeFirst();
    QCOMPARE(lines, expected);
}

void tst_ExportDialog::failedWriteSaysWhy_data()
{
    QTest::addColumn<bool>("report");
    QTest::addColumn<QString>("destination");  // "full": a full device; "link": a link to another file; "limit": a full disk
    QTest::addColumn<QString>("message");
    QTest::newRow("export_to_full_device") << false << "full" << "No space left on device";
    QTest::newRow("report_to_full_device") << true << "full" << "No space left on device";
    QTest::newRow("export_through_symlink") << false << "link" << "symbolic link";
    QTest::newRow("report_through_symlink") << true << "link" << "symbolic link";
    QTest::newRow("export_full_disk") << false << "limit" << "File too large";
    QTest::newRow("report_full_disk") << true << "limit" << "File too large";
}

void tst_ExportDialog::failedWriteSaysWhy()
{
    // A write that fails is a failure in the dialog too: the sentence names the file and the cause, nothing
    // says rows were written, and no file is touched or left behind.
    QFETCH(bool, report);
    QFETCH(QString, destination);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString victim = dir.filePath("victim.txt");
    QString path = dir.filePath("out.csv");
    {
        QFile earlier(destination == "link" ? victim : path);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("earlier file\n");
    }
    if (destination == "full")
        path = CliRunner::fullDevice();
    else if (destination == "link")
        QVERIFY(QFile::link("victim.txt", path));
    std::unique_ptr<ExportDialog> dialog = report ? std::make_unique<ExportDialog>(m_admin, ReportKind::Groups)
                                                  : std::make_unique<ExportDialog>(m_admin, Entity::Contacts, "Contacts",
                                                                                   ExportFilter(), QStringList());
    QSignalSpy done(dialog.get(), &ExportDialog::exportFinished);
    dialog->setFileName(path);
    // The full disk: this process may not grow a file past 16 bytes while the export runs (SIGXFSZ ignored, so
    // the write fails instead of ending the process).
    rlimit previous{};
    ::getrlimit(RLIMIT_FSIZE, &previous);
    const auto previousHandler = ::signal(SIGXFSZ, SIG_IGN);
    if (destination == "limit") {
        const rlimit limit{16, previous.rlim_max};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    dialog->startExport();
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
    ::setrlimit(RLIMIT_FSIZE, &previous);
    ::signal(SIGXFSZ, previousHandler);
    const QString said = done.at(0).at(1).toString();
    QCOMPARE(done.at(0).at(0).toBool(), false);
    QVERIFY2(said.contains(message) && said.contains(path) && !said.contains("Wrote"), qPrintable(said));
    QCOMPARE(dialog->findChild<QLabel *>("statusLabel")->text(), said);
    if (destination == "link") {
        QVERIFY(QFileInfo(path).isSymLink());
        QFile f(victim);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("earlier file\n"));
    } else if (destination == "limit") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("earlier file\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"out.csv"});
    }
}

QTEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"
