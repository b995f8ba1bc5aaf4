#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

/** The interface languages WaQtor ships (English is the source language, Arabic has a catalogue). */
enum class UiLanguage { English, Arabic };

/** How numbers, dates and times are written: Western digits (0-9) for data unless the user picks
 *  Arabic-Indic (٠-٩), which only the Arabic interface offers; one style per window, never mixed. */
enum class DigitStyle { Western, ArabicIndic };

/** How an interface language is named, chosen from a code or from the POSIX environment, and its locale. */
namespace UiLanguages {

QList<UiLanguage> all();

// "ar", "ar_SA", "ar-EG", "ar_SA.UTF-8@x", "en_GB" → the language; nullopt for a language we don't ship.
std::optional<UiLanguage> fromCode(const QString &code);

// gettext's order: LANGUAGE (a colon list; the first language we ship wins) unless the messages locale is
// C/POSIX, then LC_ALL, LC_MESSAGES, LANG; English when none names a language we ship.
UiLanguage fromEnvironment();

// The two-letter code used by --lang, the catalogue's file name and the saved setting.
QString code(UiLanguage language);

// The language's own name, shown untranslated so a user can find it whatever the current language.
QString nativeName(UiLanguage language);

// The locale whose date formats and plural rules go with the language and whose digits are the chosen
// style: the system's own when it speaks that language with those digits (keeping its territory), else
// en_US, ar_AE (Saudi formats and month names, Western digits) or ar_SA (Arabic-Indic digits).
QLocale locale(UiLanguage language, DigitStyle digits = DigitStyle::Western);

std::optional<DigitStyle> digitStyleFromCode(const QString &code);  // "western" / "arabic-indic"
QString digitStyleCode(DigitStyle digits);

Qt::LayoutDirection direction(UiLanguage language);

} // namespace UiLanguages
