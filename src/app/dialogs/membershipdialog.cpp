#include "dialogs/membershipdialog.h"
#include "ui_membershipdialog.h"

#include "settings/appsettings.h"
#include "delegates/celldelegate.h"
#include "repositories/contactrepository.h"
#include "models/membershiplistmodel.h"
#include "foundation/sqlerrortext.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTimer>

MembershipDialog::MembershipDialog(const SignedIn &signedIn, const QString &groupId, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::MembershipDialog>()), m_signedIn(signedIn),
      m_region(AppSettings::phoneRegion()),
      m_membership(signedIn.database(), signedIn.policy, signedIn.account.email, m_region)
{
    ui->setupUi(this);
    ui->errorLabel->hide();
    ui->matchStatus->addItem(tr("Any status"), QString());
    for (const QString &status : ContactRepository::statuses())
        ui->matchStatus->addItem(ContactRepository::statusText(status), status);
    const QString searchTip = tr("A phone number is matched exactly in international form (numbers without + are read "
                                 "as region %1); other text matches any part of the name or email.").arg(m_region);
    for (QLineEdit *edit : {ui->nonMembersSearch, ui->membersSearch, ui->matchText})
        edit->setToolTip(searchTip);
    ui->matchValue->setToolTip(tr("Compared with the field's value as text: 42 finds the number 42, true the boolean. "
                                  "Leave it empty for every contact that has the field."));

    m_nonMembers = {new MembershipListModel(signedIn.database(), MembershipListModel::Side::NonMembers, this),
                    ui->nonMembersView, ui->nonMembersSearch, ui->nonMembersPageLabel, ui->nonMembersPrevious,
                    ui->nonMembersNext};
    m_members = {new MembershipListModel(signedIn.database(), MembershipListModel::Side::Members, this),
                 ui->membersView, ui->membersSearch, ui->membersPageLabel, ui->membersPrevious, ui->membersNext};
    setUpSide(m_nonMembers);
    setUpSide(m_members);

    connect(ui->addButton, &QPushButton::clicked, this, [this] { moveSelected(m_nonMembers); });
    connect(ui->removeButton, &QPushButton::clicked, this, [this] { moveSelected(m_members); });
    connect(ui->addMatchingButton, &QPushButton::clicked, this, [this] { applyMatching(true); });
    connect(ui->removeMatchingButton, &QPushButton::clicked, this, [this] { applyMatching(false); });
    connect(ui->discardButton, &QPushButton::clicked, this, [this] {
        m_membership.discard();
        refresh();
    });
    // Counts can take seconds on an owner with millions of contacts: they run on a worker thread
    // with a connection of its own; this dialog's connection only sends their cancels.
    m_counter = new MembershipCounter(signedIn.settings, this);
    connect(m_counter, &MembershipCounter::membersCounted, this, &MembershipDialog::showCounts);
    connect(m_counter, &MembershipCounter::previewCounted, this, &MembershipDialog::showPreview);
    connect(m_counter, &MembershipCounter::countFailed, this, &MembershipDialog::showCountError);
    // The matching count follows the inputs after a short pause in typing, on the server.
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, &MembershipDialog::updatePreview);
    for (QLineEdit *edit : {ui->matchText, ui->matchKey, ui->matchValue})
        connect(edit, &QLineEdit::textChanged, this, &MembershipDialog::previewChanged);
    connect(ui->matchStatus, &QComboBox::currentIndexChanged, this, &MembershipDialog::previewChanged);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &MembershipDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (const Status loaded = m_membership.load(groupId); !loaded) {
        setWindowTitle(tr("Group members"));
        fail(loaded.error().message);
        setReadOnly();
        ui->matchingBox->setEnabled(false);
        return;
    }
    m_loaded = true;
    const Group &group = m_membership.group();
    m_readOnly = !m_membership.canEdit();
    setWindowTitle(tr("Members of %1").arg(group.name));
    ui->titleLabel->setText(tr("Contacts of %1 in the group <b>%2</b>. Changes are kept here until you save.")
                                .arg(group.ownerEmail.toHtmlEscaped(), group.name.toHtmlEscaped()));
    if (m_readOnly) {
        ui->titleLabel->setText(tr("Contacts of %1 in the group <b>%2</b>.")
                                    .arg(group.ownerEmail.toHtmlEscaped(), group.name.toHtmlEscaped()));
        setReadOnly();
    }
    for (Side *side : {&m_nonMembers, &m_members})
        side->model->setMembership(&m_membership);
    refresh();  // the owner's number of contacts is counted with the members, off this thread
}

MembershipDialog::~MembershipDialog()
{
    // Deleted without closing: the count still running is cancelled and its worker joined here.
    m_counter->stop();
}

void MembershipDialog::done(int result)
{
    // A hidden dialog needs no counts: free the server now rather than when the caller deletes it.
    m_counter->stop();
    QDialog::done(result);
}

void MembershipDialog::setReadOnly()
{
    m_readOnly = true;
    for (QWidget *w : {static_cast<QWidget *>(ui->addButton), static_cast<QWidget *>(ui->removeButton),
                       static_cast<QWidget *>(ui->addMatchingButton), static_cast<QWidget *>(ui->removeMatchingButton),
                       static_cast<QWidget *>(ui->discardButton)})
        w->hide();
    ui->matchingBox->setTitle(tr("Count contacts matching"));
    ui->buttonBox->button(QDialogButtonBox::Save)->hide();
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
}

void MembershipDialog::setUpSide(Side &side)
{
    QTableView *view = side.view;
    view->setModel(side.model);
    view->setItemDelegate(new CellDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    // Search boxes filter on the server after a short pause in typing.
    auto *debounce = new QTimer(this);
    debounce->setObjectName(side.search->objectName() + QStringLiteral("Pause"));  // tests wait for it
    debounce->setSingleShot(true);
    debounce->setInterval(300);
    Side *s = &side;
    connect(side.search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this, s] { reloadSide(*s); });
    connect(side.previous, &QToolButton::clicked, this, [this, s] {
        if (s->model->previousPage())
            updatePaging(*s);
    });
    connect(side.next, &QToolButton::clicked, this, [this, s] {
        if (s->model->nextPage())
            updatePaging(*s);
    });
    // A double-click moves the row to the other side, like selecting it and pressing Add or Remove.
    connect(view, &QTableView::doubleClicked, this, [this, s] {
        if (!m_readOnly)
            moveSelected(*s);
    });
}

bool MembershipDialog::reloadSide(Side &side)
{
    if (!m_loaded)
        return false;
    side.model->setSearch(side.search->text(), m_region);
    if (!side.model->refresh()) {
        fail(SqlErrorText::toError(tr("Could not load the contacts"), side.model->lastError()).message);
        return false;
    }
    MembershipListModel *m = side.model;
    // Only phone, name, email, status and the pending mark; the rest are ids, dates and helpers.
    for (int c = 0; c < m->columnCount(); ++c)
        side.view->setColumnHidden(c, true);
    QHeaderView *header = side.view->horizontalHeader();
    const QList<int> shown = {m->fieldIndex(QStringLiteral("phone_number")), m->fieldIndex(QStringLiteral("name")),
                              m->fieldIndex(QStringLiteral("status")), m->memberNowColumn(),
                              m->fieldIndex(QStringLiteral("email"))};
    for (int visual = 0; visual < shown.size(); ++visual) {
        side.view->setColumnHidden(shown.at(visual), false);
        header->moveSection(header->visualIndex(shown.at(visual)), visual);
    }
    side.view->resizeColumnsToContents();
    for (int c : shown)
        side.view->setColumnWidth(c, qMin(side.view->columnWidth(c), 180));
    // The email, last, takes whatever width is left (the hidden helper columns come after it).
    header->setStretchLastSection(false);
    header->setSectionResizeMode(shown.last(), QHeaderView::Stretch);
    updatePaging(side);
    return true;
}

void MembershipDialog::updatePaging(const Side &side)
{
    side.previous->setEnabled(side.model->hasPreviousPage());
    side.next->setEnabled(side.model->hasNextPage());
    const int first = side.model->pageIndex() * side.model->windowSize() + 1;
    const int rows = side.model->rowCount();
    side.page->setText(rows == 0 ? tr("No contacts") : tr("%1–%2").arg(first).arg(first + rows - 1));
}

void MembershipDialog::refresh()
{
    if (!m_loaded)
        return;
    ui->errorLabel->hide();
    reloadSide(m_nonMembers);
    reloadSide(m_members);
    updateCounts();
    updatePending();
    // What a filter would add changes with what is pending.
    m_previewTimer->stop();
    updatePreview();
}

void MembershipDialog::updateCounts()
{
    // Never a number of the previous pending state beside the new one: "counting…" until it is known.
    ui->membersLabel->setText(tr("<b>Members: counting…</b>"));
    ui->nonMembersLabel->setText(m_ownerContacts < 0 ? tr("<b>Not members: counting…</b>")
                                                     : tr("<b>Not members: counting…</b> of %L1 contacts").arg(m_ownerContacts));
    ui->countLabel->setText(m_membership.hasChanges() ? tr("Members now and after saving: counting…")
                                                      : tr("Members now: counting…"));
    m_counter->countMembers(m_membership, m_ownerContacts < 0);
}

void MembershipDialog::showCounts(const MembersCount &count)
{
    if (count.ownerContacts >= 0)
        m_ownerContacts = count.ownerContacts;
    const MembershipCounts &c = count.counts;
    ui->membersLabel->setText(tr("<b>Members: %L1</b>").arg(c.effective()));
    ui->nonMembersLabel->setText(tr("<b>Not members: %L1</b> of %L2 contacts")
                                     .arg(qMax<qint64>(0, m_ownerContacts - c.effective())).arg(m_ownerContacts));
    ui->countLabel->setText(m_membership.hasChanges()
                                ? tr("Members now: %L1 · after saving: %L2 (%L3 joining, %L4 leaving)")
                                      .arg(c.current).arg(c.effective()).arg(c.adding).arg(c.removing)
                                : tr("Members now: %L1 · no pending changes").arg(c.current));
}

void MembershipDialog::showCountError(MembershipCounter::Kind kind, const QString &message)
{
    if (kind == MembershipCounter::Kind::Preview) {
        ui->previewLabel->setText(message);
        return;
    }
    ui->membersLabel->setText(tr("<b>Members</b>"));
    ui->nonMembersLabel->setText(tr("<b>Not members</b>"));
    ui->countLabel->setText(message);
}

void MembershipDialog::updatePending()
{
    QStringList parts;
    if (const auto n = m_membership.addedIds().size())
        parts << tr("%Ln contact(s) chosen to add", "", int(n));
    if (const auto n = m_membership.removedIds().size())
        parts << tr("%Ln member(s) chosen to remove", "", int(n));
    for (const MembershipFilter &f : m_membership.addFilters())
        parts << tr("add all matching %1").arg(f.describe());
    for (const MembershipFilter &f : m_membership.removeFilters())
        parts << tr("remove all matching %1").arg(f.describe());
    ui->pendingLabel->setText(parts.isEmpty() ? tr("No pending changes.") : tr("Pending: %1.").arg(parts.join(QStringLiteral("; "))));
    ui->discardButton->setEnabled(m_membership.hasChanges());
}

MembershipFilter MembershipDialog::matchingFilter() const
{
    return {ui->matchStatus->currentData().toString(), ui->matchText->text().trimmed(), ui->matchKey->text().trimmed(),
            ui->matchValue->text()};
}

void MembershipDialog::previewChanged()
{
    if (!m_loaded)
        return;
    // The count shown is of other inputs now; the one running for them is not wanted either.
    m_counter->cancel(MembershipCounter::Kind::Preview);
    ui->previewLabel->setText(tr("Contacts matching: counting…"));
    ui->addMatchingButton->setEnabled(false);
    ui->removeMatchingButton->setEnabled(false);
    m_previewTimer->start();
}

void MembershipDialog::updatePreview()
{
    if (!m_loaded)
        return;
    ui->addMatchingButton->setEnabled(false);
    ui->removeMatchingButton->setEnabled(false);
    m_previewFilter = matchingFilter();
    if (const Status valid = m_previewFilter.validate(); !valid) {
        m_counter->cancel(MembershipCounter::Kind::Preview);
        ui->previewLabel->setText(valid.error().message);
        return;
    }
    ui->previewLabel->setText(tr("Contacts matching %1: counting…").arg(m_previewFilter.describe()));
    m_counter->countPreview(m_membership, m_previewFilter);
}

void MembershipDialog::showPreview(const FilterPreview &p)
{
    const QString filter = m_previewFilter.describe();
    ui->previewLabel->setText(m_readOnly ? tr("%L1 contact(s) match %2.").arg(p.matching).arg(filter)
                                         : tr("%L1 contact(s) match %2. Adding them all adds %L3; removing them all removes %L4.")
                                               .arg(p.matching).arg(filter).arg(p.wouldAdd).arg(p.wouldRemove));
    ui->addMatchingButton->setEnabled(p.wouldAdd > 0);
    ui->removeMatchingButton->setEnabled(p.wouldRemove > 0);
}

QStringList MembershipDialog::selectedIds(const Side &side) const
{
    QStringList ids;
    for (const QModelIndex &index : side.view->selectionModel()->selectedRows())
        ids << side.model->rowId(index.row());
    return ids;
}

void MembershipDialog::moveSelected(const Side &from)
{
    const QStringList ids = selectedIds(from);
    if (ids.isEmpty() || m_readOnly)
        return;
    if (&from == &m_nonMembers)
        m_membership.add(ids);
    else
        m_membership.remove(ids);
    refresh();
}

void MembershipDialog::applyMatching(bool add)
{
    // The filter whose count is shown: the buttons are disabled whenever the inputs move past it.
    const MembershipFilter filter = m_previewFilter;
    const Status s = add ? m_membership.addMatching(filter) : m_membership.removeMatching(filter);
    if (!s)
        return fail(s.error().message);
    refresh();
}

void MembershipDialog::fail(const QString &message)
{
    ui->errorLabel->setText(message);
    ui->errorLabel->show();
}

QString MembershipDialog::errorText() const
{
    return ui->errorLabel->isVisibleTo(this) ? ui->errorLabel->text() : QString();
}

void MembershipDialog::accept()
{
    if (m_readOnly || !m_loaded)
        return QDialog::reject();
    if (!m_membership.hasChanges())
        return QDialog::reject();  // nothing to save: the same as Cancel
    const auto saved = m_membership.save();
    if (!saved)
        return fail(saved.error().message);
    m_saved = saved.value();
    QDialog::accept();
}
