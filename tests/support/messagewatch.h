#pragma once

#include <QMutex>
#include <QStringList>
#include <QtGlobal>

/**
 * Records every Qt message (qWarning and the like, from any thread) containing `phrase` while it
 * exists, passing all messages on to the handler that was installed before (QTest's). One at a time.
 */
class MessageWatch
{
public:
    explicit MessageWatch(QString phrase);
    ~MessageWatch();
    MessageWatch(const MessageWatch &) = delete;
    MessageWatch &operator=(const MessageWatch &) = delete;

    QStringList seen() const;

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message);

    QString m_phrase;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QStringList m_seen;
};
