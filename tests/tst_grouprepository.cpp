#include "accounts/accountservice.h"
#include "repositories/grouprepository.h"
#include "testdatabase.h"

#include <QTest>
#include <QUuid>

// Groups through core under each role: names unique per owner, stale edits, scope, delete counts.
class tst_GroupRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void insertRoundTrip_data();
    void insertRoundTrip();
    void invalidNames_data();
    void invalidNames();
    void uniquePerOwner_data();
    void uniquePerOwner();
    void update();
    void staleEdit();
    void ownerChange();
    void scope();
    void viewerChangesNothing();
    void deleteCounts();
    void deleteIsAllOrNothing();

private:
    GroupRepository repo(const QString &role, const QString &userId, const QString &actor = "test@example.com");
    QString addGroup(const QString &ownerId, const QString &name);
    QString addContact(const QString &ownerId, const QString &phone);
    void addMember(const QString &contactId, const QString &groupId);
    int groupCount() { return m_db.scalar("SELECT count(*) FROM groups").toInt(); }

    TestDatabase m_db;
    QString m_admin;
    QString m_alice;
    QString m_bob;
    QString m_viewer;
};

void tst_GroupRepository::initTestCase()
{
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    TestOwners owners;
    QVERIFY2(m_db.createOwners(&owners), qPrintable(m_db.lastError()));
    m_admin = owners.admin;
    m_alice = owners.alice;
    m_bob = owners.bob;
    m_viewer = owners.viewer;
}

void tst_GroupRepository::init()
{
    QVERIFY(m_db.exec("DELETE FROM groups; DELETE FROM recipients; DELETE FROM campaigns; DELETE FROM waqtor_audit"));
}

GroupRepository tst_GroupRepository::repo(const QString &role, const QString &userId, const QString &actor)
{
    return GroupRepository(m_db.connection(), PermissionPolicy(role, userId), actor);
}

QString tst_GroupRepository::addGroup(const QString &ownerId, const QString &name)
{
    return m_db.scalar(QString("INSERT INTO groups (user_id, name) VALUES ('%1', '%2') RETURNING id::text")
                           .arg(ownerId, QString(name).replace("'", "''"))).toString();
}

QString tst_GroupRepository::addContact(const QString &ownerId, const QString &phone)
{
    return m_db.scalar(QString("INSERT INTO recipients (user_id, phone_number) VALUES ('%1', '%2') RETURNING id::text")
                           .arg(ownerId, phone)).toString();
}

void tst_GroupRepository::addMember(const QString &contactId, const QString &groupId)
{
    QVERIFY2(m_db.exec(QString("INSERT INTO recipient_groups (recipient_id, group_id) VALUES ('%1', '%2')")
                           .arg(contactId, groupId)),
             qPrintable(m_db.lastError()));
}

void tst_GroupRepository::insertRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("stored");  // the name as saved
    QTest::newRow("latin") << "VIP" << "Gold-tier customers" << "VIP";
    QTest::newRow("arabic") << "عملاء القاهرة" << "عملاء فرع القاهرة\nالسطر الثاني" << "عملاء القاهرة";
    QTest::newRow("emoji") << "🎉 Launch party 🚀" << "👨‍👩‍👧 families first" << "🎉 Launch party 🚀";
    QTest::newRow("trimmed") << "  Newsletter  " << "" << "Newsletter";
    QTest::newRow("sql quote") << "O'Brien; DROP TABLE groups;--" << "'" << "O'Brien; DROP TABLE groups;--";
    QTest::newRow("255 emoji") << QString("😀").repeated(255) << "" << QString("😀").repeated(255);
}

void tst_GroupRepository::insertRoundTrip()
{
    QFETCH(QString, name);
    QFETCH(QString, description);
    QFETCH(QString, stored);
    auto groups = repo("user", m_alice, "alice@example.com");
    const auto saved = groups.save({{}, {}, {}, name, description});
    QVERIFY_OK(saved);
    QCOMPARE(saved->name, stored);
    QCOMPARE(saved->ownerId, m_alice);  // no owner given: the signed-in account
    QCOMPARE(saved->ownerEmail, QString("alice@example.com"));
    QCOMPARE(saved->memberCount, qint64(0));
    QVERIFY(!saved->version.isEmpty());
    QVERIFY(!saved->createdAt.isNull());
    const auto read = groups.findById(saved->id);
    QVERIFY_OK(read);
    QCOMPARE(read->name, stored);
    QCOMPARE(read->description, description.trimmed());
    QCOMPARE(m_db.scalar(QString("SELECT description IS NULL FROM groups WHERE id = '%1'").arg(saved->id)).toBool(),
             description.isEmpty());
    QCOMPARE(m_db.scalar("SELECT count(*) FROM waqtor_audit WHERE action = 'group.create' AND actor = 'alice@example.com'")
                 .toInt(), 1);
}

void tst_GroupRepository::invalidNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("empty") << "" << "Enter the group's name";
    QTest::newRow("blank") << "   \t " << "Enter the group's name";
    QTest::newRow("256 characters") << QString("x").repeated(256) << "256 characters long; at most 255";
    QTest::newRow("256 emoji") << QString("🚀").repeated(256) << "256 characters long";
    QTest::newRow("line break") << "VIP\nclients" << "line breaks";
}

void tst_GroupRepository::invalidNames()
{
    QFETCH(QString, name);
    QFETCH(QString, phrase);
    const auto saved = repo("admin", m_admin).save({{}, {}, m_alice, name, {}});
    QVERIFY(!saved);
    QCOMPARE(saved.error().kind, ErrorKind::Invalid);
    QVERIFY2(saved.error().message.contains(phrase), qPrintable(saved.error().message));
    QCOMPARE(groupCount(), 0);
}

void tst_GroupRepository::uniquePerOwner_data()
{
    QTest::addColumn<QString>("owner");  // alice or bob
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("error");  // empty: saved
    QTest::newRow("same owner, same name") << "alice" << "VIP" << "A group named VIP already exists for alice@example.com.";
    QTest::newRow("same owner, other case") << "alice" << "vip" << "A group named VIP already exists for alice@example.com.";
    QTest::newRow("same owner, arabic twin") << "alice" << "عملاء" << "A group named عملاء already exists for alice@example.com.";
    QTest::newRow("other owner, same name") << "bob" << "VIP" << "";
    QTest::newRow("same owner, other name") << "alice" << "VIP 2" << "";
}

void tst_GroupRepository::uniquePerOwner()
{
    QFETCH(QString, owner);
    QFETCH(QString, name);
    QFETCH(QString, error);
    addGroup(m_alice, "VIP");
    addGroup(m_alice, "عملاء");
    const QString ownerId = owner == "alice" ? m_alice : m_bob;
    const auto created = repo("admin", m_admin).save({{}, {}, ownerId, name, {}});
    if (error.isEmpty()) {
        QVERIFY_OK(created);
        QCOMPARE(created->ownerId, ownerId);
    } else {
        QVERIFY(!created);
        QCOMPARE(created.error().kind, ErrorKind::Conflict);
        QCOMPARE(created.error().message, error);
        QCOMPARE(groupCount(), 2);
    }
    // Renaming another group to the twin name is refused the same way.
    const QString other = addGroup(ownerId, "Other");
    const auto renamed = repo("admin", m_admin).save({other, {}, ownerId, name, {}});
    QVERIFY(!renamed);
    QCOMPARE(renamed.error().kind, ErrorKind::Conflict);
}

void tst_GroupRepository::update()
{
    const QString id = addGroup(m_alice, "VIP");
    auto groups = repo("user", m_alice, "alice@example.com");
    const auto before = groups.findById(id);
    QVERIFY_OK(before);
    // Same name in another case is its own name, not a twin.
    const auto saved = groups.save({id, before->version, {}, "Vip customers 🎉", "Line 1\nسطر 2"});
    QVERIFY_OK(saved);
    QCOMPARE(saved->name, QString("Vip customers 🎉"));
    QCOMPARE(saved->description, QString("Line 1\nسطر 2"));
    QVERIFY(saved->version != before->version);
    const auto recased = groups.save({id, saved->version, {}, "VIP CUSTOMERS 🎉", saved->description});
    QVERIFY_OK(recased);
    QCOMPARE(m_db.scalar("SELECT details->>'previous_name' FROM waqtor_audit WHERE action = 'group.update' "
                         "ORDER BY id LIMIT 1").toString(), QString("VIP"));
    // Saving unchanged writes nothing, so the version stays.
    const auto unchanged = groups.save({id, recased->version, {}, recased->name, recased->description});
    QVERIFY_OK(unchanged);
    QCOMPARE(unchanged->version, recased->version);
    QCOMPARE(m_db.scalar("SELECT count(*) FROM waqtor_audit WHERE action = 'group.update'").toInt(), 2);
}

void tst_GroupRepository::staleEdit()
{
    const QString id = addGroup(m_alice, "VIP");
    auto groups = repo("user", m_alice);
    const auto loaded = groups.findById(id);
    QVERIFY_OK(loaded);
    QVERIFY(m_db.exec(QString("UPDATE groups SET description = 'changed by the server' WHERE id = '%1'").arg(id)));
    const auto stale = groups.save({id, loaded->version, {}, "VIP", "mine"});
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, ErrorKind::Stale);
    QVERIFY2(stale.error().message.contains("VIP was changed by someone else"), qPrintable(stale.error().message));
    QCOMPARE(m_db.scalar(QString("SELECT description FROM groups WHERE id = '%1'").arg(id)).toString(),
             QString("changed by the server"));
    // Overwrite: no version.
    QVERIFY_OK(groups.save({id, {}, {}, "VIP", "mine"}));
    QCOMPARE(m_db.scalar(QString("SELECT description FROM groups WHERE id = '%1'").arg(id)).toString(), QString("mine"));
}

void tst_GroupRepository::ownerChange()
{
    auto admin = repo("admin", m_admin);
    const QString empty = addGroup(m_alice, "Empty");
    const auto moved = admin.save({empty, {}, m_bob, "Empty", {}});
    QVERIFY_OK(moved);
    QCOMPARE(moved->ownerEmail, QString("bob@example.com"));

    const QString full = addGroup(m_alice, "Full");
    addMember(addContact(m_alice, "+966501234567"), full);
    const auto refused = admin.save({full, {}, m_bob, "Full", {}});
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains("has 1 member"), qPrintable(refused.error().message));
    QCOMPARE(m_db.scalar(QString("SELECT user_id::text FROM groups WHERE id = '%1'").arg(full)).toString(), m_alice);

    const auto noOwner = admin.save({{}, {}, QUuid::createUuid().toString(QUuid::WithoutBraces), "Orphan", {}});
    QVERIFY(!noOwner);
    QCOMPARE(noOwner.error().kind, ErrorKind::NotFound);
}

void tst_GroupRepository::scope()
{
    const QString bobs = addGroup(m_bob, "Bob's VIP");
    const QString alices = addGroup(m_alice, "Alice's VIP");
    auto alice = repo("user", m_alice);
    QCOMPARE(alice.findById(bobs).error().kind, ErrorKind::NotFound);
    QVERIFY_OK(alice.findById(alices));
    // Another owner's group cannot be changed, created or given away.
    QVERIFY(!alice.save({bobs, {}, m_bob, "Taken", {}}));
    QVERIFY(!alice.save({{}, {}, m_bob, "Planted", {}}));
    QVERIFY(!alice.save({alices, {}, m_bob, "Given away", {}}));
    QVERIFY(!alice.previewDelete({bobs}));
    QVERIFY(!alice.remove({alices, bobs}));
    QCOMPARE(m_db.scalar("SELECT string_agg(name, ',' ORDER BY name) FROM groups").toString(),
             QString("Alice's VIP,Bob's VIP"));
    // The admin reaches every owner's groups.
    QVERIFY_OK(repo("admin", m_admin).findById(bobs));
}

void tst_GroupRepository::viewerChangesNothing()
{
    const QString id = addGroup(m_alice, "VIP");
    auto viewer = repo("viewer", m_viewer);
    QVERIFY_OK(viewer.findById(id));
    QVERIFY(!viewer.save({{}, {}, m_viewer, "Mine", {}}));
    QVERIFY(!viewer.save({id, {}, {}, "Renamed", {}}));
    QVERIFY(!viewer.remove({id}));
    QCOMPARE(m_db.scalar("SELECT string_agg(name, ',') FROM groups").toString(), QString("VIP"));
    QCOMPARE(m_db.scalar("SELECT count(*) FROM waqtor_audit").toInt(), 0);
}

void tst_GroupRepository::deleteCounts()
{
    const QString vip = addGroup(m_alice, "VIP");
    const QString cairo = addGroup(m_alice, "عملاء القاهرة");
    const QString empty = addGroup(m_alice, "🎉 Empty");
    const QString kept = addGroup(m_alice, "Kept");
    QStringList contacts;
    for (int i = 0; i < 4; ++i)
        contacts << addContact(m_alice, QString("+96650123456%1").arg(i));
    addMember(contacts[0], vip);
    addMember(contacts[1], vip);
    addMember(contacts[2], vip);
    addMember(contacts[2], cairo);
    addMember(contacts[3], cairo);
    addMember(contacts[3], kept);
    QVERIFY(m_db.exec(QString("INSERT INTO campaigns (user_id, name, message_template, metadata) VALUES "
                              "('%1', 'Gold offer', 'Hi', '{\"audience\": {\"group\": \"VIP\"}}'), "
                              "('%2', 'Bob offer', 'Hi', '{\"audience\": {\"group\": \"VIP\"}}')").arg(m_alice, m_bob)));

    auto alice = repo("user", m_alice, "alice@example.com");
    const auto preview = alice.previewDelete({vip, cairo, empty});
    QVERIFY_OK(preview);
    QCOMPARE(preview->groups, qint64(3));
    QCOMPARE(preview->memberships, qint64(5));
    QCOMPARE(preview->contacts, qint64(4));
    QCOMPARE(preview->campaigns, qint64(1));  // Bob's VIP campaign is about Bob's group
    QStringList names = preview->names;
    names.sort();
    QCOMPARE(names, QStringList({"VIP (alice@example.com)", "عملاء القاهرة (alice@example.com)",
                                 "🎉 Empty (alice@example.com)"}));

    const auto done = alice.remove({vip, cairo, empty, vip});  // a repeated id counts once
    QVERIFY_OK(done);
    QCOMPARE(done->memberships, qint64(5));
    QCOMPARE(m_db.scalar("SELECT string_agg(name, ',') FROM groups").toString(), QString("Kept"));
    QCOMPARE(m_db.scalar("SELECT count(*) FROM recipient_groups").toInt(), 1);
    QCOMPARE(m_db.scalar("SELECT count(*) FROM recipients").toInt(), 4);  // contacts are kept
    QCOMPARE(m_db.scalar("SELECT count(*) FROM campaigns").toInt(), 2);
    QStringList audited = m_db.scalar("SELECT string_agg(target || '=' || (details->>'memberships'), '|') "
                                      "FROM waqtor_audit WHERE action = 'group.delete' AND actor = 'alice@example.com'")
                              .toString().split('|');
    audited.sort();
    QCOMPARE(audited, QStringList({"VIP (alice@example.com)=3", "عملاء القاهرة (alice@example.com)=2",
                                   "🎉 Empty (alice@example.com)=0"}));
}

void tst_GroupRepository::deleteIsAllOrNothing()
{
    const QString a = addGroup(m_alice, "A");
    const QString gone = addGroup(m_alice, "Gone");
    QVERIFY(m_db.exec(QString("DELETE FROM groups WHERE id = '%1'").arg(gone)));
    const auto refused = repo("admin", m_admin).remove({a, gone});
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::NotFound);
    QVERIFY2(refused.error().message.contains("no longer exist"), qPrintable(refused.error().message));
    QCOMPARE(groupCount(), 1);
    QCOMPARE(m_db.scalar("SELECT count(*) FROM waqtor_audit").toInt(), 0);
    QVERIFY(!repo("admin", m_admin).remove({"not-a-uuid"}));
    QVERIFY(!repo("admin", m_admin).remove({}));
}

QTEST_MAIN(tst_GroupRepository)
#include "tst_grouprepository.moc"
