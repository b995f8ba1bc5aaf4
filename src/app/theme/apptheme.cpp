#include "theme/apptheme.h"
#include "theme/icontheme.h"
#include "theme/joinedmnemonicstyle.h"
#include "theme/visibleindicatorstyle.h"

#include "theme/statuscolours.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace AppTheme {

namespace {

const QString SettingKey = QStringLiteral("appearance/theme");

// The style and palette Qt chose from the desktop, kept so "System" can go back to them.
struct Original
{
    QString style;
    QPalette palette;
};

Original &original()
{
    static Original saved{styleName(), QApplication::palette()};
    return saved;
}

// Qt 6.4 has no QStyleHints::colorScheme; a GTK desktop in dark mode that Qt's own theme did not
// follow still says so in GTK_THEME ("Adwaita:dark").
bool desktopAsksForDark()
{
    return qEnvironmentVariable("GTK_THEME").endsWith(QLatin1String(":dark"), Qt::CaseInsensitive);
}

// The named style with the app's two corrections over it: Arabic mnemonics painted whole, and check
// boxes and radio buttons with an edge that can be seen in light and dark.
QStyle *appStyle(const QString &name)
{
    return new JoinedMnemonicStyle(new VisibleIndicatorStyle(QStyleFactory::create(name)));
}

} // namespace

std::optional<Mode> modeByName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("system"))
        return Mode::System;
    if (n == QLatin1String("light"))
        return Mode::Light;
    if (n == QLatin1String("dark"))
        return Mode::Dark;
    return std::nullopt;
}

QString name(Mode mode)
{
    switch (mode) {
    case Mode::Light: return QStringLiteral("light");
    case Mode::Dark: return QStringLiteral("dark");
    case Mode::System: break;
    }
    return QStringLiteral("system");
}

QPalette lightPalette()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor alternate(0x27, 0x29, 0x2c);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x3c, 0x3f, 0x43));
    p.setColor(QPalette::Midlight, QColor(0x34, 0x36, 0x3a));
    p.setColor(QPalette::Mid, QColor(0x50, 0x53, 0x57));
    p.setColor(QPalette::Dark, QColor(0x15, 0x16, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

Mode startupMode(const QString &commandLine)
{
    if (const auto mode = modeByName(commandLine))
        return *mode;
    if (const auto mode = modeByName(qEnvironmentVariable("WAQTOR_THEME")))
        return *mode;
    return remembered();
}

void apply(Mode mode)
{
    const Original &desktop = original();
    if (mode == Mode::System && !StatusColours::isDark(desktop.palette) && desktopAsksForDark())
        mode = Mode::Dark;
    switch (mode) {
    case Mode::System:
        if (!desktop.style.isEmpty())
            QApplication::setStyle(appStyle(desktop.style));
        QApplication::setPalette(desktop.palette);
        break;
    case Mode::Light:
        QApplication::setStyle(appStyle(QStringLiteral("Fusion")));
        QApplication::setPalette(lightPalette());
        break;
    case Mode::Dark:
        QApplication::setStyle(appStyle(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
    IconTheme::apply(mode, StatusColours::isDark(QApplication::palette()));
}

QString styleName()
{
    const QStyle *style = QApplication::style();
    while (const auto *proxy = qobject_cast<const QProxyStyle *>(style))
        style = proxy->baseStyle();
    return style ? style->name() : QString();
}

Mode remembered()
{
    return modeByName(QSettings().value(SettingKey).toString()).value_or(Mode::System);
}

void remember(Mode mode)
{
    QSettings().setValue(SettingKey, name(mode));
}

} // namespace AppTheme
