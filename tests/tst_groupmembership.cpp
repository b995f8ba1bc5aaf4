#include "groups/contactgroups.h"
#include "repositories/contactrepository.h"
#include "groups/groupmembership.h"
#include "groups/membershipcounter.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>
#include <QSignalSpy>
#include <optional>

// Group membership through core on a real database: pending changes and their live counts,
// set-based saves in one transaction, the same-owner rule, roles, and the contact's own groups.
class tst_GroupMembership : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void addByFilter_data();
    void addByFilter();
    void explicitAddAndRemove();
    void removeByFilter();
    void explicitChoicesWinOverFilters();
    void invalidFilter_data();
    void invalidFilter();
    void otherOwnersContactsNeverJoin_data();
    void otherOwnersContactsNeverJoin();
    void userCannotOpenAnotherOwnersGroup();
    void viewerCannotSave();
    void discardLeavesDatabaseUnchanged();
    void reAddIsIdempotent();
    void noTransactionStaysOpen();
    void deletedGroupIsReported();
    void contactSaveEditsGroups();
    void contactOwnerChangeDropsForeignGroups();
    void countsOnAWorkersConnection();

private:
    GroupMembership editor(const QString &role, const QString &userId);
    QString contact(const QString &suffix) const { return m_contacts.value(suffix); }
    QStringList members(const QString &groupId);  // the phone suffixes, sorted
    QStringList ids(const QStringList &suffixes) const;
    qint64 memberCount(const QString &groupId);

    TestDatabase m_db;
    TestOwners m_owners;
    QString m_vip;      // alice's group: 10 and 12 are members
    QString m_other;    // alice's empty group
    QString m_bobs;     // bob's group
    QHash<QString, QString> m_contacts;  // phone suffix -> id; bob's are "b10", "b11"
};

void tst_GroupMembership::initTestCase()
{
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    QVERIFY2(m_db.createOwners(&m_owners), qPrintable(m_db.lastError()));
}

void tst_GroupMembership::init()
{
    QVERIFY2(m_db.exec("DELETE FROM groups; DELETE FROM recipients; DELETE FROM waqtor_audit"), qPrintable(m_db.lastError()));
    QVERIFY2(m_db.exec(QString(R"sql(
        INSERT INTO recipients (user_id, phone_number, name, email, status, custom_fields)
        SELECT '%1', '+9665000000' || v.n, v.name, v.email, v.status, CAST(v.fields AS jsonb)
        FROM (VALUES ('10', 'Ahmed Ali', 'ahmed@example.com', 'active', '{"city": "Riyadh", "tier": "gold"}'),
                     ('11', 'محمد العتيبي', NULL, 'active', '{"city": "جدة"}'),
                     ('12', 'Party 🎉 Girl', NULL, 'blocked', '{"city": "Riyadh", "vip": true}'),
                     ('13', 'O''Brien', NULL, 'invalid', '{"age": 42}'),
                     ('14', '100% Real', 'percent@example.com', 'active', NULL),
                     ('15', 'a_b', NULL, 'active', '{"city": "Riyadh"}'),
                     ('16', 'axb', NULL, 'active', '[1, 2]'),
                     ('17', '1000 Real', NULL, 'active', '{}'),
                     ('18', NULL, NULL, 'active', '{"city": "Dammam"}')) AS v(n, name, email, status, fields);
        INSERT INTO recipients (user_id, phone_number, name, status, custom_fields)
        VALUES ('%2', '+491510000010', 'Ahmed Bob', 'active', '{"city": "Riyadh"}'),
               ('%2', '+491510000011', 'Bob Two', 'blocked', NULL);
        INSERT INTO groups (user_id, name) VALUES ('%1', 'VIP'), ('%1', 'Other'), ('%2', 'Bobs');
        INSERT INTO recipient_groups (recipient_id, group_id)
        SELECT r.id, g.id FROM recipients r, groups g
        WHERE g.name = 'VIP' AND r.phone_number IN ('+966500000010', '+966500000012');
    )sql").arg(m_owners.alice, m_owners.bob)), qPrintable(m_db.lastError()));
    m_contacts.clear();
    QSqlQuery q(m_db.connection());
    QVERIFY_SQL(q, exec("SELECT right(phone_number, 2), user_id::text, id::text FROM recipients"));
    while (q.next())
        m_contacts.insert((q.value(1).toString() == m_owners.bob ? "b" : "") + q.value(0).toString(), q.value(2).toString());
    m_vip = m_db.scalar("SELECT id::text FROM groups WHERE name = 'VIP'").toString();
    m_other = m_db.scalar("SELECT id::text FROM groups WHERE name = 'Other'").toString();
    m_bobs = m_db.scalar("SELECT id::text FROM groups WHERE name = 'Bobs'").toString();
}

GroupMembership tst_GroupMembership::editor(const QString &role, const QString &userId)
{
    return GroupMembership(m_db.connection(), PermissionPolicy(role, userId), "tester@example.com", "SA");
}

QStringList tst_GroupMembership::members(const QString &groupId)
{
    QStringList result;
    QSqlQuery q(m_db.connection());
    q.prepare("SELECT CASE WHEN r.user_id = g.user_id THEN '' ELSE 'foreign:' END || right(r.phone_number, 2) "
              "FROM recipient_groups m JOIN recipients r ON r.id = m.recipient_id JOIN groups g ON g.id = m.group_id "
              "WHERE m.group_id = CAST(:g AS uuid) ORDER BY 1");
    q.bindValue(":g", groupId);
    if (!q.exec())
        qWarning() << q.lastError().text();
    while (q.next())
        result << q.value(0).toString();
    return result;
}

QStringList tst_GroupMembership::ids(const QStringList &suffixes) const
{
    QStringList result;
    for (const QString &s : suffixes)
        result << contact(s);
    return result;
}

qint64 tst_GroupMembership::memberCount(const QString &groupId)
{
    return m_db.scalar(QString("SELECT count(*) FROM recipient_groups WHERE group_id = '%1'").arg(groupId)).toLongLong();
}

void tst_GroupMembership::addByFilter_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("matching");  // phone suffixes of alice's contacts

    QTest::newRow("status blocked") << "blocked" << "" << "" << "" << QStringList{"12"};
    QTest::newRow("status invalid") << "invalid" << "" << "" << "" << QStringList{"13"};
    QTest::newRow("status active") << "active" << "" << "" << "" << QStringList{"10", "11", "14", "15", "16", "17", "18"};
    QTest::newRow("text any case") << "" << "AHMED" << "" << "" << QStringList{"10"};
    QTest::newRow("text arabic") << "" << "العتيبي" << "" << "" << QStringList{"11"};
    QTest::newRow("text emoji") << "" << "🎉" << "" << "" << QStringList{"12"};
    QTest::newRow("text quote") << "" << "o'brien" << "" << "" << QStringList{"13"};
    QTest::newRow("text percent literal") << "" << "100%" << "" << "" << QStringList{"14"};
    QTest::newRow("text underscore literal") << "" << "a_b" << "" << "" << QStringList{"15"};
    QTest::newRow("text in email") << "" << "percent@" << "" << "" << QStringList{"14"};
    QTest::newRow("phone national") << "" << "050 000 0016" << "" << "" << QStringList{"16"};
    QTest::newRow("phone e164") << "" << "+966500000017" << "" << "" << QStringList{"17"};
    QTest::newRow("phone arabic digits") << "" << "٠٥٠٠٠٠٠٠١٨" << "" << "" << QStringList{"18"};
    QTest::newRow("field text value") << "" << "" << "city" << "Riyadh" << QStringList{"10", "12", "15"};
    QTest::newRow("field arabic value") << "" << "" << "city" << "جدة" << QStringList{"11"};
    QTest::newRow("field number") << "" << "" << "age" << "42" << QStringList{"13"};
    QTest::newRow("field boolean") << "" << "" << "vip" << "true" << QStringList{"12"};
    QTest::newRow("field present") << "" << "" << "tier" << "" << QStringList{"10"};
    QTest::newRow("field case matters") << "" << "" << "city" << "riyadh" << QStringList{};
    QTest::newRow("status and field") << "active" << "" << "city" << "Riyadh" << QStringList{"10", "15"};
    QTest::newRow("status and text") << "active" << "real" << "" << "" << QStringList{"14", "17"};
    QTest::newRow("all three") << "blocked" << "party" << "vip" << "true" << QStringList{"12"};
    QTest::newRow("no match") << "" << "zzz" << "" << "" << QStringList{};
    QTest::newRow("everything") << "" << "" << "" << "" << QStringList{"10", "11", "12", "13", "14", "15", "16", "17", "18"};
}

void tst_GroupMembership::addByFilter()
{
    QFETCH(QString, status);
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QStringList, matching);
    const QStringList before{"10", "12"};
    QStringList expected = before;
    for (const QString &m : matching)
        if (!expected.contains(m))
            expected << m;
    expected.sort();
    const qint64 newOnes = expected.size() - before.size();

    GroupMembership m = editor("user", m_owners.alice);
    QVERIFY_OK(m.load(m_vip));
    QVERIFY(m.canEdit());
    const MembershipFilter filter{status, text, key, value};
    const auto preview = m.preview(filter);
    QVERIFY_OK(preview);
    QCOMPARE(preview->matching, qint64(matching.size()));
    QCOMPARE(preview->wouldAdd, newOnes);
    qint64 membersMatching = 0;  // what "Remove all matching" would take out instead
    for (const QString &b : before)
        membersMatching += matching.contains(b) ? 1 : 0;
    QCOMPARE(preview->wouldRemove, membersMatching);

    QVERIFY_OK(m.addMatching(filter));
    QVERIFY(m.hasChanges());
    const auto counts = m.counts();
    QVERIFY_OK(counts);
    QCOMPARE(counts->current, qint64(2));
    QCOMPARE(counts->adding, newOnes);
    QCOMPARE(counts->removing, qint64(0));
    QCOMPARE(counts->effective(), qint64(expected.size()));
    QCOMPARE(members(m_vip), before);  // pending only: nothing written yet

    const auto saved = m.save();
    QVERIFY_OK(saved);
    QCOMPARE(saved->added, newOnes);
    QCOMPARE(saved->removed, qint64(0));
    QCOMPARE(saved->members, qint64(expected.size()));
    QCOMPARE(members(m_vip), expected);
    QVERIFY(!m.hasChanges());
    // Every new row from one transaction (one xmin), not one per contact.
    QVERIFY(m_db.scalar(QString("SELECT count(DISTINCT xmin::text) FROM recipient_groups WHERE group_id = '%1' "
                                "AND created_at > (SELECT min(created_at) FROM recipient_groups WHERE group_id = '%1')")
                            .arg(m_vip)).toInt() <= 1);
    QCOMPARE(m_db.scalar("SELECT count(*) FROM waqtor_audit WHERE action = 'group.members' AND target = 'VIP (alice@example.com)' "
                         "AND actor = 'tester@example.com'").toInt(), 1);
    QCOMPARE(m_db.scalar("SELECT (details->>'added')::int FROM waqtor_audit WHERE action = 'group.members'").toLongLong(), newOnes);
}

void tst_GroupMembership::explicitAddAndRemove()
{
    GroupMembership m = editor("admin", m_owners.admin);
    QVERIFY_OK(m.load(m_vip));
    m.add(ids({"11", "13", "13"}));
    m.remove(ids({"10"}));
    m.add({"not-a-uuid"});  // ignored: only ids that parse reach the SQL
    const auto counts = m.counts();
    QVERIFY_OK(counts);
    QCOMPARE(counts->current, qint64(2));
    QCOMPARE(counts->adding, qint64(2));
    QCOMPARE(counts->removing, qint64(1));
    QCOMPARE(counts->effective(), qint64(3));
    const auto saved = m.save();
    QVERIFY_OK(saved);
    QCOMPARE(saved->added, qint64(2));
    QCOMPARE(saved->removed, qint64(1));
    QCOMPARE(members(m_vip), (QStringList{"11", "12", "13"}));
    QCOMPARE(memberCount(m_other), qint64(0));
}

void tst_GroupMembership::removeByFilter()
{
    GroupMembership m = editor("user", m_owners.alice);
    QVERIFY_OK(m.load(m_vip));
    const MembershipFilter blocked{"blocked", {}, {}, {}};
    const auto preview = m.preview(blocked);
    QVERIFY_OK(preview);
    QCOMPARE(preview->wouldRemove, qint64(1));
    QVERIFY_OK(m.removeMatching(blocked));
    QCOMPARE(m.counts()->removing, qint64(1));
    QVERIFY_OK(m.save());
    QCOMPARE(members(m_vip), QStringList{"10"});
}

void tst_GroupMembership::explicitChoicesWinOverFilters()
{
    GroupMembership m = editor("user", m_owners.alice);
    QVERIFY_OK(m.load(m_vip));
    m.remove(ids({"15"}));  // then "every Riyadh contact": 15 stays out, chosen by hand
    QVERIFY_OK(m.addMatching({{}, {}, "city", "Riyadh"}));
    m.add(ids({"12"}));     // and "remove every blocked one" leaves 12, chosen by hand
    QVERIFY_OK(m.removeMatching({"blocked", {}, {}, {}}));
    QVERIFY_OK(m.addMatching({"invalid", {}, {}, {}}));
    QVERIFY_OK(m.removeMatching({{}, "o'brien", {}, {}}));  // removing filters win over adding ones
    const auto counts = m.counts();
    QVERIFY_OK(counts);
    QCOMPARE(counts->effective(), qint64(2));
    QVERIFY_OK(m.save());
    QCOMPARE(members(m_vip), (QStringList{"10", "12"}));
}

void tst_GroupMembership::invalidFilter_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("unknown status") << "gone" << "" << "";
    QTest::newRow("value without key") << "" << " " << "Riyadh";
}

void tst_GroupMembership::invalidFilter()
{
    QFETCH(QString, status);
    QFETCH(QString, key);
    QFETCH(QString, value);
    GroupMembership m = editor("user", m_owners.alice);
    QVERIFY_OK(m.load(m_vip));
    const MembershipFilter filter{status, {}, key, value};
    const Status added = m.addMatching(filter);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().kind, ErrorKind::Invalid);
    QVERIFY(!added.error().message.isEmpty());
    QVERIFY(!m.hasChanges());
    QVERIFY(!m.preview(filter).ok());
}

void tst_GroupMembership::otherOwnersContactsNeverJoin_data()
{
    QTest::addColumn<QString>("role");
    QTest::newRow("admin") << "admin";
    QTest::newRow("user") << "user";
}

void tst_GroupMembership::otherOwnersContactsNeverJoin()
{
    QFETCH(QString, role);
    GroupMembership m = editor(role, role == "admin" ? m_owners.admin : m_owners.alice);
    QVERIFY_OK(m.load(m_vip));
    // Bob's ids passed explicitly, and a filter that matches his "Ahmed Bob" too.
    m.add(ids({"b10", "b11", "11"}));
    QVERIFY_OK(m.addMatching({{}, "ahmed", {}, {}}));
    QCOMPARE(m.preview({{}, "bob", {}, {}})->matching, qint64(0));
    const auto counts = m.counts();
    QVERIFY_OK(counts);
    QCOMPARE(counts->adding, qint64(1));
    QVERIFY_OK(m.save());
    QCOMPARE(members(m_vip), (QStringList{"10", "11", "12"}));
    QCOMPARE(m_db.scalar("SELECT count(*) FROM recipient_groups m JOIN recipients r ON r.id = m.recipient_id "
                         "JOIN groups g ON g.id = m.group_id WHERE r.user_id <> g.user_id").toInt(), 0);
}

void tst_GroupMembership::userCannotOpenAnotherOwnersGroup()
{
    GroupMembership m = editor("user", m_owners.alice);
    const Status loaded = m.load(m_bobs);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, ErrorKind::NotFound);
    m.add(ids({"11"}));
    QVERIFY(!m.save().ok());
    QCOMPARE(memberCount(m_bobs), qint64(0));
}

void tst_GroupMembership::viewerCannotSave()
{
    GroupMembership m = editor("viewer", m_owners.viewer);
    QVERIFY_OK(m.load(m_vip));  // viewers read every owner's groups
    QVERIFY(!m.canEdit());
    QCOMPARE(m.counts()->current, qint64(2));
    m.add(ids({"11"}));
    m.remove(ids({"10"}));
    const auto saved = m.save();
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, ErrorKind::Invalid);
    QVERIFY2(saved.error().message.contains("viewer"), qPrintable(saved.error().message));
    QCOMPARE(members(m_vip), (QStringList{"10", "12"}));
    QCOMPARE(m_db.scalar("SELECT count(*) FROM waqtor_audit").toInt(), 0);
}

void tst_GroupMembership::discardLeavesDatabaseUnchanged()
{
    {
        GroupMembership m = editor("user", m_owners.alice);
        QVERIFY_OK(m.load(m_vip));
        m.add(ids({"11", "13"}));
        m.remove(ids({"10"}));
        QVERIFY_OK(m.addMatching({"active", {}, {}, {}}));
        QVERIFY(m.counts()->adding > 0);
        m.discard();
        QVERIFY(!m.hasChanges());
        const auto counts = m.counts();
        QCOMPARE(counts->adding, qint64(0));
        QCOMPARE(counts->removing, qint64(0));
        m.add(ids({"14"}));
        // Cancel: the editor goes away unsaved.
    }
    QCOMPARE(members(m_vip), (QStringList{"10", "12"}));
    QCOMPARE(m_db.scalar("SELECT count(*) FROM waqtor_audit").toInt(), 0);
}

void tst_GroupMembership::reAddIsIdempotent()
{
    GroupMembership m = editor("user", m_owners.alice);
    QVERIFY_OK(m.load(m_vip));
    m.add(ids({"10", "12"}));  // members already
    QVERIFY_OK(m.addMatching({{}, {}, "city", "Riyadh"}));
    QVERIFY_OK(m.addMatching({{}, {}, "city", "Riyadh"}));
    QCOMPARE(m.counts()->adding, qint64(1));
    const auto first = m.save();
    QVERIFY_OK(first);
    QCOMPARE(first->added, qint64(1));
    QVERIFY_OK(m.addMatching({{}, {}, "city", "Riyadh"}));
    QCOMPARE(m.counts()->adding, qint64(0));
    const auto second = m.save();
    QVERIFY_OK(second);
    QCOMPARE(second->added, qint64(0));
    QCOMPARE(members(m_vip), (QStringList{"10", "12", "15"}));
}

void tst_GroupMembership::noTransactionStaysOpen()
{
    GroupMembership m = editor("user", m_owners.alice);
    QVERIFY_OK(m.load(m_vip));
    m.add(ids({"11"}));
    QVERIFY_OK(m.addMatching({"active", {}, {}, {}}));
    QVERIFY_OK(m.counts());
    QVERIFY_OK(m.preview({{}, "real", {}, {}}));
    const int pid = m_db.scalar("SELECT pg_backend_pid()").toInt();
    QSqlQuery q(m_db.connection("watcher"));
    QVERIFY_SQL(q, prepare("SELECT state FROM pg_stat_activity WHERE pid = :pid"));
    q.bindValue(":pid", pid);
    QVERIFY_SQL(q, exec());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QString("idle"));
    QVERIFY_OK(m.save());
    QVERIFY_SQL(q, exec());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QString("idle"));
}

void tst_GroupMembership::deletedGroupIsReported()
{
    GroupMembership m = editor("user", m_owners.alice);
    QVERIFY_OK(m.load(m_vip));
    m.add(ids({"11"}));
    QVERIFY(m_db.exec(QString("DELETE FROM groups WHERE id = '%1'").arg(m_vip)));
    const auto saved = m.save();
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().kind, ErrorKind::NotFound);
    QCOMPARE(m_db.scalar("SELECT count(*) FROM recipient_groups").toInt(), 0);
}

void tst_GroupMembership::contactSaveEditsGroups()
{
    ContactGroups groups(m_db.connection(), PermissionPolicy("user", m_owners.alice));
    auto choices = groups.choices(m_owners.alice, contact("10"));
    QVERIFY_OK(choices);
    QCOMPARE(choices->size(), 2);  // alice's two groups, by name; never Bob's
    QCOMPARE(choices->at(0).name, QString("Other"));
    QCOMPARE(choices->at(0).member, false);
    QCOMPARE(choices->at(1).name, QString("VIP"));
    QCOMPARE(choices->at(1).member, true);
    QVERIFY(groups.choices(m_owners.bob, contact("b10"))->isEmpty());  // not hers to see

    ContactRepository contacts(m_db.connection(), PermissionPolicy("user", m_owners.alice), "alice@example.com");
    const auto loaded = contacts.findById(contact("10"));
    QVERIFY_OK(loaded);
    ContactEdit edit;
    edit.id = loaded->id;
    edit.version = loaded->version;
    edit.phone = loaded->phone;
    edit.name = loaded->name;
    edit.status = loaded->status;
    edit.keepCustomFields = true;
    edit.groupIds = QStringList{m_other, m_bobs};  // Bob's group is ignored: another owner's
    QVERIFY_OK(contacts.save(edit, "SA"));
    QCOMPARE(members(m_other), QStringList{"10"});
    QCOMPARE(members(m_vip), QStringList{"12"});
    QCOMPARE(memberCount(m_bobs), qint64(0));
    QCOMPARE(m_db.scalar("SELECT details->>'groups_added' || '/' || (details->>'groups_removed') FROM waqtor_audit "
                         "WHERE action = 'contact.update'").toString(), QString("1/1"));

    // A new contact joins its groups in the same transaction.
    ContactEdit fresh;
    fresh.phone = "+966500000099";
    fresh.groupIds = QStringList{m_vip};
    const auto created = contacts.save(fresh, "SA");
    QVERIFY_OK(created);
    QCOMPARE(members(m_vip), (QStringList{"12", "99"}));

    // A failing save changes no groups either.
    edit.version.clear();
    edit.phone = "+966500000099";  // taken by the new contact
    edit.groupIds = QStringList{};
    QVERIFY(!contacts.save(edit, "SA").ok());
    QCOMPARE(members(m_other), QStringList{"10"});
}

void tst_GroupMembership::contactOwnerChangeDropsForeignGroups()
{
    ContactRepository contacts(m_db.connection(), PermissionPolicy("admin", m_owners.admin), "root@example.com");
    const auto loaded = contacts.findById(contact("10"));
    QVERIFY_OK(loaded);
    ContactEdit edit;
    edit.id = loaded->id;
    edit.ownerId = m_owners.bob;
    edit.phone = loaded->phone;
    edit.status = loaded->status;
    edit.keepCustomFields = true;  // groups left unset: only the ones that became another owner's go
    QVERIFY_OK(contacts.save(edit, "SA"));
    QCOMPARE(members(m_vip), QStringList{"12"});
    QCOMPARE(m_db.scalar("SELECT count(*) FROM recipient_groups m JOIN recipients r ON r.id = m.recipient_id "
                         "JOIN groups g ON g.id = m.group_id WHERE r.user_id <> g.user_id").toInt(), 0);
}

void tst_GroupMembership::countsOnAWorkersConnection()
{
    GroupMembership m = editor("user", m_owners.alice);
    QVERIFY_OK(m.load(m_vip));
    m.add(ids({"11"}));
    const MembershipFilter riyadh{"", "", "city", "Riyadh"};
    // The counter's workers, each on a connection of its own, count what the editor counts here.
    MembershipCounter counter(m_db.settings());
    QSignalSpy members(&counter, &MembershipCounter::membersCounted);
    QSignalSpy previews(&counter, &MembershipCounter::previewCounted);
    QSignalSpy failures(&counter, &MembershipCounter::countFailed);
    counter.countMembers(m, true);
    counter.countPreview(m, riyadh);
    QTRY_COMPARE_WITH_TIMEOUT(members.count() + previews.count() + failures.count(), 2, 10000);
    QCOMPARE(failures.count(), 0);
    const auto count = members.at(0).at(0).value<MembersCount>();
    QCOMPARE(count.counts.effective(), m.counts().value().effective());
    QCOMPARE(count.ownerContacts, m.ownerContactCount().value());
    QCOMPARE(previews.at(0).at(0).value<FilterPreview>().matching, m.preview(riyadh).value().matching);

    // A count waiting for another session's lock is cancelled on the server at once, while the lock is
    // still held, and its answer is never reported.
    QSqlQuery locker(m_db.connection("locker"));
    QVERIFY_SQL(locker, exec("BEGIN"));
    QVERIFY_SQL(locker, exec("LOCK TABLE recipients IN ACCESS EXCLUSIVE MODE"));
    const QString waiting = "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                            "AND datname = current_database()";
    counter.countPreview(m, riyadh);
    QTRY_COMPARE(m_db.scalar(waiting).toInt(), 1);
    QVERIFY(counter.isCounting(MembershipCounter::Kind::Preview));
    counter.cancel(MembershipCounter::Kind::Preview);
    QVERIFY(!counter.isCounting(MembershipCounter::Kind::Preview));
    QTRY_COMPARE(m_db.scalar(waiting).toInt(), 0);
    counter.stop();
    QVERIFY_SQL(locker, exec("ROLLBACK"));
    QCOMPARE(previews.count(), 1);
    QCOMPARE(failures.count(), 0);
}

QTEST_GUILESS_MAIN(tst_GroupMembership)
#include "tst_groupmembership.moc"
