#pragma once

#include <QColor>
#include <QList>

class QPalette;
class QString;

/**
 * Colours that carry meaning (statuses, warnings, highlights), each a pair chosen for light and for
 * dark backgrounds, so that either reads at WCAG contrast 4.5:1 or more on the rows it is drawn on.
 * Which one is used is read from the palette in use, so a dark desktop or a forced dark theme both work.
 */
namespace StatusColours {

enum class Tone { Neutral, Accent, Progress, Warning, Success, Danger };

QList<Tone> allTones();

/** True when the palette's rows are dark (its base is darker than mid-grey). */
bool isDark(const QPalette &palette);

/** The tone's text colour for rows drawn with this palette. */
QColor text(Tone tone, const QPalette &palette);
/** The same, for code without a widget at hand (models): the application's palette. */
QColor text(Tone tone);
/** A background to mark a stretch of text (an unknown placeholder) in that tone, with text(tone) on it. */
QColor highlight(Tone tone, const QPalette &palette);

/** Campaign, message, session and contact statuses (as stored) to their tone; Neutral when unknown. */
Tone campaignTone(const QString &status);
Tone sessionTone(const QString &status);
Tone messageTone(const QString &status);
Tone contactTone(const QString &status);

/** `color: …` for a widget's style sheet. */
QString styleSheet(Tone tone, const QPalette &palette);

/**
 * Rich text written with the light colours (#b00020, #b45309, #1e7e34, …), translations included,
 * with those colours swapped for the palette's own.
 */
QString themedHtml(QString html, const QPalette &palette);

/** WCAG 2 contrast ratio between two opaque colours (1 to 21). */
double contrast(const QColor &a, const QColor &b);

} // namespace StatusColours
