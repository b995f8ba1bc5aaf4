#pragma once

#include <QPalette>
#include <QString>

#include <optional>

/**
 * Light or dark: the desktop's choice by default, or forced by `--theme`, WAQTOR_THEME or the
 * remembered Appearance setting. Forced themes use the Fusion style, whose colours come from the palette.
 */
namespace AppTheme {

enum class Mode { System, Light, Dark };

std::optional<Mode> modeByName(const QString &name);  // "system", "light", "dark"
QString name(Mode mode);

QPalette lightPalette();
QPalette darkPalette();

/** The mode to start in: `commandLine` if given, else WAQTOR_THEME, else the remembered one, else System. */
Mode startupMode(const QString &commandLine);

/** Applies the mode to the running application; widgets repaint with the new palette. */
void apply(Mode mode);

/** The style in use ("fusion", the desktop's), seen through the app's JoinedMnemonicStyle. */
QString styleName();

/** The user's remembered Appearance choice (per user, in the application's settings). */
Mode remembered();
void remember(Mode mode);

} // namespace AppTheme
