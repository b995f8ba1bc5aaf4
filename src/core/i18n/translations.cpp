#include "i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace {

struct Installed
{
    UiLanguage language = UiLanguage::English;
    DigitStyle digits = DigitStyle::Western;
    std::unique_ptr<QTranslator> waqtor;
    std::unique_ptr<QTranslator> qt;
    bool qtLoaded = true;
};

Installed &installed()
{
    static Installed state;
    return state;
}

std::unique_ptr<QTranslator> loaded(const QString &file, const QString &directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(file, directory))
        return nullptr;
    return translator;
}

} // namespace

bool Translations::install(UiLanguage language, DigitStyle digits)
{
    Installed &state = installed();
    // Removing first means a switch back to English leaves no stale catalogue behind.
    if (state.waqtor)
        QCoreApplication::removeTranslator(state.waqtor.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.waqtor.reset();
    state.qt.reset();
    state.language = language;
    state.digits = digits;
    state.qtLoaded = true;
    // The default locale is what %L1, QLocale() and item views format with, so one setting keeps every
    // number and date of the window in the same digits.
    QLocale::setDefault(UiLanguages::locale(language, digits));
    if (language == UiLanguage::English)
        return true;

    const QString code = UiLanguages::code(language);
    state.qt = loaded(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    state.qtLoaded = state.qt != nullptr;
    if (state.qt)
        QCoreApplication::installTranslator(state.qt.get());
    // Installed last so WaQtor's own wording wins over Qt's where both translate a string.
    state.waqtor = loaded(QStringLiteral("waqtor-admin_") + code, QStringLiteral(":/i18n"));
    if (state.waqtor)
        QCoreApplication::installTranslator(state.waqtor.get());
    return state.waqtor != nullptr;
}

UiLanguage Translations::current()
{
    return installed().language;
}

DigitStyle Translations::currentDigits()
{
    return installed().digits;
}

bool Translations::qtCatalogueLoaded()
{
    return installed().qtLoaded;
}
