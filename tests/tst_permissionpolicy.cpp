#include "accounts/permissionpolicy.h"

#include <QTest>

Q_DECLARE_METATYPE(Entity)
Q_DECLARE_METATYPE(Action)

// The whole role matrix, row by row: the one place every page and dialog asks.
class tst_PermissionPolicy : public QObject
{
    Q_OBJECT

private slots:
    void roleMatrix_data();
    void roleMatrix();
    void rowLevel_data();
    void rowLevel();
    void ownerScope_data();
    void ownerScope();
    void refusalsAreSentences();
    void backupAndRestore_data();
    void backupAndRestore();
    void readOnlyDatabase_data();
    void readOnlyDatabase();
};

void tst_PermissionPolicy::roleMatrix_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<Entity>("entity");
    QTest::addColumn<Action>("action");
    QTest::addColumn<bool>("allowed");

    const QList<QPair<Entity, const char *>> entities = {
        {Entity::Users, "users"}, {Entity::Sessions, "sessions"}, {Entity::Campaigns, "campaigns"},
        {Entity::Contacts, "contacts"}, {Entity::Groups, "groups"}, {Entity::Messages, "messages"}};
    const QList<QPair<Action, const char *>> actions = {
        {Action::View, "view"}, {Action::Insert, "insert"}, {Action::Edit, "edit"}, {Action::Delete, "delete"},
        {Action::Export, "export"}};
    for (const char *role : {"admin", "user", "viewer", "intruder"}) {
        for (const auto &e : entities) {
            for (const auto &a : actions) {
                const QString r = QString::fromLatin1(role);
                const bool writes = a.first == Action::Insert || a.first == Action::Edit || a.first == Action::Delete;
                bool allowed;
                if (r == "intruder")
                    allowed = false;
                else if (e.first == Entity::Users)
                    allowed = r == "admin";
                else if (e.first == Entity::Messages && (a.first == Action::Insert || a.first == Action::Edit))
                    allowed = false;
                else if (writes)
                    allowed = r != "viewer";
                else
                    allowed = true;
                QTest::addRow("%s %s %s", role, a.second, e.second) << r << e.first << a.first << allowed;
            }
        }
    }
}

void tst_PermissionPolicy::roleMatrix()
{
    QFETCH(QString, role);
    QFETCH(Entity, entity);
    QFETCH(Action, action);
    QFETCH(bool, allowed);
    const PermissionPolicy policy(role, "me-id");
    QCOMPARE(policy.allows(action, entity), allowed);
    QCOMPARE(policy.check(action, entity).ok(), allowed);
    if (action == Action::View)
        QCOMPARE(policy.canOpen(entity), allowed);
}

void tst_PermissionPolicy::rowLevel_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("user edits own") << "user" << Action::Edit << "me-id" << true;
    QTest::newRow("user edits another's") << "user" << Action::Edit << "other-id" << false;
    QTest::newRow("user views another's") << "user" << Action::View << "other-id" << false;
    QTest::newRow("user deletes own") << "user" << Action::Delete << "me-id" << true;
    QTest::newRow("admin edits another's") << "admin" << Action::Edit << "other-id" << true;
    QTest::newRow("viewer views another's") << "viewer" << Action::View << "other-id" << true;
    QTest::newRow("viewer exports another's") << "viewer" << Action::Export << "other-id" << true;
    QTest::newRow("viewer edits own") << "viewer" << Action::Edit << "me-id" << false;
    QTest::newRow("role in capitals") << "Admin" << Action::Delete << "other-id" << true;
}

void tst_PermissionPolicy::rowLevel()
{
    QFETCH(QString, role);
    QFETCH(Action, action);
    QFETCH(QString, owner);
    QFETCH(bool, allowed);
    const PermissionPolicy policy(role, "me-id");
    QCOMPARE(policy.allowsOnRow(action, Entity::Contacts, owner), allowed);
    QCOMPARE(policy.check(action, Entity::Contacts, owner).ok(), allowed);
}

void tst_PermissionPolicy::ownerScope_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("scope");
    QTest::newRow("admin sees all") << "admin" << "";
    QTest::newRow("viewer sees all") << "viewer" << "";
    QTest::newRow("user sees own") << "user" << "me-id";
    QTest::newRow("unknown role sees own only") << "superuser" << "me-id";
}

void tst_PermissionPolicy::ownerScope()
{
    QFETCH(QString, role);
    QFETCH(QString, scope);
    QCOMPARE(PermissionPolicy(role, "me-id").ownerScope(), scope);
}

void tst_PermissionPolicy::refusalsAreSentences()
{
    QVERIFY(PermissionPolicy("viewer", "v").check(Action::Edit, Entity::Contacts).error().message.contains("viewer"));
    QVERIFY(PermissionPolicy("user", "u").check(Action::Edit, Entity::Contacts, "x").error().message.contains("your own"));
    QVERIFY(PermissionPolicy("admin", "a").check(Action::Insert, Entity::Messages).error().message.contains("log"));
    QVERIFY(PermissionPolicy("user", "u").check(Action::View, Entity::Users).error().message.contains("admins"));
    QVERIFY(!PermissionPolicy("admin", "").allows(Action::View, Entity::Contacts));  // nobody signed in
}

void tst_PermissionPolicy::backupAndRestore_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("userId");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("admin") << "admin" << "a" << true;
    QTest::newRow("Admin spelled in capitals") << "Admin" << "a" << true;
    QTest::newRow("user") << "user" << "u" << false;
    QTest::newRow("viewer") << "viewer" << "v" << false;
    QTest::newRow("unknown role") << "superuser" << "s" << false;
    QTest::newRow("nobody signed in") << "admin" << "" << false;
}

void tst_PermissionPolicy::backupAndRestore()
{
    QFETCH(QString, role);
    QFETCH(QString, userId);
    QFETCH(bool, allowed);
    const PermissionPolicy policy(role, userId);
    QCOMPARE(policy.canBackUpAndRestore(), allowed);
    QCOMPARE(policy.checkBackUpAndRestore().ok(), allowed);
    if (!allowed)
        QVERIFY(policy.checkBackUpAndRestore().error().message.contains("Only admins"));
}

void tst_PermissionPolicy::readOnlyDatabase_data()
{
    // On a read-only connection every role reads and exports as before and changes nothing.
    QTest::addColumn<QString>("role");
    QTest::addColumn<Action>("action");
    QTest::addColumn<Entity>("entity");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("phrase");  // of the refusal
    QTest::newRow("admin views users") << "admin" << Action::View << Entity::Users << true << "";
    QTest::newRow("admin exports messages") << "admin" << Action::Export << Entity::Messages << true << "";
    QTest::newRow("admin edits users") << "admin" << Action::Edit << Entity::Users << false << "read-only";
    QTest::newRow("admin deletes messages") << "admin" << Action::Delete << Entity::Messages << false << "read-only";
    QTest::newRow("user inserts contacts") << "user" << Action::Insert << Entity::Contacts << false << "read-only";
    QTest::newRow("user edits groups") << "user" << Action::Edit << Entity::Groups << false << "read-only";
    QTest::newRow("user views campaigns") << "user" << Action::View << Entity::Campaigns << true << "";
    // A refusal that has another reason keeps it.
    QTest::newRow("viewer edits contacts") << "viewer" << Action::Edit << Entity::Contacts << false << "can look at";
    QTest::newRow("admin inserts messages") << "admin" << Action::Insert << Entity::Messages << false << "server's log";
}

void tst_PermissionPolicy::readOnlyDatabase()
{
    QFETCH(QString, role);
    QFETCH(Action, action);
    QFETCH(Entity, entity);
    QFETCH(bool, allowed);
    QFETCH(QString, phrase);
    const PermissionPolicy policy(role, "me-id", true);
    QVERIFY(policy.readOnlyDatabase());
    QCOMPARE(policy.allows(action, entity), allowed);
    QCOMPARE(policy.allowsOnRow(action, entity, "me-id"), allowed);
    const Status check = policy.check(action, entity);
    QCOMPARE(check.ok(), allowed);
    if (!allowed)
        QVERIFY2(check.error().message.contains(phrase), qPrintable(check.error().message));
    // Restore writes; a backup only reads.
    if (role == "admin") {
        QVERIFY(policy.canBackUpAndRestore());
        QVERIFY(!policy.canRestore());
        QVERIFY(policy.checkRestore().error().message.contains("read-only"));
        QVERIFY(PermissionPolicy(role, "me-id").canRestore());
        QVERIFY(policy.canSeeHealth());
        QVERIFY(!policy.canMaintain());
        QVERIFY(policy.checkMaintain().error().message.contains("read-only"));
        QVERIFY(PermissionPolicy(role, "me-id").canMaintain());
    }
}

QTEST_GUILESS_MAIN(tst_PermissionPolicy)
#include "tst_permissionpolicy.moc"
