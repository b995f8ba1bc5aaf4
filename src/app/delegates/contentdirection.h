#pragma once

#include <Qt>

class QLabel;
class QString;
class QStyleOptionViewItem;
class QWidget;

/**
 * The one rule for mixed Arabic and Latin data, in either interface language: a text runs in the
 * direction of its first strong letter (Arabic right to left, Latin left to right); a text without
 * letters (a phone, a count, an amount) runs left to right; an empty one (or a lone "—") follows the interface.
 * Cells, editors and the import preview all ask here, so no view decides it on its own.
 */
namespace ContentDirection {

Qt::LayoutDirection of(const QString &text, Qt::LayoutDirection interfaceDirection);

/** Lays a cell out in its own text's direction: aligned to that direction's start, elided at its end. */
void applyTo(QStyleOptionViewItem *option);

/**
 * Keeps line and text editors in the direction of what is typed into them. Installed once on the
 * application, it covers every dialog and wizard; password and spin-box fields are left alone, and
 * date and time fields always run left to right (their sections would otherwise swap places).
 */
void followEditors();

/** A label showing data (a name, a phone, a message): call after each setText(); rich text is read as its words. */
void applyTo(QLabel *label);

/** One editor now and as it is typed into (what followEditors() does for each editor it meets). */
void follow(QWidget *editor);

} // namespace ContentDirection
