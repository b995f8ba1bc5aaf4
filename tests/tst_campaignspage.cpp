#include "dialogs/campaigndialog.h"
#include "pages/campaignspage.h"
#include "guitest.h"
#include "models/windowedtablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

// The Campaigns page and dialog driven offscreen against a real database.
class tst_CampaignsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void crudRoundTrip();
    void nullSessionShows();
    void filters_data();
    void filters();
    void marketerSeesOwnOnly();
    void sessionComboListsOwnersSessions();
    void previewRendersCustomFieldsAndFlagsUnknown();
    void serverStatusIsReadOnly_data();
    void serverStatusIsReadOnly();
    void viewerCannotSave();

private:
    QString insertCampaign(const QString &owner, const QString &name, const QString &status, const QString &session = {});
    static int rowOf(const TablePage &page, const QString &name);
    static int columnOf(const TablePage &page, const QString &header);
    static void selectRow(TablePage &page, int row);
    template <typename T>
    static T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }

    TestDatabase m_db;
    std::optional<SignedIn> m_admin, m_alice, m_viewer;
    QString m_aliceId, m_bobId, m_aliceSession;
};

void tst_CampaignsPage::initTestCase()
{
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    auto admin = GuiTest::createAndSignIn(m_db, "boss@example.com", "admin");
    QVERIFY_OK(admin);
    m_admin = admin.value();
    auto alice = GuiTest::createAndSignIn(m_db, "alice@example.com", "user");
    QVERIFY_OK(alice);
    m_alice = alice.value();
    auto viewer = GuiTest::createAndSignIn(m_db, "eye@example.com", "viewer");
    QVERIFY_OK(viewer);
    m_viewer = viewer.value();
    QVERIFY_OK(GuiTest::createAndSignIn(m_db, "bob@example.com", "user"));
    m_aliceId = m_alice->account.id;
    m_bobId = m_db.scalar("SELECT id::text FROM users WHERE email = 'bob@example.com'").toString();
    QVERIFY(m_db.exec(QString("INSERT INTO whatsapp_sessions (user_id, session_name, phone_number) VALUES "
                              "('%1', 'Alice main', '+966500000001'), ('%1', 'Alice spare', NULL), "
                              "('%2', 'Bob main', '+966500000002');"
                              "INSERT INTO recipients (user_id, phone_number, name, custom_fields) VALUES "
                              "('%1', '+966511111111', 'Layla', '{\"city\": \"Riyadh\"}'), "
                              "('%1', '+966522222222', 'Omar', '{\"city\": \"Jeddah\", \"tier\": \"Gold\"}'), "
                              "('%2', '+966533333333', 'Bob''s friend', NULL)")
                          .arg(m_aliceId, m_bobId)));
    m_aliceSession = m_db.scalar("SELECT id::text FROM whatsapp_sessions WHERE session_name = 'Alice main'").toString();
}

void tst_CampaignsPage::init()
{
    QVERIFY(m_db.exec("DELETE FROM campaigns"));
}

QString tst_CampaignsPage::insertCampaign(const QString &owner, const QString &name, const QString &status, const QString &session)
{
    return m_db.scalar(QString("INSERT INTO campaigns (user_id, session_id, name, message_template, status, total_recipients, "
                               "sent_count, failed_count) VALUES ('%1', %2, '%3', 'Hi {{name}}', '%4', 20, 7, 2) RETURNING id::text")
                           .arg(owner, session.isEmpty() ? "NULL" : "'" + session + "'", name, status))
        .toString();
}

int tst_CampaignsPage::rowOf(const TablePage &page, const QString &name)
{
    const int column = page.model()->fieldIndex("name");
    for (int r = 0; r < page.model()->rowCount(); ++r)
        if (page.model()->index(r, column).data().toString() == name)
            return r;
    return -1;
}

// Relation columns are renamed once joined (user_id reads back as email): find them by their header.
int tst_CampaignsPage::columnOf(const TablePage &page, const QString &header)
{
    for (int c = 0; c < page.model()->columnCount(); ++c)
        if (page.model()->headerData(c, Qt::Horizontal).toString() == header)
            return c;
    return -1;
}

void tst_CampaignsPage::selectRow(TablePage &page, int row)
{
    page.tableView()->selectRow(row);
    page.tableView()->setCurrentIndex(page.model()->index(row, page.model()->fieldIndex("name")));
}

void tst_CampaignsPage::crudRoundTrip()
{
    CampaignsPage page(*m_admin);
    page.show();
    QVERIFY(page.reload());
    QCOMPARE(page.model()->rowCount(), 0);

    bool acted = false;
    GuiTest::onNextModal([&](QDialog *d) {
        child<QLineEdit>(d, "nameEdit")->setText("Round trip");
        auto *owner = child<QComboBox>(d, "ownerCombo");
        owner->setCurrentIndex(owner->findData(m_aliceId));
        auto *session = child<QComboBox>(d, "sessionCombo");
        session->setCurrentIndex(session->findData(m_aliceSession));
        child<QPlainTextEdit>(d, "templateEdit")->setPlainText("Hi {{name}}!");
        child<QDialogButtonBox>(d, "buttonBox")->button(QDialogButtonBox::Save)->click();
        acted = true;
    });
    page.newRecord();
    QVERIFY(acted);
    QCOMPARE(m_db.scalar("SELECT count(*) FROM campaigns WHERE name = 'Round trip' AND status = 'draft' "
                         "AND session_id IS NOT NULL").toInt(), 1);
    const int created = rowOf(page, "Round trip");
    QVERIFY(created >= 0);
    QCOMPARE(page.model()->index(created, columnOf(page, "Owner")).data().toString(), QString("alice@example.com"));
    QCOMPARE(page.model()->index(created, columnOf(page, "Session")).data().toString(), QString("Alice main"));

    // Edit: rename and schedule for tomorrow on the server's clock.
    selectRow(page, created);
    const QDateTime tomorrow = Timestamp::fromText(m_db.scalar("SELECT (LOCALTIMESTAMP + interval '1 day')::text").toString())
                                   .toWallClock();
    acted = false;
    GuiTest::onNextModal([&](QDialog *d) {
        child<QLineEdit>(d, "nameEdit")->setText("Round trip 2");
        auto *status = child<QComboBox>(d, "statusCombo");
        status->setCurrentIndex(status->findData("scheduled"));
        QVERIFY(child<QCheckBox>(d, "scheduledCheck")->isChecked());
        child<QDateTimeEdit>(d, "scheduledEdit")->setDateTime(QDateTime(tomorrow.date(), QTime(tomorrow.time().hour(), 0), Qt::UTC));
        child<QDialogButtonBox>(d, "buttonBox")->button(QDialogButtonBox::Save)->click();
        acted = true;
    });
    page.editCurrent();
    QVERIFY(acted);
    QCOMPARE(m_db.scalar("SELECT status FROM campaigns WHERE name = 'Round trip 2'").toString(), QString("scheduled"));
    QCOMPARE(m_db.scalar("SELECT to_char(scheduled_at, 'YYYY-MM-DD HH24:MI')  FROM campaigns").toString(),
             tomorrow.toString("yyyy-MM-dd HH") + ":00");

    // Delete, confirmed.
    const QString second = insertCampaign(m_aliceId, "Also gone", "completed");
    QVERIFY(page.reload());
    page.tableView()->selectAll();
    QString question;
    GuiTest::onNextModal([&](QDialog *d) {
        question = static_cast<QMessageBox *>(d)->text() + static_cast<QMessageBox *>(d)->informativeText();
        child<QPushButton>(d, "deleteButton")->click();
    });
    page.deleteSelected();
    QVERIFY2(question.contains("Delete these 2 campaigns") && question.contains("cannot be undone"), qPrintable(question));
    QCOMPARE(m_db.scalar("SELECT count(*) FROM campaigns").toInt(), 0);
    QCOMPARE(m_db.scalar("SELECT count(*) FROM waqtor_audit WHERE action = 'campaign.delete' AND actor = 'boss@example.com'")
                 .toInt(), 2);
    QCOMPARE(page.model()->rowCount(), 0);
}

void tst_CampaignsPage::nullSessionShows()
{
    insertCampaign(m_aliceId, "No session", "draft");
    insertCampaign(m_aliceId, "With session", "running", m_aliceSession);
    CampaignsPage page(*m_admin);
    page.show();
    QVERIFY(page.reload());
    QCOMPARE(page.model()->rowCount(), 2);
    const int row = rowOf(page, "No session");
    QVERIFY(row >= 0);
    const int session = columnOf(page, "Session");
    QVERIFY(page.model()->index(row, session).data().toString().isEmpty());
    QCOMPARE(page.model()->index(rowOf(page, "With session"), session).data().toString(), QString("Alice main"));
    // UUIDs stay out of sight; owner shows its email.
    for (const char *hidden : {"id", "metadata", "message_template"})
        QVERIFY(page.tableView()->isColumnHidden(page.model()->fieldIndex(hidden)));
    QCOMPARE(page.model()->index(row, columnOf(page, "Owner")).data().toString(), QString("alice@example.com"));
    // Every visible column sorts both ways through the keyset window, NULL sessions included.
    for (int c = 0; c < page.model()->tableColumnCount(); ++c) {
        if (page.tableView()->isColumnHidden(c))
            continue;
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            page.tableView()->sortByColumn(c, order);
            QVERIFY2(page.model()->rowCount() == 2, qPrintable(page.model()->lastError().text()));
        }
    }
}

void tst_CampaignsPage::filters_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("everything") << "" << "" << QStringList{"Alpha", "Beta", "Gamma"};
    QTest::newRow("name") << "alp" << "" << QStringList{"Alpha"};
    QTest::newRow("template") << "{{name}}" << "" << QStringList{"Alpha", "Beta", "Gamma"};
    QTest::newRow("status") << "" << "completed" << QStringList{"Beta"};
    QTest::newRow("both, nothing") << "Gamma" << "completed" << QStringList{};
    QTest::newRow("wildcard typed") << "%" << "" << QStringList{};
}

void tst_CampaignsPage::filters()
{
    QFETCH(QString, search);
    QFETCH(QString, status);
    QFETCH(QStringList, expected);
    insertCampaign(m_aliceId, "Alpha", "draft");
    insertCampaign(m_bobId, "Beta", "completed");
    insertCampaign(m_aliceId, "Gamma", "paused");
    CampaignsPage page(*m_admin);
    page.show();
    child<QLineEdit>(&page, "searchEdit")->setText(search);
    auto *statusFilter = child<QComboBox>(&page, "statusFilter");
    statusFilter->setCurrentIndex(qMax(0, statusFilter->findData(status)));
    QVERIFY(page.reload());
    QStringList names;
    for (int r = 0; r < page.model()->rowCount(); ++r)
        names << page.model()->index(r, page.model()->fieldIndex("name")).data().toString();
    names.sort();
    QCOMPARE(names, expected);
}

void tst_CampaignsPage::marketerSeesOwnOnly()
{
    insertCampaign(m_aliceId, "Hers", "draft");
    insertCampaign(m_bobId, "His", "draft");
    CampaignsPage page(*m_alice);
    // Whatever the view fetches while it is being set up is already limited to her rows.
    QVERIFY(page.model()->rowCount() <= 1);
    QVERIFY(rowOf(page, "His") < 0);
    page.show();
    QVERIFY(page.reload());
    QCOMPARE(page.model()->rowCount(), 1);
    QVERIFY(rowOf(page, "Hers") == 0);
    QVERIFY(!child<QComboBox>(&page, "ownerFilter")->isVisible());
    QVERIFY(page.tableView()->isColumnHidden(columnOf(page, "Owner")));
}

void tst_CampaignsPage::sessionComboListsOwnersSessions()
{
    CampaignDialog dialog(*m_admin, QString());
    auto *owner = child<QComboBox>(&dialog, "ownerCombo");
    auto *session = child<QComboBox>(&dialog, "sessionCombo");
    QVERIFY(owner->isEnabled());
    const auto items = [session] {
        QStringList texts;
        for (int i = 0; i < session->count(); ++i)
            texts << session->itemText(i);
        return texts;
    };
    owner->setCurrentIndex(owner->findData(m_aliceId));
    QCOMPARE(items(), (QStringList{"(none)", "Alice main — +966500000001", "Alice spare"}));
    session->setCurrentIndex(1);
    owner->setCurrentIndex(owner->findData(m_bobId));
    QCOMPARE(items(), (QStringList{"(none)", "Bob main — +966500000002"}));
    QCOMPARE(session->currentIndex(), 0);  // the other owner's session is not kept

    // A marketer's dialog: her own sessions, owner fixed.
    CampaignDialog own(*m_alice, QString());
    QVERIFY(!child<QComboBox>(&own, "ownerCombo")->isEnabled());
    QCOMPARE(child<QComboBox>(&own, "sessionCombo")->count(), 3);
}

void tst_CampaignsPage::previewRendersCustomFieldsAndFlagsUnknown()
{
    CampaignDialog dialog(*m_alice, QString());
    dialog.show();
    auto *contact = child<QComboBox>(&dialog, "contactCombo");
    QCOMPARE(contact->count(), 2);  // only Alice's contacts
    contact->setCurrentIndex(contact->findText("Layla", Qt::MatchStartsWith));
    child<QPlainTextEdit>(&dialog, "templateEdit")->setPlainText("Hi {{name}} in {{ city }}, {{tier}} offer for {{phone_number}}");
    auto *preview = child<QTextBrowser>(&dialog, "previewBrowser");
    QCOMPARE(preview->toPlainText(), QString("Hi Layla in Riyadh, {{tier}} offer for +966511111111"));
    QVERIFY2(preview->toHtml().contains("#b00020"), qPrintable(preview->toHtml()));
    const QString flagged = child<QLabel>(&dialog, "unknownLabel")->text();
    QVERIFY2(flagged.contains("{{tier}}") && flagged.contains("b00020"), qPrintable(flagged));

    // Omar has a tier: found by phone through the search box, nothing is flagged.
    child<QLineEdit>(&dialog, "contactSearchEdit")->setText("522222");
    QTRY_COMPARE(contact->count(), 1);
    QCOMPARE(preview->toPlainText(), QString("Hi Omar in Jeddah, Gold offer for +966522222222"));
    QVERIFY(!child<QLabel>(&dialog, "unknownLabel")->text().contains("{{"));
}

void tst_CampaignsPage::serverStatusIsReadOnly_data()
{
    QTest::addColumn<QString>("status");
    QTest::newRow("running") << "running";
    QTest::newRow("completed") << "completed";
    QTest::newRow("failed") << "failed";
}

void tst_CampaignsPage::serverStatusIsReadOnly()
{
    QFETCH(QString, status);
    const QString cid = insertCampaign(m_aliceId, "Busy", status, m_aliceSession);
    CampaignDialog dialog(*m_admin, cid);
    auto *combo = child<QComboBox>(&dialog, "statusCombo");
    QVERIFY(!combo->isEnabled());
    QCOMPARE(combo->currentData().toString(), status);
    QVERIFY2(child<QLabel>(&dialog, "statusNote")->text().contains("set by the WaQtor server"),
             qPrintable(child<QLabel>(&dialog, "statusNote")->text()));
    QVERIFY(child<QLabel>(&dialog, "progressValue")->text().contains("7 sent / 2 failed / 20"));
    // Other fields still save; the status stays the server's.
    child<QLineEdit>(&dialog, "nameEdit")->setText("Busy, renamed");
    dialog.accept();
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.errorText()));
    QCOMPARE(m_db.scalar(QString("SELECT status || '/' || name FROM campaigns WHERE id = '%1'").arg(cid)).toString(),
             status + "/Busy, renamed");
}

void tst_CampaignsPage::viewerCannotSave()
{
    const QString cid = insertCampaign(m_aliceId, "Look only", "draft", m_aliceSession);
    CampaignDialog dialog(*m_viewer, cid);
    dialog.show();
    QVERIFY(dialog.isReadOnly());
    auto *buttons = child<QDialogButtonBox>(&dialog, "buttonBox");
    QVERIFY(buttons->button(QDialogButtonBox::Save) == nullptr);
    QVERIFY(buttons->button(QDialogButtonBox::Close) != nullptr);
    QVERIFY(!child<QLineEdit>(&dialog, "nameEdit")->isEnabled());
    QVERIFY(child<QPlainTextEdit>(&dialog, "templateEdit")->isReadOnly());
    QVERIFY(child<QLabel>(&dialog, "readOnlyLabel")->text().contains("not change them"));
    // What they see is the row as stored.
    QCOMPARE(child<QComboBox>(&dialog, "sessionCombo")->currentData().toString(), m_aliceSession);
    child<QLineEdit>(&dialog, "nameEdit")->setText("Changed anyway");
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QCOMPARE(m_db.scalar("SELECT name FROM campaigns").toString(), QString("Look only"));
}

QTEST_MAIN(tst_CampaignsPage)
#include "tst_campaignspage.moc"
