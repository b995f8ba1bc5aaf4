#include "db/backgroundquery.h"
#include "db/scopedconnection.h"
#include "foundation/sqlerrortext.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <memory>
#include <optional>

namespace {

// A TCP relay to the test server that holds new connections until open(): the worker's connect
// stays unfinished for as long as the test wants, so a cancel surely comes before the connection.
class HeldRelay : public QObject
{
public:
    explicit HeldRelay(quint16 serverPort) : m_serverPort(serverPort) { m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    bool hasClient() { return m_server.hasPendingConnections() || m_client; }
    void open()
    {
        m_client = m_server.nextPendingConnection();
        auto *upstream = new QTcpSocket(this);
        connect(m_client, &QTcpSocket::readyRead, upstream, [this, upstream] { upstream->write(m_client->readAll()); });
        connect(upstream, &QTcpSocket::readyRead, m_client, [this, upstream] { m_client->write(upstream->readAll()); });
        connect(upstream, &QTcpSocket::connected, upstream, [this, upstream] { upstream->write(m_client->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, m_client, &QTcpSocket::disconnectFromHost);
        connect(m_client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
        upstream->connectToHost(QHostAddress::LocalHost, m_serverPort);
    }

private:
    QTcpServer m_server;
    quint16 m_serverPort;
    QTcpSocket *m_client = nullptr;
};

// Work that sleeps on the server, tagged so pg_stat_activity finds it; answers its backend's pid.
// Its failure is a plain database error: the runner words a failure that followed a cancel.
std::function<Result<int>(const BackgroundContext &)> sleeper(const QString &tag, double seconds)
{
    return [tag, seconds](const BackgroundContext &c) -> Result<int> {
        QSqlQuery q(c.database());
        if (!q.exec(QString("SELECT pg_backend_pid() FROM pg_sleep(%1) /* %2 */").arg(seconds).arg(tag)) || !q.next())
            return Error::database("Could not sleep.", q.lastError().text());
        return q.value(0).toInt();
    };
}

} // namespace

// BackgroundQuery and ScopedConnection on the real server: answers on the caller's thread, cancel
// on the server at once (also before the connection exists), stale answers dropped, and no
// connection left behind however the runner ends.
class tst_BackgroundQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void resultArrivesOnCallersThread();
    void failuresAreSentences_data();
    void failuresAreSentences();
    void cancelStopsARunningStatement();
    void cancelBeforeTheConnectionExists();
    void supersededAnswerIsDropped();
    void discardDropsTheAnswer();
    void destroyedMidQuery();
    void parallelRunnersUseTheirOwnConnections();
    void scopedConnectionLeavesNothingBehind();

private:
    // Statements tagged `tag` that the server is running now (from the test's own connection).
    int running(const QString &tag);
    int backendsAlive(const QList<int> &pids);

    TestDatabase m_db;
};

void tst_BackgroundQuery::initTestCase()
{
    QVERIFY2(m_db.create(), qPrintable(m_db.lastError()));
}

void tst_BackgroundQuery::init()
{
    // "connection ... is still in use, all queries will cease to work" must never appear.
    QTest::failOnWarning(QRegularExpression("removeDatabase|still in use"));
}

int tst_BackgroundQuery::running(const QString &tag)
{
    QSqlQuery q(m_db.connection());
    q.prepare("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() "
              "AND state = 'active' AND query LIKE '%' || :tag || '%'");
    q.bindValue(":tag", tag);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

int tst_BackgroundQuery::backendsAlive(const QList<int> &pids)
{
    QStringList list;
    for (int pid : pids)
        list << QString::number(pid);
    return m_db.scalar("SELECT count(*) FROM pg_stat_activity WHERE pid IN (" + list.join(',') + ")").toInt();
}

void tst_BackgroundQuery::resultArrivesOnCallersThread()
{
    BackgroundQuery query(m_db.settings());
    std::optional<Result<QString>> answer;
    QThread *workedOn = nullptr;
    QThread *answeredOn = nullptr;
    query.start<QString>(
        [&workedOn](const BackgroundContext &c) -> Result<QString> {
            workedOn = QThread::currentThread();
            QSqlQuery q(c.database());
            if (!q.exec("SELECT current_database()") || !q.next())
                return SqlErrorText::toError("Could not ask", q.lastError());
            return q.value(0).toString();
        },
        [&](const Result<QString> &r) {
            answeredOn = QThread::currentThread();
            answer.emplace(r);
        });
    QVERIFY(query.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 5000);
    QVERIFY_OK(*answer);
    QCOMPARE(answer->value(), m_db.name());
    QCOMPARE(answeredOn, QThread::currentThread());
    QVERIFY(workedOn != nullptr);
    QVERIFY(workedOn != QThread::currentThread());
    QVERIFY(!query.isRunning());
}

void tst_BackgroundQuery::failuresAreSentences_data()
{
    QTest::addColumn<bool>("badServer");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("statement fails") << false << int(ErrorKind::Database) << "Could not ask";
    QTest::newRow("no such database") << true << int(ErrorKind::Database) << "Cannot connect to";
}

void tst_BackgroundQuery::failuresAreSentences()
{
    QFETCH(bool, badServer);
    QFETCH(int, kind);
    QFETCH(QString, sentence);
    ConnectionSettings settings = m_db.settings();
    if (badServer)
        settings.databaseName = m_db.name() + "_missing";
    BackgroundQuery query(settings);
    std::optional<Result<int>> answer;
    query.start<int>(
        [](const BackgroundContext &c) -> Result<int> {
            QSqlQuery q(c.database());
            if (!q.exec("SELECT no_such_column FROM pg_class"))
                return SqlErrorText::toError("Could not ask", q.lastError());
            return 0;
        },
        [&](const Result<int> &r) { answer.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 5000);
    QVERIFY(!answer->ok());
    QCOMPARE(int(answer->error().kind), kind);
    QVERIFY2(answer->error().message.startsWith(sentence), qPrintable(answer->error().message));
}

void tst_BackgroundQuery::cancelStopsARunningStatement()
{
    BackgroundQuery query(m_db.settings());
    query.setCancelledMessage("Sleeping was cancelled.");
    std::optional<Result<int>> answer;
    query.start<int>(sleeper("bq-cancel", 30), [&](const Result<int> &r) { answer.emplace(r); });
    QTRY_COMPARE_WITH_TIMEOUT(running("bq-cancel"), 1, 5000);

    QElapsedTimer clock;
    clock.start();
    query.cancel();
    QVERIFY2(clock.elapsed() < 500, "cancel() must not wait for the statement");
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 1000);
    QVERIFY(!answer->ok());
    QCOMPARE(answer->error().kind, ErrorKind::Interrupted);
    QCOMPARE(answer->error().message, QString("Sleeping was cancelled."));
    QCOMPARE(running("bq-cancel"), 0);
    QVERIFY(!query.isRunning());
}

void tst_BackgroundQuery::cancelBeforeTheConnectionExists()
{
    HeldRelay relay(quint16(m_db.settings().port));
    ConnectionSettings settings = m_db.settings();
    settings.port = relay.port();
    BackgroundQuery query(settings);
    std::optional<Result<int>> answer;
    bool ran = false;
    query.start<int>(
        [&ran](const BackgroundContext &) -> Result<int> {
            ran = true;
            return 1;
        },
        [&](const Result<int> &r) { answer.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(relay.hasClient(), 5000);  // the worker is connecting, and held there
    query.cancel();
    relay.open();
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 5000);
    QCOMPARE(answer->error().kind, ErrorKind::Interrupted);
    QVERIFY2(!ran, "the work must not run once cancelled");
}

void tst_BackgroundQuery::supersededAnswerIsDropped()
{
    BackgroundQuery query(m_db.settings());
    QList<int> answers;  // 1: the first request's, 2: the second's; failures as negatives
    query.start<int>(
        [run = sleeper("bq-stale", 30)](const BackgroundContext &c) -> Result<int> {
            const auto r = run(c);
            return r ? Result<int>(1) : r;
        },
        [&](const Result<int> &r) { answers << (r ? r.value() : -1); });
    QTRY_COMPARE_WITH_TIMEOUT(running("bq-stale"), 1, 5000);
    query.start<int>([](const BackgroundContext &) -> Result<int> { return 2; },
                     [&](const Result<int> &r) { answers << (r ? r.value() : -2); });
    // The older statement is cancelled on the server, not left to run its 30 s.
    QTRY_COMPARE_WITH_TIMEOUT(running("bq-stale"), 0, 2000);
    QTRY_COMPARE_WITH_TIMEOUT(answers, QList<int>{2}, 5000);
    query.waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(answers, QList<int>{2});
}

void tst_BackgroundQuery::discardDropsTheAnswer()
{
    BackgroundQuery query(m_db.settings());
    int answers = 0;
    query.start<int>(sleeper("bq-discard", 30), [&](const Result<int> &) { ++answers; });
    QTRY_COMPARE_WITH_TIMEOUT(running("bq-discard"), 1, 5000);
    query.discard();
    QVERIFY(!query.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(running("bq-discard"), 0, 2000);
    query.waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(answers, 0);
}

void tst_BackgroundQuery::destroyedMidQuery()
{
    auto query = std::make_unique<BackgroundQuery>(m_db.settings());
    bool answered = false;
    query->start<int>(sleeper("bq-destroy", 30), [&](const Result<int> &) { answered = true; });
    QTRY_COMPARE_WITH_TIMEOUT(running("bq-destroy"), 1, 5000);
    const int pid = m_db.scalar("SELECT pid FROM pg_stat_activity WHERE query LIKE '%bq-destroy */%' "
                                "AND pid <> pg_backend_pid()").toInt();
    QVERIFY(pid != 0);
    QElapsedTimer clock;
    clock.start();
    query.reset();  // cancels and waits for the worker, which closes its connection
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QTRY_COMPARE_WITH_TIMEOUT(backendsAlive({pid}), 0, 5000);
    QCoreApplication::processEvents();
    QVERIFY(!answered);
}

void tst_BackgroundQuery::parallelRunnersUseTheirOwnConnections()
{
    BackgroundQuery first(m_db.settings());
    BackgroundQuery second(m_db.settings());
    std::optional<Result<int>> a, b;
    first.start<int>(sleeper("bq-parallel", 0.5), [&](const Result<int> &r) { a.emplace(r); });
    second.start<int>(sleeper("bq-parallel", 0.5), [&](const Result<int> &r) { b.emplace(r); });
    // Both sleep at once: neither waits for the other's connection.
    QTRY_COMPARE_WITH_TIMEOUT(running("bq-parallel"), 2, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(a.has_value() && b.has_value(), 5000);
    QVERIFY_OK(*a);
    QVERIFY_OK(*b);
    QVERIFY(a->value() != b->value());
    first.waitForDone();
    second.waitForDone();
    QTRY_COMPARE_WITH_TIMEOUT(backendsAlive({a->value(), b->value()}), 0, 5000);
}

void tst_BackgroundQuery::scopedConnectionLeavesNothingBehind()
{
    QString first, second;
    {
        const ScopedConnection one(m_db.settings());
        const ScopedConnection two(m_db.settings());
        QVERIFY_OK(Status(one.isOpen() ? Status() : Status(one.error())));
        QVERIFY(one.isOpen() && two.isOpen());
        first = one.name();
        second = two.name();
        QVERIFY(first != second);
        QVERIFY(QSqlDatabase::contains(first));
        QSqlQuery q(one.database());
        QVERIFY_SQL(q, exec("SELECT 1"));
    }
    // Removed without Qt's "still in use" warning (init() makes that warning fail the test).
    QVERIFY(!QSqlDatabase::contains(first));
    QVERIFY(!QSqlDatabase::contains(second));
    ConnectionSettings bad = m_db.settings();
    bad.databaseName += "_missing";
    QString name;
    {
        const ScopedConnection failed(bad);
        QVERIFY(!failed.isOpen());
        QCOMPARE(failed.error().kind, ErrorKind::Database);
        name = failed.name();
    }
    QVERIFY(!QSqlDatabase::contains(name));
}

QTEST_GUILESS_MAIN(tst_BackgroundQuery)

#include "tst_backgroundquery.moc"
