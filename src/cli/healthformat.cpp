#include "healthformat.h"

#include "clioutput.h"
#include "i18n/displayformat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HealthFormat)
};

} // namespace

QString HealthFormat::size(qint64 bytes)
{
    return DisplayFormat::dataSize(bytes);
}

QString HealthFormat::duration(double seconds)
{
    const qint64 s = qint64(seconds);
    if (seconds < 60)
        return Tr::tr("%1 s").arg(seconds, 0, 'f', 1);
    if (s < 3600)
        return Tr::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    if (s < 86400)
        return Tr::tr("%1 h %2 min").arg(s / 3600).arg(s % 3600 / 60);
    return Tr::tr("%1 d %2 h").arg(s / 86400).arg(s % 86400 / 3600);
}

QString HealthFormat::percent(const std::optional<double> &share)
{
    return share ? Tr::tr("%1 %").arg(*share * 100, 0, 'f', 1) : QStringLiteral("-");
}

QString HealthFormat::time(const QString &isoUtc)
{
    if (isoUtc.isEmpty())
        return Tr::tr("never");
    QString t = isoUtc;
    t.replace(u'T', u' ');
    if (t.endsWith(u'Z'))
        t.chop(1);
    return Tr::tr("%1 UTC").arg(t);
}

QString HealthFormat::query(const QString &text, int width)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString line = CliOutput::visible(QString(text).replace(space, QStringLiteral(" ")).trimmed());
    if (line.size() > width)
        line = line.left(width - 1) + QChar(0x2026);
    return line;
}
