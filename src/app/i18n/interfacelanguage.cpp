#include "i18n/interfacelanguage.h"

#include "i18n/translations.h"

#include <QApplication>
#include <QWidget>

namespace InterfaceLanguage {

bool apply(UiLanguage language, DigitStyle digits)
{
    const bool loaded = Translations::install(language, digits);
    // Set explicitly: Qt would guess it from qtbase's catalogue only, and that may be missing.
    QGuiApplication::setLayoutDirection(UiLanguages::direction(language));
    // Widgets copy the default locale when they are created; open windows take the new one (digits and
    // date formats in their views) from here, and their children inherit it.
    if (qobject_cast<QApplication *>(QCoreApplication::instance()))
        for (QWidget *window : QApplication::topLevelWidgets())
            window->setLocale(QLocale());
    return loaded;
}

} // namespace InterfaceLanguage
