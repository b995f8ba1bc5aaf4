#include "repositories/contactrepository.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

// ContactRepository against a real database: E.164 phones, duplicate sentences, exact custom_fields
// round trips, stale edits, owner scope and delete counts.
class tst_ContactRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void insertNormalisesPhone_data();
    void insertNormalisesPhone();
    void duplicatePhone();
    void customFieldsRoundTrip();
    void bigNumbersAndTypesKept();
    void keysMustBeUniqueAndNamed();
    void staleEdit();
    void statusText_data();
    void statusText();
    void scopeRefusedForAnotherOwner();
    void viewerChangesNothing();
    void deleteCounts();

private:
    ContactRepository repo(const QString &role, const QString &userId) const
    {
        return ContactRepository(m_conn, PermissionPolicy(role, userId), role + "@example.com");
    }
    QString userId(const QString &email) { return m_db.scalar("SELECT id::text FROM users WHERE email = '" + email + "'").toString(); }

    TestDatabase m_db;
    QSqlDatabase m_conn;
    QString m_admin, m_alice, m_bob, m_viewer;
};

void tst_ContactRepository::initTestCase()
{
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    m_conn = m_db.connection();
    QVERIFY(m_db.exec("INSERT INTO users (email, password_hash, role) VALUES "
                      "('admin@example.com', 'x', 'admin'), ('alice@example.com', 'x', 'user'), "
                      "('bob@example.com', 'x', 'user'), ('viewer@example.com', 'x', 'viewer')"));
    m_admin = userId("admin@example.com");
    m_alice = userId("alice@example.com");
    m_bob = userId("bob@example.com");
    m_viewer = userId("viewer@example.com");
}

void tst_ContactRepository::init()
{
    QVERIFY(m_db.exec("DELETE FROM recipients; DELETE FROM groups; DELETE FROM waqtor_audit"));
}

void tst_ContactRepository::insertNormalisesPhone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("stored");  // empty: refused
    QTest::addColumn<QString>("phrase");
    QTest::newRow("national SA") << "050 123 4567" << "SA" << "+966501234567" << "";
    QTest::newRow("dashes") << "050-123-4567" << "SA" << "+966501234567" << "";
    QTest::newRow("00 prefix") << "00966501234567" << "DE" << "+966501234567" << "";
    QTest::newRow("plus with spaces") << "+966 50 123 4567" << "" << "+966501234567" << "";
    QTest::newRow("Arabic-Indic digits") << "٠٥٠١٢٣٤٥٦٧" << "SA" << "+966501234567" << "";
    QTest::newRow("egypt national") << "010 1234 5678" << "EG" << "+201012345678" << "";
    QTest::newRow("letters") << "call me" << "SA" << "" << "not a phone number";
    QTest::newRow("too short") << "12" << "SA" << "" << "too few digits";
    QTest::newRow("no region") << "0501234567" << "" << "" << "no region";
}

void tst_ContactRepository::insertNormalisesPhone()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QString, stored);
    QFETCH(QString, phrase);
    ContactEdit edit;
    edit.phone = input;
    edit.name = "Noura";
    const auto saved = repo("user", m_alice).save(edit, region);
    if (stored.isEmpty()) {
        QVERIFY(!saved);
        QCOMPARE(saved.error().kind, ErrorKind::Invalid);
        QVERIFY2(saved.error().message.contains(phrase), qPrintable(saved.error().message));
        QCOMPARE(m_db.scalar("SELECT count(*) FROM recipients").toInt(), 0);
        return;
    }
    QVERIFY_OK(saved);
    QCOMPARE(saved->phone, stored);
    QCOMPARE(saved->ownerId, m_alice);
    QCOMPARE(saved->status, QString("active"));
    QCOMPARE(m_db.scalar("SELECT phone_number FROM recipients").toString(), stored);
    QCOMPARE(m_db.scalar("SELECT action FROM waqtor_audit").toString(), QString("contact.create"));
}

void tst_ContactRepository::duplicatePhone()
{
    ContactEdit edit;
    edit.phone = "+966501234567";
    QVERIFY_OK(repo("user", m_alice).save(edit, "SA"));
    // The same number written nationally is the same contact.
    edit.phone = "0501234567";
    const auto twin = repo("user", m_alice).save(edit, "SA");
    QVERIFY(!twin);
    QCOMPARE(twin.error().kind, ErrorKind::Conflict);
    QCOMPARE(twin.error().message, QString("A contact with phone +966501234567 already exists for alice@example.com"));
    // Another owner may have the same number.
    QVERIFY_OK(repo("user", m_bob).save(edit, "SA"));
    // An admin moving bob's contact to alice meets the same sentence.
    const QString bobsId = m_db.scalar("SELECT id::text FROM recipients WHERE user_id = '" + m_bob + "'").toString();
    edit.id = bobsId;
    edit.ownerId = m_alice;
    const auto moved = repo("admin", m_admin).save(edit, "SA");
    QVERIFY(!moved);
    QCOMPARE(moved.error().message, QString("A contact with phone +966501234567 already exists for alice@example.com"));
    // Editing a contact without changing its number is no duplicate of itself.
    edit.ownerId = m_bob;
    edit.name = "Renamed";
    QVERIFY_OK(repo("admin", m_admin).save(edit, "SA"));
    QCOMPARE(m_db.scalar("SELECT count(*) FROM recipients").toInt(), 2);
}

void tst_ContactRepository::customFieldsRoundTrip()
{
    const QString big = QString(1024 * 1024, QChar(u'x')) + "🙂";
    const QList<CustomField> fields = {
        ContactRepository::stringField("المدينة", "الرياض 🌴"),
        ContactRepository::stringField("emoji", "👍🏽👨‍👩‍👧"),
        ContactRepository::stringField("big", big),
        ContactRepository::stringField("quote\"and\\slash", "line\nbreak\ttab"),
        ContactRepository::stringField("zip", "01234"),
    };
    const auto json = ContactRepository::toJsonObject(fields);
    QVERIFY_OK(json);
    ContactEdit edit;
    edit.phone = "+966501234567";
    edit.customFieldsJson = json.value();
    const auto saved = repo("user", m_alice).save(edit, "SA");
    QVERIFY_OK(saved);
    const auto loaded = repo("user", m_alice).findById(saved->id);
    QVERIFY_OK(loaded);
    QCOMPARE(loaded->customFields.size(), fields.size());
    QHash<QString, QString> values;
    for (const CustomField &f : loaded->customFields) {
        QCOMPARE(f.type, QString("string"));
        values.insert(f.key, ContactRepository::displayText(f));
    }
    QCOMPARE(values.value("المدينة"), QString("الرياض 🌴"));
    QCOMPARE(values.value("emoji"), QString("👍🏽👨‍👩‍👧"));
    QCOMPARE(values.value("big"), big);
    QCOMPARE(values.value("quote\"and\\slash"), QString("line\nbreak\ttab"));
    QCOMPARE(values.value("zip"), QString("01234"));
    QCOMPARE(m_db.scalar("SELECT custom_fields->>'المدينة' FROM recipients").toString(), QString("الرياض 🌴"));
    QCOMPARE(m_db.scalar("SELECT length(custom_fields->>'big') FROM recipients").toInt(), 1024 * 1024 + 1);
    // Saving again with what was loaded changes nothing.
    const QString before = m_db.scalar("SELECT md5(custom_fields::text) FROM recipients").toString();
    edit.id = loaded->id;
    edit.version = loaded->version;
    edit.customFieldsJson = ContactRepository::toJsonObject(loaded->customFields).value();
    QVERIFY_OK(repo("user", m_alice).save(edit, "SA"));
    QCOMPARE(m_db.scalar("SELECT md5(custom_fields::text) FROM recipients").toString(), before);
}

void tst_ContactRepository::bigNumbersAndTypesKept()
{
    QVERIFY(m_db.exec("INSERT INTO recipients (user_id, phone_number, custom_fields) VALUES ('" + m_alice
                      + "', '+966501234567', '{\"id\": 123456789012345678901234567890, \"vip\": true, \"score\": 1.50, "
                        "\"tags\": [\"a\", 1], \"none\": null, \"addr\": {\"city\": \"جدة\"}}')"));
    const QString id = m_db.scalar("SELECT id::text FROM recipients").toString();
    const auto loaded = repo("user", m_alice).findById(id);
    QVERIFY_OK(loaded);
    QHash<QString, CustomField> byKey;
    for (const CustomField &f : loaded->customFields)
        byKey.insert(f.key, f);
    QCOMPARE(byKey.value("id").type, QString("number"));
    QCOMPARE(byKey.value("id").json, QString("123456789012345678901234567890"));
    QCOMPARE(byKey.value("vip").type, QString("boolean"));
    QCOMPARE(byKey.value("none").type, QString("null"));
    QCOMPARE(ContactRepository::displayText(byKey.value("addr")), QString("{\"city\": \"جدة\"}"));
    ContactEdit edit;
    edit.id = id;
    edit.version = loaded->version;
    edit.phone = loaded->phone;
    edit.customFieldsJson = ContactRepository::toJsonObject(loaded->customFields).value();
    QVERIFY_OK(repo("user", m_alice).save(edit, "SA"));
    QCOMPARE(m_db.scalar("SELECT custom_fields = '{\"id\": 123456789012345678901234567890, \"vip\": true, \"score\": 1.50, "
                         "\"tags\": [\"a\", 1], \"none\": null, \"addr\": {\"city\": \"جدة\"}}'::jsonb FROM recipients").toBool(),
             true);
}

void tst_ContactRepository::keysMustBeUniqueAndNamed()
{
    const auto twice = ContactRepository::toJsonObject({ContactRepository::stringField("a", "1"), ContactRepository::stringField("a", "2")});
    QVERIFY(!twice);
    QVERIFY2(twice.error().message.contains("\"a\" appears twice"), qPrintable(twice.error().message));
    const auto nameless = ContactRepository::toJsonObject({ContactRepository::stringField(" ", "1")});
    QVERIFY(!nameless);
    QVERIFY2(nameless.error().message.contains("no key"), qPrintable(nameless.error().message));
}

void tst_ContactRepository::staleEdit()
{
    ContactEdit edit;
    edit.phone = "+966501234567";
    edit.name = "First";
    const auto saved = repo("user", m_alice).save(edit, "SA");
    QVERIFY_OK(saved);
    QVERIFY(m_db.exec("UPDATE recipients SET name = 'Changed elsewhere'"));
    edit.id = saved->id;
    edit.version = saved->version;
    edit.name = "Mine";
    const auto stale = repo("user", m_alice).save(edit, "SA");
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, ErrorKind::Stale);
    QVERIFY2(stale.error().message.contains("+966501234567 was changed by someone else"), qPrintable(stale.error().message));
    QCOMPARE(m_db.scalar("SELECT name FROM recipients").toString(), QString("Changed elsewhere"));
    // Overwrite: no version.
    edit.version.clear();
    QVERIFY_OK(repo("user", m_alice).save(edit, "SA"));
    QCOMPARE(m_db.scalar("SELECT name FROM recipients").toString(), QString("Mine"));
    // Deleted meanwhile: said so.
    QVERIFY(m_db.exec("DELETE FROM recipients"));
    const auto gone = repo("user", m_alice).save(edit, "SA");
    QCOMPARE(gone.error().kind, ErrorKind::NotFound);
}

void tst_ContactRepository::scopeRefusedForAnotherOwner()
{
    ContactEdit edit;
    edit.phone = "+966501234567";
    const auto bobs = repo("user", m_bob).save(edit, "SA");
    QVERIFY_OK(bobs);
    ContactRepository alice = repo("user", m_alice);
    QCOMPARE(alice.findById(bobs->id).error().kind, ErrorKind::NotFound);
    // Creating for bob, editing bob's contact, moving it to alice, deleting it: all refused.
    edit.ownerId = m_bob;
    const auto forBob = alice.save(edit, "SA");
    QVERIFY(!forBob);
    QVERIFY2(forBob.error().message.contains("only change your own contacts"), qPrintable(forBob.error().message));
    edit.id = bobs->id;
    edit.ownerId.clear();
    edit.name = "taken over";
    const auto takeOver = alice.save(edit, "SA");
    QVERIFY(!takeOver);
    QVERIFY2(takeOver.error().message.contains("only change your own contacts"), qPrintable(takeOver.error().message));
    const auto removed = alice.remove({bobs->id});
    QVERIFY(!removed);
    QVERIFY2(removed.error().message.contains("only change your own contacts"), qPrintable(removed.error().message));
    QCOMPARE(m_db.scalar("SELECT count(*) FROM recipients WHERE name IS NULL AND user_id = '" + m_bob + "'").toInt(), 1);
    // The admin may.
    edit.ownerId = m_bob;
    QVERIFY_OK(repo("admin", m_admin).save(edit, "SA"));
    QVERIFY_OK(repo("admin", m_admin).remove({bobs->id}));
}

void tst_ContactRepository::viewerChangesNothing()
{
    ContactEdit edit;
    edit.phone = "+966501234567";
    edit.ownerId = m_alice;
    const auto saved = repo("viewer", m_viewer).save(edit, "SA");
    QVERIFY(!saved);
    QVERIFY2(saved.error().message.contains("can look at contacts but not change them"), qPrintable(saved.error().message));
    QVERIFY_OK(repo("user", m_alice).save(edit, "SA"));
    const QString id = m_db.scalar("SELECT id::text FROM recipients").toString();
    QVERIFY_OK(repo("viewer", m_viewer).findById(id));
    QVERIFY(!repo("viewer", m_viewer).remove({id}));
    QCOMPARE(m_db.scalar("SELECT count(*) FROM recipients").toInt(), 1);
}

void tst_ContactRepository::deleteCounts()
{
    QStringList ids;
    for (const char *phone : {"+966501234561", "+966501234562", "+966501234563"}) {
        ContactEdit edit;
        edit.phone = phone;
        const auto saved = repo("user", m_alice).save(edit, "SA");
        QVERIFY_OK(saved);
        ids << saved->id;
    }
    QVERIFY(m_db.exec("INSERT INTO groups (user_id, name) VALUES ('" + m_alice + "', 'g1'), ('" + m_alice + "', 'g2')"));
    QVERIFY(m_db.exec("INSERT INTO recipient_groups (recipient_id, group_id) SELECT r.id, g.id FROM recipients r, groups g "
                      "WHERE r.phone_number IN ('+966501234561', '+966501234562')"));
    QVERIFY(m_db.exec("INSERT INTO recipient_groups (recipient_id, group_id) SELECT r.id, g.id FROM recipients r, groups g "
                      "WHERE r.phone_number = '+966501234563' AND g.name = 'g1'"));
    const QStringList doomed = {ids.at(0), ids.at(1)};
    const auto preview = repo("user", m_alice).previewDelete(doomed);
    QVERIFY_OK(preview);
    QCOMPARE(preview->contacts, 2);
    QCOMPARE(preview->memberships, 4);
    QCOMPARE(m_db.scalar("SELECT count(*) FROM recipients").toInt(), 3);
    const auto done = repo("user", m_alice).remove(doomed);
    QVERIFY_OK(done);
    QCOMPARE(done->contacts, 2);
    QCOMPARE(done->memberships, 4);
    QCOMPARE(m_db.scalar("SELECT count(*) FROM recipients").toInt(), 1);
    QCOMPARE(m_db.scalar("SELECT count(*) FROM recipient_groups").toInt(), 1);
    QCOMPARE(m_db.scalar("SELECT count(*) FROM groups").toInt(), 2);
    QCOMPARE(m_db.scalar("SELECT target || ' ' || (details->>'memberships') FROM waqtor_audit WHERE action = 'contact.delete'")
                 .toString(), QString("2 contacts 4"));
    // A list with one row outside the scope deletes nothing at all.
    ContactEdit edit;
    edit.phone = "+966501234567";
    const auto bobs = repo("user", m_bob).save(edit, "SA");
    QVERIFY_OK(bobs);
    QVERIFY(!repo("user", m_alice).remove({ids.at(2), bobs->id}));
    QCOMPARE(m_db.scalar("SELECT count(*) FROM recipients").toInt(), 2);
    QVERIFY(!repo("user", m_alice).remove({"not-a-uuid"}));
}

void tst_ContactRepository::statusText_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("text");
    QTest::newRow("active") << "active" << "Active";
    QTest::newRow("blocked") << "blocked" << "Blocked";
    QTest::newRow("invalid") << "invalid" << "Invalid";
    QTest::newRow("stored with capitals and spaces") << " Blocked " << "Blocked";
    QTest::newRow("a status the server added later") << "opted_out" << "opted_out";
    QTest::newRow("empty") << "" << "";
}

void tst_ContactRepository::statusText()
{
    QFETCH(QString, status);
    QFETCH(QString, text);
    QCOMPARE(ContactRepository::statusText(status), text);
    // Every status a contact may be given has its own word.
    for (const QString &known : ContactRepository::statuses())
        QVERIFY2(ContactRepository::statusText(known) != known, qPrintable(known));
}

QTEST_GUILESS_MAIN(tst_ContactRepository)
#include "tst_contactrepository.moc"
