#include "i18n/displayformat.h"

namespace DisplayFormat {

QString dateTime(const QDateTime &value, bool seconds, const QLocale &locale)
{
    if (!value.isValid())
        return {};
    QString time = locale.timeFormat(QLocale::ShortFormat);
    // Short time formats have no seconds; put them after the minutes (h:mm AP → h:mm:ss AP).
    if (seconds && !time.contains(u's'))
        time.replace(QStringLiteral("mm"), QStringLiteral("mm:ss"));
    return locale.toString(value.date(), QLocale::ShortFormat) + u' ' + locale.toString(value.time(), time);
}

QString digits(const QString &text, const QLocale &locale)
{
    const QString zero = locale.zeroDigit();
    if (zero == QLatin1String("0") || zero.size() != 1)
        return text;
    QString shown = text;
    for (QChar &c : shown)
        if (c >= u'0' && c <= u'9')
            c = QChar(zero.front().unicode() + (c.unicode() - u'0'));
    return shown;
}

QString data(const QString &text, const QLocale &locale)
{
    for (const QChar c : text)
        if (c.isLetter())
            return text;
    return digits(text, locale);
}

QString leftToRight(const QString &text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}

} // namespace DisplayFormat
