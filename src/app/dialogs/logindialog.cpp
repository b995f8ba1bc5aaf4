#include "dialogs/logindialog.h"
#include "ui_logindialog.h"

#include "dialogs/connectiondialog.h"

#include <QApplication>
#include <QPushButton>

LoginDialog::LoginDialog(const ConnectionSettings &settings, const QString &connectionName, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::LoginDialog>()), m_settings(settings), m_connectionName(connectionName)
{
    ui->setupUi(this);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    ui->errorLabel->hide();
    connect(ui->connectionButton, &QPushButton::clicked, this, &LoginDialog::editConnection);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showServer();
}

LoginDialog::~LoginDialog() = default;

QString LoginDialog::errorText() const
{
    return ui->errorLabel->isVisible() ? ui->errorLabel->text() : QString();
}

void LoginDialog::showServer()
{
    ui->serverLabel->setText(tr("Database: %1").arg(m_settings.describe()));
}

void LoginDialog::editConnection()
{
    ConnectionDialog dialog(m_settings, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_settings = dialog.settings();
        showServer();
    }
}

void LoginDialog::accept()
{
    const QString email = ui->emailEdit->text();
    if (email.trimmed().isEmpty() || ui->passwordEdit->text().isEmpty()) {
        ui->errorLabel->setText(tr("Enter your email and password."));
        ui->errorLabel->show();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto result = SignedIn::signIn(m_settings, email, ui->passwordEdit->text(), m_connectionName);
    QApplication::restoreOverrideCursor();
    if (!result) {
        ui->errorLabel->setText(result.error().message);
        ui->errorLabel->show();
        ui->passwordEdit->selectAll();
        ui->passwordEdit->setFocus();
        return;
    }
    m_signedIn = result.value();
    QDialog::accept();
}
