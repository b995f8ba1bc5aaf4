#include "accounts/accountservice.h"
#include "repositories/sessionrepository.h"
#include "testdatabase.h"

#include <QTest>

// SessionRepository against a real database: validation, unique names per owner, stale edits,
// delete counts and the owner scope that refuses another owner's session even by id.
class tst_SessionRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void statusText_data();
    void statusText();
    void insertNormalises();
    void insertRefuses_data();
    void insertRefuses();
    void uniqueNamePerOwner();
    void userOwnsWhatTheyCreate();
    void updateAndStale();
    void keepsUnknownStoredValues();
    void scopeRefusesOtherOwners_data();
    void scopeRefusesOtherOwners();
    void viewerReadsOnly();
    void deleteCountsAndUnlinks();
    void deleteIsAllOrNothing();

private:
    SessionRepository repo(const QString &role, const QString &id) const
    {
        return SessionRepository(m_db.connection(), PermissionPolicy(role, id), "tester@example.com");
    }
    SessionRepository admin() const { return repo("admin", m_admin); }
    QString addSession(const QString &owner, const QString &name, const QString &status = "ready");

    mutable TestDatabase m_db;
    QString m_admin, m_alice, m_bob, m_viewer;
};

void tst_SessionRepository::initTestCase()
{
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    TestOwners owners;
    QVERIFY2(m_db.createOwners(&owners), qPrintable(m_db.lastError()));
    m_admin = owners.admin;
    m_alice = owners.alice;
    m_bob = owners.bob;
    m_viewer = owners.viewer;
}

void tst_SessionRepository::init()
{
    QVERIFY(m_db.exec("DELETE FROM messages; DELETE FROM campaigns; DELETE FROM whatsapp_sessions; DELETE FROM waqtor_audit"));
}

QString tst_SessionRepository::addSession(const QString &owner, const QString &name, const QString &status)
{
    const auto saved = admin().save({{}, {}, owner, name, status, {}, {}});
    return saved ? saved->id : QString();
}

void tst_SessionRepository::statusText_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("text");
    QTest::newRow("qr") << "qr" << "QR code waiting";
    QTest::newRow("connecting") << "connecting" << "Connecting";
    QTest::newRow("ready") << "ready" << "Ready";
    QTest::newRow("disconnected") << "disconnected" << "Disconnected";
    QTest::newRow("unknown kept") << "pairing-v2" << "pairing-v2";
}

void tst_SessionRepository::statusText()
{
    QFETCH(QString, status);
    QFETCH(QString, text);
    QCOMPARE(SessionRepository::statusText(status), text);
}

void tst_SessionRepository::insertNormalises()
{
    const auto saved = admin().save({{}, {}, m_alice, "  Riyadh Sales ", "ready", "+966 55 318 7426", {}});
    QVERIFY_OK(saved);
    QCOMPARE(saved->name, QString("Riyadh Sales"));
    QCOMPARE(saved->phoneNumber, QString("+966553187426"));
    QCOMPARE(saved->ownerEmail, QString("alice@example.com"));
    QVERIFY(!saved->version.isEmpty());
    QVERIFY(!saved->createdAt.isNull());
    // A national number with a region; an empty phone is stored as NULL.
    const auto national = admin().save({{}, {}, m_alice, "Cairo", "connecting", "010 0648 2913", "EG"});
    QVERIFY_OK(national);
    QCOMPARE(national->phoneNumber, QString("+201006482913"));
    QVERIFY_OK(admin().save({{}, {}, m_alice, "Spare", "qr", "", {}}));
    QVERIFY(m_db.scalar("SELECT phone_number IS NULL FROM whatsapp_sessions WHERE session_name = 'Spare'").toBool());
    QCOMPARE(m_db.scalar("SELECT count(*) FROM waqtor_audit WHERE action = 'session.create'").toInt(), 3);
}

void tst_SessionRepository::insertRefuses_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("empty name") << "   " << "ready" << "" << "Give the session a name";
    QTest::newRow("name too long") << QString(256, 'x') << "ready" << "" << "the most is 255";
    QTest::newRow("unknown status") << "A" << "online" << "" << "is not a session status";
    QTest::newRow("letters in phone") << "A" << "ready" << "call me" << "is not a phone number";
    QTest::newRow("national without region") << "A" << "ready" << "0501234567" << "no region";
}

void tst_SessionRepository::insertRefuses()
{
    QFETCH(QString, name);
    QFETCH(QString, status);
    QFETCH(QString, phone);
    QFETCH(QString, phrase);
    const auto saved = admin().save({{}, {}, m_alice, name, status, phone, {}});
    QVERIFY(!saved);
    QCOMPARE(saved.error().kind, ErrorKind::Invalid);
    QVERIFY2(saved.error().message.contains(phrase), qPrintable(saved.error().message));
    QCOMPARE(m_db.scalar("SELECT count(*) FROM whatsapp_sessions").toInt(), 0);
}

void tst_SessionRepository::uniqueNamePerOwner()
{
    QVERIFY(!addSession(m_alice, "Main").isEmpty());
    // Another owner may use the same name.
    QVERIFY(!addSession(m_bob, "Main").isEmpty());
    const auto twin = admin().save({{}, {}, m_alice, "Main", "ready", {}, {}});
    QVERIFY(!twin);
    QCOMPARE(twin.error().kind, ErrorKind::Conflict);
    QCOMPARE(twin.error().message,
             QString("alice@example.com already has a WhatsApp session named \"Main\"; choose another name."));
    // Renaming into a taken name, and moving to an owner who has the name, are conflicts too.
    const QString other = addSession(m_alice, "Other");
    const auto renamed = admin().save({other, {}, {}, "Main", "ready", {}, {}});
    QCOMPARE(renamed.error().kind, ErrorKind::Conflict);
    const QString bobs = addSession(m_bob, "Other two");
    const auto moved = admin().save({bobs, {}, m_alice, "Other", "ready", {}, {}});
    QVERIFY(!moved);
    QVERIFY2(moved.error().message.contains("alice@example.com"), qPrintable(moved.error().message));
    // Saving a session under its own unchanged name is no conflict.
    QVERIFY_OK(admin().save({other, {}, {}, "Other", "disconnected", {}, {}}));
}

void tst_SessionRepository::userOwnsWhatTheyCreate()
{
    const auto created = repo("user", m_alice).save({{}, {}, {}, "Mine", "qr", {}, {}});
    QVERIFY_OK(created);
    QCOMPARE(created->userId, m_alice);
    const auto forBob = repo("user", m_alice).save({{}, {}, m_bob, "For Bob", "qr", {}, {}});
    QVERIFY(!forBob);
    QVERIFY2(forBob.error().message.contains("only an admin"), qPrintable(forBob.error().message));
    const auto giveAway = repo("user", m_alice).save({created->id, {}, m_bob, "Mine", "qr", {}, {}});
    QVERIFY(!giveAway);
    QCOMPARE(m_db.scalar("SELECT count(*) FROM whatsapp_sessions WHERE user_id <> '" + m_alice + "'").toInt(), 0);
    // An admin may create for anyone and change the owner.
    const auto moved = admin().save({created->id, {}, m_bob, "Mine", "qr", {}, {}});
    QVERIFY_OK(moved);
    QCOMPARE(moved->ownerEmail, QString("bob@example.com"));
}

void tst_SessionRepository::updateAndStale()
{
    const auto created = admin().save({{}, {}, m_alice, "Office", "qr", {}, {}});
    QVERIFY_OK(created);
    const auto updated = admin().save({created->id, created->version, {}, "Office 2", "ready", "+4915112837465", {}});
    QVERIFY_OK(updated);
    QCOMPARE(updated->name, QString("Office 2"));
    QCOMPARE(updated->status, QString("ready"));
    QCOMPARE(updated->userId, m_alice);
    QVERIFY(updated->version != created->version);
    QCOMPARE(m_db.scalar("SELECT details->'changed' FROM waqtor_audit WHERE action = 'session.update'").toString(),
             QString("[\"session_name\", \"status\", \"phone_number\"]"));

    // The WaQtor server changes the row behind the dialog's back.
    QVERIFY(m_db.exec("UPDATE whatsapp_sessions SET status = 'disconnected' WHERE id = '" + created->id + "'"));
    const auto stale = admin().save({created->id, updated->version, {}, "Office 3", "ready", "+4915112837465", {}});
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, ErrorKind::Stale);
    QCOMPARE(m_db.scalar("SELECT session_name FROM whatsapp_sessions WHERE id = '" + created->id + "'").toString(),
             QString("Office 2"));
    // Overwrite: no version.
    QVERIFY_OK(admin().save({created->id, {}, {}, "Office 3", "ready", "+4915112837465", {}}));
    QCOMPARE(m_db.scalar("SELECT session_name FROM whatsapp_sessions WHERE id = '" + created->id + "'").toString(),
             QString("Office 3"));
}

void tst_SessionRepository::keepsUnknownStoredValues()
{
    // What the server wrote stays editable around: an unchanged odd status or phone is kept as it is.
    const QString id = addSession(m_alice, "Odd");
    QVERIFY(m_db.exec("UPDATE whatsapp_sessions SET status = 'pairing-v2', phone_number = '12345', "
                      "session_data = 'blob', qr_code = 'code' WHERE id = '" + id + "'"));
    const auto saved = admin().save({id, {}, {}, "Odd renamed", "pairing-v2", "12345", {}});
    QVERIFY_OK(saved);
    QCOMPARE(saved->status, QString("pairing-v2"));
    QCOMPARE(saved->phoneNumber, QString("12345"));
    QCOMPARE(m_db.scalar("SELECT session_data || qr_code FROM whatsapp_sessions WHERE id = '" + id + "'").toString(),
             QString("blobcode"));
    QVERIFY(!admin().save({id, {}, {}, "Odd renamed", "pairing-v3", "12345", {}}));
}

void tst_SessionRepository::scopeRefusesOtherOwners_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("find") << "find";
    QTest::newRow("update") << "update";
    QTest::newRow("preview delete") << "preview";
    QTest::newRow("delete") << "delete";
}

void tst_SessionRepository::scopeRefusesOtherOwners()
{
    QFETCH(QString, operation);
    const QString alices = addSession(m_alice, "Alice's");
    const QString bobs = addSession(m_bob, "Bob's");
    SessionRepository asBob = repo("user", m_bob);
    if (operation == "find") {
        QCOMPARE(asBob.findById(alices).error().kind, ErrorKind::NotFound);
        QVERIFY_OK(asBob.findById(bobs));
    } else if (operation == "update") {
        const auto r = asBob.save({alices, {}, {}, "Hijacked", "ready", {}, {}});
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains("only change your own"), qPrintable(r.error().message));
    } else if (operation == "preview") {
        QVERIFY(!asBob.previewDelete({alices}));
        QVERIFY_OK(asBob.previewDelete({bobs}));
    } else {
        const auto r = asBob.remove({alices});
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains("only change your own"), qPrintable(r.error().message));
    }
    QCOMPARE(m_db.scalar("SELECT session_name FROM whatsapp_sessions WHERE id = '" + alices + "'").toString(),
             QString("Alice's"));
}

void tst_SessionRepository::viewerReadsOnly()
{
    const QString id = addSession(m_alice, "Watched");
    SessionRepository asViewer = repo("viewer", m_viewer);
    QVERIFY_OK(asViewer.findById(id));
    const auto edit = asViewer.save({id, {}, {}, "Changed", "ready", {}, {}});
    QVERIFY2(edit.error().message.contains("can look at"), qPrintable(edit.error().message));
    QVERIFY(!asViewer.save({{}, {}, m_viewer, "New", "ready", {}, {}}));
    QVERIFY(!asViewer.remove({id}));
    QCOMPARE(m_db.scalar("SELECT count(*) FROM whatsapp_sessions WHERE session_name = 'Watched'").toInt(), 1);
}

void tst_SessionRepository::deleteCountsAndUnlinks()
{
    const QString one = addSession(m_alice, "One");
    const QString two = addSession(m_alice, "Two");
    const QString kept = addSession(m_alice, "Kept");
    QVERIFY(!one.isEmpty() && !two.isEmpty() && !kept.isEmpty());
    QVERIFY(m_db.exec(QString("INSERT INTO messages (user_id, session_id, phone_number) "
                              "SELECT '%1', s, '+966500000000' FROM unnest(ARRAY['%2', '%2', '%3', '%4']::uuid[]) s; "
                              "INSERT INTO campaigns (user_id, session_id, name, message_template) "
                              "VALUES ('%5', '%2', 'C1', 'Hi'), ('%1', '%4', 'C2', 'Hi')")
                          .arg(m_alice, one, two, kept, m_bob)));
    const auto preview = repo("user", m_alice).previewDelete({one, two, one});
    QVERIFY_OK(preview);
    QCOMPARE(preview->sessions, 2);
    QCOMPARE(preview->messagesUnlinked, 3);
    QCOMPARE(preview->campaignsUnlinked, 1);
    QVERIFY(preview->labels.contains("One (alice@example.com)"));
    QCOMPARE(m_db.scalar("SELECT count(*) FROM whatsapp_sessions").toInt(), 3);

    const auto removed = repo("user", m_alice).remove({one, two});
    QVERIFY_OK(removed);
    QCOMPARE(removed->messagesUnlinked, 3);
    QCOMPARE(m_db.scalar("SELECT count(*) FROM whatsapp_sessions").toInt(), 1);
    // Kept, unlinked: messages and campaigns stay with session_id NULL.
    QCOMPARE(m_db.scalar("SELECT count(*) FROM messages WHERE session_id IS NULL").toInt(), 3);
    QCOMPARE(m_db.scalar("SELECT count(*) FROM messages").toInt(), 4);
    QCOMPARE(m_db.scalar("SELECT count(*) FROM campaigns WHERE session_id IS NULL").toInt(), 1);
    QCOMPARE(m_db.scalar("SELECT count(*) FROM waqtor_audit WHERE action = 'session.delete'").toInt(), 2);
    QCOMPARE(m_db.scalar("SELECT string_agg(target, ',' ORDER BY target) FROM waqtor_audit "
                         "WHERE action = 'session.delete'").toString(), QString("One,Two"));
}

void tst_SessionRepository::deleteIsAllOrNothing()
{
    const QString alices = addSession(m_alice, "A");
    const QString bobs = addSession(m_bob, "B");
    // One of another owner in the selection refuses all of it.
    QVERIFY(!repo("user", m_alice).remove({alices, bobs}));
    // A session deleted meanwhile refuses the rest too, rather than deleting a different set than confirmed.
    const QString gone = addSession(m_alice, "Gone");
    QVERIFY(m_db.exec("DELETE FROM whatsapp_sessions WHERE id = '" + gone + "'"));
    const auto r = admin().remove({alices, gone});
    QCOMPARE(r.error().kind, ErrorKind::NotFound);
    QVERIFY(!admin().remove({"not-a-uuid"}));
    QCOMPARE(m_db.scalar("SELECT count(*) FROM whatsapp_sessions").toInt(), 2);
    QCOMPARE(m_db.scalar("SELECT count(*) FROM waqtor_audit WHERE action = 'session.delete'").toInt(), 0);
    QVERIFY_OK(admin().remove({alices, bobs}));
    QCOMPARE(m_db.scalar("SELECT count(*) FROM whatsapp_sessions").toInt(), 0);
}

QTEST_MAIN(tst_SessionRepository)
#include "tst_sessionrepository.moc"
