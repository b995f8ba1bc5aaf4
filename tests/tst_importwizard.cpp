#include "pages/contactspage.h"
#include "clirunner.h"
#include "guitest.h"
#include "importwizard/importfilepage.h"
#include "importwizard/importmappingpage.h"
#include "importwizard/importoptionspage.h"
#include "importwizard/importpreviewpage.h"
#include "importwizard/importprogresspage.h"
#include "importwizard/importsummarypage.h"
#include "importwizard/importwizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <unistd.h>

// The CSV import wizard driven page by page against a real database, as a user would.
class tst_ImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void importsThroughEveryPage();
    void mappingMustHaveAPhone();
    void adminUpdatesAnotherOwnersContacts();
    void dryRunWritesNothing();
    void cancelLeavesDatabaseUnchanged_data();
    void cancelLeavesDatabaseUnchanged();
    void encodingErrorShownNextToTheField();
    void limitsSaidAsTheCommandLineSaysThem();
    void actionOnlyForRolesThatMayAdd();
    void unwritableErrorFileCommitsNothing();
    void errorFileNamingTheSourceRefused_data();
    void errorFileNamingTheSourceRefused();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    // Shows the wizard, reads `path` on the file page and moves on to the mapping page.
    void openFile(ImportWizard &wizard, const QString &path);
    // Moves from the options page through the import to the summary.
    void runToSummary(ImportWizard &wizard);
    // Saves the wizard as it looks now under $WAQTOR_SCREENSHOT_DIR (when set), for the README.
    static void shot(ImportWizard &wizard, const QString &name);
    QString idOf(const QString &email) { return m_db.scalar("SELECT id::text FROM users WHERE email = '" + email + "'").toString(); }
    qint64 count(const QString &sql) { return m_db.scalar(sql).toLongLong(); }

    TestDatabase m_db;
    QTemporaryDir m_dir;
    SignedIn m_admin, m_alice, m_viewer;
};

void tst_ImportWizard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    QVERIFY(m_db.exec("INSERT INTO users (email, password_hash, role) VALUES ('bob@example.com', 'x', 'user')"));
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

void tst_ImportWizard::init()
{
    QVERIFY(m_db.exec("DELETE FROM recipients; DELETE FROM groups"));
    // Every test starts from Saudi numbers unless it says otherwise.
    for (const SignedIn *who : {&m_admin, &m_alice})
        QSettings().setValue(ImportWizard::regionSettingsKey(who->account.email), "SA");
}

QString tst_ImportWizard::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void tst_ImportWizard::shot(ImportWizard &wizard, const QString &name)
{
    const QString dir = qEnvironmentVariable("WAQTOR_SCREENSHOT_DIR");
    const QString file = dir + "/import-" + name + ".png";
    // The first test to reach a page shows it best: later ones do not overwrite it.
    if (dir.isEmpty() || QFile::exists(file))
        return;
    // Pending layout requests resize labels whose text just changed.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(wizard.grab().save(file));
}

void tst_ImportWizard::openFile(ImportWizard &wizard, const QString &path)
{
    wizard.show();
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
    wizard.filePage()->setPath(path);
    QVERIFY2(wizard.filePage()->isComplete(), qPrintable(wizard.filePage()->errorText()));
    shot(wizard, "file");
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
}

void tst_ImportWizard::runToSummary(ImportWizard &wizard)
{
    QCOMPARE(wizard.currentId(), int(ImportWizard::OptionsPage));
    QVERIFY(wizard.button(QWizard::CommitButton)->isVisible());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ProgressPage));
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPage), 60000);
    QVERIFY(!wizard.isImporting());
}

void tst_ImportWizard::importsThroughEveryPage()
{
    QVERIFY(m_db.exec("INSERT INTO groups (user_id, name) VALUES ('" + idOf("alice@example.com") + "', 'VIP'), ('"
                      + idOf("bob@example.com") + "', 'Bob only')"));
    const QString path = writeFile("contacts.csv",
                                   "Phone,Full Name,E-mail,City,Notes\n"
                                   "0501234567,Ali,ali@example.com,Riyadh,first\n"
                                   "+966 50 765 4321,سارة,sara@example.com,Jeddah,second\n"
                                   "12,Short,short@example.com,Dammam,third\n"
                                   "0551112222,Omar,not-an-email,Mecca,fourth\n"
                                   "0559998888,Huda,,Taif,fifth\n");
    ImportWizard wizard(m_alice);
    wizard.show();
    // The region is remembered per user, and only under that user's key.
    QVERIFY(wizard.filePage()->setRegion("EG"));
    QCOMPARE(QSettings().value(ImportWizard::regionSettingsKey("alice@example.com")).toString(), QString("EG"));
    QCOMPARE(QSettings().value(ImportWizard::regionSettingsKey("admin@example.com")).toString(), QString("SA"));
    QVERIFY(wizard.filePage()->setRegion("SA"));
    openFile(wizard, path);
    QVERIFY2(wizard.filePage()->detectedText().contains("UTF-8"), qPrintable(wizard.filePage()->detectedText()));
    QVERIFY(wizard.filePage()->detectedText().contains("comma"));
    QVERIFY(wizard.filePage()->detectedText().contains("names the columns"));

    // Mapping: the known headers are matched, City and Notes go to custom fields on their own.
    ImportMappingPage *mapping = wizard.mappingPage();
    const QList<ColumnTarget> suggested = mapping->mapping().columns();
    QCOMPARE(suggested.size(), 5);
    QCOMPARE(suggested.at(0).field, ContactField::Phone);
    QCOMPARE(suggested.at(1).field, ContactField::Name);
    QCOMPARE(suggested.at(2).field, ContactField::Email);
    QVERIFY(suggested.at(3).automatic && suggested.at(4).automatic);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    // City under a key of our choosing; Notes left out by unticking Keep.
    QVERIFY_OK(mapping->setField(3, "custom:city"));
    mapping->setKeep(4, false);
    QCOMPARE(mapping->mapping().columns().at(3).key, QString("city"));
    QCOMPARE(mapping->mapping().columns().at(4).field, ContactField::Ignore);
    QVERIFY2(mapping->validationText().contains("Phone numbers come from column \"Phone\""),
             qPrintable(mapping->validationText()));
    shot(wizard, "mapping");
    wizard.next();

    // Preview: rows as stored, and the rejected ones with their reason.
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
    ImportPreviewPage *preview = wizard.previewPage();
    QCOMPARE(preview->rowText(2), QString("+966501234567 | Ali | ali@example.com | (active when new) | {\"city\":\"Riyadh\"}"));
    QVERIFY2(preview->rowText(3).startsWith("+966507654321 | سارة |"), qPrintable(preview->rowText(3)));
    QVERIFY2(preview->rowText(4).startsWith("Rejected: "), qPrintable(preview->rowText(4)));
    QVERIFY2(preview->rowText(5).startsWith("Rejected: ") && preview->rowText(5).contains("not-an-email"),
             qPrintable(preview->rowText(5)));
    QVERIFY2(preview->rowText(6).contains("+966559998888 | Huda |  |"), qPrintable(preview->rowText(6)));
    QVERIFY2(preview->summaryText().startsWith("2 of the first 5 record"), qPrintable(preview->summaryText()));
    shot(wizard, "preview");
    wizard.next();

    // Options: a user imports for themselves, into their own groups only.
    ImportOptionsPage *options = wizard.optionsPage();
    QCOMPARE(options->ownerEmail(), QString("alice@example.com"));
    QVERIFY(!options->setOwner("bob@example.com"));
    QCOMPARE(options->groupNames(), QStringList{"VIP"});
    options->chooseGroup("vip");  // names match ignoring case, as the importer matches them
    options->chooseGroup("Newcomers");
    QCOMPARE(options->chosenGroups(), (QStringList{"VIP", "Newcomers"}));
    QCOMPARE(options->errorsPath(), m_dir.filePath("contacts-errors.csv"));
    QCOMPARE(wizard.button(QWizard::CommitButton)->text(), QString("&Import"));
    shot(wizard, "options");
    runToSummary(wizard);
    shot(wizard, "summary");

    const QString alice = idOf("alice@example.com");
    QCOMPARE(count("SELECT count(*) FROM recipients WHERE user_id = '" + alice + "'"), 3);
    QCOMPARE(count("SELECT count(*) FROM recipients"), 3);
    QCOMPARE(m_db.scalar("SELECT name || ' ' || email || ' ' || status || ' ' || custom_fields::text FROM recipients "
                         "WHERE phone_number = '+966501234567'").toString(),
             QString("Ali ali@example.com active {\"city\": \"Riyadh\"}"));
    QCOMPARE(m_db.scalar("SELECT string_agg(g.name || '=' || (SELECT count(*) FROM recipient_groups rg WHERE rg.group_id = g.id), "
                         "',' ORDER BY g.name) FROM groups g WHERE g.user_id = '" + alice + "'").toString(),
             QString("Newcomers=3,VIP=3"));

    ImportSummaryPage *summary = wizard.summaryPage();
    QVERIFY2(summary->headline().contains("alice@example.com"), qPrintable(summary->headline()));
    QCOMPARE(summary->rejectedLines().size(), 2);
    QVERIFY2(summary->rejectedLines().at(0).startsWith("line 4: "), qPrintable(summary->rejectedLines().at(0)));
    QVERIFY(summary->findChild<QPushButton *>("openFolderButton")->isVisibleTo(summary));
    QFile errors(m_dir.filePath("contacts-errors.csv"));
    QVERIFY(errors.open(QIODevice::ReadOnly));
    QCOMPARE(errors.readAll().count('\n'), 3);  // the header and two rejected rows
    QVERIFY(wizard.changedContacts());
}

void tst_ImportWizard::mappingMustHaveAPhone()
{
    const QString path = writeFile("nophone.csv", "Name,Email,Mobile\nAli,ali@example.com,0501234567\n");
    ImportWizard wizard(m_alice);
    openFile(wizard, path);
    ImportMappingPage *mapping = wizard.mappingPage();
    QCOMPARE(mapping->mapping().phoneColumn(), 2);
    QVERIFY_OK(mapping->setField(2, "ignore"));
    QVERIFY(!mapping->isComplete());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY2(mapping->validationText().contains("phone number"), qPrintable(mapping->validationText()));
    // Two columns on one custom key are refused too, in a sentence naming both.
    QVERIFY_OK(mapping->setField(2, "phone_number"));
    QVERIFY_OK(mapping->setField(0, "custom:who"));
    QVERIFY_OK(mapping->setField(1, "custom:who"));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY2(mapping->validationText().contains("\"Name\"") && mapping->validationText().contains("\"Email\""),
             qPrintable(mapping->validationText()));
    QVERIFY(!mapping->setField(1, "custom:").ok());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY_OK(mapping->setField(1, "email"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void tst_ImportWizard::adminUpdatesAnotherOwnersContacts()
{
    const QString bob = idOf("bob@example.com");
    QVERIFY(m_db.exec("INSERT INTO recipients (user_id, phone_number, name, status) VALUES ('" + bob
                      + "', '+966501234567', 'Old name', 'blocked'), ('" + bob + "', '+966502222222', 'Kept', 'active')"));
    const QString path = writeFile("update.csv", "phone;name;status\n0501234567;New name;active\n0502222222;;\n0503333333;Third;\n");
    ImportWizard wizard(m_admin);
    openFile(wizard, path);
    QVERIFY(wizard.filePage()->detectedText().contains("semicolon"));
    wizard.next();
    wizard.next();
    ImportOptionsPage *options = wizard.optionsPage();
    QVERIFY(options->setOwner("bob@example.com"));
    options->setDuplicatePolicy(DuplicatePolicy::Update, true);
    options->setErrorsPath(QString());
    runToSummary(wizard);
    QVERIFY2(wizard.setup().outcome && wizard.setup().outcome->ok(), qPrintable(wizard.summaryPage()->headline()));
    const ImportCounts n = wizard.setup().outcome->value().counts;
    QCOMPARE(n.inserted, 1);
    QCOMPARE(n.updated, 2);
    QCOMPARE(count("SELECT count(*) FROM recipients WHERE user_id = '" + bob + "'"), 3);
    // Updated and unblocked; an empty cell keeps what is stored.
    QCOMPARE(m_db.scalar("SELECT string_agg(phone_number || ' ' || name || ' ' || status, ', ' ORDER BY phone_number) "
                         "FROM recipients").toString(),
             QString("+966501234567 New name active, +966502222222 Kept active, +966503333333 Third active"));
    QVERIFY(!QFile::exists(m_dir.filePath("update-errors.csv")));
}

void tst_ImportWizard::dryRunWritesNothing()
{
    const QString path = writeFile("check.csv", "phone,name\n0501234567,Ali\nnonsense,Bad\n");
    ImportWizard wizard(m_admin);
    openFile(wizard, path);
    wizard.next();
    wizard.next();
    ImportOptionsPage *options = wizard.optionsPage();
    options->chooseGroup("Only in a check");
    options->setDryRun(true);
    QCOMPARE(wizard.button(QWizard::CommitButton)->text(), QString("&Check"));
    runToSummary(wizard);
    const QString headline = wizard.summaryPage()->headline();
    QVERIFY2(headline.contains("nothing was written"), qPrintable(headline));
    QCOMPARE(wizard.setup().outcome->value().counts.inserted, 1);
    QCOMPARE(wizard.setup().outcome->value().counts.rejected, 1);
    QCOMPARE(count("SELECT count(*) FROM recipients"), 0);
    QCOMPARE(count("SELECT count(*) FROM groups"), 0);
    QVERIFY(!wizard.changedContacts());
    shot(wizard, "check-summary");

    // The check's summary offers the real import with the same file, mapping and options.
    auto *importNow = wizard.summaryPage()->findChild<QPushButton *>("importNowButton");
    QVERIFY(importNow && importNow->isVisibleTo(&wizard));
    importNow->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPage), 60000);
    QTRY_VERIFY(wizard.setup().outcome.has_value());
    QVERIFY_OK(*wizard.setup().outcome);
    QVERIFY(!wizard.setup().outcome->value().dryRun);
    QCOMPARE(wizard.setup().outcome->value().counts.inserted, 1);
    QCOMPARE(count("SELECT count(*) FROM recipients"), 1);
    QCOMPARE(count("SELECT count(*) FROM groups WHERE name = 'Only in a check'"), 1);
    QVERIFY(wizard.changedContacts());
    QVERIFY(!importNow->isVisibleTo(&wizard));
}

void tst_ImportWizard::cancelLeavesDatabaseUnchanged_data()
{
    // What the import waits for when the cancel comes: both must be stopped on the server.
    QTest::addColumn<QString>("blocker");
    QTest::addColumn<bool>("progressFirst");
    // An uncommitted contact with the file's first phone: the import reads the whole file, then
    // its INSERT waits for this transaction.
    QTest::newRow("insert waits for a row") << "INSERT INTO recipients (user_id, phone_number) VALUES "
                                               "((SELECT id FROM users WHERE email = 'alice@example.com'), '+966550000000')"
                                            << true;
    // A table lock: the import waits while it is still preparing its statements.
    QTest::newRow("start waits for a table lock") << "LOCK TABLE recipients IN SHARE MODE" << false;
}

void tst_ImportWizard::cancelLeavesDatabaseUnchanged()
{
    QFETCH(QString, blocker);
    QFETCH(bool, progressFirst);
    QByteArray csv = "phone,name,city\n";
    for (int i = 0; i < 30000; ++i)
        csv += "05" + QByteArray::number(50000000 + i) + ",Name " + QByteArray::number(i) + ",Riyadh\n";
    const QString path = writeFile("big.csv", csv);
    // Whatever the machine's speed, the import cannot finish before the cancel while this
    // transaction holds what it needs.
    QSqlDatabase locker = m_db.connection("locker");
    QSqlQuery lock(locker);
    QVERIFY_SQL(lock, exec("BEGIN"));
    QVERIFY_SQL(lock, exec(blocker));

    ImportWizard wizard(m_alice);
    openFile(wizard, path);
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::OptionsPage));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ProgressPage));
    QVERIFY(wizard.isImporting());
    if (progressFirst) {
        QTRY_VERIFY_WITH_TIMEOUT(wizard.progressPage()->hasStarted(), 30000);
        shot(wizard, "progress");
    }
    QTRY_VERIFY_WITH_TIMEOUT(count("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                   "AND wait_event_type = 'Lock'") > 0, 30000);
    // Cancel while importing stops the import; the wizard stays open to say what happened.
    QCOMPARE(wizard.button(QWizard::CancelButton)->text(), QString("&Stop"));
    wizard.button(QWizard::CancelButton)->click();
    QVERIFY(wizard.isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPage), 30000);
    QVERIFY(lock.exec("ROLLBACK"));
    const QString headline = wizard.summaryPage()->headline();
    QVERIFY2(headline.contains("nothing was imported"), qPrintable(headline));
    QCOMPARE(wizard.setup().outcome->error().kind, ErrorKind::Interrupted);
    QCOMPARE(count("SELECT count(*) FROM recipients"), 0);
    QVERIFY(!wizard.changedContacts());
}

void tst_ImportWizard::encodingErrorShownNextToTheField()
{
    // An Excel export in Windows-1256: not valid UTF-8.
    QStringEncoder encoder("windows-1256");
    QVERIFY(encoder.isValid());
    const QByteArray bytes = encoder.encode(QString("phone,name\n0501234567,سارة\n"));
    const QString path = writeFile("arabic.csv", bytes);
    ImportWizard wizard(m_alice);
    wizard.show();
    wizard.filePage()->setPath(path);
    QVERIFY(!wizard.filePage()->isComplete());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY2(wizard.filePage()->errorText().contains("Windows-1256"), qPrintable(wizard.filePage()->errorText()));
    QVERIFY(wizard.filePage()->setEncoding("windows-1256"));
    QVERIFY2(wizard.filePage()->isComplete(), qPrintable(wizard.filePage()->errorText()));
    QVERIFY(wizard.filePage()->errorText().isEmpty());
    wizard.next();
    wizard.next();
    QVERIFY2(wizard.previewPage()->rowText(2).startsWith("+966501234567 | سارة |"), qPrintable(wizard.previewPage()->rowText(2)));
}

void tst_ImportWizard::limitsSaidAsTheCommandLineSaysThem()
{
    const QByteArray huge = "\"" + QByteArray(1024 * 1024 + 1, 'x') + "\"";
    const QString sentence = "has a field longer than 1048576 characters";
    // Among the records the preview shows: the file page refuses the file with the reader's sentence,
    // not with advice about the encoding.
    const QString early = writeFile("long-early.csv", "phone,name\n+966501234567,Ali\n+966501234568," + huge + "\n");
    ImportWizard wizard(m_alice);
    wizard.show();
    wizard.filePage()->setPath(early);
    QVERIFY(!wizard.filePage()->isComplete());
    QVERIFY2(wizard.filePage()->errorText().startsWith("Line 3 " + sentence), qPrintable(wizard.filePage()->errorText()));
    QVERIFY2(!wizard.filePage()->errorText().contains("Windows-1256"), qPrintable(wizard.filePage()->errorText()));

    // Past the preview's sample: the import stops on it with the same sentence and writes nothing.
    QByteArray rows = "phone,name\n";
    for (int i = 0; i < 30; ++i)
        rows += QByteArray("+9665012345") + QByteArray::number(10 + i) + ",Name\n";
    const QString late = writeFile("long-late.csv", rows + "+966501234599," + huge + "\n");
    ImportWizard second(m_alice);
    openFile(second, late);
    second.next();
    second.next();
    runToSummary(second);
    QVERIFY(second.setup().outcome.has_value() && !second.setup().outcome->ok());
    const QString headline = second.summaryPage()->headline();
    QVERIFY2(headline.startsWith("Line 32 " + sentence) && headline.contains("Nothing was imported"), qPrintable(headline));
    QCOMPARE(count("SELECT count(*) FROM recipients"), 0);
}

void tst_ImportWizard::actionOnlyForRolesThatMayAdd()
{
    ContactsPage viewerPage(m_viewer);
    auto *viewerAction = viewerPage.findChild<QAction *>("importAction");
    QVERIFY(viewerAction);
    QVERIFY(!viewerAction->isVisible());
    QVERIFY(!viewerAction->isEnabled());
    QVERIFY(!viewerPage.findChild<QToolButton *>("importButton")->isVisibleTo(&viewerPage));

    ContactsPage page(m_alice);
    QVERIFY(page.reload());
    auto *action = page.findChild<QAction *>("importAction");
    QVERIFY(action->isVisible() && action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence("Ctrl+I"));
    QVERIFY(page.findChild<QToolButton *>("importButton")->isVisibleTo(&page));
    bool opened = false;
    GuiTest::onNextModal([&](QDialog *d) {
        opened = qobject_cast<ImportWizard *>(d) != nullptr;
        d->reject();
    });
    action->trigger();
    QVERIFY(opened);
}

void tst_ImportWizard::unwritableErrorFileCommitsNothing()
{
    // The rejected rows cannot be saved (a full device): the import commits nothing and the summary says why.
    const QString path = writeFile("full.csv", "phone,name\n0501234567,Ali\nnonsense,Bad\n");
    ImportWizard wizard(m_alice);
    openFile(wizard, path);
    wizard.next();
    wizard.next();
    wizard.optionsPage()->chooseGroup("Made by a failed import");
    wizard.optionsPage()->setErrorsPath(CliRunner::fullDevice());
    runToSummary(wizard);
    QVERIFY(wizard.setup().outcome && !wizard.setup().outcome->ok());
    const QString headline = wizard.summaryPage()->headline();
    QVERIFY2(headline.contains(CliRunner::fullDevice()) && headline.contains("No space left on device")
                 && headline.contains("changed nothing"),
             qPrintable(headline));
    QCOMPARE(count("SELECT count(*) FROM recipients"), 0);
    QCOMPARE(count("SELECT count(*) FROM groups"), 0);
    QVERIFY(!wizard.changedContacts());
}

void tst_ImportWizard::errorFileNamingTheSourceRefused_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("same_path") << "same";
    QTest::newRow("symlink_to_source") << "symlink";
    QTest::newRow("hard_link_to_source") << "hardlink";
}

void tst_ImportWizard::errorFileNamingTheSourceRefused()
{
    QFETCH(QString, how);
    const QByteArray content = "phone,name\n0501234567,Ali\nnonsense,Bad\n";
    const QString path = writeFile("source.csv", content);
    QString errors = path;
    if (how != "same") {
        errors = m_dir.filePath("source-link.csv");
        QFile::remove(errors);
        if (how == "symlink")
            QVERIFY(QFile::link(path, errors));
        else
            QVERIFY(::link(QFile::encodeName(path).constData(), QFile::encodeName(errors).constData()) == 0);
    }
    ImportWizard wizard(m_alice);
    openFile(wizard, path);
    wizard.next();
    wizard.next();
    wizard.optionsPage()->setErrorsPath(errors);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::OptionsPage));
    const QString said = wizard.optionsPage()->findChild<QLabel *>("messageLabel")->text();
    QVERIFY2(said.contains("is the file being imported"), qPrintable(said));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);
    QCOMPARE(count("SELECT count(*) FROM recipients"), 0);
    QFile::remove(errors);
}

QTEST_MAIN(tst_ImportWizard)
#include "tst_importwizard.moc"
