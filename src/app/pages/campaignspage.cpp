#include "pages/campaignspage.h"
#include "ui_campaignspage.h"

#include "dialogs/deleteconfirmation.h"
#include "models/cellwriters.h"

#include "delegates/campaigncelldelegate.h"
#include "dialogs/campaigndialog.h"
#include "repositories/campaignrepository.h"
#include "campaigns/campaignstatus.h"
#include "models/windowedtablemodel.h"

#include <QHeaderView>
#include <QSqlRelation>
#include <QTableView>

namespace {
// ILIKE treats % and _ as wildcards: typed text is matched literally.
constexpr int NamesListed = 8;  // the delete confirmation names this many campaigns, then counts the rest
}

CampaignsPage::CampaignsPage(const SignedIn &signedIn, QWidget *parent)
    : TablePage(Entity::Campaigns, signedIn, parent), ui(std::make_unique<Ui::CampaignsPage>())
{
    ui->setupUi(this);
    ui->statusFilter->addItem(QString(), QString());
    for (const QString &status : CampaignStatus::all())
        ui->statusFilter->addItem(QString(), status);

    auto *m = new WindowedTableModel(QStringLiteral("campaigns"), signedIn.database(), this);
    m->setWithheldColumn(QStringLiteral("metadata"));
    const auto column = [m](const char *name) { return m->fieldIndex(QLatin1String(name)); };
    // LEFT JOINs: a campaign without a session (NULL, or its session deleted) still shows, with an empty cell.
    m->setRelation(column("user_id"), QSqlRelation(QStringLiteral("users"), QStringLiteral("id"), QStringLiteral("email")));
    m->setRelation(column("session_id"),
                   QSqlRelation(QStringLiteral("whatsapp_sessions"), QStringLiteral("id"), QStringLiteral("session_name")));
    const QList<const char *> shown = {"name", "user_id", "session_id", "status", "total_recipients",
                                       "scheduled_at", "started_at", "completed_at", "created_at"};
    for (const char *name : shown)
        m_headerColumns << column(name);
    m_totalColumn = column("total_recipients");
    m_table = m;
    onLanguageChange([this] { retranslateTexts(); });
    // Before setUp(): enabling sorting already selects, and afterwards fieldIndex() no longer finds the relations.
    m_nameColumn = column("name");
    m_ownerColumn = column("user_id");
    m_sessionColumn = column("session_id");
    const CampaignCellDelegate::Columns cells{column("status"), column("total_recipients"), column("sent_count"),
                                              column("failed_count")};
    QList<int> order;
    for (const char *name : shown)
        order << column(name);
    const QList<int> hidden{column("id"), column("message_template"), column("sent_count"), column("failed_count"),
                            column("metadata"), column("updated_at")};
    // That first select must already be limited to the owner a marketer may see.
    m->setConditions(CampaignRepository::conditions({}, policy(), m->placeholder()));
    setUp({ui->tableView, ui->searchEdit, ui->statusFilter, ui->ownerFilter, ui->countLabel, ui->previousButton,
           ui->nextButton, ui->pageLabel},
          m);
    // A campaign's session is chosen among its owner's sessions only.
    m->setRelationOwnerField(m_sessionColumn, QStringLiteral("user_id"));
    enableInPlaceEditing({QStringLiteral("name"), QStringLiteral("user_id"), QStringLiteral("session_id")},
                         CellWriters::campaigns(signedIn));

    QTableView *view = ui->tableView;
    for (const int c : hidden)
        view->setColumnHidden(c, true);
    // Someone who only sees their own campaigns needs no owner column.
    view->setColumnHidden(m_ownerColumn, !policy().seesAllOwners());
    QHeaderView *header = view->horizontalHeader();
    for (int visual = 0; visual < order.size(); ++visual)
        header->moveSection(header->visualIndex(order.at(visual)), visual);
    view->setItemDelegate(new CampaignCellDelegate(cells, view));
    connect(this, &TablePage::loaded, this, &CampaignsPage::fitColumns, Qt::SingleShotConnection);
}

CampaignsPage::~CampaignsPage() = default;

void CampaignsPage::retranslateTexts()
{
    ui->retranslateUi(this);
    ui->statusFilter->setItemText(0, tr("All statuses"));
    for (int i = 1; i < ui->statusFilter->count(); ++i)
        ui->statusFilter->setItemText(i, CampaignStatus::displayName(ui->statusFilter->itemData(i).toString()));
    // In the order of m_headerColumns, found before the first select (the relations' names vanish then).
    const QStringList headers = {tr("Name"),      tr("Owner"),   tr("Session"),   tr("Status"),
                                 tr("Sent / failed / total"), tr("Scheduled"), tr("Started"), tr("Completed"),
                                 tr("Created")};
    for (int i = 0; i < headers.size(); ++i)
        m_table->setHeaderData(m_headerColumns.at(i), Qt::Horizontal, headers.at(i));
    m_table->setHeaderData(m_totalColumn, Qt::Horizontal, tr("Messages sent, failed and the recipients in total"),
                           Qt::ToolTipRole);
}

void CampaignsPage::fitColumns()
{
    // Long names and emails would push the dates off screen: cap them (the dialog shows them in full).
    QTableView *view = ui->tableView;
    for (const int c : {m_nameColumn, m_ownerColumn, m_sessionColumn})
        view->setColumnWidth(c, qMin(view->columnWidth(c), 300));
}

void CampaignsPage::applyFilters()
{
    WindowedTableModel *m = model();
    CampaignFilter filter;
    filter.text = ui->searchEdit->text().trimmed();
    filter.status = ui->statusFilter->currentData().toString();
    filter.ownerId = ownerFilter();
    m->setConditions(CampaignRepository::conditions(filter, policy(), m->placeholder()));
}

void CampaignsPage::newRecord()
{
    if (const Status allowed = policy().check(Action::Insert, Entity::Campaigns); !allowed)
        return showError(allowed.error());
    CampaignDialog dialog(signedIn(), QString(), this);
    if (dialog.exec() == QDialog::Accepted) {
        showCreated(dialog.savedId(), tr("Created the campaign \"%1\".").arg(dialog.savedName()));
    }
}

void CampaignsPage::editCurrent()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    // Viewers get the same dialog, read-only.
    CampaignDialog dialog(signedIn(), id, this);
    if (editWithUndo(id, [&dialog] { return dialog.exec() == QDialog::Accepted; })) {
        reload();
        emit statusMessage(tr("Saved the campaign \"%1\".").arg(dialog.savedName()));
    }
}

void CampaignsPage::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    if (const Status allowed = policy().check(Action::Delete, Entity::Campaigns); !allowed)
        return showError(allowed.error());
    CampaignRepository campaigns(signedIn().database(), policy(), signedIn().account.email);
    const auto found = campaigns.findByIds(ids);
    if (!found)
        return showError(found.error());
    if (found->isEmpty())
        return showError(Error::notFound(tr("The selected campaigns no longer exist; someone deleted them.")));
    QStringList names;
    int running = 0;
    for (const Campaign &c : found.value()) {
        if (names.size() < NamesListed)
            names << QStringLiteral("• %1 (%2)").arg(c.name, CampaignStatus::displayName(c.status));
        if (c.status == QLatin1String("running"))
            ++running;
    }
    const qsizetype count = found->size();
    if (count > NamesListed)
        names << tr("… and %L1 more").arg(count - NamesListed);
    QString details = names.join(u'\n') + QStringLiteral("\n\n");
    if (running > 0)
        details += (running == 1 ? tr("One of them is running: the WaQtor server is sending it right now.")
                                 : tr("%1 of them are running: the WaQtor server is sending them right now.").arg(running))
            + u'\n';
    details += tr("Messages already sent stay in the message log. This cannot be undone.");
    const DeleteConfirmation confirmation(count == 1 ? tr("Delete the campaign \"%1\"?").arg(found->first().name)
                                                     : tr("Delete these %L1 campaigns?").arg(count),
                                          details);
    if (!confirmation.confirmed(this, title()))
        return;
    QStringList foundIds;
    for (const Campaign &c : found.value())
        foundIds << c.id;
    const auto removed = campaigns.remove(foundIds);
    if (!removed)
        return showError(removed.error());
    reload();
    emit statusMessage(removed.value() == 1 ? tr("Deleted 1 campaign.") : tr("Deleted %L1 campaigns.").arg(removed.value()));
}
