#include "dialogs/contactdialog.h"
#include "widgets/readonlylook.h"
#include "i18n/displayformat.h"
#include "ui_contactdialog.h"

#include "settings/appsettings.h"
#include "groups/contactgroups.h"
#include "repositories/contactrepository.h"
#include "repositories/userrepository.h"
#include "dialogs/staleeditprompt.h"
#include "phone/phonenumber.h"
#include "delegates/textcelldelegate.h"
#include "theme/statuscolours.h"

#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>

ContactDialog::ContactDialog(const SignedIn &signedIn, const QString &id, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::ContactDialog>()), m_signedIn(signedIn), m_id(id),
      m_region(AppSettings::phoneRegion())
{
    ui->setupUi(this);
    ui->groupsList->setItemDelegate(new TextCellDelegate(ui->groupsList));
    ui->errorLabel->hide();
    ui->customFieldsNote->hide();
    ui->customFieldsLabel->setBuddy(ui->customFieldsEditor->table());
    for (const QString &status : ContactRepository::statuses())
        ui->statusCombo->addItem(ContactRepository::statusText(status), status);
    ui->phoneEdit->setPlaceholderText(tr("+966501234567, or a national number of region %1").arg(m_region));
    ui->phoneEdit->setToolTip(tr("Saved in international form (E.164). Numbers starting with + or 00 need no region; "
                                 "others are read as numbers of region %1 (setting contacts/region).").arg(m_region));

    const PermissionPolicy &policy = signedIn.policy;
    m_readOnly = !policy.allows(id.isEmpty() ? Action::Insert : Action::Edit, Entity::Contacts);
    // Only admins choose an owner; a marketer's contacts are always their own.
    const bool showOwner = policy.seesAllOwners();
    ui->ownerLabel->setVisible(showOwner);
    ui->ownerCombo->setVisible(showOwner);
    if (showOwner && !m_readOnly)
        fillOwners();

    setWindowTitle(m_readOnly ? tr("Contact") : id.isEmpty() ? tr("New contact") : tr("Edit contact"));
    connect(ui->phoneEdit, &QLineEdit::textChanged, this, &ContactDialog::updatePhoneHint);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!id.isEmpty())
        load();
    else
        fillGroups();
    // Another owner has other groups: a contact only joins groups of its own owner.
    connect(ui->ownerCombo, &QComboBox::currentIndexChanged, this, &ContactDialog::fillGroups);
    updatePhoneHint();

    if (m_readOnly) {
        for (QLineEdit *edit : {ui->phoneEdit, ui->nameEdit, ui->emailEdit})
            edit->setReadOnly(true);
        ui->statusCombo->setEnabled(false);
        ui->ownerCombo->setEnabled(false);
        ui->customFieldsEditor->setReadOnly(true);
        ReadOnlyLook::applyWithin(this);
        for (int row = 0; row < ui->groupsList->count(); ++row)
            ui->groupsList->item(row)->setFlags(ui->groupsList->item(row)->flags() & ~Qt::ItemIsUserCheckable);
        ui->buttonBox->button(QDialogButtonBox::Save)->hide();
        ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    }
}

ContactDialog::~ContactDialog() = default;

ContactRepository ContactDialog::repository() const
{
    return ContactRepository(m_signedIn.database(), m_signedIn.policy, m_signedIn.account.email);
}

QString ContactDialog::errorText() const
{
    if (ui->errorLabel->isVisibleTo(this))
        return ui->errorLabel->text();
    return m_phoneError ? ui->phoneHintLabel->text() : QString();
}

void ContactDialog::fillOwners()
{
    const QString current = ui->ownerCombo->currentData().toString();
    ui->ownerCombo->clear();
    const auto owners = UserRepository(m_signedIn.database()).ownerChoices();
    if (owners) {
        for (const OwnerChoice &owner : owners.value())
            ui->ownerCombo->addItem(owner.email, owner.id);
    } else {
        fail(owners.error().message, nullptr);
    }
    const int own = ui->ownerCombo->findData(current.isEmpty() ? m_signedIn.account.id : current);
    ui->ownerCombo->setCurrentIndex(qMax(own, 0));
}

bool ContactDialog::load()
{
    const auto contact = repository().findById(m_id);
    if (!contact) {
        fail(contact.error().message, nullptr);
        ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
        return false;
    }
    const Contact &c = contact.value();
    ui->phoneEdit->setText(c.phone);
    ui->nameEdit->setText(c.name);
    ui->emailEdit->setText(c.email);
    int status = ui->statusCombo->findData(c.status);
    if (status < 0) {
        // A status the Node server wrote that this app does not know: shown and kept as it is.
        ui->statusCombo->addItem(c.status.isEmpty() ? tr("(none)") : c.status, c.status);
        status = ui->statusCombo->count() - 1;
    }
    ui->statusCombo->setCurrentIndex(status);
    int owner = ui->ownerCombo->findData(c.ownerId);
    if (owner < 0) {
        ui->ownerCombo->addItem(c.ownerEmail, c.ownerId);
        owner = ui->ownerCombo->count() - 1;
    }
    ui->ownerCombo->setCurrentIndex(owner);
    m_hadCustomFields = !c.customFieldsJson.isEmpty();
    m_keepCustomFields = m_hadCustomFields && c.customFields.isEmpty() && !c.customFieldsJson.startsWith(u'{');
    ui->customFieldsEditor->setFields(c.customFields);
    ui->customFieldsEditor->setReadOnly(m_readOnly || m_keepCustomFields);
    ui->customFieldsNote->setVisible(m_keepCustomFields);
    if (m_keepCustomFields)
        ui->customFieldsNote->setText(tr("The custom fields are not key/value pairs (%1); they are kept as they are.")
                                          .arg(c.customFieldsJson.left(120)));
    ui->infoLabel->setText(tr("Created %1 · updated %2")
                               .arg(DisplayFormat::dateTime(c.createdAt.toWallClock(), true),
                                    DisplayFormat::dateTime(c.updatedAt.toWallClock(), true)));
    m_version = c.version;
    ui->errorLabel->hide();
    fillGroups();
    return true;
}

void ContactDialog::updatePhoneHint()
{
    const QString text = ui->phoneEdit->text().trimmed();
    m_phoneError = false;
    ui->phoneHintLabel->setStyleSheet(StatusColours::styleSheet(StatusColours::Tone::Neutral, palette()));
    if (text.isEmpty()) {
        ui->phoneHintLabel->setText(tr("Saved in international form; national numbers are read as region %1.").arg(m_region));
        return;
    }
    const auto e164 = PhoneNumber::toE164(text, m_region);
    if (!e164) {
        ui->phoneHintLabel->setText(e164.error().message);
        return;  // shown as advice while typing; only Save turns it into an error
    }
    ui->phoneHintLabel->setText(e164.value() == text ? tr("International form (E.164).")
                                                     : tr("Will be saved as %1.").arg(e164.value()));
}

void ContactDialog::fail(const QString &message, QWidget *field)
{
    if (field == ui->phoneEdit) {
        // The sentence sits right under the phone field.
        ui->errorLabel->hide();
        ui->phoneHintLabel->setText(message);
        ui->phoneHintLabel->setStyleSheet(StatusColours::styleSheet(StatusColours::Tone::Danger, palette()));
        m_phoneError = true;
    } else {
        ui->errorLabel->setText(message);
        ui->errorLabel->show();
    }
    if (field)
        field->setFocus();
}

void ContactDialog::accept()
{
    if (m_readOnly)
        return QDialog::reject();
    // Validation before any SQL, the sentence next to the field.
    if (const auto phone = PhoneNumber::toE164(ui->phoneEdit->text(), m_region); !phone)
        return fail(phone.error().message, ui->phoneEdit);
    if (const Status s = ContactRepository::checkEmail(ui->emailEdit->text()); !s)
        return fail(s.error().message, ui->emailEdit);
    const auto fields = ui->customFieldsEditor->fields();
    if (!fields)
        return fail(fields.error().message, ui->customFieldsEditor->table());
    ContactEdit edit;
    edit.id = m_id;
    edit.version = m_version;
    edit.ownerId = m_signedIn.policy.seesAllOwners() ? ui->ownerCombo->currentData().toString() : QString();
    edit.phone = ui->phoneEdit->text();
    edit.name = ui->nameEdit->text();
    edit.email = ui->emailEdit->text();
    edit.status = ui->statusCombo->currentData().toString();
    edit.keepCustomFields = m_keepCustomFields;
    if (m_groupsLoaded)
        edit.groupIds = checkedGroupIds();
    if (!fields->isEmpty() || m_hadCustomFields)
        edit.customFieldsJson = ContactRepository::toJsonObject(fields.value()).value();

    ContactRepository contacts = repository();
    auto saved = contacts.save(edit, m_region);
    if (!StaleEditPrompt::resolve(this, windowTitle(), saved, [this] { load(); },
                                  [&] { edit.version.clear(); return contacts.save(edit, m_region); }))
        return;
    if (!saved)
        return fail(saved.error().message, saved.error().kind == ErrorKind::Conflict ? ui->phoneEdit : nullptr);
    m_savedPhone = saved->phone;
    m_savedId = saved->id;
    QDialog::accept();
}

QString ContactDialog::ownerId() const
{
    // Admins choose the owner; everyone else's contacts are their own.
    if (m_signedIn.policy.seesAllOwners() && !ui->ownerCombo->currentData().toString().isEmpty())
        return ui->ownerCombo->currentData().toString();
    return m_signedIn.policy.seesAllOwners() ? m_signedIn.account.id : m_signedIn.policy.ownerScope();
}

void ContactDialog::fillGroups()
{
    ui->groupsList->clear();
    m_groupsLoaded = false;
    const auto choices = ContactGroups(m_signedIn.database(), m_signedIn.policy).choices(ownerId(), m_id);
    if (!choices) {
        ui->groupsList->addItem(choices.error().message);
        return;
    }
    for (const GroupChoice &g : choices.value()) {
        auto *item = new QListWidgetItem(g.name, ui->groupsList);
        item->setData(Qt::UserRole, g.id);
        item->setFlags(m_readOnly ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(g.member ? Qt::Checked : Qt::Unchecked);
    }
    if (choices->isEmpty())
        ui->groupsList->addItem(tr("The owner has no groups yet."));
    m_groupsLoaded = true;
}

QStringList ContactDialog::checkedGroupIds() const
{
    QStringList ids;
    for (int row = 0; row < ui->groupsList->count(); ++row) {
        const QListWidgetItem *item = ui->groupsList->item(row);
        if (item->checkState() == Qt::Checked && !item->data(Qt::UserRole).toString().isEmpty())
            ids << item->data(Qt::UserRole).toString();
    }
    return ids;
}
