#include "theme/statuscolours.h"

#include <QGuiApplication>
#include <QPalette>
#include <QString>

#include <cmath>

namespace StatusColours {

namespace {

struct Pair
{
    QColor light;
    QColor dark;
};

// Measured by tst_statuscolours against Fusion's light and our dark palette (base and alternateBase).
Pair textPair(Tone tone)
{
    switch (tone) {
    case Tone::Neutral: return {QColor(0x5f, 0x63, 0x68), QColor(0xb4, 0xb8, 0xbe)};
    case Tone::Accent: return {QColor(0x6d, 0x28, 0xd9), QColor(0xc4, 0xb5, 0xfd)};
    case Tone::Progress: return {QColor(0x1d, 0x4e, 0xd8), QColor(0x93, 0xc5, 0xfd)};
    case Tone::Warning: return {QColor(0x9a, 0x45, 0x06), QColor(0xfb, 0xbf, 0x24)};
    case Tone::Success: return {QColor(0x16, 0x65, 0x34), QColor(0x86, 0xef, 0xac)};
    case Tone::Danger: return {QColor(0xb0, 0x00, 0x20), QColor(0xfc, 0xa5, 0xa5)};
    }
    return {};
}

Pair highlightPair(Tone tone)
{
    switch (tone) {
    case Tone::Danger: return {QColor(0xfd, 0xe7, 0xe9), QColor(0x4a, 0x1c, 0x22)};
    case Tone::Warning: return {QColor(0xfe, 0xf3, 0xc7), QColor(0x45, 0x32, 0x0a)};
    case Tone::Success: return {QColor(0xdc, 0xfc, 0xe7), QColor(0x14, 0x3d, 0x24)};
    case Tone::Neutral:
    case Tone::Accent:
    case Tone::Progress: return {QColor(0xe8, 0xee, 0xfb), QColor(0x1e, 0x2a, 0x44)};
    }
    return {};
}

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &colour)
{
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

} // namespace

QList<Tone> allTones()
{
    return {Tone::Neutral, Tone::Accent, Tone::Progress, Tone::Warning, Tone::Success, Tone::Danger};
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor text(Tone tone, const QPalette &palette)
{
    const Pair pair = textPair(tone);
    return isDark(palette) ? pair.dark : pair.light;
}

QColor text(Tone tone)
{
    return text(tone, QGuiApplication::palette());
}

QColor highlight(Tone tone, const QPalette &palette)
{
    const Pair pair = highlightPair(tone);
    return isDark(palette) ? pair.dark : pair.light;
}

Tone campaignTone(const QString &status)
{
    if (status == QLatin1String("scheduled"))
        return Tone::Accent;
    if (status == QLatin1String("running"))
        return Tone::Progress;
    if (status == QLatin1String("paused"))
        return Tone::Warning;
    if (status == QLatin1String("completed"))
        return Tone::Success;
    if (status == QLatin1String("failed"))
        return Tone::Danger;
    return Tone::Neutral;  // draft and anything newer than this build
}

Tone sessionTone(const QString &status)
{
    if (status == QLatin1String("ready"))
        return Tone::Success;
    if (status == QLatin1String("connecting"))
        return Tone::Warning;
    if (status == QLatin1String("qr"))
        return Tone::Progress;
    return Tone::Neutral;
}

Tone messageTone(const QString &status)
{
    if (status == QLatin1String("sent"))
        return Tone::Progress;
    if (status == QLatin1String("delivered"))
        return Tone::Accent;
    if (status == QLatin1String("read"))
        return Tone::Success;
    if (status == QLatin1String("failed"))
        return Tone::Danger;
    return Tone::Neutral;  // pending, no status, and anything newer than this build
}

Tone contactTone(const QString &status)
{
    if (status == QLatin1String("active"))
        return Tone::Success;
    if (status == QLatin1String("blocked"))
        return Tone::Warning;
    if (status == QLatin1String("invalid"))
        return Tone::Danger;
    return Tone::Neutral;
}

QString styleSheet(Tone tone, const QPalette &palette)
{
    return QStringLiteral("color: %1;").arg(text(tone, palette).name());
}

QString themedHtml(QString html, const QPalette &palette)
{
    // The light colours the sentences were written with (and translated with), in their own words.
    const struct { const char *written; QColor colour; } swaps[] = {
        {"color:#b00020", text(Tone::Danger, palette)},
        {"color:#b45309", text(Tone::Warning, palette)},
        {"color:#1e7e34", text(Tone::Success, palette)},
    };
    // Only inside a style's "color:" so a data value that happens to read "#b00020" is left alone.
    for (const auto &swap : swaps)
        html.replace(QLatin1String(swap.written), QStringLiteral("color:") + swap.colour.name(), Qt::CaseInsensitive);
    return html;
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace StatusColours
