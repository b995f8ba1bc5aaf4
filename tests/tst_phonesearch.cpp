// PhoneSearch: what a typed number means (whole, digits it contains, or its start), and the
// conditions it gives the Contacts and Messages repositories, run on the real server: the right
// rows, through the pg_trgm index of migration 0010 or, without it, the E.164 B-tree index.
#include "phone/phonesearch.h"
#include "repositories/contactrepository.h"
#include "repositories/messagerepository.h"
#include "testdatabase.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

Q_DECLARE_METATYPE(PhoneSearch::Kind)

class tst_PhoneSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parse_data();
    void parse();
    void contactRows_data();
    void contactRows();
    void messageRows();

private:
    // The phone numbers the conditions select from `table`, sorted; and whether the plan (with
    // sequential and plain index scans off) can read `index` for the conditions.
    QStringList select(const QString &table, const SqlConditions &c, const QString &index, bool *usesIndex);

    TestDatabase m_db;
};

void tst_PhoneSearch::initTestCase()
{
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    TestOwners owners;
    QVERIFY2(m_db.createOwners(&owners), qPrintable(m_db.lastError()));
    QVERIFY2(m_db.exec(QStringLiteral(
                 "INSERT INTO recipients (user_id, phone_number, name) SELECT u.id, p, 'x' FROM users u, "
                 "unnest(ARRAY['+966501234567', '+966551234999', '+201001234567', '+4915112345678', '+966509876543']) p "
                 "WHERE u.email = 'alice@example.com';"
                 "INSERT INTO messages (user_id, phone_number, message_text, status) SELECT u.id, p, 'hi', 'sent' "
                 "FROM users u, unnest(ARRAY['+966501234567', '+966551234999', '+201001234567']) p "
                 "WHERE u.email = 'alice@example.com'")),
             qPrintable(m_db.lastError()));
}

void tst_PhoneSearch::parse_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("trigram");
    QTest::addColumn<bool>("isSearch");
    QTest::addColumn<PhoneSearch::Kind>("kind");
    QTest::addColumn<QString>("value");
    using K = PhoneSearch::Kind;
    QTest::newRow("whole national number") << "050 123 4567" << true << true << K::Exact << "+966501234567";
    QTest::newRow("whole international") << "+20 100 123 4567" << false << true << K::Exact << "+201001234567";
    QTest::newRow("WhatsApp id") << "966501234567@c.us" << true << true << K::Exact << "+966501234567";
    QTest::newRow("Arabic-Indic digits") << "٠٥٠١٢٣٤٥٦٧" << true << true << K::Exact << "+966501234567";
    QTest::newRow("digits, indexed") << "1234" << true << true << K::Contains << "1234";
    QTest::newRow("digits with +, indexed") << "+9665" << true << true << K::Contains << "9665";
    QTest::newRow("Arabic-Indic part") << "١٢٣٤" << true << true << K::Contains << "1234";
    QTest::newRow("international prefix") << "+9665" << false << true << K::Prefix << "+9665";
    QTest::newRow("00 prefix") << "0020100" << false << true << K::Prefix << "+20100";
    QTest::newRow("national prefix") << "0501" << false << true << K::Prefix << "+966501";
    QTest::newRow("bare digits prefix") << "9665" << false << true << K::Prefix << "+9665";
    QTest::newRow("two digits") << "12" << true << false << K::Exact << "";
    QTest::newRow("letters") << "12ab34" << true << false << K::Exact << "";
    QTest::newRow("plus in the middle") << "12+34" << true << false << K::Exact << "";
}

void tst_PhoneSearch::parse()
{
    QFETCH(QString, typed);
    QFETCH(bool, trigram);
    QFETCH(bool, isSearch);
    QFETCH(PhoneSearch::Kind, kind);
    QFETCH(QString, value);
    const auto search = PhoneSearch::parse(typed, QStringLiteral("SA"), trigram);
    QCOMPARE(search.has_value(), isSearch);
    if (!search)
        return;
    QCOMPARE(search->kind, kind);
    QCOMPARE(search->value, value);
}

QStringList tst_PhoneSearch::select(const QString &table, const SqlConditions &c, const QString &index, bool *usesIndex)
{
    const QString sql = QStringLiteral("SELECT phone_number FROM %1 WHERE (%2) ORDER BY phone_number")
                            .arg(table, c.sql.join(QStringLiteral(") AND (")));
    QSqlQuery q(m_db.connection());
    if (!q.prepare(sql))
        return {q.lastError().text()};
    for (const auto &[name, value] : c.values)
        q.bindValue(u':' + name, value);
    QStringList phones;
    if (!q.exec())
        return {q.lastError().text()};
    while (q.next())
        phones << q.value(0).toString();

    // EXPLAIN cannot be prepared with parameters: the test's own constants go in as literals.
    QString literal = sql;
    for (const auto &[name, value] : c.values)
        literal.replace(u':' + name, u'\'' + value + u'\'');
    literal.remove(QStringLiteral(" ORDER BY phone_number"));
    // Only a bitmap scan is left to the planner: it reads `index` only when the condition can use it.
    QSqlQuery plan(m_db.connection());
    plan.exec(QStringLiteral("SET enable_seqscan = off"));
    plan.exec(QStringLiteral("SET enable_indexscan = off"));
    plan.exec(QStringLiteral("SET enable_indexonlyscan = off"));
    QString text;
    if (plan.exec(QStringLiteral("EXPLAIN ") + literal))
        while (plan.next())
            text += plan.value(0).toString() + u'\n';
    QSqlQuery(m_db.connection()).exec(QStringLiteral("RESET ALL"));
    *usesIndex = text.contains(QRegularExpression(QStringLiteral("Bitmap Index Scan on %1\\b").arg(index)));
    if (!*usesIndex)
        qWarning("%s", qPrintable(text));
    return phones;
}

void tst_PhoneSearch::contactRows_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("trigram");
    QTest::addColumn<QString>("index");
    QTest::addColumn<QStringList>("phones");
    QTest::newRow("contains 1234") << "1234" << true << "idx_recipients_phone_trgm"
                                   << QStringList{"+201001234567", "+4915112345678", "+966501234567", "+966551234999"};
    QTest::newRow("contains 987") << "987" << true << "idx_recipients_phone_trgm" << QStringList{"+966509876543"};
    QTest::newRow("starts with 0501 (SA)") << "0501" << false << "idx_recipients_phone" << QStringList{"+966501234567"};
    QTest::newRow("starts with +9665") << "+9665" << false << "idx_recipients_phone"
                                       << QStringList{"+966501234567", "+966509876543", "+966551234999"};
}

void tst_PhoneSearch::contactRows()
{
    QFETCH(QString, typed);
    QFETCH(bool, trigram);
    QFETCH(QString, index);
    QFETCH(QStringList, phones);
    ContactFilter f;
    f.phonePart = PhoneSearch::parse(typed, QStringLiteral("SA"), trigram);
    QVERIFY(f.phonePart);
    QVERIFY(f.phonePart->kind != PhoneSearch::Kind::Exact);
    const SqlConditions c = ContactRepository::conditions(f, PermissionPolicy(QStringLiteral("admin"), QStringLiteral("a")),
                                                          [](const QString &name) { return u':' + name; });
    bool usesIndex = false;
    QCOMPARE(select(QStringLiteral("recipients"), c, index, &usesIndex), phones);
    QVERIFY2(usesIndex, qPrintable(index));
}

void tst_PhoneSearch::messageRows()
{
    MessageFilter f;
    f.phonePart = PhoneSearch::parse(QStringLiteral("1234"), QStringLiteral("SA"), true);
    const SqlConditions c = MessageRepository::conditions(f, PermissionPolicy(QStringLiteral("admin"), QStringLiteral("a")),
                                                          QStringLiteral("messages"),
                                                          [](const QString &name) { return u':' + name; });
    bool usesIndex = false;
    QCOMPARE(select(QStringLiteral("messages"), c, QStringLiteral("idx_messages_phone_trgm"), &usesIndex),
             (QStringList{"+201001234567", "+966501234567", "+966551234999"}));
    QVERIFY(usesIndex);
}

QTEST_GUILESS_MAIN(tst_PhoneSearch)
#include "tst_phonesearch.moc"
