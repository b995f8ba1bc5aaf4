#include "clifixture.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

QString CliFixture::describe(const CliRunner::Run &r)
{
    return QStringLiteral("exit %1%2\n--- stdout:\n%3\n--- stderr:\n%4")
        .arg(r.exitCode)
        .arg(r.crashed ? QStringLiteral(" (crashed)") : QString())
        .arg(r.out, r.err);
}

int CliFixture::freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

QString CliFixture::cascadeShown(const QString &text)
{
    QStringList counts;
    for (const char *label : {"WhatsApp sessions", "messages", "campaigns", "contacts", "groups", "group memberships"}) {
        const QRegularExpression re(QStringLiteral("^\\s*%1\\s+(\\d+)\\s*$").arg(QLatin1String(label)),
                                    QRegularExpression::MultilineOption);
        const auto m = re.match(text);
        counts << (m.hasMatch() ? m.captured(1) : QStringLiteral("?"));
    }
    return counts.join(u' ');
}

QString CliFixture::uuid(int n)
{
    return QStringLiteral("00000000-0000-0000-0000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

bool CliFixture::setUpDatabase()
{
    if (!QFileInfo::exists(CliRunner::binary())) {
        m_error = QStringLiteral("no waqtor-db binary at ") + CliRunner::binary();
        return false;
    }
    if (!m_db.createMigrated()) {
        m_error = m_db.lastError();
        return false;
    }
    return true;
}

bool CliFixture::emptyTables()
{
    // Every table that references users goes with them. DELETE is far quicker than TRUNCATE on these
    // few rows; after the demo data set (100,000 messages) TRUNCATE is the quicker one.
    const bool large = count(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM messages LIMIT 1001) m")) > 1000;
    const bool emptied = m_db.exec(large ? QStringLiteral("TRUNCATE users, waqtor_audit CASCADE")
                                         : QStringLiteral("DELETE FROM users; DELETE FROM waqtor_audit"));
    m_error = m_db.lastError();
    return emptied;
}

qint64 CliFixture::count(const QString &sql)
{
    const QVariant v = m_db.scalar(sql);
    if (!v.isValid()) {
        qWarning("%s", qPrintable(m_db.lastError()));
        return -1;
    }
    return v.toLongLong();
}

QString CliFixture::text(const QString &sql)
{
    const QVariant v = m_db.scalar(sql);
    if (!v.isValid())
        qWarning("%s", qPrintable(m_db.lastError()));
    return v.toString();
}

QString CliFixture::insertUser(int id, const QString &email, const QString &role, bool active, const QString &name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO users (id, email, password_hash, name, role, is_active) "
                             "VALUES (CAST(:id AS uuid), :email, 'not-a-hash', :name, :role, :active)"));
    q.bindValue(QStringLiteral(":id"), uuid(id));
    q.bindValue(QStringLiteral(":email"), email);
    q.bindValue(QStringLiteral(":name"), name.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(name));
    q.bindValue(QStringLiteral(":role"), role);
    q.bindValue(QStringLiteral(":active"), active);
    if (!q.exec()) {
        qWarning("insertUser: %s", qPrintable(q.lastError().text()));
        return {};
    }
    return uuid(id);
}

bool CliFixture::insertCascadeFixture()
{
    if (insertUser(1, QStringLiteral("owner@example.com")).isEmpty()
        || insertUser(2, QStringLiteral("other@example.com")).isEmpty())
        return false;
    const QString sql = QStringLiteral(R"(
        INSERT INTO whatsapp_sessions (id, user_id, session_name, status) VALUES
            ('%11', '%1', 'main', 'ready'), ('%12', '%1', 'spare', 'qr');
        INSERT INTO messages (user_id, session_id, phone_number, status) VALUES
            ('%1', '%11', '+201000000001', 'sent'), ('%1', '%11', '+201000000002', 'read'),
            ('%1', NULL, '+201000000003', 'failed'), ('%2', '%11', '+201000000004', 'delivered');
        INSERT INTO campaigns (user_id, session_id, name, message_template) VALUES
            ('%1', '%11', 'Owner campaign', 'Hi'), ('%2', '%12', 'Other campaign', 'Hello');
        INSERT INTO recipients (id, user_id, phone_number, name) VALUES
            ('%21', '%1', '+201000000001', 'A'), ('%22', '%1', '+201000000002', 'B'),
            ('%23', '%2', '+201000000003', 'C');
        INSERT INTO groups (id, user_id, name) VALUES ('%31', '%1', 'Owner group'), ('%32', '%2', 'Other group');
        INSERT INTO recipient_groups (recipient_id, group_id) VALUES
            ('%21', '%31'), ('%22', '%31'), ('%23', '%31'), ('%23', '%32');
    )")
                            .replace(QStringLiteral("%11"), uuid(11))
                            .replace(QStringLiteral("%12"), uuid(12))
                            .replace(QStringLiteral("%21"), uuid(21))
                            .replace(QStringLiteral("%22"), uuid(22))
                            .replace(QStringLiteral("%23"), uuid(23))
                            .replace(QStringLiteral("%31"), uuid(31))
                            .replace(QStringLiteral("%32"), uuid(32))
                            .replace(QStringLiteral("%1"), uuid(1))
                            .replace(QStringLiteral("%2"), uuid(2));
    if (!m_db.exec(sql)) {
        qWarning("insertCascadeFixture: %s", qPrintable(m_db.lastError()));
        return false;
    }
    return true;
}

QString CliFixture::cascadeSnapshot()
{
    return text(QStringLiteral(
        "SELECT concat_ws(' ', (SELECT count(*) FROM users), (SELECT count(*) FROM whatsapp_sessions), "
        "(SELECT count(*) FROM messages), (SELECT count(*) FROM messages WHERE session_id IS NULL), "
        "(SELECT count(*) FROM campaigns), (SELECT count(*) FROM recipients), (SELECT count(*) FROM groups), "
        "(SELECT count(*) FROM recipient_groups), "
        "(SELECT string_agg(email || ':' || role || ':' || is_active, ',' ORDER BY email) FROM users))"));
}
