#pragma once

#include "settings/languagepreference.h"
#include "theme/apptheme.h"

#include <QDialog>
#include <memory>

namespace Ui { class SettingsDialog; }

/** The signed-in user's own settings, applied at once: interface language and digits (remembered for
 *  their account) and the light, dark or desktop theme (remembered for this desktop user). */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const QString &accountId, const LanguageChoice &current, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    LanguageChoice languageChoice() const;
    void setLanguageChoice(const LanguageChoice &choice);
    AppTheme::Mode themeChoice() const;
    void setThemeChoice(AppTheme::Mode mode);

public slots:
    // Saves the choices and applies them to the running application; a save that fails is reported
    // (the change still applies to this session).
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillChoices();
    void updateDigitsEnabled();

    std::unique_ptr<Ui::SettingsDialog> ui;
    QString m_accountId;
};
