#pragma once

#include "live/changeevent.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>

class QTimer;

/**
 * Turns any number of change notifications into at most one reload per interval (a second by
 * default): the first change after a quiet spell is due after a short settle time, later ones wait
 * until an interval has passed since the last reload. Only tables of interest, and rows of the owner
 * in view, count.
 */
class ChangeCoalescer : public QObject
{
    Q_OBJECT

public:
    explicit ChangeCoalescer(QObject *parent = nullptr);

    // The tables whose changes matter (empty: every table).
    void setTables(const QStringList &tables) { m_tables = QSet<QString>(tables.cbegin(), tables.cend()); }
    // The owner in view ("" for every owner): changes only to other owners' rows are ignored.
    void setOwner(const QString &ownerId) { m_owner = ownerId; }
    void setInterval(int msecs) { m_interval = msecs; }
    void setSettleTime(int msecs) { m_settle = msecs; }

    // A notification came in.
    void add(const ChangeEvent &event);
    // Something else requires a reload (listening again after a drop): same limits as a change.
    void addAll();
    // A reload is waiting to become due.
    bool isPending() const;

signals:
    // Reload now; `tables` changed since the last one.
    void due(const QSet<QString> &tables);

private:
    void schedule();
    void fire();

    QSet<QString> m_tables;
    QString m_owner;
    int m_interval = 1000;
    int m_settle = 100;
    QSet<QString> m_changed;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_sinceLast;  // invalid until the first reload
};
