#include "dialogs/connectiondialog.h"
#include "ui_connectiondialog.h"

#include "db/database.h"
#include "db/databasecreator.h"
#include "db/databaseprobe.h"
#include "theme/statuscolours.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>

ConnectionDialog::ConnectionDialog(const ConnectionSettings &settings, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::ConnectionDialog>())
{
    ui->setupUi(this);
    ui->hostEdit->setText(settings.host);
    ui->portSpin->setValue(settings.port);
    ui->nameEdit->setText(settings.databaseName);
    ui->userEdit->setText(settings.user);
    ui->passwordEdit->setText(settings.password);
    ui->sslCheck->setChecked(settings.ssl);
    connect(ui->testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(ui->createButton, &QPushButton::clicked, this, &ConnectionDialog::createDatabase);
    // An offer to create the database is about the name that was tested, not one typed since.
    for (QLineEdit *edit : {ui->hostEdit, ui->nameEdit, ui->userEdit})
        connect(edit, &QLineEdit::textEdited, ui->createButton, &QWidget::hide);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ConnectionDialog::~ConnectionDialog() = default;

ConnectionSettings ConnectionDialog::settings() const
{
    ConnectionSettings s;
    s.host = ui->hostEdit->text().trimmed();
    s.port = ui->portSpin->value();
    s.databaseName = ui->nameEdit->text().trimmed();
    s.user = ui->userEdit->text().trimmed();
    s.password = ui->passwordEdit->text();
    s.ssl = ui->sslCheck->isChecked();
    return s;
}

bool ConnectionDialog::testConnection()
{
    const QString name = QStringLiteral("waqtor-connection-test");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString text;
    bool ok = false;
    ConnectionFailure::Cause cause = ConnectionFailure::Cause::Other;
    {
        const auto db = Database::connect(settings(), name, &cause);
        ok = db.ok();
        if (ok) {
            const auto migrated = DatabaseProbe::hasWaqtorSchema(db.value());
            if (!migrated)
                text = migrated.error().message;
            else
                text = migrated.value() ? tr("Connected to %1.").arg(settings().describe())
                                        : tr("Connected to %1, but it has no WaQtor schema yet; run \"waqtor-db migrate\".").arg(settings().describe());
        } else {
            text = db.error().message;
        }
    }
    // The connection and its query are out of scope: removing it draws no "still in use" warning.
    Database::disconnect(name);
    QApplication::restoreOverrideCursor();
    showResult(text, ok);
    const bool missing = !ok && cause == ConnectionFailure::Cause::DatabaseMissing;
    if (missing)
        ui->createButton->setText(tr("&Create database \"%1\"").arg(settings().databaseName));
    ui->createButton->setVisible(missing);
    return ok;
}

bool ConnectionDialog::createDatabase()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status created = DatabaseCreator::create(settings());
    QApplication::restoreOverrideCursor();
    if (!created.ok()) {
        showResult(created.error().message, false);
        return false;
    }
    ui->createButton->hide();
    return testConnection();
}

void ConnectionDialog::showResult(const QString &text, bool ok)
{
    ui->resultLabel->setText(text);
    ui->resultLabel->setStyleSheet(
        StatusColours::styleSheet(ok ? StatusColours::Tone::Success : StatusColours::Tone::Danger, palette()));
}
