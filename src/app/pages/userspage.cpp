#include "pages/userspage.h"
#include "ui_userspage.h"

#include "dialogs/deleteconfirmation.h"
#include "models/cellwriters.h"
#include "accounts/accountrules.h"

#include "accounts/accountservice.h"
#include "dialogs/userdialog.h"
#include "models/windowedtablemodel.h"
#include "repositories/userrepository.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>

UsersPage::UsersPage(const SignedIn &signedIn, QWidget *parent)
    : TablePage(Entity::Users, signedIn, parent), ui(std::make_unique<Ui::UsersPage>())
{
    ui->setupUi(this);
    for (const char *role : {"", "admin", "user", "viewer"})
        ui->roleFilter->addItem(QString(), QLatin1String(role));
    for (const char *active : {"", "true", "false"})
        ui->statusFilter->addItem(QString(), QLatin1String(active));

    auto *m = new WindowedTableModel(QStringLiteral("users"), signedIn.database(), this);
    m->setWithheldColumn(QStringLiteral("password_hash"));
    onLanguageChange([this, m] {
        ui->retranslateUi(this);
        const QStringList roles = {tr("All roles"), tr("Admins"), tr("Users"), tr("Viewers")};
        for (int i = 0; i < roles.size(); ++i)
            ui->roleFilter->setItemText(i, roles.at(i));
        const QStringList states = {tr("Active and inactive"), tr("Active"), tr("Inactive")};
        for (int i = 0; i < states.size(); ++i)
            ui->statusFilter->setItemText(i, states.at(i));
        const QList<QPair<const char *, QString>> headers = {
            {"email", tr("Email")}, {"name", tr("Name")}, {"role", tr("Role")}, {"is_active", tr("Active")},
            {"last_login_at", tr("Last sign-in")}, {"created_at", tr("Created")}, {"updated_at", tr("Updated")}};
        for (const auto &h : headers)
            m->setHeaderData(m->fieldIndex(QLatin1String(h.first)), Qt::Horizontal, h.second);
    });
    setUp({ui->tableView, ui->searchEdit, ui->statusFilter, nullptr, ui->countLabel, ui->previousButton,
           ui->nextButton, ui->pageLabel},
          m);
    m->setFieldChoices(QStringLiteral("role"), AccountRules::roles());
    enableInPlaceEditing({QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("is_active")},
                         CellWriters::users(signedIn));
    connect(ui->roleFilter, &QComboBox::currentIndexChanged, this, &UsersPage::reload);
    for (const char *hidden : {"id", "password_hash", "updated_at"})
        ui->tableView->setColumnHidden(m->fieldIndex(QLatin1String(hidden)), true);
}

UsersPage::~UsersPage() = default;

void UsersPage::applyFilters()
{
    WindowedTableModel *m = model();
    UserFilter filter;
    filter.text = ui->searchEdit->text().trimmed();
    filter.role = ui->roleFilter->currentData().toString();
    filter.active = ui->statusFilter->currentData().toString();
    m->setConditions(UserRepository::conditions(filter, m->placeholder()));
}

void UsersPage::newRecord()
{
    UserDialog dialog(signedIn(), QString(), this);
    if (dialog.exec() == QDialog::Accepted)
        showCreated(dialog.savedId(), tr("Created %1.").arg(dialog.savedEmail()));
}

void UsersPage::editCurrent()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    UserDialog dialog(signedIn(), id, this);
    if (editWithUndo(id, [&dialog] { return dialog.exec() == QDialog::Accepted; })) {
        reload();
        emit statusMessage(tr("Saved %1.").arg(dialog.savedEmail()));
    }
}

void UsersPage::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1) {
        QMessageBox::information(this, title(), tr("Select one account to deactivate or delete."));
        return;
    }
    UserRepository users(signedIn().database());
    const auto account = users.findById(ids.first());
    if (!account)
        return showError(account.error());
    AccountService service(signedIn().database(), signedIn().account.email, signedIn().policy);
    const auto preview = service.previewDelete(account->email);
    if (!preview)
        return showError(preview.error());
    const CascadeCounts &n = preview.value();
    DeleteConfirmation confirmation(
        tr("Deactivate %1, or delete the account for good?").arg(account->email),
        tr("Deactivating keeps everything and stops sign-in. Deleting also removes, for good:\n"
           "%L1 WhatsApp sessions, %L2 messages, %L3 campaigns,\n%L4 contacts, %L5 groups and %L6 group memberships.")
            .arg(n.sessions).arg(n.messages).arg(n.campaigns).arg(n.contacts).arg(n.groups).arg(n.memberships));
    confirmation.setAlternative(tr("&Deactivate"), tr("Delete &permanently"));
    const DeleteConfirmation::Choice choice = confirmation.ask(this, title());
    if (choice == DeleteConfirmation::Choice::Alternative) {
        const auto done = service.setActive(account->email, false);
        if (!done)
            return showError(done.error());
        emit statusMessage(tr("Deactivated %1.").arg(account->email));
    } else if (choice == DeleteConfirmation::Choice::Delete) {
        const auto done = service.deleteUser(account->email);
        if (!done)
            return showError(done.error());
        emit statusMessage(tr("Deleted %1 and everything it owned.").arg(account->email));
    } else {
        return;
    }
    reload();
}
