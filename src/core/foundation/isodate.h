#pragma once

#include <QDate>
#include <QString>

/** A calendar date typed by a person or a script, read strictly. */
class IsoDate
{
public:
    // Exactly YYYY-MM-DD (white space around it aside): anything more, such as "2026-01-01garbage" or a
    // time, gives an invalid QDate rather than the date the text starts with.
    static QDate parse(const QString &text);
};
