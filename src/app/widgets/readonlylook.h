#pragma once

class QWidget;

/**
 * Read-only text fields (a viewer's dialog, a row they may not change) take the window's background
 * instead of the white of a field to type in: in Qt's styles a read-only QLineEdit otherwise looks
 * exactly like an editable one. Disabled combo boxes and check boxes already look so.
 */
namespace ReadOnlyLook {

// Every read-only QLineEdit, QPlainTextEdit and QTextEdit inside `root` (root included).
void applyWithin(QWidget *root);
// Whether the field shows the read-only look (for tests).
bool shows(const QWidget *field);

} // namespace ReadOnlyLook
