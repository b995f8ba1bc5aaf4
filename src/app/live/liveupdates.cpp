#include "live/liveupdates.h"

#include "live/changecoalescer.h"
#include "live/changelistener.h"
#include "accounts/accountstanding.h"

LiveUpdates::LiveUpdates(const ConnectionSettings &settings, QString accountId, QObject *parent)
    : QObject(parent), m_listener(new ChangeListener(settings)), m_coalescer(new ChangeCoalescer(this)),
      m_accountId(std::move(accountId))
{
    // Queued across threads and windows: Qt must be able to copy them.
    qRegisterMetaType<ChangeEvent>();
    qRegisterMetaType<Error>();
    qRegisterMetaType<Standing>();
    qRegisterMetaType<QSet<QString>>();
    m_thread.setObjectName(QStringLiteral("waqtor-listener"));
    m_listener->moveToThread(&m_thread);
    // Queued across the threads: the listener's signals reach this object on the window's thread.
    connect(m_listener, &ChangeListener::changed, this, [this](const ChangeEvent &event) {
        if (event.table == QLatin1String("users") && event.touches(m_accountId) && !m_accountId.isEmpty())
            emit accountTouched();
        m_coalescer->add(event);
    });
    connect(m_listener, &ChangeListener::listening, this, [this] {
        m_listening = true;
        // Back after a loss (or after a first attempt that failed): reload what may have changed.
        if (std::exchange(m_wasLost, false)) {
            emit connectionBack();
            m_coalescer->addAll();
        }
    });
    connect(m_listener, &ChangeListener::lost, this, [this](const Error &error) {
        m_listening = false;
        m_wasLost = true;
        emit connectionLost(error);
    });
    connect(m_listener, &ChangeListener::retryScheduled, this, &LiveUpdates::retryScheduled);
    connect(m_coalescer, &ChangeCoalescer::due, this, &LiveUpdates::due);
    m_thread.start();
}

LiveUpdates::~LiveUpdates()
{
    // The listener's connection and timers belong to its thread: end them there, then the thread.
    QMetaObject::invokeMethod(m_listener, [listener = m_listener] { delete listener; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void LiveUpdates::start()
{
    QMetaObject::invokeMethod(m_listener, &ChangeListener::start, Qt::QueuedConnection);
}

void LiveUpdates::reconnectNow()
{
    QMetaObject::invokeMethod(m_listener, &ChangeListener::reconnectNow, Qt::QueuedConnection);
}

int LiveUpdates::backendPid() const
{
    return m_listener->backendPid();
}

void LiveUpdates::setRetryDelays(const QList<int> &msecs)
{
    QMetaObject::invokeMethod(m_listener, [listener = m_listener, msecs] { listener->setRetryDelays(msecs); },
                              Qt::BlockingQueuedConnection);
}
