#include "dialogs/userdialog.h"
#include "ui_userdialog.h"

#include "accounts/accountrules.h"
#include "accounts/accountservice.h"
#include "dialogs/staleeditprompt.h"

#include <QPushButton>

UserDialog::UserDialog(const SignedIn &signedIn, const QString &id, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::UserDialog>()), m_signedIn(signedIn), m_id(id)
{
    ui->setupUi(this);
    ui->errorLabel->hide();
    // The stored codes ("admin", "user", "viewer") stay the items' data; people read the glossary's words.
    for (const QString &role : AccountRules::roles())
        ui->roleCombo->addItem(AccountRules::roleText(role), role);
    ui->roleCombo->setCurrentIndex(ui->roleCombo->findData(QStringLiteral("user")));
    setWindowTitle(id.isEmpty() ? tr("New account") : tr("Edit account"));
    ui->passwordLabel->setText(id.isEmpty() ? tr("&Password:") : tr("New &password:"));
    ui->passwordEdit->setPlaceholderText(id.isEmpty() ? tr("8 to 72 bytes") : tr("leave empty to keep the current one"));
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!id.isEmpty())
        load();
}

UserDialog::~UserDialog() = default;

QString UserDialog::errorText() const
{
    return ui->errorLabel->isVisible() ? ui->errorLabel->text() : QString();
}

bool UserDialog::load()
{
    const auto account = UserRepository(m_signedIn.database()).findById(m_id);
    if (!account) {
        fail(account.error().message, nullptr);
        ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
        return false;
    }
    ui->emailEdit->setText(account->email);
    ui->nameEdit->setText(account->name);
    ui->roleCombo->setCurrentIndex(ui->roleCombo->findData(account->role.toLower()));
    ui->activeCheck->setChecked(account->active);
    m_version = account->version;
    return true;
}

void UserDialog::fail(const QString &message, QWidget *field)
{
    ui->errorLabel->setText(message);
    ui->errorLabel->show();
    if (field)
        field->setFocus();
}

void UserDialog::accept()
{
    // Validation before any SQL, the sentence next to the fields.
    if (const auto email = AccountRules::normaliseEmail(ui->emailEdit->text()); !email)
        return fail(email.error().message, ui->emailEdit);
    const QString password = ui->passwordEdit->text();
    if (m_id.isEmpty() || !password.isEmpty()) {
        if (const Status s = AccountRules::checkPassword(password); !s)
            return fail(s.error().message, ui->passwordEdit);
        if (password != ui->repeatEdit->text())
            return fail(tr("The password and its repetition differ."), ui->repeatEdit);
    }
    AccountEdit edit{m_id, m_version, ui->emailEdit->text(), ui->nameEdit->text(),
                     ui->roleCombo->currentData().toString(), ui->activeCheck->isChecked(), password};
    AccountService service(m_signedIn.database(), m_signedIn.account.email, m_signedIn.policy);
    auto saved = service.save(edit);
    if (!StaleEditPrompt::resolve(this, windowTitle(), saved, [this] { load(); },
                                  [&] { edit.version.clear(); return service.save(edit); }))
        return;
    if (!saved)
        return fail(saved.error().message, saved.error().kind == ErrorKind::Conflict ? ui->emailEdit : nullptr);
    m_savedEmail = saved->email;
    m_savedId = saved->id;
    QDialog::accept();
}
