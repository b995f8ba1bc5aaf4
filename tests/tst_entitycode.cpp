// entityCode and entityFromCode: one word per page for file names, settings keys and --page.
#include "accounts/entitycode.h"

#include <QtTest>

class tst_EntityCode : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void unknownWords_data();
    void unknownWords();
};

void tst_EntityCode::roundTrip_data()
{
    QTest::addColumn<int>("entity");
    QTest::addColumn<QString>("code");
    QTest::newRow("users") << int(Entity::Users) << "users";
    QTest::newRow("sessions") << int(Entity::Sessions) << "sessions";
    QTest::newRow("campaigns") << int(Entity::Campaigns) << "campaigns";
    // The page says Contacts; the table behind it is recipients, a word users never see.
    QTest::newRow("contacts") << int(Entity::Contacts) << "contacts";
    QTest::newRow("groups") << int(Entity::Groups) << "groups";
    QTest::newRow("messages") << int(Entity::Messages) << "messages";
}

void tst_EntityCode::roundTrip()
{
    QFETCH(int, entity);
    QFETCH(QString, code);
    QCOMPARE(entityCode(Entity(entity)), code);
    QCOMPARE(entityFromCode(code), std::optional<Entity>(Entity(entity)));
    QCOMPARE(entityFromCode(QStringLiteral(" ") + code.toUpper() + QStringLiteral(" ")), std::optional<Entity>(Entity(entity)));
}

void tst_EntityCode::unknownWords_data()
{
    QTest::addColumn<QString>("word");
    QTest::newRow("empty") << "";
    QTest::newRow("table name, not page") << "recipients";
    QTest::newRow("overview is not a table page") << "overview";
    QTest::newRow("singular") << "contact";
    QTest::newRow("arabic") << QStringLiteral("جهات الاتصال");
}

void tst_EntityCode::unknownWords()
{
    QFETCH(QString, word);
    QVERIFY(!entityFromCode(word).has_value());
}

QTEST_GUILESS_MAIN(tst_EntityCode)
#include "tst_entitycode.moc"
