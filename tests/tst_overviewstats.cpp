#include "overview/overviewstats.h"
#include "testdatabase.h"

#include <QTest>

// OverviewStats on known data: every figure of the Overview page and show-stats, for each role and
// owner choice (a user sees their own rows whatever they ask for; viewers and admins every owner's,
// or the one they chose; only admins get accounts and the database size).
class tst_OverviewStats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void figures_data();
    void figures();
    void deletedMessagesLeaveNoZeros();
    void unmigratedDatabaseSaysWhatToDo();

private:
    static QString text(const OverviewStats::Counts &counts);

    TestDatabase m_db;
    TestOwners m_owners;
};

QString tst_OverviewStats::text(const OverviewStats::Counts &counts)
{
    QStringList parts;
    for (const auto &c : counts)
        parts << QStringLiteral("%1 %2").arg(c.first).arg(c.second);
    return parts.join(QStringLiteral(", "));
}

void tst_OverviewStats::initTestCase()
{
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    QVERIFY2(m_db.createOwners(&m_owners), qPrintable(m_db.lastError()));
    // alice: sessions s1 (ready), s2 (qr); bob: s3 (ready). Messages at known days before today.
    QVERIFY2(m_db.exec(QStringLiteral(R"(
        INSERT INTO whatsapp_sessions (id, user_id, session_name, status) VALUES
            ('00000000-0000-4000-8000-000000000001', '%1', 's1', 'ready'),
            ('00000000-0000-4000-8000-000000000002', '%1', 's2', 'qr'),
            ('00000000-0000-4000-8000-000000000003', '%2', 's3', 'ready');
        CREATE TEMP TABLE wanted (owner uuid, session uuid, status text, days int, n int);
        INSERT INTO wanted VALUES
            ('%1', '00000000-0000-4000-8000-000000000001', 'sent', 0, 2),
            ('%1', '00000000-0000-4000-8000-000000000001', 'read', 0, 1),
            ('%1', '00000000-0000-4000-8000-000000000002', 'delivered', 3, 4),
            ('%1', NULL, 'failed', 10, 1),
            ('%1', '00000000-0000-4000-8000-000000000001', 'read', 40, 5),
            ('%2', '00000000-0000-4000-8000-000000000003', 'pending', 0, 1),
            ('%2', '00000000-0000-4000-8000-000000000003', 'read', 20, 3);
        INSERT INTO messages (user_id, session_id, phone_number, status, created_at)
            SELECT owner, session, '+9665000' || g, status, CURRENT_DATE - days + interval '9 hours'
            FROM wanted, generate_series(1, n) g;
        INSERT INTO campaigns (user_id, name, message_template, status, sent_count, failed_count) VALUES
            ('%1', 'c1', 't', 'completed', 10, 2), ('%1', 'c2', 't', 'draft', 0, 0), ('%2', 'c3', 't', 'completed', 5, 1);
        INSERT INTO recipients (id, user_id, phone_number, status, created_at) VALUES
            ('00000000-0000-4000-8000-000000000011', '%1', '+1', 'active', CURRENT_DATE - 14 + interval '1 hour'),
            ('00000000-0000-4000-8000-000000000012', '%1', '+2', 'active', CURRENT_TIMESTAMP),
            ('00000000-0000-4000-8000-000000000013', '%1', '+3', 'active', CURRENT_TIMESTAMP),
            ('00000000-0000-4000-8000-000000000014', '%1', '+4', 'blocked', CURRENT_DATE - 100),
            ('00000000-0000-4000-8000-000000000015', '%2', '+5', 'invalid', CURRENT_TIMESTAMP);
        INSERT INTO groups (id, user_id, name) VALUES
            ('00000000-0000-4000-8000-000000000021', '%1', 'g1'), ('00000000-0000-4000-8000-000000000022', '%2', 'g2');
        INSERT INTO recipient_groups (recipient_id, group_id) VALUES
            ('00000000-0000-4000-8000-000000000011', '00000000-0000-4000-8000-000000000021'),
            ('00000000-0000-4000-8000-000000000012', '00000000-0000-4000-8000-000000000021'),
            ('00000000-0000-4000-8000-000000000015', '00000000-0000-4000-8000-000000000022');
    )").arg(m_owners.alice, m_owners.bob)),
             qPrintable(m_db.lastError()));
}

void tst_OverviewStats::figures_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("who");     // admin, alice, bob, viewer
    QTest::addColumn<QString>("chosen");  // the owner choice: "", alice or bob
    QTest::addColumn<QStringList>("messages");  // today; 7 days; 30 days; all time
    QTest::addColumn<QString>("perDay");        // days before today: status n
    QTest::addColumn<QString>("funnel");        // session sent/delivered/read
    QTest::addColumn<QStringList>("tables");    // sessions; campaigns; contacts; contacts per week; groups
    QTest::addColumn<bool>("adminFigures");

    const QStringList alice = {"sent 2, read 1", "sent 2, delivered 4, read 1", "sent 2, delivered 4, read 1, failed 1",
                               "sent 2, delivered 4, read 6, failed 1"};
    const QString aliceDays = "10 failed 1; 3 delivered 4; 0 sent 2; 0 read 1";
    const QString aliceFunnel = "s2 4/4/0; s1 3/1/1";
    const QStringList aliceTables = {"qr 1, ready 1", "draft 1 (0/0), completed 1 (10/2)", "active 3, blocked 1",
                                     "0,0,0,0,0,0,0,0,0,1,0,2", "1 groups, 2 memberships"};
    const QStringList bob = {"pending 1", "pending 1", "pending 1, read 3", "pending 1, read 3"};
    const QStringList bobTables = {"ready 1", "completed 1 (5/1)", "invalid 1", "0,0,0,0,0,0,0,0,0,0,0,1",
                                   "1 groups, 1 memberships"};
    const QStringList everyone = {"pending 1, sent 2, read 1", "pending 1, sent 2, delivered 4, read 1",
                                  "pending 1, sent 2, delivered 4, read 4, failed 1", "pending 1, sent 2, delivered 4, read 9, failed 1"};
    const QString everyDay = "20 read 3; 10 failed 1; 3 delivered 4; 0 pending 1; 0 sent 2; 0 read 1";
    const QStringList everyTable = {"qr 1, ready 2", "draft 1 (0/0), completed 2 (15/3)", "active 3, blocked 1, invalid 1",
                                    "0,0,0,0,0,0,0,0,0,1,0,3", "2 groups, 3 memberships"};

    QTest::newRow("admin, every owner") << "admin" << "admin" << "" << everyone << everyDay
                                        << "s2 4/4/0; s1 3/1/1; s3 3/3/3" << everyTable << true;
    QTest::newRow("admin chooses alice") << "admin" << "admin" << "alice" << alice << aliceDays << aliceFunnel << aliceTables << true;
    QTest::newRow("admin chooses bob") << "admin" << "admin" << "bob" << bob << "20 read 3; 0 pending 1" << "s3 3/3/3" << bobTables << true;
    QTest::newRow("viewer, every owner") << "viewer" << "viewer" << "" << everyone << everyDay
                                         << "s2 4/4/0; s1 3/1/1; s3 3/3/3" << everyTable << false;
    QTest::newRow("viewer chooses bob") << "viewer" << "viewer" << "bob" << bob << "20 read 3; 0 pending 1" << "s3 3/3/3" << bobTables << false;
    QTest::newRow("user alice") << "user" << "alice" << "" << alice << aliceDays << aliceFunnel << aliceTables << false;
    QTest::newRow("user alice asks for bob") << "user" << "alice" << "bob" << alice << aliceDays << aliceFunnel << aliceTables << false;
    QTest::newRow("user bob") << "user" << "bob" << "" << bob << "20 read 3; 0 pending 1" << "s3 3/3/3" << bobTables << false;
}

void tst_OverviewStats::figures()
{
    QFETCH(QString, role);
    QFETCH(QString, who);
    QFETCH(QString, chosen);
    QFETCH(QStringList, messages);
    QFETCH(QString, perDay);
    QFETCH(QString, funnel);
    QFETCH(QStringList, tables);
    QFETCH(bool, adminFigures);
    const QMap<QString, QString> ids = {{"admin", m_owners.admin}, {"alice", m_owners.alice}, {"bob", m_owners.bob},
                                        {"viewer", m_owners.viewer}, {"", ""}};

    const auto collected = OverviewStats::collect(m_db.connection(), PermissionPolicy(role, ids.value(who)), ids.value(chosen));
    QVERIFY_OK(collected);
    const OverviewStats &s = collected.value();
    QCOMPARE(s.today, m_db.scalar("SELECT CURRENT_DATE").toDate());
    QCOMPARE(text(s.messagesToday), messages.at(0));
    QCOMPARE(text(s.messagesWeek), messages.at(1));
    QCOMPARE(text(s.messagesMonth), messages.at(2));
    QCOMPARE(text(s.messagesByStatus), messages.at(3));

    QStringList days;
    for (const auto &d : s.messagesPerDay)
        days << QStringLiteral("%1 %2 %3").arg(d.day.daysTo(s.today)).arg(d.status).arg(d.messages);
    QCOMPARE(days.join("; "), perDay);
    QStringList sessions;
    for (const auto &f : s.funnel)
        sessions << QStringLiteral("%1 %2/%3/%4").arg(f.sessionName).arg(f.sent).arg(f.delivered).arg(f.read);
    QCOMPARE(sessions.join("; "), funnel);

    QCOMPARE(text(s.sessionsByStatus), tables.at(0));
    QStringList campaigns;
    for (const auto &c : s.campaignsByStatus)
        campaigns << QStringLiteral("%1 %2 (%3/%4)").arg(c.status).arg(c.campaigns).arg(c.sent).arg(c.failed);
    QCOMPARE(campaigns.join(", "), tables.at(1));
    QCOMPARE(text(s.contactsByStatus), tables.at(2));
    QStringList weeks;
    for (const auto &w : s.contactsPerWeek) {
        QCOMPARE(w.weekStart.dayOfWeek(), 1);
        weeks << QString::number(w.contacts);
    }
    QCOMPARE(weeks.join(","), tables.at(3));
    QCOMPARE(s.contactsPerWeek.constLast().weekStart.daysTo(s.today), s.today.dayOfWeek() - 1);
    QCOMPARE(QStringLiteral("%1 groups, %2 memberships").arg(s.groups).arg(s.memberships), tables.at(4));

    QCOMPARE(s.hasAdminFigures, adminFigures);
    QCOMPARE(OverviewStats::total(s.usersByRole), adminFigures ? 4 : 0);
    QCOMPARE(s.databaseName, adminFigures ? m_db.name() : QString());
    QCOMPARE(s.databaseBytes > 0, adminFigures);
    QCOMPARE(s.toJson().contains("users"), adminFigures);
}

void tst_OverviewStats::deletedMessagesLeaveNoZeros()
{
    // Deleting every message of a status leaves a zero row in the summary table; no figure shows it.
    TestDatabase db;
    QVERIFY2(db.createMigrated(), qPrintable(db.lastError()));
    TestOwners owners;
    QVERIFY2(db.createOwners(&owners), qPrintable(db.lastError()));
    QVERIFY2(db.exec(QStringLiteral("INSERT INTO messages (user_id, phone_number, status) VALUES ('%1', '+1', 'failed'), "
                                    "('%1', '+2', 'sent'); DELETE FROM messages WHERE status = 'failed'")
                         .arg(owners.alice)),
             qPrintable(db.lastError()));
    QCOMPARE(db.scalar("SELECT count(*) FROM waqtor_message_daily WHERE messages = 0").toInt(), 1);
    const auto s = OverviewStats::collect(db.connection(), PermissionPolicy::databaseOperator());
    QVERIFY_OK(s);
    QCOMPARE(text(s->messagesToday), QStringLiteral("sent 1"));
    QCOMPARE(text(s->messagesByStatus), QStringLiteral("sent 1"));
    QCOMPARE(s->messagesPerDay.size(), 1);
}

void tst_OverviewStats::unmigratedDatabaseSaysWhatToDo()
{
    TestDatabase db;
    QVERIFY2(db.create(), qPrintable(db.lastError()));
    const auto s = OverviewStats::collect(db.connection(), PermissionPolicy::databaseOperator());
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, ErrorKind::Database);
    QVERIFY2(s.error().message.contains(QStringLiteral("waqtor-db migrate")), qPrintable(s.error().message));
}

QTEST_GUILESS_MAIN(tst_OverviewStats)

#include "tst_overviewstats.moc"
