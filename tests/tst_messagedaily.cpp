#include "db/migrator.h"
#include "summarycheck.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

// waqtor_message_daily (migration 0008) against the messages it summarises: after every kind of
// write the Node server (or psql) makes, and with two connections writing the same keys at once,
// the summary equals a fresh GROUP BY over messages, row for row.
class tst_MessageDaily : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void exactAfterWrites_data();
    void exactAfterWrites();
    void keyOnlyUpdatesWrite();
    void exactUnderConcurrentWriters_data();
    void exactUnderConcurrentWriters();
    void migrationFillsFromExistingRows();

private:
    // %1 alice, %2 bob, %3 and %4 their sessions (QString::arg would renumber what a statement leaves out).
    QString fill(QString sql) const
    {
        return sql.replace(QLatin1String("%1"), m_owners.alice).replace(QLatin1String("%2"), m_owners.bob)
            .replace(QLatin1String("%3"), m_session1).replace(QLatin1String("%4"), m_session2);
    }
    // Rows where the summary and a fresh count disagree (0 when exact); warns with them.
    qint64 mismatches();

    TestDatabase m_db;
    TestOwners m_owners;
    QString m_session1 = QStringLiteral("11111111-1111-4111-8111-111111111111");
    QString m_session2 = QStringLiteral("22222222-2222-4222-8222-222222222222");
};

void tst_MessageDaily::initTestCase()
{
    QVERIFY2(m_db.createMigrated(), qPrintable(m_db.lastError()));
    QVERIFY2(m_db.createOwners(&m_owners), qPrintable(m_db.lastError()));
}

void tst_MessageDaily::init()
{
    // The starting point of every case: two owners, two sessions, three days, every status, NULLs.
    QVERIFY2(m_db.exec(fill(QStringLiteral(R"(
        DELETE FROM messages; DELETE FROM whatsapp_sessions;
        INSERT INTO users (id, email, password_hash, role) VALUES ('%2', 'bob@example.com', 'x', 'user')
            ON CONFLICT (id) DO NOTHING;
        INSERT INTO whatsapp_sessions (id, user_id, session_name) VALUES ('%3', '%1', 's1'), ('%4', '%2', 's2');
        INSERT INTO messages (user_id, session_id, phone_number, status, ack_status, created_at)
        SELECT CASE WHEN g % 3 = 0 THEN '%2'::uuid ELSE '%1'::uuid END,
               CASE g % 4 WHEN 0 THEN NULL WHEN 1 THEN '%3'::uuid ELSE '%4'::uuid END,
               '+9665' || g,
               (ARRAY['pending', 'sent', 'delivered', 'read', 'failed', NULL])[1 + g % 6],
               CASE WHEN g % 7 = 0 THEN NULL ELSE g % 5 - 1 END,
               CASE WHEN g % 50 = 0 THEN NULL ELSE CURRENT_DATE - (g % 3) + interval '1 hour' * (g % 24) END
        FROM generate_series(1, 600) AS g;
    )"))),
             qPrintable(m_db.lastError()));
    QCOMPARE(mismatches(), 0);
}

void tst_MessageDaily::cleanup()
{
    if (QTest::currentTestFailed())
        SummaryCheck::rollBackWriterA(m_db);
}

qint64 tst_MessageDaily::mismatches()
{
    return SummaryCheck::mismatches(
        m_db.connection(),
        QStringLiteral("SELECT COALESCE(created_at::date, '-infinity'::date) AS day, user_id, session_id, status, "
                       "ack_status, count(*) AS n FROM messages GROUP BY 1, 2, 3, 4, 5"),
        QStringLiteral("SELECT day, user_id, session_id, status, ack_status, sum(messages) AS n "
                       "FROM waqtor_message_daily GROUP BY 1, 2, 3, 4, 5 HAVING sum(messages) <> 0"));
}

void tst_MessageDaily::exactAfterWrites_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<qint64>("messagesAfter");
    QTest::newRow("insert one") << "INSERT INTO messages (user_id, phone_number) VALUES ('%1', '+1')" << qint64(601);
    QTest::newRow("insert many in one statement")
        << "INSERT INTO messages (user_id, session_id, phone_number, status) "
           "SELECT '%2', '%3', '+2' || g, 'sent' FROM generate_series(1, 1000) g" << qint64(1600);
    QTest::newRow("status change") << "UPDATE messages SET status = 'read', ack_status = 3 WHERE status = 'delivered'" << qint64(600);
    QTest::newRow("status to NULL and back")
        << "UPDATE messages SET status = NULL WHERE status = 'sent'; UPDATE messages SET status = 'failed' WHERE status IS NULL"
        << qint64(600);
    QTest::newRow("ack only") << "UPDATE messages SET ack_status = 4 WHERE ack_status = 3" << qint64(600);
    QTest::newRow("owner change") << "UPDATE messages SET user_id = '%2' WHERE user_id = '%1' AND status = 'read'" << qint64(600);
    QTest::newRow("session change") << "UPDATE messages SET session_id = '%4' WHERE session_id IS NULL" << qint64(600);
    QTest::newRow("created_at moved") << "UPDATE messages SET created_at = created_at - interval '40 days' WHERE status = 'pending'" << qint64(600);
    QTest::newRow("created_at to NULL") << "UPDATE messages SET created_at = NULL WHERE status = 'failed'" << qint64(600);
    QTest::newRow("id changed") << "UPDATE messages SET id = gen_random_uuid() WHERE status = 'sent'" << qint64(600);
    QTest::newRow("text only") << "UPDATE messages SET message_text = 'hello', error_message = 'x'" << qint64(600);
    QTest::newRow("delete some") << "DELETE FROM messages WHERE status IN ('read', 'failed')" << qint64(400);
    QTest::newRow("delete all") << "DELETE FROM messages" << qint64(0);
    QTest::newRow("session deleted (SET NULL)") << "DELETE FROM whatsapp_sessions WHERE id = '%3'" << qint64(600);
    QTest::newRow("owner deleted (CASCADE)") << "DELETE FROM users WHERE id = '%2'" << qint64(400);
    QTest::newRow("truncate") << "TRUNCATE messages" << qint64(0);
    QTest::newRow("rolled back") << "BEGIN; DELETE FROM messages; INSERT INTO messages (user_id, phone_number) VALUES ('%1', '+1'); ROLLBACK"
                                 << qint64(600);
    QTest::newRow("insert, update, delete in one transaction")
        << "BEGIN; INSERT INTO messages (user_id, phone_number, status) VALUES ('%1', '+3', 'pending'); "
           "UPDATE messages SET status = 'sent' WHERE phone_number = '+3'; "
           "DELETE FROM messages WHERE phone_number = '+96651'; COMMIT" << qint64(600);
}

void tst_MessageDaily::exactAfterWrites()
{
    QFETCH(QString, sql);
    QFETCH(qint64, messagesAfter);
    QVERIFY2(m_db.exec(fill(sql)), qPrintable(m_db.lastError()));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM messages")).toLongLong(), messagesAfter);
    QCOMPARE(mismatches(), 0);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT sum(messages) FROM waqtor_message_daily")).toLongLong(), messagesAfter);
}

void tst_MessageDaily::keyOnlyUpdatesWrite()
{
    // An update that changes no key (the Node server setting message_id or error text) must not
    // touch the summary: no new row versions there.
    const qint64 before = m_db.scalar(QStringLiteral("SELECT sum(xmin::text::bigint) FROM waqtor_message_daily")).toLongLong();
    QVERIFY2(m_db.exec(QStringLiteral("UPDATE messages SET message_id = 'wamid.' || id")), qPrintable(m_db.lastError()));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT sum(xmin::text::bigint) FROM waqtor_message_daily")).toLongLong(), before);
}

void tst_MessageDaily::exactUnderConcurrentWriters_data()
{
    // Connection A runs `first` in an open transaction; B runs `second` meanwhile, which must wait for
    // A on the summary rows both touch; then A commits and B finishes.
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<qint64>("messagesAfter");
    QTest::newRow("insert vs insert, same day and owner")
        << "INSERT INTO messages (user_id, session_id, phone_number, status, ack_status) SELECT '%1', '%3', '+4' || g, 'sent', 1 FROM generate_series(1, 200) g"
        << "INSERT INTO messages (user_id, session_id, phone_number, status, ack_status) SELECT '%1', '%3', '+5' || g, 'sent', 1 FROM generate_series(1, 300) g"
        << qint64(1100);
    QTest::newRow("status update vs insert")
        << "UPDATE messages SET status = 'read', ack_status = 3 WHERE status = 'delivered'"
        << "INSERT INTO messages (user_id, session_id, phone_number, status, ack_status, created_at) "
           "SELECT user_id, session_id, '+6' || id, 'read', 3, created_at FROM messages WHERE status = 'delivered'"
        << qint64(700);
    QTest::newRow("delete vs owner change")
        << "DELETE FROM messages WHERE status = 'pending'"
        << "UPDATE messages SET user_id = '%2' WHERE status = 'pending'"
        << qint64(500);
}

void tst_MessageDaily::exactUnderConcurrentWriters()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(qint64, messagesAfter);
    const QString failed = SummaryCheck::writeConcurrently(m_db, fill(first), fill(second));
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM messages")).toLongLong(), messagesAfter);
    QCOMPARE(mismatches(), 0);
}

void tst_MessageDaily::migrationFillsFromExistingRows()
{
    // Adopting a live database: the migration's fill counts the rows already there. Replayed here by
    // emptying the summary behind the triggers' back and running the fill statement of 0008 again.
    QVERIFY2(m_db.exec(QStringLiteral("DELETE FROM waqtor_message_daily")), qPrintable(m_db.lastError()));
    QVERIFY(mismatches() > 0);
    QString sql;
    for (const Migration &m : Migrator::available())
        if (m.name == QLatin1String("message_daily_counts"))
            sql = m.sql;
    const qsizetype fill = sql.lastIndexOf(QStringLiteral("INSERT INTO waqtor_message_daily"));
    QVERIFY(fill > 0);
    QVERIFY2(m_db.exec(sql.mid(fill)), qPrintable(m_db.lastError()));
    QCOMPARE(mismatches(), 0);
}

QTEST_GUILESS_MAIN(tst_MessageDaily)

#include "tst_messagedaily.moc"
