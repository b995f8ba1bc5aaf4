#include "pages/sessionspage.h"
#include "ui_sessionspage.h"
#include "widgets/narrowingbanner.h"

#include "settings/appsettings.h"
#include "dialogs/deleteconfirmation.h"
#include "models/cellwriters.h"

#include "delegates/celldelegate.h"
#include "dialogs/sessiondialog.h"
#include "repositories/sessionrepository.h"
#include "models/windowedtablemodel.h"
#include "theme/statuscolours.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSqlRelation>

namespace {

// The status column in words, with a coloured dot an admin can scan down the list.
class SessionStatusDelegate : public CellDelegate
{
public:
    using CellDelegate::CellDelegate;

    QString displayText(const QVariant &value, const QLocale &) const override
    {
        return value.isNull() ? QString() : SessionRepository::statusText(value.toString());
    }

protected:
    void styleCell(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        const QColor colour = StatusColours::text(StatusColours::sessionTone(index.data().toString()), option->palette);
        const int side = option->fontMetrics.height() / 2 + 2;
        QPixmap dot(side, side);
        dot.fill(Qt::transparent);
        QPainter painter(&dot);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(dot.rect());
        option->icon = QIcon(dot);
        option->decorationSize = dot.size();
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
};

// LIKE's wildcards typed by the user are searched for literally.
} // namespace

SessionsPage::SessionsPage(const SignedIn &signedIn, QWidget *parent)
    : TablePage(Entity::Sessions, signedIn, parent), ui(std::make_unique<Ui::SessionsPage>())
{
    ui->setupUi(this);
    ui->statusFilter->addItem(QString(), QString());
    for (const QString &status : SessionRepository::statuses())
        ui->statusFilter->addItem(QString(), status);
    m_only = new NarrowingBanner(ui->tableView);
    connect(m_only, &NarrowingBanner::dropped, this, [this] {
        m_onlyId.clear();
        m_onlyName.clear();
        reload();
    });

    // The server's auth blob never leaves the database; the QR code is read by the dialog, by id.
    auto *m = new WindowedTableModel(QStringLiteral("whatsapp_sessions"), signedIn.database(), this);
    // The server's secrets are never fetched, let alone shown.
    m->setWithheldColumn(QStringLiteral("session_data"));
    m->setWithheldColumn(QStringLiteral("qr_code"));
    const int ownerColumn = m->fieldIndex(QStringLiteral("user_id"));
    const int nameColumn = m->fieldIndex(QStringLiteral("session_name"));
    const int statusColumn = m->fieldIndex(QStringLiteral("status"));
    QList<int> hidden;
    for (const char *column : {"id", "session_data", "qr_code"})
        hidden << m->fieldIndex(QLatin1String(column));
    m->setRelation(ownerColumn, QSqlRelation(QStringLiteral("users"), QStringLiteral("id"), QStringLiteral("email")));
    const QList<int> columns = {nameColumn, ownerColumn, statusColumn, m->fieldIndex(QStringLiteral("phone_number")),
                                m->fieldIndex(QStringLiteral("created_at")), m->fieldIndex(QStringLiteral("updated_at"))};
    onLanguageChange([this, m, columns] {
        ui->retranslateUi(this);
        ui->statusFilter->setItemText(0, tr("All statuses"));
        for (int i = 1; i < ui->statusFilter->count(); ++i)
            ui->statusFilter->setItemText(i, SessionRepository::statusText(ui->statusFilter->itemData(i).toString()));
        const QStringList headers = {tr("Session"), tr("Owner"), tr("Status"), tr("Phone"), tr("Created"), tr("Updated")};
        for (int i = 0; i < headers.size(); ++i)
            m->setHeaderData(columns.at(i), Qt::Horizontal, headers.at(i));
        sayNarrowing();
    });
    setUp({ui->tableView, ui->searchEdit, ui->statusFilter, ui->ownerFilter, ui->countLabel, ui->previousButton,
           ui->nextButton, ui->pageLabel},
          m);
    m->setFieldChoices(QStringLiteral("status"), SessionRepository::statuses());
    enableInPlaceEditing({QStringLiteral("session_name"), QStringLiteral("user_id"), QStringLiteral("status"),
                          QStringLiteral("phone_number")},
                         CellWriters::sessions(signedIn, AppSettings::phoneRegion()));
    for (int column : hidden)
        ui->tableView->setColumnHidden(column, true);
    // A marketer's list is all their own: an owner column would repeat their email on every row.
    ui->tableView->setColumnHidden(ownerColumn, !policy().seesAllOwners());
    ui->tableView->setItemDelegateForColumn(statusColumn, new SessionStatusDelegate(ui->tableView));
    // Reading order: which session, whose, in what state.
    QHeaderView *header = ui->tableView->horizontalHeader();
    header->moveSection(header->visualIndex(ownerColumn), header->visualIndex(nameColumn) + 1);
    header->setMinimumSectionSize(80);
}

SessionsPage::~SessionsPage() = default;

void SessionsPage::showFilter(const SessionFilter &filter, const QString &sessionName)
{
    m_onlyId = filter.id;
    m_onlyName = sessionName;
    sayNarrowing();
    showFiltered(filter.text, filter.status, filter.ownerId);
}

void SessionsPage::sayNarrowing()
{
    m_only->say(m_onlyId.isEmpty() ? QString() : tr("Only the session \u201c%1\u201d.").arg(m_onlyName));
}

void SessionsPage::applyFilters()
{
    WindowedTableModel *m = model();
    SessionFilter filter;
    filter.text = ui->searchEdit->text().trimmed();
    filter.status = ui->statusFilter->currentData().toString();
    // For the user role the repository limits this to their own id: another owner's sessions never load.
    filter.ownerId = ownerFilter();
    filter.id = m_onlyId;
    m->setConditions(SessionRepository::conditions(filter, policy(), m->placeholder()));
}

void SessionsPage::newRecord()
{
    if (const Status allowed = policy().check(Action::Insert, Entity::Sessions); !allowed)
        return showError(allowed.error());
    SessionDialog dialog(signedIn(), QString(), this);
    if (dialog.exec() == QDialog::Accepted) {
        showCreated(dialog.savedId(), tr("Created the WhatsApp session \"%1\".").arg(dialog.savedName()));
    }
}

void SessionsPage::editCurrent()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    // Viewers get the same dialog, read-only.
    SessionDialog dialog(signedIn(), id, this);
    if (editWithUndo(id, [&dialog] { return dialog.exec() == QDialog::Accepted; })) {
        reload();
        emit statusMessage(tr("Saved the WhatsApp session \"%1\".").arg(dialog.savedName()));
    }
}

void SessionsPage::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty()) {
        QMessageBox::information(this, title(), tr("Select the WhatsApp sessions to delete."));
        return;
    }
    SessionRepository sessions(signedIn().database(), policy(), signedIn().account.email);
    const auto preview = sessions.previewDelete(ids);
    if (!preview)
        return showError(preview.error());
    const SessionDeleteSummary &n = preview.value();
    const QString question = n.sessions == 1
        ? tr("Delete the WhatsApp session %1?").arg(n.labels.constFirst())
        : tr("Delete %Ln WhatsApp sessions?", nullptr, int(n.sessions));
    const QString messages = tr("%Ln message(s)", nullptr, int(n.messagesUnlinked));
    const QString campaigns = tr("%Ln campaign(s)", nullptr, int(n.campaignsUnlinked));
    const QString kept = n.sessions == 1 ? tr("Kept: %1 and %2 that used this session stay, with no session set.")
                                         : tr("Kept: %1 and %2 that used these sessions stay, with no session set.");
    DeleteConfirmation confirmation(
        question, tr("The WaQtor server loses the pairing: the phone has to scan a new QR code to connect again.")
                      + QStringLiteral("\n\n") + kept.arg(messages, campaigns));
    if (n.sessions > 1)
        confirmation.setList(n.labels.join(u'\n'));
    if (!confirmation.confirmed(this, title()))
        return;
    const auto done = sessions.remove(ids);
    if (!done)
        return showError(done.error());
    reload();
    emit statusMessage(tr("Deleted %Ln WhatsApp session(s); their messages and campaigns were kept.", nullptr,
                          int(done->sessions)));
}
