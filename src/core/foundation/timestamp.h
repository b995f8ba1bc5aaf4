#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

/**
 * A TIMESTAMP (without time zone) value exactly as the server stores it: the server's wall-clock
 * time with microseconds. It travels as text in both directions because QPSQL converts bound
 * QDateTimes between time zones and drops microseconds; as text, a value read and saved back
 * unchanged stays identical whatever the app's time zone is.
 */
class Timestamp
{
public:
    Timestamp() = default;  // NULL

    // From a value selected with Timestamp::select(column); NULL stays NULL.
    static Timestamp fromSql(const QVariant &value);
    // From an editor: the date and time fields are taken as they read, whatever the QDateTime's spec.
    static Timestamp fromWallClock(const QDateTime &wallClock);
    // "2026-11-27 21:29:02.123456" or "2026-11-27T21:29:02" (ISO text without a zone); invalid → NULL.
    static Timestamp fromText(const QString &text);

    // SQL fragments: read as text, bind as text.
    static QString select(const QString &column) { return column + QStringLiteral("::text"); }
    static QString bind(const QString &placeholder) { return QStringLiteral("CAST(%1 AS timestamp)").arg(placeholder); }

    bool isNull() const { return m_text.isEmpty(); }
    QString text() const { return m_text; }           // server text, e.g. "2026-11-27 21:29:02.123456"
    QString toIso() const;                            // "2026-11-27T21:29:02.123456", for JSON and CSV
    QDateTime toWallClock() const;                    // naive, in a Qt::UTC QDateTime (milliseconds only)
    QVariant toSqlValue() const;                      // the text, or a NULL string

    bool operator==(const Timestamp &other) const { return m_text == other.m_text; }
    bool operator!=(const Timestamp &other) const { return m_text != other.m_text; }

private:
    QString m_text;
};
