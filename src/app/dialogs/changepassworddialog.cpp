#include "dialogs/changepassworddialog.h"
#include "ui_changepassworddialog.h"

#include "accounts/accountservice.h"

ChangePasswordDialog::ChangePasswordDialog(const SignedIn &signedIn, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::ChangePasswordDialog>()), m_signedIn(signedIn)
{
    ui->setupUi(this);
    ui->errorLabel->hide();
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

void ChangePasswordDialog::accept()
{
    const auto fail = [this](const QString &text, QLineEdit *field) {
        ui->errorLabel->setText(text);
        ui->errorLabel->show();
        field->setFocus();
        field->selectAll();
    };
    if (ui->newEdit->text() != ui->repeatEdit->text())
        return fail(tr("The new password and its repetition differ."), ui->repeatEdit);
    const Status changed = AccountService(m_signedIn.database(), m_signedIn.account.email, m_signedIn.policy)
                               .changeOwnPassword(m_signedIn.account.email, ui->oldEdit->text(), ui->newEdit->text());
    if (!changed)
        return fail(changed.error().message,
                    changed.error().message.contains(QLatin1String("current")) ? ui->oldEdit : ui->newEdit);
    QDialog::accept();
}
