#include "db/sqlscript.h"

#include <QRegularExpression>

QStringList SqlScript::split(const QString &sql)
{
    QStringList statements;
    QString current;
    const int n = sql.size();
    int i = 0;
    auto flush = [&] {
        if (!isBlank(current))
            statements << current.trimmed();
        current.clear();
    };
    while (i < n) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < n ? sql.at(i + 1) : QChar();
        if (c == u'-' && next == u'-') {  // line comment
            const int end = sql.indexOf(u'\n', i);
            const int stop = end < 0 ? n : end;
            current += sql.mid(i, stop - i);
            i = stop;
        } else if (c == u'/' && next == u'*') {  // block comment (PostgreSQL nests them)
            int depth = 0;
            int j = i;
            while (j < n) {
                if (sql.mid(j, 2) == QLatin1String("/*")) { ++depth; j += 2; }
                else if (sql.mid(j, 2) == QLatin1String("*/")) { --depth; j += 2; if (depth == 0) break; }
                else ++j;
            }
            current += sql.mid(i, j - i);
            i = j;
        } else if (c == u'\'' || c == u'"') {  // quoted literal or identifier; doubled quote escapes
            int j = i + 1;
            while (j < n) {
                if (sql.at(j) == c) {
                    if (j + 1 < n && sql.at(j + 1) == c) { j += 2; continue; }
                    ++j;
                    break;
                }
                ++j;
            }
            current += sql.mid(i, j - i);
            i = j;
        } else if (c == u'$') {  // dollar quoting: $$…$$ or $tag$…$tag$
            static const QRegularExpression tagRe(QStringLiteral(R"(\G\$([A-Za-z_][A-Za-z_0-9]*)?\$)"));
            const auto m = tagRe.match(sql, i);
            if (m.hasMatch()) {
                const QString tag = m.captured(0);
                const int close = sql.indexOf(tag, i + tag.size());
                const int stop = close < 0 ? n : close + tag.size();
                current += sql.mid(i, stop - i);
                i = stop;
            } else {
                current += c;
                ++i;
            }
        } else if (c == u';') {
            flush();
            ++i;
        } else {
            current += c;
            ++i;
        }
    }
    flush();
    return statements;
}

bool SqlScript::isBlank(const QString &statement)
{
    return withoutComments(statement).isEmpty();
}

QString SqlScript::withoutComments(const QString &statement)
{
    // Good enough for our own scripts: comment markers inside string literals are not expected there.
    static const QRegularExpression comments(QStringLiteral(R"(--[^\n]*|/\*.*?\*/)"),
                                             QRegularExpression::DotMatchesEverythingOption);
    QString s = statement;
    s.remove(comments);
    return s.trimmed();
}
