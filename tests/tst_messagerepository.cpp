#include "accounts/accountservice.h"
#include "db/backgroundquery.h"
#include "repositories/messagerepository.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>
#include <optional>

// MessageRepository against a real database: detail reads, set-based deletes, scope, text search.
class tst_MessageRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void detail();
    void detailScope_data();
    void detailScope();
    void deleteSeveralInOneTransaction();
    void deleteIsAllOrNothing();
    void deleteRefused_data();
    void deleteRefused();
    void countDeletable();
    void conditionsBindEveryValue_data();
    void conditionsBindEveryValue();
    void findMatches();
    void cancelRunningSearch();
    void words_data();
    void words();

private:
    MessageRepository repo(const QString &role, const QString &email);
    QString userId(const QString &email) { return m_db.scalar("SELECT id::text FROM users WHERE email = '" + email + "'").toString(); }
    QStringList ids(const QString &where);

    TestDatabase m_db;
};

void tst_MessageRepository::initTestCase()
{
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    AccountService accounts(m_db.connection(), "test");
    QVERIFY_OK(accounts.createUser("root@example.com", "root-password", "Root", "admin"));
    QVERIFY_OK(accounts.createUser("alice@example.com", "alice-password", "Alice", "user"));
    QVERIFY_OK(accounts.createUser("bob@example.com", "bob-password", "Bob", "user"));
    QVERIFY_OK(accounts.createUser("eye@example.com", "eye-password", "Eye", "viewer"));
    QVERIFY(m_db.exec("INSERT INTO whatsapp_sessions (user_id, session_name) "
                      "SELECT id, 'main' FROM users WHERE email IN ('alice@example.com', 'bob@example.com')"));
}

void tst_MessageRepository::init()
{
    QVERIFY2(m_db.exec(R"sql(
        DELETE FROM messages;
        DELETE FROM waqtor_audit;
        INSERT INTO messages (user_id, session_id, message_id, phone_number, message_text, media_url, media_type,
                              status, ack_status, error_message, metadata, created_at)
        SELECT u.id, CASE WHEN g = 3 THEN NULL ELSE s.id END, 'wamid.' || u.name || g, '+96650000000' || g,
               u.name || ' says ' || g || CASE WHEN g = 2 THEN ' 100% sure_thing' ELSE '' END,
               'https://cdn.example.com/' || g || '.jpg', 'image',
               'sent', 1, NULL, '{"source": "api", "tags": ["a", "b"]}', timestamp '2026-02-01 10:00:00.123456' + g * interval '1 day'
        FROM users u JOIN whatsapp_sessions s ON s.user_id = u.id, generate_series(1, 5) g;
    )sql"), qPrintable(m_db.lastError()));
}

MessageRepository tst_MessageRepository::repo(const QString &role, const QString &email)
{
    return MessageRepository(m_db.connection(), PermissionPolicy(role, userId(email)), email);
}

QStringList tst_MessageRepository::ids(const QString &where)
{
    QStringList list;
    QSqlQuery q(m_db.connection());
    q.exec("SELECT m.id::text FROM messages m JOIN users u ON u.id = m.user_id WHERE " + where + " ORDER BY m.created_at");
    while (q.next())
        list << q.value(0).toString();
    return list;
}

void tst_MessageRepository::detail()
{
    const QString id = ids("u.email = 'alice@example.com' AND m.phone_number = '+966500000001'").value(0);
    const auto m = repo("viewer", "eye@example.com").find(id);
    QVERIFY_OK(m);
    QCOMPARE(m->id, id);
    QCOMPARE(m->ownerEmail, QString("alice@example.com"));
    QCOMPARE(m->ownerId, userId("alice@example.com"));
    QCOMPARE(m->sessionName, QString("main"));
    QCOMPARE(m->messageId, QString("wamid.Alice1"));
    QCOMPARE(m->text, QString("Alice says 1"));
    QCOMPARE(m->mediaUrl, QString("https://cdn.example.com/1.jpg"));
    QCOMPARE(m->status, QString("sent"));
    QCOMPARE(m->ack, std::optional<int>(1));
    QVERIFY(m->errorMessage.isEmpty());
    QCOMPARE(m->createdAt.text(), QString("2026-02-02 10:00:00.123456"));  // microseconds kept
    // Metadata pretty-printed, as the server stores it.
    QVERIFY2(m->metadata.contains("\"source\": \"api\"") && m->metadata.contains("\n"), qPrintable(m->metadata));
    QVERIFY(m->metadata.contains("\"tags\": ["));
    // A NULL session is an empty one, not an error.
    const auto noSession = repo("admin", "root@example.com").find(ids("u.email = 'alice@example.com' AND m.session_id IS NULL").value(0));
    QVERIFY_OK(noSession);
    QVERIFY(noSession->sessionId.isEmpty() && noSession->sessionName.isEmpty());
}

void tst_MessageRepository::detailScope_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("found");
    QTest::newRow("owner") << "user" << "alice@example.com" << true;
    QTest::newRow("other user") << "user" << "bob@example.com" << false;
    QTest::newRow("admin") << "admin" << "root@example.com" << true;
    QTest::newRow("viewer") << "viewer" << "eye@example.com" << true;
}

void tst_MessageRepository::detailScope()
{
    QFETCH(QString, role);
    QFETCH(QString, email);
    QFETCH(bool, found);
    const auto m = repo(role, email).find(ids("u.email = 'alice@example.com'").value(0));
    QCOMPARE(m.ok(), found);
    if (!found)
        QCOMPARE(m.error().kind, ErrorKind::NotFound);
}

void tst_MessageRepository::deleteSeveralInOneTransaction()
{
    const QStringList alices = ids("u.email = 'alice@example.com'").mid(0, 3);
    const auto deleted = repo("user", "alice@example.com").remove(alices);
    QVERIFY_OK(deleted);
    QCOMPARE(deleted.value(), qint64(3));
    QCOMPARE(ids("u.email = 'alice@example.com'").size(), 2);
    QCOMPARE(ids("u.email = 'bob@example.com'").size(), 5);
    // One audit record for the whole delete, with the ids and no message contents.
    QCOMPARE(m_db.scalar("SELECT count(*) FROM waqtor_audit WHERE action = 'message.delete'").toInt(), 1);
    QCOMPARE(m_db.scalar("SELECT actor || ' ' || target || ' ' || (details->>'count') FROM waqtor_audit").toString(),
             QString("alice@example.com 3 messages 3"));
    QCOMPARE(m_db.scalar("SELECT jsonb_array_length(details->'ids') FROM waqtor_audit").toInt(), 3);
    QVERIFY(!m_db.scalar("SELECT details::text FROM waqtor_audit").toString().contains("says"));
}

void tst_MessageRepository::deleteIsAllOrNothing()
{
    // The audit insert fails after the DELETE ran: the transaction must take the DELETE back too.
    QVERIFY(m_db.exec("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no audit'; END $$;"
                      "CREATE TRIGGER refuse BEFORE INSERT ON waqtor_audit FOR EACH ROW EXECUTE FUNCTION refuse();"));
    const auto deleted = repo("admin", "root@example.com").remove(ids("true"));
    QVERIFY(m_db.exec("DROP TRIGGER refuse ON waqtor_audit; DROP FUNCTION refuse();"));
    QVERIFY(!deleted.ok());
    QVERIFY2(deleted.error().message.contains("audit"), qPrintable(deleted.error().message));
    QCOMPARE(ids("true").size(), 10);
}

void tst_MessageRepository::deleteRefused_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("user, another owner's among them") << "user" << "alice@example.com" << "your own messages";
    QTest::newRow("viewer") << "viewer" << "eye@example.com" << "not change";
}

void tst_MessageRepository::deleteRefused()
{
    QFETCH(QString, role);
    QFETCH(QString, email);
    QFETCH(QString, phrase);
    const QStringList mixed = ids("u.email = 'alice@example.com'").mid(0, 2) + ids("u.email = 'bob@example.com'").mid(0, 1);
    const auto deleted = repo(role, email).remove(mixed);
    QVERIFY(!deleted.ok());
    QVERIFY2(deleted.error().message.contains(phrase), qPrintable(deleted.error().message));
    QCOMPARE(ids("true").size(), 10);  // nothing deleted, not even Alice's own two
    QCOMPARE(m_db.scalar("SELECT count(*) FROM waqtor_audit").toInt(), 0);
    // Not a UUID: its own sentence, before any SQL.
    const auto bad = repo("admin", "root@example.com").remove({"1; DELETE FROM messages"});
    QCOMPARE(bad.error().kind, ErrorKind::Invalid);
    QCOMPARE(ids("true").size(), 10);
}

void tst_MessageRepository::countDeletable()
{
    const QStringList mixed = ids("u.email = 'alice@example.com'").mid(0, 2) + ids("u.email = 'bob@example.com'").mid(0, 1);
    QCOMPARE(repo("admin", "root@example.com").countDeletable(mixed).value(), qint64(3));
    QCOMPARE(repo("user", "alice@example.com").countDeletable(mixed).value(), qint64(2));
    QVERIFY(!repo("viewer", "eye@example.com").countDeletable(mixed).ok());
}

void tst_MessageRepository::conditionsBindEveryValue_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("bound");
    QTest::newRow("status") << "status" << "failed" << "failed";
    QTest::newRow("phone") << "phone" << "+966501234567" << "+966501234567";
    QTest::newRow("text with quote") << "text" << "it's" << "it's";
    QTest::newRow("LIKE wildcards literal") << "text" << "100%_x\\y" << "100\\%\\_x\\\\y";
}

void tst_MessageRepository::conditionsBindEveryValue()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, bound);
    MessageFilter f;
    (field == "status" ? f.status : field == "phone" ? f.phoneNumber : f.text) = value;
    const MessageConditions c = MessageRepository::conditions(f, "m", [](const QString &name) { return "$" + name; });
    QCOMPARE(c.sql.size(), 1);
    QVERIFY2(!c.sql.first().contains(value) && !c.sql.first().contains(bound), qPrintable(c.sql.first()));
    QCOMPARE(c.values.size(), 1);
    QCOMPARE(c.values.first().second, bound);
}

void tst_MessageRepository::findMatches()
{
    MessageFilter f;
    f.text = "100% SURE_";
    auto found = repo("admin", "root@example.com").findMatches(f, false, 10);
    QVERIFY_OK(found);
    QCOMPARE(found->size(), 2);  // Alice's and Bob's g = 2, not the other rows
    f.text = "says _";  // as a LIKE pattern it would match every "says N"
    found = repo("admin", "root@example.com").findMatches(f, false, 10);
    QVERIFY_OK(found);
    QCOMPARE(found->size(), 0);
    f.text = "100% SURE_";
    // Scoped to the user's own rows whatever owner the filter names.
    f.ownerId = userId("bob@example.com");
    found = repo("user", "alice@example.com").findMatches(f, false, 10);
    QCOMPARE(found.value(), ids("u.email = 'alice@example.com' AND m.message_text LIKE '%100%'"));
    // Newest first, the limit keeps the newest; with a date range (inclusive days) and a status.
    MessageFilter says;
    says.text = "says";
    says.fromDate = "2026-02-03";
    says.toDate = "2026-02-05";
    says.status = "sent";
    found = repo("user", "bob@example.com").findMatches(says, false, 2);
    QStringList bobs = ids("u.email = 'bob@example.com'");
    QCOMPARE(found.value(), QStringList({bobs.at(3), bobs.at(2)}));  // 02-05 and 02-04 (g = 4, 3)
    found = repo("user", "bob@example.com").findMatches(says, true, 10);
    QCOMPARE(found.value(), bobs.mid(1, 3));  // 02-03 .. 02-05
}

void tst_MessageRepository::cancelRunningSearch()
{
    // The test's connection holds a lock that blocks the search; a BackgroundQuery runs it on its
    // own connection, and its cancel reaches it through the server while the lock is still held.
    QSqlQuery lock(m_db.connection());
    QVERIFY_SQL(lock, exec("BEGIN"));
    QVERIFY_SQL(lock, exec("LOCK TABLE messages IN ACCESS EXCLUSIVE MODE"));
    const PermissionPolicy policy("admin", userId("root@example.com"));
    BackgroundQuery query(m_db.settings());
    query.setCancelledMessage(MessageRepository::searchCancelledMessage());
    std::optional<Result<QStringList>> result;
    query.start<QStringList>(
        [policy](const BackgroundContext &context) {
            MessageFilter f;
            f.text = "says";
            return MessageRepository(context.database(), policy, "root@example.com").findMatches(f, false, 10);
        },
        [&result](const Result<QStringList> &r) { result = r; });
    // Cancelled only once the search really waits on the server, not before it started. Watched from
    // another connection: inside the locking transaction pg_stat_activity would stay one snapshot.
    const QSqlDatabase watcher = m_db.connection("watcher");
    const auto waiting = [&watcher] {
        QSqlQuery q(watcher);
        return q.exec("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                      "AND datname = current_database()") && q.next() ? q.value(0).toInt() : -1;
    };
    QTRY_COMPARE_WITH_TIMEOUT(waiting(), 1, 5000);
    query.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
    QVERIFY_SQL(lock, exec("ROLLBACK"));
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, ErrorKind::Interrupted);
    QCOMPARE(result->error().message, QString("The search was cancelled."));
}

void tst_MessageRepository::words_data()
{
    QTest::addColumn<QVariant>("ack");
    QTest::addColumn<QString>("word");
    QTest::newRow("-1") << QVariant(-1) << "failed";
    QTest::newRow("0") << QVariant(0) << "pending";
    QTest::newRow("1") << QVariant(1) << "sent";
    QTest::newRow("2") << QVariant(2) << "delivered";
    QTest::newRow("3") << QVariant(3) << "read";
    QTest::newRow("4") << QVariant(4) << "played";
    QTest::newRow("unknown") << QVariant(7) << "7";
    QTest::newRow("NULL") << QVariant(QMetaType::fromType<int>()) << "";
}

void tst_MessageRepository::words()
{
    QFETCH(QVariant, ack);
    QFETCH(QString, word);
    QCOMPARE(MessageRepository::ackText(ack), word);
    QCOMPARE(MessageRepository::statusText("delivered"), QString("Delivered"));
    QCOMPARE(MessageRepository::statusText("queued"), QString("queued"));
}

QTEST_MAIN(tst_MessageRepository)
#include "tst_messagerepository.moc"
