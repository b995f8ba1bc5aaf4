#include "dialogs/groupdialog.h"
#include "widgets/readonlylook.h"
#include "i18n/displayformat.h"
#include "ui_groupdialog.h"

#include "dialogs/staleeditprompt.h"
#include "repositories/grouprepository.h"
#include "repositories/userrepository.h"

#include <QMessageBox>
#include <QPushButton>

GroupDialog::GroupDialog(const SignedIn &signedIn, const QString &id, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::GroupDialog>()), m_signedIn(signedIn), m_id(id)
{
    ui->setupUi(this);
    ui->errorLabel->hide();
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &GroupDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (id.isEmpty()) {
        setWindowTitle(tr("New group"));
        ui->membersLabel->setText(tr("none yet"));
        ui->historyLabel->hide();
        fillOwners(signedIn.account.id, signedIn.account.email);
        setReadOnly(!signedIn.policy.allows(Action::Insert, Entity::Groups));
    } else {
        setWindowTitle(tr("Edit group"));
        load();
    }
}

GroupDialog::~GroupDialog() = default;

QString GroupDialog::errorText() const
{
    return ui->errorLabel->isVisible() ? ui->errorLabel->text() : QString();
}

void GroupDialog::setDefaultOwner(const QString &ownerId)
{
    if (!m_id.isEmpty() || ownerId.isEmpty())
        return;
    if (const int index = ui->ownerCombo->findData(ownerId); index >= 0)
        ui->ownerCombo->setCurrentIndex(index);
}

void GroupDialog::fillOwners(const QString &currentOwnerId, const QString &currentOwnerEmail)
{
    ui->ownerCombo->clear();
    // Only roles that see every owner pick one; a marketer's groups are always their own.
    if (m_signedIn.policy.seesAllOwners() && m_signedIn.policy.allows(Action::Edit, Entity::Groups)) {
        const auto owners = UserRepository(m_signedIn.database()).ownerChoices();
        if (owners) {
            for (const OwnerChoice &owner : owners.value())
                ui->ownerCombo->addItem(owner.email, owner.id);
        } else {
            fail(owners.error().message, nullptr);
        }
    }
    if (ui->ownerCombo->findData(currentOwnerId) < 0)
        ui->ownerCombo->addItem(currentOwnerEmail, currentOwnerId);
    ui->ownerCombo->setCurrentIndex(ui->ownerCombo->findData(currentOwnerId));
    ui->ownerCombo->setEnabled(ui->ownerCombo->count() > 1);
}

bool GroupDialog::load()
{
    const auto group = GroupRepository(m_signedIn.database(), m_signedIn.policy, m_signedIn.account.email).findById(m_id);
    if (!group) {
        fail(group.error().message, nullptr);
        setReadOnly(true);
        return false;
    }
    ui->nameEdit->setText(group->name);
    ui->descriptionEdit->setPlainText(group->description);
    fillOwners(group->ownerId, group->ownerEmail);
    ui->membersLabel->setText(group->memberCount == 1 ? tr("1 contact")
                                                      : tr("%L1 contacts").arg(group->memberCount));
    if (group->memberCount > 0 && ui->ownerCombo->isEnabled()) {
        // The server refuses it too: members are the owner's contacts.
        ui->ownerCombo->setEnabled(false);
        ui->ownerCombo->setToolTip(tr("A group with members stays with the owner of those contacts."));
    }
    ui->historyLabel->setText(tr("Created %1 · updated %2")
                                  .arg(DisplayFormat::dateTime(group->createdAt.toWallClock()),
                                       DisplayFormat::dateTime(group->updatedAt.toWallClock())));
    m_version = group->version;
    setReadOnly(!m_signedIn.policy.allowsOnRow(Action::Edit, Entity::Groups, group->ownerId));
    ui->errorLabel->hide();
    return true;
}

void GroupDialog::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    ui->nameEdit->setReadOnly(readOnly);
    ui->descriptionEdit->setReadOnly(readOnly);
    if (readOnly)
        ui->ownerCombo->setEnabled(false);
    ui->buttonBox->button(QDialogButtonBox::Save)->setVisible(!readOnly);
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(readOnly ? tr("&Close") : tr("&Cancel"));
    if (readOnly && !m_id.isEmpty())
        setWindowTitle(tr("Group (read-only)"));
    if (readOnly)
        ReadOnlyLook::applyWithin(this);
}

void GroupDialog::fail(const QString &message, QWidget *field)
{
    ui->errorLabel->setText(message);
    ui->errorLabel->show();
    if (field)
        field->setFocus();
}

void GroupDialog::accept()
{
    if (m_readOnly)
        return;
    // Validation before any SQL, the sentence next to the fields.
    const auto name = GroupRepository::normaliseName(ui->nameEdit->text());
    if (!name)
        return fail(name.error().message, ui->nameEdit);
    GroupEdit edit{m_id, m_version, ui->ownerCombo->currentData().toString(), name.value(),
                   ui->descriptionEdit->toPlainText()};
    GroupRepository groups(m_signedIn.database(), m_signedIn.policy, m_signedIn.account.email);
    auto saved = groups.save(edit);
    if (!StaleEditPrompt::resolve(this, windowTitle(), saved, [this] { load(); },
                                  [&] { edit.version.clear(); return groups.save(edit); }))
        return;
    if (!saved)
        return fail(saved.error().message, saved.error().kind == ErrorKind::Conflict ? ui->nameEdit : nullptr);
    m_savedId = saved->id;
    m_savedName = saved->name;
    QDialog::accept();
}
