#include "theme/icontheme.h"

namespace IconTheme {

namespace {

const QString AppId = QStringLiteral("org.waqtor.WaQtorAdmin");
const QString ResourceRoot = QStringLiteral(":/icons");

// The desktop's theme as the platform reported it before we changed anything.
QString &desktopTheme()
{
    static QString name = QIcon::themeName();
    return name;
}

} // namespace

QString bundledName(bool dark)
{
    return dark ? QStringLiteral("waqtor-breeze-dark") : QStringLiteral("waqtor-breeze");
}

void apply(AppTheme::Mode mode, bool darkPalette)
{
    const QString desktop = desktopTheme();
    QStringList paths = QIcon::themeSearchPaths();
    if (!paths.contains(ResourceRoot)) {
        paths.append(ResourceRoot);
        QIcon::setThemeSearchPaths(paths);
    }
    QIcon::setFallbackThemeName(bundledName(darkPalette));
    // Following the desktop keeps its icons (its theme matches its colours); a forced look does not.
    QIcon::setThemeName(mode == AppTheme::Mode::System && !desktop.isEmpty() ? desktop : bundledName(darkPalette));
}

QIcon icon(const QString &freedesktopName)
{
    return QIcon::fromTheme(freedesktopName);
}

QIcon forEntity(Entity entity)
{
    switch (entity) {
    case Entity::Users: return icon(QStringLiteral("system-users"));
    case Entity::Sessions: return icon(QStringLiteral("smartphone"));
    case Entity::Campaigns: return icon(QStringLiteral("mail-send"));
    case Entity::Contacts: return icon(QStringLiteral("view-pim-contacts"));
    case Entity::Groups: return icon(QStringLiteral("group"));
    case Entity::Messages: return icon(QStringLiteral("mail-message"));
    }
    return {};
}

QIcon overview()
{
    return icon(QStringLiteral("office-chart-bar-stacked"));
}

QIcon health()
{
    return icon(QStringLiteral("view-statistics"));
}

QIcon application()
{
    return QIcon::fromTheme(AppId, QIcon(QStringLiteral(":/icons/app/%1.svg").arg(AppId)));
}

} // namespace IconTheme
