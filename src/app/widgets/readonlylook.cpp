#include "widgets/readonlylook.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace {

const char *const LookProperty = "waqtorReadOnlyLook";

bool isReadOnly(const QWidget *w)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(w))
        return line->isReadOnly();
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(w))
        return plain->isReadOnly();
    if (const auto *rich = qobject_cast<const QTextEdit *>(w))
        return rich->isReadOnly();
    return false;
}

void apply(QWidget *field)
{
    // Taken from the palette in use, so a dark theme gets its own window colour. A theme switch
    // happens in Settings, never while another dialog is open.
    QPalette palette = field->palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Window));
    field->setPalette(palette);
    field->setProperty(LookProperty, true);
}

} // namespace

namespace ReadOnlyLook {

void applyWithin(QWidget *root)
{
    if (isReadOnly(root))
        apply(root);
    for (QWidget *w : root->findChildren<QWidget *>())
        if (isReadOnly(w))
            apply(w);
}

bool shows(const QWidget *field)
{
    return field->property(LookProperty).toBool()
        && field->palette().color(QPalette::Base) == field->palette().color(QPalette::Window);
}

} // namespace ReadOnlyLook
