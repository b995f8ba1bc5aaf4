#pragma once

#include "foundation/result.h"
#include "i18n/uilanguage.h"

#include <optional>

/** What one user chose in Settings: a language (or the system's), and the digits data is written in. */
struct LanguageChoice
{
    std::optional<UiLanguage> language;  // nullopt: follow the system locale
    DigitStyle digits = DigitStyle::Western;

    UiLanguage effectiveLanguage() const { return language.value_or(UiLanguages::fromEnvironment()); }
    bool operator==(const LanguageChoice &o) const { return language == o.language && digits == o.digits; }
};

/** Remembers each signed-in account's LanguageChoice in the user's QSettings, keyed by the account's id
 *  (several people may share one desktop login but sign in as different WaQtor accounts). */
class LanguagePreference
{
public:
    static LanguageChoice load(const QString &accountId);
    static Status save(const QString &accountId, const LanguageChoice &choice);
};
