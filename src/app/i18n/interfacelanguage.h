#pragma once

#include "i18n/uilanguage.h"

/** Switches the running application's language: catalogues, default locale (digits, dates) and the
 *  layout direction, so open windows retranslate and mirror themselves without a restart. */
namespace InterfaceLanguage {

// False when WaQtor's catalogue for the language could not be loaded (the switch still happens).
bool apply(UiLanguage language, DigitStyle digits = DigitStyle::Western);

} // namespace InterfaceLanguage
