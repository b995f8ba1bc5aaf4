#pragma once

#include "accounts/accountstanding.h"
#include "accounts/signedin.h"

#include <QObject>
#include <QSet>

class ConnectionBanner;
class LiveUpdates;
class QWidget;

/**
 * What an open window hears from the server: other clients' changes (through LiveUpdates, at most
 * once a second), the connection lost and back (shown by a banner the window places above its
 * pages), and the signed-in account deactivated, deleted or given another role by someone else.
 */
class SessionWatch : public QObject
{
    Q_OBJECT

public:
    // The banner is a child of `window`; nothing listens until start().
    SessionWatch(const SignedIn &signedIn, QWidget *window);

    void start();
    ConnectionBanner *banner() const { return m_banner; }
    LiveUpdates *liveUpdates() const { return m_live; }
    // Reads the signed-in account again; a change of role or is_active becomes accountChanged().
    void checkAccount();

signals:
    // Other clients changed these tables.
    void tablesChanged(const QSet<QString> &tables);
    // Listening again, and the window's own connection open again: what shows data should reload.
    void reconnected();
    // Sent once, whatever else is heard afterwards: whoever owns the window rebuilds it or signs out.
    void accountChanged(const Standing &standing, const QString &message);

private:
    void connectionBack();

    const SignedIn &m_signedIn;
    ConnectionBanner *m_banner = nullptr;
    LiveUpdates *m_live = nullptr;
    bool m_accountChangeSent = false;
};
