#include "i18n/uilanguage.h"

#include <QtGlobal>

namespace UiLanguages {

QList<UiLanguage> all()
{
    return {UiLanguage::English, UiLanguage::Arabic};
}

std::optional<UiLanguage> fromCode(const QString &code)
{
    // Only the language part matters: territory, codeset and modifier don't change the catalogue.
    const QString language = code.trimmed().section(u'.', 0, 0).section(u'@', 0, 0)
                                 .section(u'_', 0, 0).section(u'-', 0, 0).toLower();
    if (language == QLatin1String("ar"))
        return UiLanguage::Arabic;
    if (language == QLatin1String("en"))
        return UiLanguage::English;
    return std::nullopt;
}

UiLanguage fromEnvironment()
{
    QString messages;
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        messages = qEnvironmentVariable(name);
        if (!messages.isEmpty())
            break;
    }
    // gettext ignores LANGUAGE when the messages locale is the untranslated C locale.
    const bool plainC = messages.isEmpty() || messages == QLatin1String("C") || messages == QLatin1String("POSIX")
                        || messages.startsWith(QLatin1String("C."));
    if (!plainC) {
        const QStringList preferred = qEnvironmentVariable("LANGUAGE").split(u':', Qt::SkipEmptyParts);
        for (const QString &entry : preferred)
            if (const auto language = fromCode(entry))
                return *language;
    }
    return fromCode(messages).value_or(UiLanguage::English);
}

QString code(UiLanguage language)
{
    return language == UiLanguage::Arabic ? QStringLiteral("ar") : QStringLiteral("en");
}

QString nativeName(UiLanguage language)
{
    return language == UiLanguage::Arabic ? QStringLiteral("العربية") : QStringLiteral("English");
}

QLocale locale(UiLanguage language, DigitStyle digits)
{
    const bool arabic = language == UiLanguage::Arabic;
    const QLocale::Language wanted = arabic ? QLocale::Arabic : QLocale::English;
    // English has no Arabic-Indic digits, so the choice only applies to the Arabic interface.
    const bool indic = arabic && digits == DigitStyle::ArabicIndic;
    const auto fits = [indic](const QLocale &l) { return (l.zeroDigit() == QStringLiteral("0")) != indic; };
    const QLocale system = QLocale::system();
    if (system.language() == wanted) {
        const QLocale candidate(wanted, system.territory());
        if (fits(candidate))
            return candidate;
    }
    if (!arabic)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale(QLocale::Arabic, indic ? QLocale::SaudiArabia : QLocale::UnitedArabEmirates);
}

std::optional<DigitStyle> digitStyleFromCode(const QString &code)
{
    if (code == QLatin1String("western"))
        return DigitStyle::Western;
    if (code == QLatin1String("arabic-indic"))
        return DigitStyle::ArabicIndic;
    return std::nullopt;
}

QString digitStyleCode(DigitStyle digits)
{
    return digits == DigitStyle::ArabicIndic ? QStringLiteral("arabic-indic") : QStringLiteral("western");
}

Qt::LayoutDirection direction(UiLanguage language)
{
    return language == UiLanguage::Arabic ? Qt::RightToLeft : Qt::LeftToRight;
}

} // namespace UiLanguages
