#include "messagewatch.h"

#include <QMutexLocker>

namespace {
MessageWatch *g_watch = nullptr;
}

MessageWatch::MessageWatch(QString phrase) : m_phrase(std::move(phrase))
{
    Q_ASSERT(!g_watch);
    g_watch = this;
    m_previous = qInstallMessageHandler(&MessageWatch::handle);
}

MessageWatch::~MessageWatch()
{
    qInstallMessageHandler(m_previous);
    g_watch = nullptr;
}

QStringList MessageWatch::seen() const
{
    QMutexLocker lock(&m_mutex);
    return m_seen;
}

void MessageWatch::handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    MessageWatch *watch = g_watch;
    if (!watch)
        return;
    if (message.contains(watch->m_phrase)) {
        QMutexLocker lock(&watch->m_mutex);
        watch->m_seen << message;
    }
    if (watch->m_previous)
        watch->m_previous(type, context, message);
}
