#include "pages/contactspage.h"
#include "ui_contactspage.h"

#include "settings/appsettings.h"
#include "dialogs/deleteconfirmation.h"
#include "models/cellwriters.h"

#include "dialogs/contactdialog.h"
#include "repositories/contactrepository.h"
#include "importwizard/importwizard.h"
#include "db/databaseprobe.h"
#include "phone/phonenumber.h"
#include "phone/phonesearch.h"
#include "models/windowedtablemodel.h"
#include "theme/statuscolours.h"
#include "widgets/narrowingbanner.h"

#include <QAction>
#include <QBrush>
#include <QColor>
#include <QHeaderView>
#include <QDate>
#include <QItemSelectionModel>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QTableView>

namespace {

// The window's model, with custom_fields turned into short "key: value; …" text on the server (so
// a contact with a megabyte of custom data costs the window 300 characters) and readable statuses.
class ContactsModel : public WindowedTableModel
{
public:
    ContactsModel(QSqlDatabase db, QObject *parent) : WindowedTableModel(QStringLiteral("recipients"), db, parent)
    {
        m_status = fieldIndex(QStringLiteral("status"));
        m_fields = fieldIndex(QStringLiteral("custom_fields"));
        const QString fields = QStringLiteral("custom_fields");
        setColumnExpression(fields, ContactRepository::customFieldsSummaryExpression());
        setSortExpression(m_fields, ContactRepository::customFieldsSortExpression());
        setSortExpression(fieldIndex(QStringLiteral("phone_number")), ContactRepository::phoneSortExpression());
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (index.column() == m_status && (role == Qt::DisplayRole || role == Qt::ForegroundRole)) {
            const QString status = WindowedTableModel::data(index, Qt::DisplayRole).toString();
            if (role == Qt::ForegroundRole) {
                if (status == QLatin1String("blocked"))
                    return QBrush(StatusColours::text(StatusColours::Tone::Danger));
                if (status == QLatin1String("invalid"))
                    return QBrush(StatusColours::text(StatusColours::Tone::Warning));
                return WindowedTableModel::data(index, role);
            }
            return ContactRepository::statusText(status);
        }
        if (index.column() == m_fields && role == Qt::ToolTipRole)
            return WindowedTableModel::data(index, Qt::DisplayRole);
        return WindowedTableModel::data(index, role);
    }

private:
    int m_status = -1;
    int m_fields = -1;
};

// ILIKE treats % and _ as wildcards and \ as their escape: the text is matched literally.
} // namespace

ContactsPage::ContactsPage(const SignedIn &signedIn, QWidget *parent)
    : TablePage(Entity::Contacts, signedIn, parent), ui(std::make_unique<Ui::ContactsPage>())
{
    ui->setupUi(this);
    ui->statusFilter->addItem(QString(), QString());
    for (const QString &status : ContactRepository::statuses())
        ui->statusFilter->addItem(QString(), status);
    ui->searchHintLabel->hide();
    m_added = new NarrowingBanner(ui->tableView);
    connect(m_added, &NarrowingBanner::dropped, this, [this] {
        m_addedFrom.clear();
        m_addedBefore.clear();
        reload();
    });
    // The action lives on the page, so its shortcut only works while Contacts is the page shown.
    addAction(ui->importAction);
    ui->importButton->setDefaultAction(ui->importAction);
    const bool mayImport = policy().allows(Action::Insert, Entity::Contacts);
    ui->importAction->setVisible(mayImport);
    ui->importAction->setEnabled(mayImport);
    ui->importButton->setVisible(mayImport);
    connect(ui->importAction, &QAction::triggered, this, &ContactsPage::importCsv);

    auto *m = new ContactsModel(signedIn.database(), this);
    // Column numbers by name, taken before the relation renames user_id in the fetched record.
    QHash<QByteArray, int> columns;
    for (const char *name : {"id", "user_id", "phone_number", "name", "email", "custom_fields", "status", "created_at",
                             "updated_at"})
        columns.insert(name, m->fieldIndex(QLatin1String(name)));
    m->setRelation(columns.value("user_id"), QSqlRelation(QStringLiteral("users"), QStringLiteral("id"), QStringLiteral("email")));
    onLanguageChange([this, m, columns] {
        ui->retranslateUi(this);
        ui->statusFilter->setItemText(0, tr("All statuses"));
        for (int i = 1; i < ui->statusFilter->count(); ++i)
            ui->statusFilter->setItemText(i, ContactRepository::statusText(ui->statusFilter->itemData(i).toString()));
        ui->searchEdit->setToolTip(tr("A phone number (digits, +, spaces, dashes) is matched exactly, in international "
                                      "form: numbers without + or 00 are read as region %1 (setting contacts/region). "
                                      "Other text matches any part of the name or email, which is slower on very large "
                                      "contact lists: choose an owner first.").arg(AppSettings::phoneRegion()));
        const QList<QPair<const char *, QString>> headers = {
            {"phone_number", tr("Phone")}, {"name", tr("Name")},          {"email", tr("Email")},
            {"status", tr("Status")},      {"user_id", tr("Owner")},      {"custom_fields", tr("Custom fields")},
            {"created_at", tr("Created")}, {"updated_at", tr("Updated")}};
        for (const auto &h : headers)
            m->setHeaderData(columns.value(h.first), Qt::Horizontal, h.second);
        showAddedRange();
    });
    setUp({ui->tableView, ui->searchEdit, ui->statusFilter, ui->ownerFilter, ui->countLabel, ui->previousButton,
           ui->nextButton, ui->pageLabel},
          m);
    m->setFieldChoices(QStringLiteral("status"), ContactRepository::statuses());
    enableInPlaceEditing({QStringLiteral("phone_number"), QStringLiteral("name"), QStringLiteral("email"),
                          QStringLiteral("status"), QStringLiteral("user_id")},
                         CellWriters::contacts(signedIn, AppSettings::phoneRegion()));

    QHeaderView *header = ui->tableView->horizontalHeader();
    // Free-form custom fields last, where the stretched section gives them whatever width is left.
    const char *order[] = {"phone_number", "name", "email", "status", "user_id", "created_at", "custom_fields"};
    for (int visual = 0; visual < int(std::size(order)); ++visual)
        header->moveSection(header->visualIndex(columns.value(order[visual])), visual);
    ui->tableView->setColumnHidden(columns.value("id"), true);
    ui->tableView->setColumnHidden(columns.value("updated_at"), true);
    // A marketer's contacts are all their own: the owner column would say the same thing on every row.
    ui->tableView->setColumnHidden(columns.value("user_id"), !policy().seesAllOwners());
    connect(this, &TablePage::loaded, this, [this, columns, fitted = false]() mutable {
        // On the first load only: widths the user (or the saved workspace) gives afterwards stay.
        if (fitted)
            return;
        fitted = true;
        // Long emails and custom fields must not push the dates off screen.
        for (const char *column : {"email", "user_id", "name"}) {
            const int c = columns.value(column);
            ui->tableView->setColumnWidth(c, qMin(ui->tableView->columnWidth(c), 200));
        }
        // Room for the sort arrow next to the newest-first date.
        const int created = columns.value("created_at");
        ui->tableView->setColumnWidth(created, ui->tableView->fontMetrics().horizontalAdvance(
                                                   QStringLiteral("0000-00-00 00:00:00")) + 32);
    });
}

ContactsPage::~ContactsPage() = default;

bool ContactsPage::phoneTrigramIndexed()
{
    // Asked once per page: the index comes and goes only with a migration.
    if (!m_phoneTrigram) {
        const auto exists = DatabaseProbe::hasIndex(signedIn().database(), QStringLiteral("idx_recipients_phone_trgm"));
        m_phoneTrigram = exists && exists.value();
    }
    return *m_phoneTrigram;
}

bool ContactsPage::looksLikePhone(const QString &text)
{
    static const QRegularExpression phone(QStringLiteral(R"(^\+?[\p{Nd}][\p{Nd}\s\-]*$)"));
    return phone.match(text.trimmed()).hasMatch();
}

void ContactsPage::showFilter(const ContactFilter &filter)
{
    m_addedFrom = filter.addedFrom;
    m_addedBefore = filter.addedBefore;
    showAddedRange();
    showFiltered(filter.phoneNumber.isEmpty() ? filter.text : filter.phoneNumber, filter.status, filter.ownerId);
}

void ContactsPage::showAddedRange()
{
    const QDate from = QDate::fromString(m_addedFrom, Qt::ISODate);
    const QDate before = QDate::fromString(m_addedBefore, Qt::ISODate);
    const QLocale locale;
    m_added->say(from.isValid() && before.isValid()
                     ? tr("Only contacts added from %1 to %2.")
                           .arg(locale.toString(from, QLocale::ShortFormat), locale.toString(before.addDays(-1), QLocale::ShortFormat))
                     : QString());
}

void ContactsPage::applyFilters()
{
    WindowedTableModel *m = model();
    ContactFilter filter;
    const QString search = ui->searchEdit->text().trimmed();
    if (search.isEmpty()) {
        ui->searchHintLabel->hide();
    } else if (looksLikePhone(search)) {
        // A whole number matches its E.164 form exactly; part of one, the numbers containing (or,
        // without pg_trgm, starting with) it: every way index-backed.
        const auto phone = PhoneSearch::parse(search, AppSettings::phoneRegion(), phoneTrigramIndexed());
        if (!phone) {
            QString digits = search;
            digits.remove(QRegularExpression(QStringLiteral(R"([\s\-])")));
            filter.phoneNumber = digits;
            ui->searchHintLabel->setText(tr("Type at least %n digits to search phone numbers.", nullptr,
                                            PhoneSearch::MinimumDigits));
        } else if (phone->kind == PhoneSearch::Kind::Exact) {
            filter.phoneNumber = phone->value;
            ui->searchHintLabel->setText(tr("Phone number %1, exact match.").arg(phone->value));
        } else {
            filter.phonePart = phone;
            ui->searchHintLabel->setText(phone->kind == PhoneSearch::Kind::Contains
                                             ? tr("Phone numbers containing %1.").arg(phone->value)
                                             : tr("Phone numbers starting with %1.").arg(phone->value));
        }
        ui->searchHintLabel->show();
    } else {
        filter.text = search;
        ui->searchHintLabel->setText(ownerFilter().isEmpty()
                                         ? tr("Names and emails containing the text, across every owner: this can take a "
                                              "while on millions of contacts; choosing an owner is faster.")
                                         : tr("Names and emails containing the text."));
        ui->searchHintLabel->show();
    }
    filter.status = ui->statusFilter->currentData().toString();
    // For the user role the repository limits this to their own id: they never see another owner's rows.
    filter.ownerId = ownerFilter();
    filter.addedFrom = m_addedFrom;
    filter.addedBefore = m_addedBefore;
    m->setConditions(ContactRepository::conditions(filter, policy(), m->placeholder()));
}

void ContactsPage::newRecord()
{
    if (const Status s = policy().check(Action::Insert, Entity::Contacts); !s)
        return showError(s.error());
    ContactDialog dialog(signedIn(), QString(), this);
    if (dialog.exec() == QDialog::Accepted)
        showCreated(dialog.savedId(), tr("Created the contact %1.").arg(dialog.savedPhone()));
}

void ContactsPage::editCurrent()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    // Viewers get the same dialog, read-only.
    ContactDialog dialog(signedIn(), id, this);
    if (editWithUndo(id, [&dialog] { return dialog.exec() == QDialog::Accepted; })) {
        reload();
        emit statusMessage(tr("Saved the contact %1.").arg(dialog.savedPhone()));
    }
}

void ContactsPage::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    ContactRepository contacts(signedIn().database(), policy(), signedIn().account.email);
    const auto preview = contacts.previewDelete(ids);
    if (!preview)
        return showError(preview.error());
    const ContactDeleteCounts &n = preview.value();
    const QModelIndexList rows = tableView()->selectionModel()->selectedRows();
    const QString phone = rows.isEmpty() ? QString()
                                         : model()->record(rows.first().row()).value(QStringLiteral("phone_number")).toString();
    const DeleteConfirmation confirmation(
        ids.size() == 1 ? tr("Delete the contact %1?").arg(phone) : tr("Delete %Ln contacts?", nullptr, int(n.contacts)),
        tr("This also removes them from their groups: %Ln group membership(s). Messages already sent are kept. "
           "This cannot be undone.", nullptr, int(n.memberships)));
    if (!confirmation.confirmed(this, title()))
        return;
    const auto done = contacts.remove(ids);
    if (!done)
        return showError(done.error());
    reload();
    emit statusMessage(tr("Deleted %Ln contact(s) and %L1 group membership(s).", nullptr, int(done->contacts))
                           .arg(done->memberships));
}

void ContactsPage::importCsv()
{
    if (const Status s = policy().check(Action::Insert, Entity::Contacts); !s)
        return showError(s.error());
    ImportWizard wizard(signedIn(), this);
    wizard.exec();
    if (wizard.changedContacts()) {
        reload();
        const ImportCounts &n = wizard.setup().outcome->value().counts;
        emit statusMessage(tr("Imported contacts: %L1 inserted, %L2 updated, %L3 skipped, %L4 rejected.")
                               .arg(n.inserted).arg(n.updated).arg(n.skipped).arg(n.rejected));
    }
}
