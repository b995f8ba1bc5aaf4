// Tools → Back up… / Restore… offscreen against the test server: only admins get them, a backup made
// in the dialog restores into a new database with the same rows, the database in use needs its name
// typed, and Stop leaves no file behind.

#include "backup/backupverifier.h"
#include "db/database.h"
#include "dialogs/backupdialog.h"
#include "dialogs/restoredialog.h"
#include "guitest.h"
#include "mainwindow.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_BackupDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void onlyAdmins();
    void backupThenRestore();
    void connectedDatabaseNeedsTypedName();
    void stopLeavesNoFile();

private:
    QString checksum(const QString &database);

    TestDatabase m_db;
    SignedIn m_admin, m_viewer;
    QTemporaryDir m_dir;
    QString m_restored;
};

void tst_BackupDialog::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("WAQTOR_TEST_PGBIN"), "WAQTOR_TEST_PGBIN is not set: run scripts/test.sh");
    qputenv("WAQTOR_PG_BIN", qgetenv("WAQTOR_TEST_PGBIN"));
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    const auto admin = GuiTest::createAndSignIn(m_db, "admin@example.com", "admin");
    QVERIFY_OK(admin);
    m_admin = admin.value();
    const auto viewer = GuiTest::createAndSignIn(m_db, "eye@example.com", "viewer");
    QVERIFY_OK(viewer);
    m_viewer = viewer.value();
    QVERIFY(m_db.exec("INSERT INTO recipients (user_id, phone_number, name) SELECT u.id, '+9665000000' || g, 'N''' || g "
                      "FROM users u, generate_series(10, 40) g WHERE u.email = 'admin@example.com'"));
    m_restored = m_db.name() + QStringLiteral("_gui");
}

void tst_BackupDialog::cleanupTestCase()
{
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_restored));
}

QString tst_BackupDialog::checksum(const QString &database)
{
    ConnectionSettings s = TestDatabase::serverSettings();
    s.databaseName = database;
    const QString name = QStringLiteral("checksum-") + database;
    QString sum;
    {
        const auto db = Database::connect(s, name);
        if (!db)
            return QStringLiteral("error: ") + db.error().message;
        QSqlQuery q(db.value());
        for (const QString &table : {QStringLiteral("users"), QStringLiteral("recipients")})
            if (q.exec(QStringLiteral("SELECT count(*) || ':' || md5(string_agg(t::text, '|' ORDER BY t::text)) FROM %1 t")
                           .arg(table))
                && q.next())
                sum += q.value(0).toString() + u' ';
            else
                sum += QStringLiteral("error ");
    }
    Database::disconnect(name);
    return sum;
}

void tst_BackupDialog::onlyAdmins()
{
    MainWindow adminWindow(m_admin);
    QVERIFY(adminWindow.findChild<QAction *>("backupAction"));
    QVERIFY(adminWindow.findChild<QAction *>("restoreAction"));
    MainWindow viewerWindow(m_viewer);
    QVERIFY(!viewerWindow.findChild<QAction *>("backupAction"));
    QVERIFY(!viewerWindow.findChild<QAction *>("restoreAction"));
    // A dialog opened some other way refuses too, and writes nothing.
    BackupDialog dialog(m_viewer);
    const QString path = m_dir.filePath("viewer.dump");
    dialog.setFileName(path);
    dialog.startBackup();
    QVERIFY(!dialog.isRunning());
    QVERIFY(!QFileInfo::exists(path));
}

void tst_BackupDialog::backupThenRestore()
{
    // The tables chosen in the dialog are all the backup holds.
    const QString some = m_dir.filePath("two.sql.gz");
    {
        BackupDialog backup(m_admin);
        QSignalSpy tables(&backup, &BackupDialog::tablesLoaded);
        QVERIFY(tables.wait(10000));
        backup.setFileName(some);
        backup.setTables({"public.users", "public.recipients"});
        QSignalSpy backedUp(&backup, &BackupDialog::backupFinished);
        backup.startBackup();
        QVERIFY(backup.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(backedUp.count(), 1, 30000);
        QVERIFY2(backedUp.at(0).at(0).toBool(), qPrintable(backedUp.at(0).at(1).toString()));
        const auto report = BackupVerifier::verify(some, BackupFormat::Gzip, QString());
        QVERIFY_OK(report);
        QCOMPARE(report->contents.tables, (QStringList{"public.recipients", "public.users"}));
    }

    // A whole backup comes back whole. (A --table backup lacks the function its tables' triggers call,
    // as pg_dump -t does, so it is not restored into an empty database; the README says so.)
    const QString path = m_dir.filePath("gui.sql.gz");
    BackupDialog backup(m_admin);
    QSignalSpy tables(&backup, &BackupDialog::tablesLoaded);
    QVERIFY(tables.wait(10000));
    backup.setFileName(path);
    QSignalSpy backedUp(&backup, &BackupDialog::backupFinished);
    backup.startBackup();
    QVERIFY(backup.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(backedUp.count(), 1, 30000);
    QVERIFY2(backedUp.at(0).at(0).toBool(), qPrintable(backedUp.at(0).at(1).toString()));
    QVERIFY(QFileInfo(path).size() > 0);

    RestoreDialog restore(m_admin);
    restore.setFileName(path);
    restore.setDatabase(m_restored, true, false);
    QSignalSpy restored(&restore, &RestoreDialog::restoreFinished);
    restore.startRestore();
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 30000);
    QVERIFY2(restored.at(0).at(0).toBool(), qPrintable(restored.at(0).at(1).toString()));
    QCOMPARE(checksum(m_restored), checksum(m_db.name()));
    // For looking at them: WAQTOR_SCREENSHOT_DIR=folder writes both dialogs as they look now.
    if (const QString dir = qEnvironmentVariable("WAQTOR_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(backup.grab().save(QDir(dir).filePath("backup-dialog.png")));
        QVERIFY(restore.grab().save(QDir(dir).filePath("restore-dialog.png")));
    }
}

void tst_BackupDialog::connectedDatabaseNeedsTypedName()
{
    const QString path = m_dir.filePath("connected.dump");
    BackupDialog backup(m_admin);
    backup.setFileName(path);
    QSignalSpy backedUp(&backup, &BackupDialog::backupFinished);
    backup.startBackup();
    QTRY_COMPARE_WITH_TIMEOUT(backedUp.count(), 1, 30000);
    QVERIFY2(backedUp.at(0).at(0).toBool(), qPrintable(backedUp.at(0).at(1).toString()));

    QVERIFY(m_db.exec("DELETE FROM recipients WHERE name = 'N''10'"));
    const QString before = checksum(m_db.name());
    RestoreDialog restore(m_admin);
    restore.setFileName(path);
    restore.setDatabase(m_db.name(), false, true);
    restore.setTypedName("not-the-name");
    QSignalSpy restored(&restore, &RestoreDialog::restoreFinished);
    restore.startRestore();
    QVERIFY(!restore.isRunning());
    QCOMPARE(checksum(m_db.name()), before);

    restore.setTypedName(m_db.name());
    restore.startRestore();
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 30000);
    QVERIFY2(restored.at(0).at(0).toBool(), qPrintable(restored.at(0).at(1).toString()));
    QVERIFY(checksum(m_db.name()) != before);  // the deleted contact is back
}

void tst_BackupDialog::stopLeavesNoFile()
{
    // pg_dump waits for this lock, so Stop is sure to land while it runs.
    QSqlDatabase locker = m_db.connection(QStringLiteral("locker"));
    QVERIFY(locker.transaction());
    QSqlQuery lock(locker);
    QVERIFY_SQL(lock, exec("LOCK TABLE recipients IN ACCESS EXCLUSIVE MODE"));
    QTemporaryDir dir;
    BackupDialog backup(m_admin);
    backup.setFileName(dir.filePath("stopped.dump"));
    QSignalSpy backedUp(&backup, &BackupDialog::backupFinished);
    backup.startBackup();
    QTRY_VERIFY_WITH_TIMEOUT(m_db.scalar("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'waqtor-backup' "
                                         "AND wait_event_type = 'Lock'").toInt() > 0, 20000);
    backup.stop();
    QTRY_COMPARE_WITH_TIMEOUT(backedUp.count(), 1, 20000);
    locker.rollback();
    QVERIFY(!backedUp.at(0).at(0).toBool());
    QVERIFY2(backedUp.at(0).at(1).toString().contains("stopped"), qPrintable(backedUp.at(0).at(1).toString()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

QTEST_MAIN(tst_BackupDialog)
#include "tst_backupdialog.moc"
