#pragma once

#include <QString>

/** User text for LIKE / ILIKE: its own %, _ and \ match literally (PostgreSQL's default escape is \). */
class LikePattern
{
public:
    static QString literal(const QString &text)
    {
        QString escaped = text;
        escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
        return escaped;
    }
    // Matches the text anywhere.
    static QString contains(const QString &text) { return u'%' + literal(text) + u'%'; }
};
