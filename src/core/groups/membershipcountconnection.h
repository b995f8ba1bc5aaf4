#pragma once

#include "db/connectionsettings.h"
#include "groups/groupmembership.h"
#include "foundation/result.h"

#include <QSqlDatabase>
#include <QString>
#include <atomic>

/**
 * A connection of its own for GroupMembership's counts, made for one worker thread: opened, used
 * and closed on that thread, while another thread can cancel its running statement on the server.
 */
class MembershipCountConnection
{
public:
    explicit MembershipCountConnection(ConnectionSettings settings);
    // Closes the connection: destroy this on the thread that opened it.
    ~MembershipCountConnection();
    MembershipCountConnection(const MembershipCountConnection &) = delete;
    MembershipCountConnection &operator=(const MembershipCountConnection &) = delete;

    // Opens the connection (again after close()) and learns its backend's pid for cancel().
    Status open();
    bool isOpen() const { return m_pid != 0; }
    void close();
    QString connectionName() const { return m_name; }
    // The server process running this connection's statements; 0 while closed.
    int backendPid() const { return m_pid; }

    // GroupMembership's own counts over this connection; Interrupted when cancelled on the server.
    Result<MembershipCounts> counts(const GroupMembership &snapshot) const;
    Result<qint64> ownerContactCount(const GroupMembership &snapshot) const;
    Result<FilterPreview> preview(const GroupMembership &snapshot, const MembershipFilter &filter) const;

    // From another thread, on that thread's own connection `db`: stops the statement backend `pid`
    // is running, if any (an idle backend ignores it). Our own backends run as the same database
    // user, so no extra privilege is needed.
    static void cancel(QSqlDatabase db, int pid);

private:
    QSqlDatabase database() const;

    ConnectionSettings m_settings;
    QString m_name;
    std::atomic<int> m_pid{0};
};
