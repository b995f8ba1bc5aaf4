// Database and SignedIn against the real test server: each kind of connection failure is told by
// SQLSTATE or libpq's state (so also under a German client locale), no failed or closed connection
// stays registered, and none is removed while still in use.
//
// What runs in German: libpq's own messages and the C library's (LANGUAGE=de with the C.UTF-8
// locale; this machine has no de_DE locale and the tests do not make one). The server's messages
// stay English: its lc_messages can only name an installed locale (C, C.UTF-8 or POSIX here) and
// LANGUAGE is read from the server's own environment, which a test cannot change. Those failures
// carry a SQLSTATE, which is what the code reads, so their text's language never matters.

#include "accounts/signedin.h"
#include "db/connectionfailure.h"
#include "db/database.h"
#include "messagewatch.h"
#include "testdatabase.h"

#include <QSqlDatabase>
#include <QTcpServer>
#include <QTest>

#include <atomic>
#include <clocale>
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

const char StillInUse[] = "still in use";

// A TCP proxy for one connection to the test server that hangs up on both sides as soon as the
// client sends `cutAt`: the session opens normally, and the statement containing it never runs.
class CuttingProxy
{
public:
    CuttingProxy(const ConnectionSettings &server, QByteArray cutAt) : m_server(server), m_cutAt(std::move(cutAt))
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
            || ::listen(m_listener, 1) != 0
            || ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            return;
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this] { serve(); });
    }
    ~CuttingProxy()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        ::close(m_listener);
    }
    int port() const { return m_port; }
    bool cut() const { return m_cut; }

private:
    int connectToServer() const
    {
        if (m_server.host.startsWith(u'/')) {
            const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
            sockaddr_un address{};
            address.sun_family = AF_UNIX;
            const QByteArray path = QStringLiteral("%1/.s.PGSQL.%2").arg(m_server.host).arg(m_server.port).toUtf8();
            qstrncpy(address.sun_path, path.constData(), sizeof address.sun_path);
            return ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 ? fd : (::close(fd), -1);
        }
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(quint16(m_server.port));
        const QByteArray host = m_server.host == QLatin1String("localhost") ? QByteArray("127.0.0.1") : m_server.host.toUtf8();
        ::inet_pton(AF_INET, host.constData(), &address.sin_addr);
        return ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 ? fd : (::close(fd), -1);
    }

    void serve()
    {
        pollfd waiting{m_listener, POLLIN, 0};
        while (!m_stop && ::poll(&waiting, 1, 50) <= 0) {
        }
        if (m_stop)
            return;
        const int client = ::accept(m_listener, nullptr, nullptr);
        const int server = connectToServer();
        QByteArray fromClient;  // everything the client sent, to find `cutAt` across reads
        pollfd fds[2] = {{client, POLLIN, 0}, {server, POLLIN, 0}};
        char buffer[16384];
        while (!m_stop && client >= 0 && server >= 0) {
            if (::poll(fds, 2, 50) <= 0)
                continue;
            if (fds[0].revents) {
                const ssize_t n = ::read(client, buffer, sizeof buffer);
                if (n <= 0)
                    break;
                fromClient.append(buffer, n);
                if (fromClient.contains(m_cutAt)) {
                    m_cut = true;
                    break;
                }
                if (::write(server, buffer, size_t(n)) != n)
                    break;
            }
            if (fds[1].revents) {
                const ssize_t n = ::read(server, buffer, sizeof buffer);
                if (n <= 0 || ::write(client, buffer, size_t(n)) != n)
                    break;
            }
        }
        if (client >= 0)
            ::close(client);
        if (server >= 0)
            ::close(server);
    }

    ConnectionSettings m_server;
    QByteArray m_cutAt;
    int m_listener = -1;
    int m_port = 0;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_cut{false};
};

} // namespace

class tst_Database : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void connectionFailures_data();
    void connectionFailures();
    void sqlStateIn_data();
    void sqlStateIn();
    void failedSetRemovesTheConnection();
    void failedSignInRemovesTheConnection();

private:
    TestDatabase m_db;
    QByteArray m_messagesLocale;  // LC_MESSAGES and LC_CTYPE as the test started
    QByteArray m_typeLocale;
};

void tst_Database::initTestCase_data()
{
    QTest::addColumn<bool>("german");
    QTest::newRow("English client") << false;
    QTest::newRow("German client (LANGUAGE=de)") << true;
}

void tst_Database::initTestCase()
{
    QVERIFY2(m_db.create(), qPrintable(m_db.lastError()));
    m_messagesLocale = std::setlocale(LC_MESSAGES, nullptr);
    m_typeLocale = std::setlocale(LC_CTYPE, nullptr);
}

void tst_Database::init()
{
    QFETCH_GLOBAL(bool, german);
    // gettext ignores LANGUAGE under the "C" locale, not under C.UTF-8 (whose UTF-8 LC_CTYPE keeps
    // the umlauts); setlocale also drops gettext's cache.
    if (german) {
        qputenv("LANGUAGE", "de");
        QVERIFY(std::setlocale(LC_MESSAGES, "C.UTF-8"));
        QVERIFY(std::setlocale(LC_CTYPE, "C.UTF-8"));
    }
}

void tst_Database::cleanup()
{
    qunsetenv("LANGUAGE");
    std::setlocale(LC_MESSAGES, m_messagesLocale.constData());
    std::setlocale(LC_CTYPE, m_typeLocale.constData());
}

void tst_Database::connectionFailures_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("cause");
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<QString>("english");  // what libpq says in English; under German it must not appear

    using Cause = ConnectionFailure::Cause;
    QTest::newRow("wrong password") << "password" << int(Cause::Authentication)
                                    << "authentication failed for user" << "";
    QTest::newRow("unknown user") << "user" << int(Cause::Authentication) << "authentication failed for user" << "";
    QTest::newRow("missing database") << "database" << int(Cause::DatabaseMissing)
                                      << "the database does not exist; create it or check DB_NAME" << "";
    QTest::newRow("nothing listening on the port") << "port" << int(Cause::Unreachable)
                                                   << "the server is not reachable" << "Connection refused";
    QTest::newRow("unknown host") << "host" << int(Cause::UnknownHost)
                                  << "the host name \"waqtor-no-such-host.invalid\" is unknown; check DB_HOST"
                                  << "could not translate host name";
}

void tst_Database::connectionFailures()
{
    QFETCH_GLOBAL(bool, german);
    QFETCH(QString, change);
    QFETCH(int, cause);
    QFETCH(QString, phrase);
    QFETCH(QString, english);

    ConnectionSettings s = m_db.settings();
    if (change == QLatin1String("password")) {
        s.password += QStringLiteral("-wrong");
    } else if (change == QLatin1String("user")) {
        s.user = QStringLiteral("waqtor_no_such_role");
    } else if (change == QLatin1String("database")) {
        s.databaseName = QStringLiteral("waqtor_no_such_database");
    } else if (change == QLatin1String("host")) {
        s.host = QStringLiteral("waqtor-no-such-host.invalid");  // .invalid never resolves (RFC 2606)
    } else {
        QTcpServer free;  // a port nobody listens on once closed
        QVERIFY(free.listen(QHostAddress::LocalHost));
        s.host = QStringLiteral("127.0.0.1");
        s.port = free.serverPort();
        free.close();
    }

    QCOMPARE(int(ConnectionFailure::diagnose(s)), cause);
    const MessageWatch warnings{QString::fromLatin1(StillInUse)};
    const auto db = Database::connect(s, QStringLiteral("failing"));
    QVERIFY(!db);
    QCOMPARE(db.error().kind, ErrorKind::Database);
    QVERIFY2(db.error().message.startsWith(QStringLiteral("Cannot connect to %1: ").arg(s.describe())),
             qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(phrase), qPrintable(db.error().message));
    QVERIFY2(s.password.isEmpty() || !db.error().message.contains(s.password), qPrintable(db.error().message));
    QVERIFY2(!db.error().detail.isEmpty(), "the driver's own words are kept as the detail");
    // The German run really ran in German: the English phrase the old code looked for is absent.
    if (german && !english.isEmpty())
        QVERIFY2(!db.error().detail.contains(english, Qt::CaseInsensitive), qPrintable(db.error().detail));
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("failing")));
    QVERIFY2(warnings.seen().isEmpty(), qPrintable(warnings.seen().join(u'\n')));
}

void tst_Database::sqlStateIn_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("state");
    QTest::newRow("server error") << "connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  28P01\n" << "28P01";
    QTest::newRow("translated severity") << "Verbindung zum Server auf »127.0.0.1«, Port 5432 fehlgeschlagen: FATAL:  3D000\n"
                                         << "3D000";
    QTest::newRow("two addresses, the last one counts")
        << "connection to server at \"::1\", port 5432 failed: Connection refused\n"
           "connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  53300\n" << "53300";
    QTest::newRow("libpq's own message") << "connection to server at \"127.0.0.1\", port 1 failed: Connection refused\n"
                                            "\tIs the server running on that host and accepting TCP/IP connections?\n"
                                         << "";
    QTest::newRow("empty") << "" << "";
}

void tst_Database::sqlStateIn()
{
    QFETCH(QString, message);
    QFETCH(QString, state);
    QCOMPARE(ConnectionFailure::sqlStateIn(message), state);
}

void tst_Database::failedSetRemovesTheConnection()
{
    // The session opens through the proxy, which hangs up when the first SET arrives.
    CuttingProxy proxy(m_db.settings(), "SET DateStyle = 'ISO, YMD'");
    QVERIFY(proxy.port() > 0);
    ConnectionSettings s = m_db.settings();
    s.host = QStringLiteral("127.0.0.1");
    s.port = proxy.port();
    const MessageWatch warnings{QString::fromLatin1(StillInUse)};
    const auto db = Database::connect(s, QStringLiteral("cut"));
    QVERIFY(proxy.cut());
    QVERIFY(!db);
    QCOMPARE(db.error().kind, ErrorKind::Database);
    QVERIFY2(db.error().message.startsWith(QStringLiteral("Cannot connect to 127.0.0.1:%1").arg(s.port)),
             qPrintable(db.error().message));
    QVERIFY2(!QSqlDatabase::contains(QStringLiteral("cut")), "a connection whose SET failed must be removed");
    QVERIFY2(warnings.seen().isEmpty(), qPrintable(warnings.seen().join(u'\n')));
}

void tst_Database::failedSignInRemovesTheConnection()
{
    // The connection opens, then the account check fails: it is removed, and never while in use.
    const MessageWatch warnings{QString::fromLatin1(StillInUse)};
    const auto signedIn = SignedIn::signIn(m_db.settings(), QStringLiteral("nobody@example.com"),
                                           QStringLiteral("not-the-password"), QStringLiteral("signin"));
    QVERIFY(!signedIn);
    QVERIFY2(!QSqlDatabase::contains(QStringLiteral("signin")), "a failed sign-in must remove its connection");
    QVERIFY2(warnings.seen().isEmpty(), qPrintable(warnings.seen().join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_Database)

#include "tst_database.moc"
