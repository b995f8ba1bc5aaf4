#include "foundation/timestamp.h"

#include <QRegularExpression>

namespace {
// ISO date, optional time with optional fraction; what the server prints with DateStyle ISO.
const QRegularExpression &isoPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{4,}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?))?$)"));
    return re;
}

// Qt keeps milliseconds only: the clock text cut to them, for QTime.
QString clockToMilliseconds(QString clock)
{
    const int dot = clock.indexOf(u'.');
    if (dot >= 0 && clock.size() > dot + 4)
        clock.truncate(dot + 4);
    return clock;
}
}

Timestamp Timestamp::fromSql(const QVariant &value)
{
    Timestamp t;
    if (!value.isNull())
        t.m_text = value.toString();
    return t;
}

Timestamp Timestamp::fromWallClock(const QDateTime &wallClock)
{
    if (!wallClock.isValid())
        return {};
    Timestamp t;
    t.m_text = wallClock.date().toString(Qt::ISODate) + u' ' + wallClock.time().toString(QStringLiteral("HH:mm:ss.zzz"));
    return t;
}

Timestamp Timestamp::fromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    const auto match = isoPattern().match(trimmed);
    if (!match.hasMatch())
        return {};
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    if (!date.isValid())
        return {};
    // The pattern checks the clock's shape; 25:99 has that shape and is no time.
    if (!match.captured(2).isEmpty() && !QTime::fromString(clockToMilliseconds(match.captured(2)), Qt::ISODateWithMs).isValid())
        return {};
    Timestamp t;
    t.m_text = match.captured(1) + u' ' + (match.captured(2).isEmpty() ? QStringLiteral("00:00:00") : match.captured(2));
    return t;
}

QString Timestamp::toIso() const
{
    QString iso = m_text;
    if (iso.size() > 10 && iso.at(10) == u' ')
        iso[10] = u'T';
    return iso;
}

QDateTime Timestamp::toWallClock() const
{
    if (isNull())
        return {};
    const auto match = isoPattern().match(m_text);
    if (!match.hasMatch())
        return {};
    // Built from its parts in UTC so no local DST gap can move it; Qt keeps milliseconds only.
    const QString clock = match.captured(2).isEmpty() ? QStringLiteral("00:00:00") : clockToMilliseconds(match.captured(2));
    const QTime time = QTime::fromString(clock, Qt::ISODateWithMs);
    return QDateTime(QDate::fromString(match.captured(1), Qt::ISODate), time, Qt::UTC);
}

QVariant Timestamp::toSqlValue() const
{
    return isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(m_text);
}
