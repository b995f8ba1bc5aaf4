#include "pages/groupspage.h"
#include "ui_groupspage.h"

#include "dialogs/deleteconfirmation.h"
#include "models/cellwriters.h"

#include "dialogs/groupdialog.h"
#include "models/groupsmodel.h"
#include "repositories/grouprepository.h"
#include "dialogs/membershipdialog.h"

#include <QAction>

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>

GroupsPage::GroupsPage(const SignedIn &signedIn, QWidget *parent)
    : TablePage(Entity::Groups, signedIn, parent), ui(std::make_unique<Ui::GroupsPage>())
{
    ui->setupUi(this);
    m_model = new GroupsModel(signedIn.database(), this);
    // Column numbers before the first select: the relation renames user_id in the fetched record.
    QList<int> columns;
    for (const char *name : {"name", "user_id", "description", "created_at", "updated_at"})
        columns << m_model->fieldIndex(QLatin1String(name));
    onLanguageChange([this, columns] {
        ui->retranslateUi(this);
        const QStringList headers = {tr("Name"), tr("Owner"), tr("Description"), tr("Created"), tr("Updated")};
        for (int i = 0; i < headers.size(); ++i)
            m_model->setHeaderData(columns.at(i), Qt::Horizontal, headers.at(i));
    });
    setUp({ui->tableView, ui->searchEdit, nullptr, ui->ownerFilter, ui->countLabel, ui->previousButton,
           ui->nextButton, ui->pageLabel},
          m_model);
    enableInPlaceEditing({QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("user_id")},
                         CellWriters::groups(signedIn));
    ui->tableView->setColumnHidden(m_model->fieldIndex(QStringLiteral("id")), true);
    // A marketer only ever sees their own groups: an owner column would repeat their email.
    ui->tableView->setColumnHidden(m_model->ownerColumn(), !policy().seesAllOwners());
    // reload() hides every column past the table's own; the member count is ours to show again.
    connect(this, &TablePage::loaded, this, &GroupsPage::arrangeColumns);
    // Members… from the button or the table's context menu (after Copy, Edit… and Delete…); double-click stays Edit.
    ui->membersButton->setEnabled(false);
    connect(ui->membersButton, &QPushButton::clicked, this, &GroupsPage::editMembers);
    auto *members = new QAction(ui->tableView);
    onLanguageChange([members] { members->setText(tr("&Members…")); });
    members->setObjectName(QStringLiteral("membersAction"));
    connect(members, &QAction::triggered, this, &GroupsPage::editMembers);
    ui->tableView->addAction(members);
    connect(this, &TablePage::selectionChanged, this, [this] { ui->membersButton->setEnabled(!currentId().isEmpty()); });
}

GroupsPage::~GroupsPage() = default;

void GroupsPage::arrangeColumns()
{
    QTableView *view = ui->tableView;
    const int members = m_model->membersColumn();
    view->setColumnHidden(members, false);
    if (!m_arranged)
        arrangeOnce();
    // Lay out now, so the stretched description and the scroll range agree before the next paint.
    view->doItemsLayout();
}

void GroupsPage::arrangeOnce()
{
    m_arranged = true;
    QTableView *view = ui->tableView;
    const int members = m_model->membersColumn();
    // Name, owner, members, created, updated, and the description last, taking the rest of the width.
    QHeaderView *header = view->horizontalHeader();
    const QList<int> order = {m_model->fieldIndex(QStringLiteral("name")), m_model->ownerColumn(),
                              members, m_model->fieldIndex(QStringLiteral("created_at")),
                              m_model->fieldIndex(QStringLiteral("updated_at")),
                              m_model->fieldIndex(QStringLiteral("description"))};
    for (int visual = 0; visual < order.size(); ++visual)
        header->moveSection(header->visualIndex(order.at(visual)), visual + 1);  // 0 stays the hidden id
    view->resizeColumnsToContents();
    const int charWidth = view->fontMetrics().averageCharWidth();
    view->setColumnWidth(order.at(0), qBound(16 * charWidth, view->columnWidth(order.at(0)), 40 * charWidth));
    view->setColumnWidth(order.at(1), qBound(16 * charWidth, view->columnWidth(order.at(1)), 32 * charWidth));
    view->setColumnWidth(members, qMax(view->columnWidth(members), 10 * charWidth));
    // The description takes whatever width is left, never more: no sideways scrolling for it.
    // (A stretched last section would keep its width-to-contents as a floor.)
    header->setStretchLastSection(false);
    header->setSectionResizeMode(order.last(), QHeaderView::Stretch);
}

void GroupsPage::applyFilters()
{
    GroupFilter filter;
    filter.text = ui->searchEdit->text().trimmed();
    filter.ownerId = ownerFilter();
    m_model->setConditions(GroupRepository::conditions(filter, policy(), m_model->placeholder()));
}

void GroupsPage::selectGroup(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    ui->tableView->selectRow(row);
    ui->tableView->scrollTo(m_model->index(row, m_model->fieldIndex(QStringLiteral("name"))));
}

void GroupsPage::newRecord()
{
    if (const Status allowed = policy().check(Action::Insert, Entity::Groups); !allowed)
        return showError(allowed.error());
    GroupDialog dialog(signedIn(), QString(), this);
    dialog.setDefaultOwner(ownerFilter());
    if (dialog.exec() != QDialog::Accepted)
        return;
    showCreated(dialog.savedId(), tr("Created the group %1.").arg(dialog.savedName()));
}

void GroupsPage::editCurrent()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    // Viewers get the same dialog, read-only.
    GroupDialog dialog(signedIn(), id, this);
    if (!editWithUndo(id, [&dialog] { return dialog.exec() == QDialog::Accepted && !dialog.savedId().isEmpty(); }))
        return;
    reload();
    selectGroup(id);
    emit statusMessage(tr("Saved the group %1.").arg(dialog.savedName()));
}

void GroupsPage::deleteSelected()
{
    if (const Status allowed = policy().check(Action::Delete, Entity::Groups); !allowed)
        return showError(allowed.error());
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    GroupRepository groups(signedIn().database(), policy(), signedIn().account.email);
    const auto preview = groups.previewDelete(ids);
    if (!preview)
        return showError(preview.error());
    const GroupDeletion &d = preview.value();
    const int shown = 10;
    QString list = d.names.mid(0, shown).join(u'\n');
    if (d.names.size() > shown)
        list += u'\n' + tr("…and %Ln more", "", int(d.names.size() - shown));
    QString info = d.memberships == 0 ? tr("No contacts are members.")
                                      : tr("Group memberships removed: %L1 (contacts affected: %L2).").arg(d.memberships).arg(d.contacts);
    info += u' ' + tr("The contacts themselves are kept.");
    if (d.campaigns > 0)
        info += u' ' + tr("%Ln campaign(s) name these groups as their audience; they are kept and will need a new audience.",
                          "", int(d.campaigns));
    const DeleteConfirmation confirmation(d.groups == 1 ? tr("Delete the group %1?").arg(d.names.value(0))
                                                        : tr("Delete these %Ln groups?", "", int(d.groups)),
                                          d.groups > 1 ? list + QStringLiteral("\n\n") + info : info);
    if (!confirmation.confirmed(this, title()))
        return;
    const auto done = groups.remove(ids);
    if (!done)
        return showError(done.error());
    reload();
    emit statusMessage(tr("Deleted %Ln group(s) and %L1 membership(s); the contacts are kept.", "", int(done->groups))
                           .arg(done->memberships));
}

void GroupsPage::editMembers()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    MembershipDialog dialog(signedIn(), id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The member count column shows the saved membership.
    reload();
    selectGroup(id);
    const MembershipSaved saved = dialog.saved();
    emit statusMessage(tr("Saved the members of %1: %L2 joined, %L3 left; %L4 member(s) now.")
                           .arg(dialog.groupName()).arg(saved.added).arg(saved.removed).arg(saved.members));
}
