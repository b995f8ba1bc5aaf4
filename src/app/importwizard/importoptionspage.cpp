#include "importwizard/importoptionspage.h"
#include "ui_importoptionspage.h"

#include "groups/contactgroups.h"
#include "import/rejectionfile.h"
#include "repositories/grouprepository.h"
#include "importwizard/importwizard.h"
#include "repositories/userrepository.h"
#include "delegates/textcelldelegate.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QListWidget>

namespace {

constexpr int IsNewRole = Qt::UserRole + 1;  // a group typed here, created when the import runs
constexpr int EmailRole = Qt::UserRole + 1;  // the owner combo's email, whatever its text says

} // namespace

ImportOptionsPage::ImportOptionsPage(ImportWizard *wizard)
    : QWizardPage(wizard), ui(std::make_unique<Ui::ImportOptionsPage>()), m_wizard(wizard)
{
    ui->setupUi(this);
    ui->groupsList->setItemDelegate(new TextCellDelegate(ui->groupsList));
    // Once the import starts there is no going back: the next pages report on what was done.
    setCommitPage(true);
    ui->messageLabel->hide();
    fillOwners();
    connect(ui->ownerCombo, &QComboBox::currentIndexChanged, this, &ImportOptionsPage::loadGroups);
    connect(ui->newGroupEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { ui->addGroupButton->setEnabled(!text.trimmed().isEmpty()); });
    connect(ui->newGroupEdit, &QLineEdit::returnPressed, this, &ImportOptionsPage::addTypedGroup);
    connect(ui->addGroupButton, &QPushButton::clicked, this, &ImportOptionsPage::addTypedGroup);
    connect(ui->updateRadio, &QRadioButton::toggled, this, &ImportOptionsPage::updateButtons);
    connect(ui->dryRunCheck, &QCheckBox::toggled, this, &ImportOptionsPage::updateButtons);
    connect(ui->errorsBrowseButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Write rejected rows to"), ui->errorsEdit->text(),
                                                          tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            ui->errorsEdit->setText(QDir::toNativeSeparators(path));
    });
    loadGroups();
    updateButtons();
}

ImportOptionsPage::~ImportOptionsPage() = default;

void ImportOptionsPage::fillOwners()
{
    const SignedIn &signedIn = m_wizard->signedIn();
    ui->ownerCombo->addItem(signedIn.account.email, signedIn.account.id);
    ui->ownerCombo->setItemData(0, signedIn.account.email, EmailRole);
    // A user's contacts are always their own; an admin may import for any account.
    if (!signedIn.policy.seesAllOwners()) {
        ui->ownerCombo->setEnabled(false);
        ui->ownerCombo->setToolTip(tr("Your role imports contacts for your own account only."));
        return;
    }
    const auto accounts = UserRepository(signedIn.database()).list();
    if (!accounts) {
        ui->messageLabel->setText(accounts.error().message);
        ui->messageLabel->show();
        return;
    }
    for (const Account &a : accounts.value()) {
        if (a.id == signedIn.account.id)
            continue;
        ui->ownerCombo->addItem(a.active ? a.email : tr("%1 (deactivated)").arg(a.email), a.id);
        ui->ownerCombo->setItemData(ui->ownerCombo->count() - 1, a.email, EmailRole);
    }
}

void ImportOptionsPage::loadGroups()
{
    // Groups typed by hand stay; the owner's existing groups are those of the owner now chosen.
    QStringList typed, ticked;
    for (int row = 0; row < ui->groupsList->count(); ++row) {
        const QListWidgetItem *item = ui->groupsList->item(row);
        if (item->data(IsNewRole).toBool())
            typed << item->text();
        if (item->checkState() == Qt::Checked)
            ticked << item->text();
    }
    ui->groupsList->clear();
    const auto groups = ContactGroups(m_wizard->signedIn().database(), m_wizard->signedIn().policy)
                            .choices(ui->ownerCombo->currentData().toString(), QString());
    if (!groups) {
        ui->messageLabel->setText(groups.error().message);
        ui->messageLabel->show();
    }
    for (const GroupChoice &g : groups ? groups.value() : QList<GroupChoice>()) {
        auto *item = new QListWidgetItem(g.name, ui->groupsList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(g.name) ? Qt::Checked : Qt::Unchecked);
    }
    for (const QString &name : std::as_const(typed))
        chooseGroup(name);
}

void ImportOptionsPage::chooseGroup(const QString &name)
{
    const QString trimmed = name.trimmed();
    for (int row = 0; row < ui->groupsList->count(); ++row) {
        QListWidgetItem *item = ui->groupsList->item(row);
        // Names are unique per owner ignoring case, as the importer matches them.
        if (item->text().compare(trimmed, Qt::CaseInsensitive) == 0) {
            item->setCheckState(Qt::Checked);
            return;
        }
    }
    auto *item = new QListWidgetItem(trimmed, ui->groupsList);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    item->setData(IsNewRole, true);
    item->setToolTip(tr("A new group: created when the import runs."));
    QFont font = item->font();
    font.setItalic(true);
    item->setFont(font);
}

void ImportOptionsPage::addTypedGroup()
{
    const auto name = GroupRepository::normaliseName(ui->newGroupEdit->text());
    if (!name) {
        ui->messageLabel->setText(name.error().message);
        ui->messageLabel->show();
        return;
    }
    ui->messageLabel->hide();
    chooseGroup(name.value());
    ui->newGroupEdit->clear();
}

void ImportOptionsPage::updateButtons()
{
    // Unblocking is something an update does; skipped rows change nothing.
    ui->allowUnblockCheck->setEnabled(ui->updateRadio->isChecked());
    if (!ui->updateRadio->isChecked())
        ui->allowUnblockCheck->setChecked(false);
    setButtonText(QWizard::CommitButton, ui->dryRunCheck->isChecked() ? tr("&Check") : tr("&Import"));
}

void ImportOptionsPage::initializePage()
{
    // The error file defaults to NAME-errors.csv next to the source, until the user says otherwise.
    const QString source = m_wizard->setup().path;
    if (source != m_source) {
        const QFileInfo info(source);
        ui->errorsEdit->setText(QDir::toNativeSeparators(info.dir().filePath(info.completeBaseName() + QStringLiteral("-errors.csv"))));
        m_source = source;
    }
    updateButtons();
}

bool ImportOptionsPage::validatePage()
{
    const auto fail = [this](const QString &message) {
        ui->messageLabel->setText(message);
        ui->messageLabel->show();
        return false;
    };
    ImportSetup &setup = m_wizard->setup();
    ImportOptions &o = setup.options;
    o.ownerId = ui->ownerCombo->currentData().toString();
    o.ownerEmail = ownerEmail();
    if (const Status s = m_wizard->signedIn().policy.check(Action::Insert, Entity::Contacts, o.ownerId); !s)
        return fail(s.error().message);
    o.groups = chosenGroups();
    o.region = setup.region;
    o.onDuplicate = ui->updateRadio->isChecked() ? DuplicatePolicy::Update : DuplicatePolicy::Skip;
    o.allowUnblock = ui->updateRadio->isChecked() && ui->allowUnblockCheck->isChecked();
    o.dryRun = ui->dryRunCheck->isChecked();
    o.sourceName = setup.path;
    o.errorsPath = errorsPath();
    if (const Status s = RejectionFile::checkPaths(o.errorsPath, setup.path); !s)
        return fail(s.error().message);
    ui->messageLabel->hide();
    return true;
}

bool ImportOptionsPage::setOwner(const QString &email)
{
    for (int i = 0; i < ui->ownerCombo->count(); ++i) {
        if (ui->ownerCombo->itemData(i, EmailRole).toString().compare(email, Qt::CaseInsensitive) == 0) {
            ui->ownerCombo->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

QString ImportOptionsPage::ownerEmail() const
{
    return ui->ownerCombo->currentData(EmailRole).toString();
}

QStringList ImportOptionsPage::groupNames() const
{
    QStringList names;
    for (int row = 0; row < ui->groupsList->count(); ++row)
        names << ui->groupsList->item(row)->text();
    return names;
}

QStringList ImportOptionsPage::chosenGroups() const
{
    QStringList names;
    for (int row = 0; row < ui->groupsList->count(); ++row)
        if (ui->groupsList->item(row)->checkState() == Qt::Checked)
            names << ui->groupsList->item(row)->text();
    return names;
}

void ImportOptionsPage::setDuplicatePolicy(DuplicatePolicy policy, bool allowUnblock)
{
    (policy == DuplicatePolicy::Update ? ui->updateRadio : ui->skipRadio)->setChecked(true);
    ui->allowUnblockCheck->setChecked(allowUnblock);
}

void ImportOptionsPage::setDryRun(bool dryRun) { ui->dryRunCheck->setChecked(dryRun); }
void ImportOptionsPage::setErrorsPath(const QString &path) { ui->errorsEdit->setText(path); }
QString ImportOptionsPage::errorsPath() const { return QDir::fromNativeSeparators(ui->errorsEdit->text().trimmed()); }
