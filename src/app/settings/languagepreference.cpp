#include "settings/languagepreference.h"

#include <QCoreApplication>
#include <QSettings>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LanguagePreference)
};

QString group(const QString &accountId)
{
    return QStringLiteral("accounts/%1").arg(accountId);
}

} // namespace

LanguageChoice LanguagePreference::load(const QString &accountId)
{
    QSettings settings;
    settings.beginGroup(group(accountId));
    LanguageChoice choice;
    // Anything unreadable (an older or hand-edited file) falls back to the defaults, never an error.
    choice.language = UiLanguages::fromCode(settings.value(QStringLiteral("language")).toString());
    choice.digits = UiLanguages::digitStyleFromCode(settings.value(QStringLiteral("digits")).toString())
                        .value_or(DigitStyle::Western);
    return choice;
}

Status LanguagePreference::save(const QString &accountId, const LanguageChoice &choice)
{
    QSettings settings;
    settings.beginGroup(group(accountId));
    settings.setValue(QStringLiteral("language"),
                      choice.language ? UiLanguages::code(*choice.language) : QStringLiteral("system"));
    settings.setValue(QStringLiteral("digits"), UiLanguages::digitStyleCode(choice.digits));
    settings.endGroup();
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return Error::invalid(Tr::tr("Could not save your settings to %1; check that the file can be written. "
                                     "The change applies to this session only.")
                                  .arg(settings.fileName()));
    return {};
}
