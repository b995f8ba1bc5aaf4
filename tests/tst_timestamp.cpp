// TIMESTAMP columns hold the server's wall-clock time; core must never shift them, even when the
// app runs in another time zone than the server (QPSQL converts bound QDateTimes between zones).

#include "testdatabase.h"
#include "foundation/timestamp.h"
#include "repositories/userrepository.h"

#include <QSqlQuery>
#include <QTest>

#include <cstdlib>
#include <ctime>

class tst_Timestamp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parse_data();
    void parse();
    void wallClockIgnoresLocalZone();
    void roundTripKeepsValue_data();
    void roundTripKeepsValue();
    void sessionKeepsServerZone();
    void naiveQDateTimeBindingWouldShift();

private:
    TestDatabase m_db;
};

void tst_Timestamp::initTestCase()
{
    // The app's zone is far from the server's (set below on the database) and has DST.
    QCOMPARE(qgetenv("TZ"), QByteArray("America/Sao_Paulo"));
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    QVERIFY2(m_db.exec(QStringLiteral("ALTER DATABASE %1 SET timezone = 'Asia/Tokyo'").arg(m_db.name())),
             qPrintable(m_db.lastError()));
    m_db.closeConnections();
}

void tst_Timestamp::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso");
    QTest::newRow("server text with micros") << "2026-03-08 02:30:00.123456" << "2026-03-08 02:30:00.123456"
                                             << "2026-03-08T02:30:00.123456";
    QTest::newRow("iso with T") << "2026-11-27T21:29:02" << "2026-11-27 21:29:02" << "2026-11-27T21:29:02";
    QTest::newRow("date only") << "2026-01-31" << "2026-01-31 00:00:00" << "2026-01-31T00:00:00";
    QTest::newRow("not a date") << "yesterday" << "" << "";
    QTest::newRow("impossible date") << "2026-02-30 10:00:00" << "" << "";
    QTest::newRow("empty") << "" << "" << "";
    QTest::newRow("impossible time") << "2026-01-01 25:99" << "" << "";
    QTest::newRow("impossible seconds") << "2026-01-01 10:00:61" << "" << "";
    QTest::newRow("trailing text") << "2026-01-01garbage" << "" << "";
}

void tst_Timestamp::parse()
{
    QFETCH(QString, input);
    QFETCH(QString, text);
    QFETCH(QString, iso);
    const Timestamp t = Timestamp::fromText(input);
    QCOMPARE(t.text(), text);
    QCOMPARE(t.toIso(), iso);
    QCOMPARE(t.isNull(), text.isEmpty());
}

void tst_Timestamp::wallClockIgnoresLocalZone()
{
    // 2026-11-01 00:30 does not exist in Sao Paulo's old DST rules; a naive wall clock must not move.
    const Timestamp t = Timestamp::fromText(QStringLiteral("2026-11-01 00:30:15.250000"));
    const QDateTime wall = t.toWallClock();
    QCOMPARE(wall.date(), QDate(2026, 11, 1));
    QCOMPARE(wall.time(), QTime(0, 30, 15, 250));
    QCOMPARE(Timestamp::fromWallClock(wall).text(), QStringLiteral("2026-11-01 00:30:15.250"));
}

void tst_Timestamp::roundTripKeepsValue_data()
{
    QTest::addColumn<QString>("stored");
    QTest::newRow("microseconds") << "2026-06-15 12:34:56.789012";
    QTest::newRow("midnight") << "2026-01-01 00:00:00";
    QTest::newRow("Sao Paulo DST gap hour") << "2018-11-04 00:30:00.5";
    QTest::newRow("Tokyo new year") << "1999-12-31 23:59:59.999999";
}

void tst_Timestamp::roundTripKeepsValue()
{
    QFETCH(QString, stored);
    QSqlQuery q(m_db.connection());
    QVERIFY_SQL(q, exec(QStringLiteral("DELETE FROM users")));
    QVERIFY_SQL(q, prepare(QStringLiteral("INSERT INTO users (email, password_hash, role, last_login_at) "
                                          "VALUES ('tz@example.com', 'x', 'admin', CAST(:t AS timestamp))")));
    q.bindValue(QStringLiteral(":t"), stored);
    QVERIFY_SQL(q, exec());
    const QVariant before = m_db.scalar(QStringLiteral("SELECT last_login_at::text FROM users"));

    UserRepository users(m_db.connection());
    const auto account = users.find(QStringLiteral("tz@example.com"));
    QVERIFY_OK(account);
    QVERIFY_OK(users.update(account.value()));  // saved back unchanged

    const QVariant after = m_db.scalar(QStringLiteral("SELECT last_login_at::text FROM users"));
    QCOMPARE(after, before);
    QCOMPARE(account->lastLoginAt.text(), before.toString());
}

void tst_Timestamp::sessionKeepsServerZone()
{
    // CURRENT_TIMESTAMP defaults must give the same wall clock the Node server gets, so our
    // connections keep the database's zone instead of the app's.
    QCOMPARE(m_db.scalar(QStringLiteral("SHOW timezone")).toString(), QStringLiteral("Asia/Tokyo"));
    const qint64 drift = m_db.scalar(QStringLiteral(
        "SELECT abs(extract(epoch FROM LOCALTIMESTAMP - (now() AT TIME ZONE 'Asia/Tokyo')))")).toLongLong();
    QCOMPARE(drift, 0);
}

void tst_Timestamp::naiveQDateTimeBindingWouldShift()
{
    // Why Timestamp exists: binding a QDateTime straight into a TIMESTAMP column through QPSQL
    // does not store the wall clock it shows. If Qt ever stops doing this, this test says so.
    QSqlQuery q(m_db.connection());
    const QDateTime local(QDate(2026, 6, 15), QTime(12, 0), Qt::LocalTime);
    QVERIFY_SQL(q, prepare(QStringLiteral("SELECT CAST(:t AS timestamp)::text")));
    q.bindValue(QStringLiteral(":t"), local);
    QVERIFY_SQL(q, exec());
    QVERIFY(q.next());
    QVERIFY2(!q.value(0).toString().startsWith(QLatin1String("2026-06-15 12:00:00")),
             qPrintable(q.value(0).toString()));
}

int main(int argc, char *argv[])
{
    // Before anything reads the zone: the app runs in Sao Paulo, the server's database in Tokyo.
    setenv("TZ", "America/Sao_Paulo", 1);
    tzset();
    QCoreApplication app(argc, argv);
    tst_Timestamp test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_timestamp.moc"
