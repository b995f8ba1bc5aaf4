#pragma once

#include "accounts/permissionpolicy.h"
#include "theme/apptheme.h"

#include <QIcon>
#include <QString>

/**
 * Icons by freedesktop name through QIcon::fromTheme: the desktop's icon theme first, the Breeze icons
 * bundled in the program (resources/icons) for names it lacks. A forced light or dark look (--theme)
 * uses the bundled set drawn for it, as the desktop's icons may be drawn for the other background.
 */
namespace IconTheme {

// The bundled themes' names (":/icons/<name>/index.theme").
QString bundledName(bool dark);
// Called by AppTheme::apply with the look it settled on.
void apply(AppTheme::Mode mode, bool darkPalette);

QIcon icon(const QString &freedesktopName);
QIcon forEntity(Entity entity);
QIcon overview();
QIcon health();
// The application's own icon: the installed hicolor one, else the copy compiled in.
QIcon application();

} // namespace IconTheme
