#pragma once

#include "db/connectionsettings.h"
#include "foundation/result.h"
#include "live/changeevent.h"

#include <QObject>
#include <QSet>
#include <QThread>

class ChangeCoalescer;
class ChangeListener;

/**
 * The window's side of live updates: a ChangeListener on a thread of its own (a slow or unreachable
 * server never freezes the window while it connects), its notifications coalesced into at most one
 * reload a second, the connection's loss and return, and changes to the signed-in account itself.
 */
class LiveUpdates : public QObject
{
    Q_OBJECT

public:
    LiveUpdates(const ConnectionSettings &settings, QString accountId, QObject *parent = nullptr);
    ~LiveUpdates() override;

    void start();
    void reconnectNow();
    bool isListening() const { return m_listening; }
    // The listening connection's server process (0 while there is none); any thread.
    int backendPid() const;
    ChangeCoalescer *coalescer() const { return m_coalescer; }
    // Pauses between reconnection attempts (tests shorten them).
    void setRetryDelays(const QList<int> &msecs);

signals:
    // Reload what shows these tables (at most once a second, within a second of the change).
    void due(const QSet<QString> &tables);
    void connectionLost(const Error &error);
    void retryScheduled(int msecs);
    // Listening again after a loss: whatever changed meanwhile was not announced.
    void connectionBack();
    // A statement changed the signed-in account's own users row (its role or is_active, perhaps).
    void accountTouched();

private:
    QThread m_thread;
    ChangeListener *m_listener = nullptr;  // lives on m_thread
    ChangeCoalescer *m_coalescer = nullptr;
    QString m_accountId;
    bool m_listening = false;
    bool m_wasLost = false;  // since it last listened
};
