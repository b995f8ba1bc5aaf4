#pragma once

#include "i18n/uilanguage.h"

/** Installs one interface language into the running application: WaQtor's catalogue, Qt's own (qtbase, so
 *  standard buttons and dialogs follow) and the default locale. Installing sends LanguageChange to every
 *  widget, which is how an open window retranslates itself without a restart. */
class Translations
{
public:
    // True when every catalogue the language needs was found (English needs none). Qt's own catalogue is
    // optional: without qt6-translations-l10n the app still runs, with Qt's buttons in English.
    static bool install(UiLanguage language, DigitStyle digits = DigitStyle::Western);
    static UiLanguage current();
    static DigitStyle currentDigits();
    // Whether Qt's own catalogue for the current language was loaded (always true for English).
    static bool qtCatalogueLoaded();
};
