#pragma once

#include <QString>
#include <QStringList>

/** Splits SQL text into statements at top-level semicolons (not inside quotes, comments or $$ bodies). */
class SqlScript
{
public:
    static QStringList split(const QString &sql);
    // True when a statement is only comments and blanks.
    static bool isBlank(const QString &statement);
    // The statement without its comments, trimmed: for recognising what kind of statement it is.
    static QString withoutComments(const QString &statement);
};
