#include "dialogs/settingsdialog.h"
#include "ui_settingsdialog.h"

#include "i18n/interfacelanguage.h"

#include <QComboBox>
#include <QEvent>
#include <QMessageBox>

SettingsDialog::SettingsDialog(const QString &accountId, const LanguageChoice &current, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::SettingsDialog>()), m_accountId(accountId)
{
    ui->setupUi(this);
    fillChoices();
    setLanguageChoice(current);
    setThemeChoice(AppTheme::remembered());
    connect(ui->languageCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateDigitsEnabled);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillChoices()
{
    const QVariant language = ui->languageCombo->currentData();
    const QVariant digits = ui->digitsCombo->currentData();
    const QVariant theme = ui->themeCombo->currentData();
    ui->languageCombo->clear();
    ui->languageCombo->addItem(tr("System default (%1)").arg(UiLanguages::nativeName(UiLanguages::fromEnvironment())),
                               QString());
    // Each language in its own name, so it can be found whatever the current one is.
    for (UiLanguage l : UiLanguages::all())
        ui->languageCombo->addItem(UiLanguages::nativeName(l), UiLanguages::code(l));
    ui->digitsCombo->clear();
    ui->digitsCombo->addItem(tr("Western (0123456789)"), UiLanguages::digitStyleCode(DigitStyle::Western));
    ui->digitsCombo->addItem(tr("Arabic-Indic (٠١٢٣٤٥٦٧٨٩)"), UiLanguages::digitStyleCode(DigitStyle::ArabicIndic));
    ui->themeCombo->clear();
    ui->themeCombo->addItem(tr("Follow the desktop"), AppTheme::name(AppTheme::Mode::System));
    ui->themeCombo->addItem(tr("Light"), AppTheme::name(AppTheme::Mode::Light));
    ui->themeCombo->addItem(tr("Dark"), AppTheme::name(AppTheme::Mode::Dark));
    if (theme.isValid())
        ui->themeCombo->setCurrentIndex(qMax(0, ui->themeCombo->findData(theme)));
    if (language.isValid())
        ui->languageCombo->setCurrentIndex(qMax(0, ui->languageCombo->findData(language)));
    if (digits.isValid())
        ui->digitsCombo->setCurrentIndex(qMax(0, ui->digitsCombo->findData(digits)));
}

LanguageChoice SettingsDialog::languageChoice() const
{
    LanguageChoice choice;
    choice.language = UiLanguages::fromCode(ui->languageCombo->currentData().toString());
    choice.digits = UiLanguages::digitStyleFromCode(ui->digitsCombo->currentData().toString()).value_or(DigitStyle::Western);
    return choice;
}

void SettingsDialog::setLanguageChoice(const LanguageChoice &choice)
{
    ui->languageCombo->setCurrentIndex(
        qMax(0, ui->languageCombo->findData(choice.language ? UiLanguages::code(*choice.language) : QString())));
    ui->digitsCombo->setCurrentIndex(qMax(0, ui->digitsCombo->findData(UiLanguages::digitStyleCode(choice.digits))));
    updateDigitsEnabled();
}

AppTheme::Mode SettingsDialog::themeChoice() const
{
    return AppTheme::modeByName(ui->themeCombo->currentData().toString()).value_or(AppTheme::Mode::System);
}

void SettingsDialog::setThemeChoice(AppTheme::Mode mode)
{
    ui->themeCombo->setCurrentIndex(qMax(0, ui->themeCombo->findData(AppTheme::name(mode))));
}

void SettingsDialog::updateDigitsEnabled()
{
    // English has no Arabic-Indic digits: the choice only matters for the Arabic interface.
    ui->digitsCombo->setEnabled(languageChoice().effectiveLanguage() == UiLanguage::Arabic);
}

void SettingsDialog::accept()
{
    const LanguageChoice choice = languageChoice();
    const AppTheme::Mode theme = themeChoice();
    // Both go to the same settings file: the theme first, so the language's checked save covers it too.
    AppTheme::remember(theme);
    const Status saved = LanguagePreference::save(m_accountId, choice);
    AppTheme::apply(theme);
    InterfaceLanguage::apply(choice.effectiveLanguage(), choice.digits);
    if (!saved)
        QMessageBox::warning(this, windowTitle(), saved.error().message);
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        fillChoices();
    }
    QDialog::changeEvent(event);
}
