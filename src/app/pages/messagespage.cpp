#include "pages/messagespage.h"
#include "ui_messagespage.h"

#include "pages/messagecolumns.h"

#include "settings/appsettings.h"
#include "dialogs/deleteconfirmation.h"
#include "delegates/messagecelldelegate.h"
#include "db/database.h"
#include "db/databaseprobe.h"
#include "db/backgroundquery.h"
#include "dialogs/messagedialog.h"
#include "phone/phonenumber.h"
#include "phone/phonesearch.h"
#include "models/windowedtablemodel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlRecord>
#include <QTimer>

MessagesPage::MessagesPage(const SignedIn &signedIn, QWidget *parent)
    : TablePage(Entity::Messages, signedIn, parent), ui(std::make_unique<Ui::MessagesPage>()),
      m_search(new BackgroundQuery(signedIn.settings, this))
{
    m_search->setCancelledMessage(MessageRepository::searchCancelledMessage());
    // Asked once per page: the index comes and goes only with a migration.
    const auto trigram = DatabaseProbe::hasIndex(signedIn.database(), QStringLiteral("idx_messages_phone_trgm"));
    m_phoneTrigram = trigram && trigram.value();
    ui->setupUi(this);
    ui->searchBanner->hide();
    ui->statusFilter->addItem(QString(), QString());
    for (const QString &status : MessageRepository::statuses())
        ui->statusFilter->addItem(QString(), status);

    auto *m = new WindowedTableModel(QStringLiteral("messages"), signedIn.database(), this);
    // Column numbers come from the table itself: the relations rename the owner and session columns.
    const QSqlRecord table = m->record();
    auto column = [table](const char *name) { return table.indexOf(QLatin1String(name)); };
    m_createdColumn = column("created_at");
    m_phoneColumn = column("phone_number");
    // Phone, then time: exactly idx_messages_phone_created_keyset's columns, so a window is an index scan.
    m->setSortExpressions(m_phoneColumn, MessageRepository::phoneSortExpressions());
    m->setRelation(column("user_id"), QSqlRelation(QStringLiteral("users"), QStringLiteral("id"), QStringLiteral("email")));
    m->setRelation(column("session_id"),
                   QSqlRelation(QStringLiteral("whatsapp_sessions"), QStringLiteral("id"), QStringLiteral("session_name")));
    // Shown only in the detail dialog, so never fetched for the list.
    for (const char *withheld : {"message_id", "media_url", "metadata"})
        m->setWithheldColumn(QLatin1String(withheld));
    // What an admin scans first (when, whose, to whom, how far it got, what) comes first; the
    // session, media and error follow.
    QList<int> columns;
    for (const char *name : {"created_at", "user_id", "phone_number", "status", "ack_status", "message_text",
                             "session_id", "media_type", "error_message"})
        columns << column(name);
    m_shownColumns = columns;
    QHeaderView *header = ui->tableView->horizontalHeader();
    onLanguageChange([this, m, columns] {
        ui->retranslateUi(this);
        ui->statusFilter->setItemText(0, tr("All statuses"));
        for (int i = 1; i < ui->statusFilter->count(); ++i)
            ui->statusFilter->setItemText(i, MessageRepository::statusText(ui->statusFilter->itemData(i).toString()));
        // In the order of `shown` above.
        const QStringList headers = {tr("Created"), tr("Owner"),   tr("Phone"), tr("Status"), tr("Ack"),
                                     tr("Text"),    tr("Session"), tr("Media"), tr("Error")};
        for (int i = 0; i < headers.size(); ++i)
            m->setHeaderData(columns.at(i), Qt::Horizontal, headers.at(i));
        if (m_layoutDone)
            widenColumns(false);  // dates and statuses in the new language may be longer
    });

    // Before setUp() selects for the first time: scoped and on the indexed sort key, so even that
    // select is a cheap index scan (and a user never fetches another owner's rows).
    header->setSortIndicator(m_createdColumn, Qt::DescendingOrder);
    m->setSort(m_createdColumn, Qt::DescendingOrder);
    m_messages = m;
    applyFilters();
    setUp({ui->tableView, ui->searchEdit, ui->statusFilter, ui->ownerFilter, ui->countLabel, ui->previousButton,
           ui->nextButton, ui->pageLabel},
          m);

    // Only orders an index serves are offered (time; phone, then time): at tens of millions of rows
    // any other order (owner email, status, text) would sort the whole table for every window.
    ui->tableView->setSortingEnabled(false);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &MessagesPage::sortIndicatorChanged);

    using Kind = MessageCellDelegate::Kind;
    ui->tableView->setItemDelegateForColumn(column("status"), new MessageCellDelegate(Kind::Status, this));
    ui->tableView->setItemDelegateForColumn(column("ack_status"), new MessageCellDelegate(Kind::Ack, this));
    ui->tableView->setItemDelegateForColumn(column("message_text"), new MessageCellDelegate(Kind::FirstLine, this));
    ui->tableView->setItemDelegateForColumn(column("error_message"), new MessageCellDelegate(Kind::FirstLine, this));
    for (const char *hidden : {"id", "message_id", "media_url", "metadata", "updated_at"})
        ui->tableView->setColumnHidden(column(hidden), true);
    // A role limited to its own rows would read its own email on every line.
    ui->tableView->setColumnHidden(column("user_id"), !policy().seesAllOwners());
    int visual = 0;
    for (const int c : columns)
        header->moveSection(header->visualIndex(c), visual++);

    // The date range starts at the server's last seven days: its clock, not this computer's.
    const auto today = DatabaseProbe::serverToday(signedIn.database());
    const QDate serverToday = today ? today.value() : QDate::currentDate();
    ui->toDateEdit->setDate(serverToday);
    ui->fromDateEdit->setDate(serverToday.addDays(-6));
    auto *dateDebounce = new QTimer(this);
    dateDebounce->setSingleShot(true);
    dateDebounce->setInterval(400);
    connect(dateDebounce, &QTimer::timeout, this, &MessagesPage::reload);
    connect(ui->dateRangeCheck, &QCheckBox::toggled, this, [this] {
        updateDateRange();
        reload();
    });
    for (QDateEdit *edit : {ui->fromDateEdit, ui->toDateEdit})
        connect(edit, &QDateEdit::dateChanged, this, [this, dateDebounce] {
            updateDateRange();
            if (ui->dateRangeCheck->isChecked())
                dateDebounce->start();
        });
    updateDateRange();

    connect(ui->cancelSearchButton, &QPushButton::clicked, this, &MessagesPage::cancelSearch);
    connect(ui->searchFurtherButton, &QPushButton::clicked, this, &MessagesPage::searchFurther);
    connect(ui->detailsButton, &QPushButton::clicked, this, &MessagesPage::editCurrent);
    connect(this, &TablePage::selectionChanged, this, [this] { ui->detailsButton->setEnabled(hasSelection()); });
    connect(this, &TablePage::loaded, this, &MessagesPage::applyColumnLayout);
    connect(this, &TablePage::loaded, this, [this] {
        if (isSearching())
            ui->countLabel->setText(tr("Searching…"));
    });
}

MessagesPage::~MessagesPage()
{
    // A text search still running must not outlive the page: cancel it on the server and wait.
    stopWorkers();
    m_search->waitForDone();
}

qsizetype MessagesPage::searchWorkers() const
{
    return m_search->workerCount();
}

void MessagesPage::updateDateRange()
{
    const bool on = ui->dateRangeCheck->isChecked();
    ui->fromDateEdit->setEnabled(on);
    ui->toDateEdit->setEnabled(on);
    // A range that ends before it starts is a typing slip: the end follows the start.
    ui->toDateEdit->setMinimumDate(ui->fromDateEdit->date());
}

void MessagesPage::showFilter(const MessageFilter &filter)
{
    {
        const QSignalBlocker check(ui->dateRangeCheck), from(ui->fromDateEdit), to(ui->toDateEdit);
        ui->dateRangeCheck->setChecked(!filter.fromDate.isEmpty() || !filter.toDate.isEmpty());
        if (!filter.fromDate.isEmpty())
            ui->fromDateEdit->setDate(QDate::fromString(filter.fromDate, Qt::ISODate));
        updateDateRange();  // the end's minimum follows the new start before the end is set
        if (!filter.toDate.isEmpty())
            ui->toDateEdit->setDate(QDate::fromString(filter.toDate, Qt::ISODate));
        updateDateRange();
    }
    showFiltered(filter.phoneNumber.isEmpty() ? filter.text : filter.phoneNumber, filter.status, filter.ownerId);
}

void MessagesPage::applyColumnLayout()
{
    // Once, after TablePage sized the columns to their contents: widths an admin reads comfortably.
    if (m_layoutDone)
        return;
    m_layoutDone = true;
    widenColumns(true);
}

void MessagesPage::widenColumns(bool exact)
{
    MessageColumns::widen(ui->tableView, m_shownColumns, exact);
}

MessageFilter MessagesPage::currentFilter() const
{
    MessageFilter f;
    f.ownerId = ownerFilter();
    f.status = ui->statusFilter->currentData().toString();
    if (ui->dateRangeCheck->isChecked()) {
        f.fromDate = ui->fromDateEdit->date().toString(Qt::ISODate);
        f.toDate = qMax(ui->toDateEdit->date(), ui->fromDateEdit->date()).toString(Qt::ISODate);
    }
    const QString search = ui->searchEdit->text().trimmed();
    if (search.isEmpty())
        return f;
    // A whole phone number is an exact, indexed match on its E.164 form; part of one (three digits or
    // more) matches the numbers containing it (pg_trgm's index) or, without that index, starting with it.
    static const QRegularExpression phoneLike(QStringLiteral(R"(^[+0-9\s().\-/٠-٩۰-۹]+(@c\.us)?$)"));
    if (phoneLike.match(search).hasMatch()) {
        if (const auto phone = PhoneSearch::parse(search, AppSettings::phoneRegion(), m_phoneTrigram)) {
            if (phone->kind == PhoneSearch::Kind::Exact)
                f.phoneNumber = phone->value;
            else
                f.phonePart = phone;
            return f;
        }
    }
    f.text = search;
    return f;
}

void MessagesPage::applyFilters()
{
    WindowedTableModel *m = m_messages;
    const MessageFilter filter = currentFilter();
    MessageFilter indexed = filter;
    indexed.text.clear();
    SqlConditions c = MessageRepository::conditions(indexed, policy(), QStringLiteral("messages"), m->placeholder());
    if (filter.text.isEmpty()) {
        stopWorkers();  // a search still running is no longer wanted: stop it on the server too
        m_searchText.clear();
        if (!filter.phoneNumber.isEmpty())
            showBanner(tr("Messages exchanged with %1 (exact number).").arg(filter.phoneNumber), false);
        else if (filter.phonePart)
            showBanner(filter.phonePart->kind == PhoneSearch::Kind::Contains
                           ? tr("Messages with phone numbers containing %1.").arg(filter.phonePart->value)
                           : tr("Messages with phone numbers starting with %1.").arg(filter.phonePart->value),
                       false);
        else
            ui->searchBanner->hide();
    } else {
        const QString signature = QStringList{filter.ownerId, filter.status, filter.fromDate, filter.toDate, filter.text,
                                              QString::number(m->sortOrder()), QString::number(m->sortColumn())}
                                      .join(QChar(0x1f));
        // The search's ids, bound like every other value (the text itself never reaches this SQL);
        // none until they arrive.
        const bool hitsReady = m_useHits && m_hitsSignature == signature;
        const SqlConditions hits = MessageRepository::idsCondition(hitsReady ? m_hits : QStringList(),
                                                                   QStringLiteral("messages"), m->placeholder());
        c.sql << hits.sql;
        c.values << hits.values;
        if (!hitsReady)
            startSearch(filter, signature);
        m_useHits = false;  // every later reload (refresh, delete, sort) searches again: fresh rows
    }
    m->setConditions(c);
}

bool MessagesPage::isSearching() const
{
    return m_search->isRunning();
}

void MessagesPage::sortIndicatorChanged(int column, Qt::SortOrder order)
{
    QHeaderView *header = ui->tableView->horizontalHeader();
    if (column != m_createdColumn && column != m_phoneColumn) {
        const QSignalBlocker blocker(header);
        header->setSortIndicator(model()->sortColumn(), model()->sortOrder());
        emit statusMessage(tr("Messages sort by time or by phone number; use the filters to narrow them down."));
        return;
    }
    model()->setSort(column, order);
    reload();
}

void MessagesPage::editCurrent()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    MessageDialog dialog(signedIn(), id, this);
    dialog.exec();
}

void MessagesPage::deleteSelected()
{
    if (const Status allowed = policy().check(Action::Delete, Entity::Messages); !allowed)
        return showError(allowed.error());
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    MessageRepository messages(signedIn().database(), policy(), signedIn().account.email);
    const auto count = messages.countDeletable(ids);
    if (!count)
        return showError(count.error());
    if (count.value() < ids.size()) {
        reload();
        return showError(Error::notFound(tr("Some of the selected messages no longer exist; the list was refreshed. "
                                            "Select again.")));
    }
    const DeleteConfirmation confirmation(tr("Delete %Ln message(s) for good?", nullptr, int(count.value())),
                                          tr("They are removed from the WaQtor server's log and cannot be restored. "
                                             "Nothing else refers to messages, so nothing else is removed."));
    if (!confirmation.confirmed(this, title()))
        return;
    const auto deleted = messages.remove(ids);
    if (!deleted)
        return showError(deleted.error());
    reload();
    emit statusMessage(tr("Deleted %Ln message(s).", nullptr, int(deleted.value())));
}

// Free-text search off the GUI thread, with Cancel. ILIKE '%…%' cannot use an index: on a huge
// table a rare word means scanning millions of rows, seconds or minutes. Restricting it to an
// owner or a date range would not bound that (one owner can hold millions of rows), so the search
// runs on its own connection in a worker thread, reports its newest TextMatchLimit ids, and the
// page shows those through the ordinary keyset model; Cancel stops it on the server.
void MessagesPage::startSearch(const MessageFilter &filter, const QString &signature, const QString &after)
{
    m_searchText = filter.text;
    m_searchFilter = filter;
    const PermissionPolicy policy = this->policy();
    const QString actor = signedIn().account.email;
    const bool ascending = m_messages->sortOrder() == Qt::AscendingOrder;
    // start() supersedes a search still running: cancelled on the server, its answer dropped.
    m_search->start<QStringList>(
        [=](const BackgroundContext &context) {
            return MessageRepository(context.database(), policy, actor).findMatches(filter, ascending, TextMatchLimit, after);
        },
        [this, signature, further = !after.isEmpty()](const Result<QStringList> &result) {
            finishSearch(result, signature, further);
        });
    showBanner(tr("Searching the message texts for “%1”…").arg(filter.text), true);
}

void MessagesPage::searchFurther()
{
    if (m_hits.isEmpty() || m_search->isRunning())
        return;
    startSearch(m_searchFilter, m_hitsSignature, m_hits.last());
}

void MessagesPage::finishSearch(const Result<QStringList> &result, const QString &signature, bool further)
{
    if (!result) {
        showBanner(result.error().message, false);
        emit statusMessage(result.error().message);
        emit searchFinished();
        return;
    }
    if (further)
        m_hits += result.value();  // the rows shown stay; the next batch joins them
    else
        m_hits = result.value();
    m_hitsSignature = signature;
    m_useHits = true;
    reload();
    // A full batch may have more behind it: say so, and offer to look further instead of only
    // asking for narrower filters.
    const bool more = result->size() >= TextMatchLimit;
    if (more)
        showBanner(tr("Showing the newest %L1 messages containing “%2”; older ones may match too. Search further, "
                      "or narrow the owner, status or date filters.").arg(m_hits.size()).arg(m_searchText),
                   false);
    else
        showBanner(tr("%Ln message(s) contain “%1”.", nullptr, int(m_hits.size())).arg(m_searchText), false);
    ui->searchFurtherButton->setVisible(more);
    emit searchFinished();
}

bool MessagesPage::stopWorkers()
{
    const bool running = m_search->isRunning();
    m_search->discard();
    return running;
}

void MessagesPage::cancelSearch()
{
    if (!stopWorkers())
        return;
    showBanner(tr("Search cancelled. Press Refresh or change the search to run it again."), false);
    emit searchFinished();
}

void MessagesPage::showBanner(const QString &text, bool busy)
{
    ui->searchFurtherButton->hide();  // shown again by a search that stopped at its limit
    ui->searchStateLabel->setText(text);
    ui->searchBusy->setVisible(busy);
    ui->cancelSearchButton->setVisible(busy);
    ui->searchBanner->show();
}
