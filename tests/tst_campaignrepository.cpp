#include "accounts/accountservice.h"
#include "repositories/campaignrepository.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

// CampaignRepository against a real database: saves, stale edits, hand status changes, the
// server's clock, sessions of the right owner, deletes in one transaction and the role scope.
class tst_CampaignRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void insertAndRead();
    void updateKeepsCounters();
    void staleEdit();
    void transitions_data();
    void transitions();
    void scheduledInThePast();
    void sessionOfAnotherOwner();
    void scope();
    void viewerChangesNothing();
    void removeSeveralInOneTransaction();
    void contactsAndSessionsOfOwner();

private:
    CampaignRepository repo(const QString &role, const QString &userId)
    {
        return CampaignRepository(m_db.connection(), PermissionPolicy(role, userId), QStringLiteral("tester@example.com"));
    }
    CampaignRepository admin() { return repo("admin", m_adminId); }
    QString id(const QString &sql) { return m_db.scalar(sql).toString(); }
    QString insertCampaign(const QString &owner, const QString &name, const QString &status);

    TestDatabase m_db;
    QString m_adminId, m_aliceId, m_bobId, m_viewerId;
    QString m_aliceSession, m_bobSession;
};

void tst_CampaignRepository::initTestCase()
{
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    AccountService accounts(m_db.connection(), "test");
    QVERIFY_OK(accounts.createUser("boss@example.com", "boss-password", "Boss", "admin"));
    QVERIFY_OK(accounts.createUser("alice@example.com", "alice-password", "Alice", "user"));
    QVERIFY_OK(accounts.createUser("bob@example.com", "bob-password-1", "Bob", "user"));
    QVERIFY_OK(accounts.createUser("eye@example.com", "eye-password-1", "Eye", "viewer"));
    m_adminId = id("SELECT id::text FROM users WHERE email = 'boss@example.com'");
    m_aliceId = id("SELECT id::text FROM users WHERE email = 'alice@example.com'");
    m_bobId = id("SELECT id::text FROM users WHERE email = 'bob@example.com'");
    m_viewerId = id("SELECT id::text FROM users WHERE email = 'eye@example.com'");
    QVERIFY(m_db.exec(QString("INSERT INTO whatsapp_sessions (user_id, session_name, phone_number) VALUES "
                              "('%1', 'Alice main', '+966500000001'), ('%2', 'Bob main', '+966500000002')")
                          .arg(m_aliceId, m_bobId)));
    m_aliceSession = id("SELECT id::text FROM whatsapp_sessions WHERE session_name = 'Alice main'");
    m_bobSession = id("SELECT id::text FROM whatsapp_sessions WHERE session_name = 'Bob main'");
}

void tst_CampaignRepository::init()
{
    QVERIFY(m_db.exec("DELETE FROM campaigns; DELETE FROM waqtor_audit"));
}

QString tst_CampaignRepository::insertCampaign(const QString &owner, const QString &name, const QString &status)
{
    QSqlQuery q(m_db.connection());
    q.prepare("INSERT INTO campaigns (user_id, name, message_template, status, total_recipients, sent_count, failed_count) "
              "VALUES (CAST(:owner AS uuid), :name, 'Hi {{name}}', :status, 10, 4, 1) RETURNING id::text");
    q.bindValue(":owner", owner);
    q.bindValue(":name", name);
    q.bindValue(":status", status);
    if (!q.exec() || !q.next())
        qWarning("%s", qPrintable(q.lastError().text()));
    return q.value(0).toString();
}

void tst_CampaignRepository::insertAndRead()
{
    CampaignEdit edit{{}, {}, m_aliceId, m_aliceSession, "  Spring sale  ", "Hi {{name}}", "draft", {}};
    const auto saved = admin().save(edit);
    QVERIFY_OK(saved);
    QCOMPARE(saved->name, QString("Spring sale"));
    QCOMPARE(saved->ownerEmail, QString("alice@example.com"));
    QCOMPARE(saved->sessionName, QString("Alice main"));
    QCOMPARE(saved->status, QString("draft"));
    QVERIFY(!saved->version.isEmpty());
    QVERIFY(!saved->createdAt.isNull());
    QCOMPARE(m_db.scalar("SELECT count(*) FROM waqtor_audit WHERE action = 'campaign.create' AND target = 'Spring sale'").toInt(), 1);

    // Validation sentences come before any SQL.
    edit.name = "   ";
    const auto unnamed = admin().save(edit);
    QVERIFY(!unnamed.ok());
    QVERIFY2(unnamed.error().message.contains("name"), qPrintable(unnamed.error().message));
    edit.name = "x";
    edit.messageTemplate = "\n";
    QVERIFY(!admin().save(edit).ok());
    QCOMPARE(m_db.scalar("SELECT count(*) FROM campaigns").toInt(), 1);
}

void tst_CampaignRepository::updateKeepsCounters()
{
    const QString cid = insertCampaign(m_aliceId, "Newsletter", "draft");
    const auto loaded = admin().findById(cid);
    QVERIFY_OK(loaded);
    QCOMPARE(loaded->sentCount, 4);
    QVERIFY(loaded->sessionId.isEmpty());
    CampaignEdit edit{cid, loaded->version, m_aliceId, m_aliceSession, "Newsletter #2", "Hello {{name}}", "draft", {}};
    const auto saved = admin().save(edit);
    QVERIFY_OK(saved);
    QCOMPARE(saved->name, QString("Newsletter #2"));
    QCOMPARE(saved->sessionId, m_aliceSession);
    QCOMPARE(saved->messageTemplate, QString("Hello {{name}}"));
    QCOMPARE(saved->sentCount, 4);
    QCOMPARE(saved->totalRecipients, 10);
    QVERIFY(saved->version != loaded->version);
    const QString changed = m_db.scalar("SELECT details->>'changed' FROM waqtor_audit WHERE action = 'campaign.update'").toString();
    QVERIFY2(changed.contains("session") && changed.contains("name") && !changed.contains("status"), qPrintable(changed));
}

void tst_CampaignRepository::staleEdit()
{
    const QString cid = insertCampaign(m_aliceId, "Stale one", "draft");
    const auto loaded = admin().findById(cid);
    QVERIFY_OK(loaded);
    // The Node server (or another admin) writes in between.
    QVERIFY(m_db.exec(QString("UPDATE campaigns SET sent_count = 5 WHERE id = '%1'").arg(cid)));
    CampaignEdit edit{cid, loaded->version, m_aliceId, {}, "Mine", "Hi", "draft", {}};
    const auto stale = admin().save(edit);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().kind, ErrorKind::Stale);
    QVERIFY2(stale.error().message.contains("Stale one"), qPrintable(stale.error().message));
    QCOMPARE(m_db.scalar(QString("SELECT name FROM campaigns WHERE id = '%1'").arg(cid)).toString(), QString("Stale one"));
    edit.version.clear();  // Overwrite
    QVERIFY_OK(admin().save(edit));
    QCOMPARE(m_db.scalar(QString("SELECT name FROM campaigns WHERE id = '%1'").arg(cid)).toString(), QString("Mine"));
}

void tst_CampaignRepository::transitions_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("error");  // empty: allowed
    QTest::newRow("draft to scheduled") << "draft" << "scheduled" << "";
    QTest::newRow("scheduled to paused") << "scheduled" << "paused" << "";
    QTest::newRow("paused to scheduled") << "paused" << "scheduled" << "";
    QTest::newRow("draft to completed") << "draft" << "completed"
                                        << "A campaign cannot go from draft to completed by hand: completed is set by the WaQtor server.";
    QTest::newRow("completed to draft") << "completed" << "draft"
                                        << "A campaign cannot go from completed to draft by hand: completed is set by the WaQtor server.";
    QTest::newRow("draft to running") << "draft" << "running" << "running is set by the WaQtor server";
    QTest::newRow("paused to draft") << "paused" << "draft" << "a paused campaign can only be scheduled again";
    QTest::newRow("draft to paused") << "draft" << "paused" << "only scheduled or running campaigns can be paused";
}

void tst_CampaignRepository::transitions()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, error);
    const QString cid = insertCampaign(m_aliceId, "Moving", from);
    const Timestamp future = Timestamp::fromText(m_db.scalar("SELECT (LOCALTIMESTAMP + interval '1 day')::text").toString());
    CampaignEdit edit{cid, {}, m_aliceId, {}, "Moving", "Hi", to, to == "scheduled" ? future : Timestamp()};
    const auto saved = repo("user", m_aliceId).save(edit);
    const QString stored = m_db.scalar(QString("SELECT status FROM campaigns WHERE id = '%1'").arg(cid)).toString();
    if (error.isEmpty()) {
        QVERIFY_OK(saved);
        QCOMPARE(stored, to);
        QCOMPARE(m_db.scalar("SELECT details->>'from' FROM waqtor_audit WHERE action = 'campaign.update'").toString(), from);
    } else {
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, ErrorKind::Invalid);
        QVERIFY2(saved.error().message.contains(error), qPrintable(saved.error().message));
        QCOMPARE(stored, from);
    }
}

void tst_CampaignRepository::scheduledInThePast()
{
    const QString past = m_db.scalar("SELECT (LOCALTIMESTAMP - interval '5 minutes')::text").toString();
    CampaignEdit edit{{}, {}, m_aliceId, {}, "Too late", "Hi", "scheduled", Timestamp::fromText(past)};
    const auto refused = admin().save(edit);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains("is in the past"), qPrintable(refused.error().message));
    edit.scheduledAt = Timestamp();
    const auto missing = admin().save(edit);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().message.contains("needs a scheduled time"), qPrintable(missing.error().message));
    QCOMPARE(m_db.scalar("SELECT count(*) FROM campaigns").toInt(), 0);

    // A schedule that has since passed does not block other edits; moving it does get checked.
    const QString cid = insertCampaign(m_aliceId, "Old schedule", "scheduled");
    QVERIFY(m_db.exec(QString("UPDATE campaigns SET scheduled_at = '%1' WHERE id = '%2'").arg(past, cid)));
    const auto loaded = admin().findById(cid);
    QVERIFY_OK(loaded);
    CampaignEdit rename{cid, loaded->version, m_aliceId, {}, "Renamed", "Hi", "scheduled", loaded->scheduledAt};
    QVERIFY_OK(admin().save(rename));
    QCOMPARE(m_db.scalar(QString("SELECT scheduled_at::text FROM campaigns WHERE id = '%1'").arg(cid)).toString(), past);
    rename.version.clear();
    rename.scheduledAt = Timestamp::fromText("2001-01-01 10:00:00");
    QVERIFY(!admin().save(rename).ok());
}

void tst_CampaignRepository::sessionOfAnotherOwner()
{
    CampaignEdit edit{{}, {}, m_aliceId, m_bobSession, "Borrowed session", "Hi", "draft", {}};
    const auto refused = admin().save(edit);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message,
             QString("The WhatsApp session \"Bob main\" belongs to bob@example.com, not to alice@example.com; choose one of "
                     "alice@example.com's sessions or (none)."));
    edit.sessionId = "9b2f6a3e-8d36-4d43-a3f4-000000000000";
    const auto gone = admin().save(edit);
    QVERIFY(!gone.ok());
    QVERIFY2(gone.error().message.contains("no longer exists"), qPrintable(gone.error().message));
    QCOMPARE(m_db.scalar("SELECT count(*) FROM campaigns").toInt(), 0);
}

void tst_CampaignRepository::scope()
{
    const QString bobs = insertCampaign(m_bobId, "Bob's", "draft");
    const QString alices = insertCampaign(m_aliceId, "Alice's", "draft");
    CampaignRepository alice = repo("user", m_aliceId);
    // Another owner's row does not exist for her.
    QCOMPARE(alice.findById(bobs).error().kind, ErrorKind::NotFound);
    QVERIFY_OK(alice.findById(alices));
    const auto listed = alice.findByIds({bobs, alices});
    QVERIFY_OK(listed);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(alice.owners()->size(), 1);
    QVERIFY(alice.sessionsOf(m_bobId)->isEmpty());
    QCOMPARE(alice.sessionsOf(m_aliceId)->size(), 1);

    // Editing Bob's row, creating one for Bob, or moving her own to Bob: all refused.
    QCOMPARE(alice.save({bobs, {}, m_bobId, {}, "Taken", "Hi", "draft", {}}).error().message,
             QString("You can only change your own campaigns."));
    QVERIFY(!alice.save({bobs, {}, m_aliceId, {}, "Taken", "Hi", "draft", {}}).ok());
    QVERIFY(!alice.save({{}, {}, m_bobId, {}, "For Bob", "Hi", "draft", {}}).ok());
    QVERIFY(!alice.save({alices, {}, m_bobId, {}, "Given away", "Hi", "draft", {}}).ok());
    QCOMPARE(m_db.scalar(QString("SELECT name FROM campaigns WHERE id = '%1'").arg(bobs)).toString(), QString("Bob's"));
    QCOMPARE(m_db.scalar(QString("SELECT user_id::text FROM campaigns WHERE id = '%1'").arg(alices)).toString(), m_aliceId);

    // Her own owner is implied when she leaves it empty.
    const auto own = alice.save({{}, {}, {}, m_aliceSession, "Hers", "Hi", "draft", {}});
    QVERIFY_OK(own);
    QCOMPARE(own->userId, m_aliceId);

    const auto deleted = alice.remove({alices, bobs});
    QVERIFY(!deleted.ok());
    QVERIFY2(deleted.error().message.contains("bob@example.com"), qPrintable(deleted.error().message));
    QCOMPARE(m_db.scalar("SELECT count(*) FROM campaigns").toInt(), 3);
}

void tst_CampaignRepository::viewerChangesNothing()
{
    const QString cid = insertCampaign(m_aliceId, "Watched", "draft");
    CampaignRepository viewer = repo("viewer", m_viewerId);
    QVERIFY_OK(viewer.findById(cid));  // reads every owner's rows
    QVERIFY(viewer.owners()->size() >= 4);
    const auto saved = viewer.save({cid, {}, m_aliceId, {}, "Changed", "Hi", "draft", {}});
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().message.contains("can look at campaigns but not change them"), qPrintable(saved.error().message));
    QVERIFY(!viewer.remove({cid}).ok());
    QCOMPARE(m_db.scalar("SELECT name FROM campaigns").toString(), QString("Watched"));
}

void tst_CampaignRepository::removeSeveralInOneTransaction()
{
    const QString a = insertCampaign(m_aliceId, "One", "draft");
    const QString b = insertCampaign(m_bobId, "Two", "completed");
    const QString c = insertCampaign(m_bobId, "Three", "draft");
    const auto removed = admin().remove({a, b});
    QVERIFY_OK(removed);
    QCOMPARE(removed.value(), 2);
    QCOMPARE(m_db.scalar("SELECT string_agg(name, ',') FROM campaigns").toString(), QString("Three"));
    QCOMPARE(m_db.scalar("SELECT count(*) FROM waqtor_audit WHERE action = 'campaign.delete'").toInt(), 2);
    QCOMPARE(m_db.scalar("SELECT details->>'owner' FROM waqtor_audit WHERE target = 'Two'").toString(), QString("bob@example.com"));
    // A bad id refuses the whole batch.
    QVERIFY(!admin().remove({c, "not-a-uuid"}).ok());
    QCOMPARE(m_db.scalar("SELECT count(*) FROM campaigns").toInt(), 1);
}

void tst_CampaignRepository::contactsAndSessionsOfOwner()
{
    QVERIFY(m_db.exec("DELETE FROM recipients"));
    QVERIFY(m_db.exec(QString("INSERT INTO recipients (user_id, phone_number, name, custom_fields) "
                              "SELECT '%1', '+9665100000' || lpad(n::text, 2, '0'), 'Contact ' || n, "
                              "jsonb_build_object('city', 'City ' || n) FROM generate_series(1, 30) n; "
                              "INSERT INTO recipients (user_id, phone_number, name) VALUES ('%1', '+966599999999', '100%_off'), "
                              "('%2', '+966511111111', 'Bob contact')")
                          .arg(m_aliceId, m_bobId)));
    const auto limited = admin().contactsOf(m_aliceId, {}, 10);
    QVERIFY_OK(limited);
    QCOMPARE(limited->size(), 10);
    const auto byPhone = admin().contactsOf(m_aliceId, "10000007", 10);
    QVERIFY_OK(byPhone);
    QCOMPARE(byPhone->size(), 1);
    QCOMPARE(byPhone->first().name, QString("Contact 7"));
    QCOMPARE(byPhone->first().customFields.value("city").toString(), QString("City 7"));
    QCOMPARE(byPhone->first().fields().value("phone_number").toString(), QString("+966510000007"));
    // Wildcards are typed text, not patterns.
    const auto literal = admin().contactsOf(m_aliceId, "%_", 50);
    QVERIFY_OK(literal);
    QCOMPARE(literal->size(), 1);
    QCOMPARE(admin().contactsOf(m_aliceId, "Bob", 50)->size(), 0);
    QCOMPARE(repo("user", m_bobId).contactsOf(m_aliceId, {}, 50)->size(), 0);
    const auto sessions = admin().sessionsOf(m_bobId);
    QVERIFY_OK(sessions);
    QCOMPARE(sessions->size(), 1);
    QCOMPARE(sessions->first().text, QString("Bob main — +966500000002"));
}

QTEST_MAIN(tst_CampaignRepository)
#include "tst_campaignrepository.moc"
