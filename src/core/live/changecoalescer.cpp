#include "live/changecoalescer.h"

#include <QTimer>

ChangeCoalescer::ChangeCoalescer(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &ChangeCoalescer::fire);
}

void ChangeCoalescer::add(const ChangeEvent &event)
{
    if (!m_tables.isEmpty() && !m_tables.contains(event.table))
        return;
    if (!event.touches(m_owner))
        return;
    m_changed.insert(event.table);
    schedule();
}

void ChangeCoalescer::addAll()
{
    for (const QString &table : m_tables.isEmpty() ? ChangeEvent::tables() : m_tables.values())
        m_changed.insert(table);
    schedule();
}

bool ChangeCoalescer::isPending() const
{
    return m_timer->isActive();
}

void ChangeCoalescer::schedule()
{
    if (m_timer->isActive())
        return;  // already due: this change rides along
    const qint64 sinceLast = m_sinceLast.isValid() ? m_sinceLast.elapsed() : m_interval;
    m_timer->start(int(qMax<qint64>(m_settle, m_interval - sinceLast)));
}

void ChangeCoalescer::fire()
{
    const QSet<QString> changed = std::exchange(m_changed, {});
    m_sinceLast.start();
    emit due(changed);
}
