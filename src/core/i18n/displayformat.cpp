#include "i18n/displayformat.h"

#include <QCoreApplication>

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

QString dataSize(qint64 bytes)
{
    const QLocale locale;
    if (bytes < 1024)
        return QCoreApplication::translate("DisplayFormat", "%1 bytes").arg(locale.toString(bytes));
    double value = double(bytes) / 1024;
    int unit = 0;
    while (value >= 1024 && unit < 3) {
        value /= 1024;
        ++unit;
    }
    const QString number = locale.toString(value, 'f', value < 10 ? 1 : 0);
    switch (unit) {
    case 0: return QCoreApplication::translate("DisplayFormat", "%1 KB").arg(number);
    case 1: return QCoreApplication::translate("DisplayFormat", "%1 MB").arg(number);
    case 2: return QCoreApplication::translate("DisplayFormat", "%1 GB").arg(number);
    default: return QCoreApplication::translate("DisplayFormat", "%1 TB").arg(number);
    }
}

QString percent(double share)
{
    const QLocale locale;
    return QCoreApplication::translate("DisplayFormat", "%1%", "a percentage; keep the sign glued to the number")
        .arg(locale.toString(share * 100, 'f', 1));
}

QString isolated(const QString &text, Qt::LayoutDirection readingDirection)
{
    const QChar isolate = readingDirection == Qt::RightToLeft ? QChar(0x2067) : QChar(0x2066);
    return isolate + text + QChar(0x2069);
}

} // namespace DisplayFormat
