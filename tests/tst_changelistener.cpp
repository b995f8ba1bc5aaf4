// ChangeListener and migration 0009's triggers on the real server: one notification per statement
// and table (10,000 rows included), what each payload says per table and operation, the owner list
// capped, and listening again after the connection is cut (terminated backend, server gone and back,
// a real server stopped and started again).

#include "live/changelistener.h"
#include "db/database.h"
#include "db/migrator.h"
#include "privateserver.h"
#include "serverrelay.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

class tst_ChangeListener : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void payload_data();
    void payload();
    void tenThousandRowsOneNotification();
    void ownersCapped();
    void notMigratedStaysQuiet();
    void reconnectsAfterTermination();
    void reconnectsWhenServerReturns();
    void reconnectsAfterServerRestart();

private:
    // Waits until the users marker statement's notification arrives: every earlier one has, too.
    bool drain();
    QList<ChangeEvent> events(const QString &table) const;

    TestDatabase m_db;
    QString m_alice = "00000000-0000-0000-0000-00000000000a";
    QString m_bob = "00000000-0000-0000-0000-00000000000b";
    std::unique_ptr<ChangeListener> m_listener;
    QList<ChangeEvent> m_events;
};

void tst_ChangeListener::initTestCase()
{
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
}

void tst_ChangeListener::init()
{
    QVERIFY2(m_db.exec(QString("TRUNCATE users CASCADE; "
                               "INSERT INTO users (id, email, password_hash, role) VALUES "
                               "('%1', 'alice@example.com', 'x', 'user'), ('%2', 'bob@example.com', 'x', 'user'); "
                               "INSERT INTO whatsapp_sessions (user_id, session_name) VALUES ('%1', 'a1'), ('%2', 'b1'); "
                               "INSERT INTO campaigns (user_id, name, message_template) VALUES ('%1', 'c', 't'); "
                               "INSERT INTO recipients (user_id, phone_number) VALUES ('%1', '+15550001'), ('%2', '+15550002'); "
                               "INSERT INTO messages (user_id, phone_number) VALUES ('%1', '+15550001');")
                           .arg(m_alice, m_bob)),
             qPrintable(m_db.lastError()));
    m_events.clear();
    m_listener = std::make_unique<ChangeListener>(m_db.settings());
    m_listener->setRetryDelays({50});
    connect(m_listener.get(), &ChangeListener::changed, this, [this](const ChangeEvent &e) { m_events << e; });
    QSignalSpy listening(m_listener.get(), &ChangeListener::listening);
    m_listener->start();
    QTRY_COMPARE(listening.count(), 1);
}

void tst_ChangeListener::cleanup()
{
    m_listener.reset();
}

bool tst_ChangeListener::drain()
{
    const int before = int(events("users").size());
    if (!m_db.exec(QString("UPDATE users SET name = 'marker' WHERE id = '%1'").arg(m_alice)))
        return false;
    return QTest::qWaitFor([&] { return events("users").size() > before; }, 10000);
}

QList<ChangeEvent> tst_ChangeListener::events(const QString &table) const
{
    QList<ChangeEvent> found;
    for (const ChangeEvent &e : m_events)
        if (e.table == table)
            found << e;
    return found;
}

void tst_ChangeListener::payload_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("op");
    QTest::addColumn<qint64>("rows");
    QTest::addColumn<QStringList>("owners");  // "a" alice, "b" bob
    const QString a = "'00000000-0000-0000-0000-00000000000a'", b = "'00000000-0000-0000-0000-00000000000b'";
    QTest::newRow("campaigns insert") << QString("INSERT INTO campaigns (user_id, name, message_template) VALUES (%1, 'x', 't'), (%2, 'y', 't')").arg(a, b)
                                      << "campaigns" << "insert" << 2LL << QStringList{"a", "b"};
    QTest::newRow("campaigns update") << "UPDATE campaigns SET name = 'renamed'" << "campaigns" << "update" << 1LL << QStringList{"a"};
    QTest::newRow("campaigns update moves owner") << QString("UPDATE campaigns SET user_id = %1").arg(b)
                                                  << "campaigns" << "update" << 1LL << QStringList{"a", "b"};
    QTest::newRow("campaigns delete") << "DELETE FROM campaigns" << "campaigns" << "delete" << 1LL << QStringList{"a"};
    QTest::newRow("sessions insert") << QString("INSERT INTO whatsapp_sessions (user_id, session_name) VALUES (%1, 'b2')").arg(b)
                                     << "whatsapp_sessions" << "insert" << 1LL << QStringList{"b"};
    QTest::newRow("sessions update") << "UPDATE whatsapp_sessions SET status = 'connected'" << "whatsapp_sessions" << "update"
                                     << 2LL << QStringList{"a", "b"};
    QTest::newRow("sessions delete") << QString("DELETE FROM whatsapp_sessions WHERE user_id = %1").arg(b)
                                     << "whatsapp_sessions" << "delete" << 1LL << QStringList{"b"};
    QTest::newRow("messages insert") << QString("INSERT INTO messages (user_id, phone_number) SELECT %1, '+1' || g FROM generate_series(1, 5) g").arg(b)
                                     << "messages" << "insert" << 5LL << QStringList{"b"};
    QTest::newRow("messages update") << "UPDATE messages SET status = 'sent'" << "messages" << "update" << 1LL << QStringList{"a"};
    QTest::newRow("messages delete") << "DELETE FROM messages" << "messages" << "delete" << 1LL << QStringList{"a"};
    QTest::newRow("messages truncate") << "TRUNCATE messages" << "messages" << "truncate" << -1LL << QStringList{};
    QTest::newRow("recipients insert") << QString("INSERT INTO recipients (user_id, phone_number) VALUES (%1, '+15550003')").arg(a)
                                       << "recipients" << "insert" << 1LL << QStringList{"a"};
    QTest::newRow("recipients update") << "UPDATE recipients SET status = 'blocked'" << "recipients" << "update" << 2LL
                                       << QStringList{"a", "b"};
    QTest::newRow("recipients delete") << QString("DELETE FROM recipients WHERE user_id = %1").arg(b) << "recipients" << "delete"
                                       << 1LL << QStringList{"b"};
    QTest::newRow("users update") << QString("UPDATE users SET role = 'viewer' WHERE id = %1").arg(b) << "users" << "update"
                                  << 1LL << QStringList{"b"};
}

void tst_ChangeListener::payload()
{
    QFETCH(QString, sql);
    QFETCH(QString, table);
    QFETCH(QString, op);
    QFETCH(qint64, rows);
    QFETCH(QStringList, owners);
    QVERIFY2(m_db.exec(sql), qPrintable(m_db.lastError()));
    QTRY_VERIFY(!events(table).isEmpty());
    QVERIFY(drain());
    const QList<ChangeEvent> got = events(table);
    QCOMPARE(got.size(), table == "users" ? 2 : 1);  // the users table also carries the marker
    const ChangeEvent &e = got.first();
    QCOMPARE(e.op, op);
    QCOMPARE(e.rows, rows);
    QStringList expected;
    for (const QString &o : owners)
        expected << (o == "a" ? m_alice : m_bob);
    QCOMPARE(e.owners, expected);
    QCOMPARE(e.ownersTotal, op == "truncate" ? -1 : qint64(expected.size()));
    QVERIFY(!e.truncated);
    QVERIFY(e.at.isValid());
    QVERIFY(qAbs(e.at.secsTo(QDateTime::currentDateTimeUtc())) < 600);
}

void tst_ChangeListener::tenThousandRowsOneNotification()
{
    QVERIFY2(m_db.exec(QString("INSERT INTO messages (user_id, phone_number) SELECT CASE WHEN g % 2 = 0 THEN '%1'::uuid "
                               "ELSE '%2'::uuid END, '+1555' || g FROM generate_series(1, 10000) g")
                           .arg(m_alice, m_bob)),
             qPrintable(m_db.lastError()));
    QVERIFY(drain());
    const QList<ChangeEvent> got = events("messages");
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.first().rows, 10000);
    QCOMPARE(got.first().owners, (QStringList{m_alice, m_bob}));
}

void tst_ChangeListener::ownersCapped()
{
    // 150 owners in one statement: the list stops at 100 and says so; the payload stays well under 8000 bytes.
    QVERIFY2(m_db.exec("INSERT INTO users (email, password_hash) SELECT 'u' || g || '@example.com', 'x' FROM generate_series(1, 150) g"),
             qPrintable(m_db.lastError()));
    QTRY_VERIFY(!events("users").isEmpty());
    m_events.clear();
    QVERIFY2(m_db.exec("INSERT INTO recipients (user_id, phone_number) SELECT id, '+1999' FROM users WHERE email LIKE 'u%'"),
             qPrintable(m_db.lastError()));
    QTRY_VERIFY(!events("recipients").isEmpty());
    const ChangeEvent e = events("recipients").first();
    QCOMPARE(e.rows, 150);
    QCOMPARE(e.owners.size(), 100);
    QCOMPARE(e.ownersTotal, 150);
    QVERIFY(e.truncated);
    QVERIFY(e.touchesEveryOwner());
    QVERIFY(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact).size() < 8000);
}

void tst_ChangeListener::notMigratedStaysQuiet()
{
    // Someone else's NOTIFY on the channel is not a change: nothing is emitted for it.
    QVERIFY2(m_db.exec("NOTIFY waqtor_changes, 'hello'"), qPrintable(m_db.lastError()));
    QVERIFY(drain());
    QCOMPARE(m_events.size(), 1);
    QCOMPARE(m_events.first().table, "users");
}

void tst_ChangeListener::reconnectsAfterTermination()
{
    QSignalSpy lost(m_listener.get(), &ChangeListener::lost);
    QSignalSpy listening(m_listener.get(), &ChangeListener::listening);
    const int oldPid = m_listener->backendPid();
    QVERIFY(oldPid > 0);
    QCOMPARE(m_db.scalar(QString("SELECT pg_terminate_backend(%1)").arg(oldPid)).toBool(), true);
    QTRY_COMPARE(lost.count(), 1);
    QVERIFY2(lost.first().first().value<Error>().message.contains("Lost the connection"),
             qPrintable(lost.first().first().value<Error>().message));
    QTRY_COMPARE(listening.count(), 1);
    QVERIFY(m_listener->backendPid() != oldPid);
    QVERIFY2(m_db.exec(QString("INSERT INTO campaigns (user_id, name, message_template) VALUES ('%1', 'after', 't')").arg(m_bob)),
             qPrintable(m_db.lastError()));
    QTRY_COMPARE(events("campaigns").size(), 1);
    QCOMPARE(events("campaigns").first().owners, QStringList{m_bob});
}

void tst_ChangeListener::reconnectsWhenServerReturns()
{
    ServerRelay relay(quint16(m_db.settings().port));
    ConnectionSettings viaRelay = m_db.settings();
    viaRelay.port = relay.port();
    ChangeListener listener(viaRelay);
    listener.setRetryDelays({100, 200});
    listener.setHeartbeatInterval(500);
    QList<ChangeEvent> seen;
    connect(&listener, &ChangeListener::changed, this, [&seen](const ChangeEvent &e) { seen << e; });
    QSignalSpy lost(&listener, &ChangeListener::lost);
    QSignalSpy retries(&listener, &ChangeListener::retryScheduled);
    QSignalSpy listening(&listener, &ChangeListener::listening);
    listener.start();
    QTRY_COMPARE(listening.count(), 1);

    relay.down();  // the server goes away: the connection ends, and new ones are refused
    QTRY_COMPARE(lost.count(), 1);
    QTRY_VERIFY(lost.count() >= 3);  // the attempts meanwhile fail, each said so
    QVERIFY(retries.count() >= 3);
    QCOMPARE(retries.last().first().toInt(), 200);  // the pauses grow to the last and stay there
    QVERIFY2(lost.last().first().value<Error>().message.contains("Cannot connect"),
             qPrintable(lost.last().first().value<Error>().message));
    QVERIFY(!listener.isListening());
    QCOMPARE(listening.count(), 1);

    QVERIFY(relay.up());  // back
    QTRY_COMPARE(listening.count(), 2);
    QVERIFY2(m_db.exec(QString("DELETE FROM recipients WHERE user_id = '%1'").arg(m_alice)), qPrintable(m_db.lastError()));
    QTRY_VERIFY(!seen.isEmpty());
    QCOMPARE(seen.last().table, "recipients");
    QCOMPARE(seen.last().op, "delete");
    listener.stop();
}

// The server itself stops and starts again (an administrator's restart, a package upgrade): the
// listener says so, keeps trying, and listens again on the restarted server, where the triggers of
// migration 0009 reach it as before.
void tst_ChangeListener::reconnectsAfterServerRestart()
{
    PrivateServer server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    {
        const auto db = Database::connect(server.settings(), QStringLiteral("restart-migrate"));
        QVERIFY_OK(db);
        QVERIFY_OK(Migrator(db.value()).migrate());
    }
    Database::disconnect(QStringLiteral("restart-migrate"));
    ChangeListener listener(server.settings());
    listener.setRetryDelays({100, 200});
    listener.setHeartbeatInterval(500);
    QList<ChangeEvent> seen;
    connect(&listener, &ChangeListener::changed, this, [&seen](const ChangeEvent &e) { seen << e; });
    QSignalSpy lost(&listener, &ChangeListener::lost);
    QSignalSpy listening(&listener, &ChangeListener::listening);
    listener.start();
    QTRY_COMPARE_WITH_TIMEOUT(listening.count(), 1, 10000);

    QVERIFY2(server.stop(), qPrintable(server.lastError()));
    QTRY_VERIFY_WITH_TIMEOUT(lost.count() >= 1, 10000);
    QVERIFY(!listener.isListening());
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(listening.count(), 2, 20000);

    const auto writer = Database::connect(server.settings(), QStringLiteral("restart-writer"));
    QVERIFY_OK(writer);
    {
        QSqlQuery q(writer.value());
        QVERIFY_SQL(q, exec("INSERT INTO users (email, password_hash) VALUES ('restart@example.com', 'x')"));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!seen.isEmpty(), 10000);
    QCOMPARE(seen.last().table, "users");
    QCOMPARE(seen.last().op, "insert");
    listener.stop();
    Database::disconnect(QStringLiteral("restart-writer"));
}

QTEST_GUILESS_MAIN(tst_ChangeListener)
#include "tst_changelistener.moc"
