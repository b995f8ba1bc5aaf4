#include "overview/overviewpage.h"

#include "overview/overviewcards.h"
#include "overview/overviewcharts.h"
#include "repositories/userrepository.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTime>
#include <QVBoxLayout>

namespace {

// One answer carries the owner choices too the first time, so the page never queries on the GUI thread.
struct OverviewAnswer
{
    OverviewStats stats;
    std::optional<QList<OwnerChoice>> owners;
    QString ownersError;
};

} // namespace

OverviewPage::OverviewPage(const SignedIn &signedIn, QWidget *parent)
    : QWidget(parent), m_signedIn(signedIn), m_query(signedIn.settings)
{
    setObjectName(QStringLiteral("overviewPage"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("overviewState"));
    m_state->setWordWrap(true);
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("overviewOwner"));
    m_owner->addItem(QString(), QString());  // "All owners", named by retranslate()
    // A role limited to its own rows has nothing to choose.
    m_owner->setVisible(signedIn.policy.seesAllOwners());
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("overviewRefresh"));
    top->addWidget(m_state, 1);
    top->addWidget(m_owner);
    top->addWidget(m_refresh);
    layout->addLayout(top);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("overviewScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(m_scroll);
    auto *contentLayout = new QVBoxLayout(content);
    m_cards = new OverviewCards(content);
    m_charts = new OverviewCharts(content);
    contentLayout->addWidget(m_cards);
    contentLayout->addWidget(m_charts, 1);
    m_scroll->setWidget(content);
    layout->addWidget(m_scroll, 1);

    // One button: Refresh, or Stop while a read runs (a slow server must not hold the page hostage).
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (isLoading())
            m_query.cancel();
        else
            reload();
    });
    connect(m_owner, &QComboBox::currentIndexChanged, this, &OverviewPage::reload);
    connectCharts();
    retranslate();
    m_state->setText(tr("Reading the overview figures…"));
}

OverviewPage::~OverviewPage() = default;

void OverviewPage::retranslate()
{
    m_owner->setItemText(0, tr("All owners"));
    // When the owner list could not be read the tooltip says why instead.
    m_owner->setToolTip(m_ownersError.isEmpty() ? tr("Show the figures of one owner's rows") : m_ownersError);
    m_refresh->setText(isLoading() ? tr("&Stop") : tr("&Refresh"));
    m_refresh->setToolTip(isLoading() ? tr("Stop reading the figures") : tr("Read the figures again"));
    m_query.setCancelledMessage(tr("Reading the overview figures was stopped; Refresh reads them again."));
}

void OverviewPage::changeEvent(QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::LanguageChange)
        retranslate();
    // Cards and charts are built from the answer, so the last one is shown again rather than re-read.
    // A theme switch (PaletteChange) recolours them the same way.
    if ((type == QEvent::LanguageChange || type == QEvent::LayoutDirectionChange || type == QEvent::LocaleChange
         || type == QEvent::PaletteChange) && m_loaded)
        present(m_stats);
    QWidget::changeEvent(event);
}

QString OverviewPage::chosenOwner() const
{
    return m_signedIn.policy.listOwner(m_owner->currentData().toString());
}

void OverviewPage::reload()
{
    const PermissionPolicy policy = m_signedIn.policy;
    const QString owner = chosenOwner();
    const bool wantOwners = !m_ownersFilled && policy.seesAllOwners();
    m_state->setText(tr("Reading the overview figures…"));
    m_query.start<OverviewAnswer>(
        [policy, owner, wantOwners](const BackgroundContext &c) -> Result<OverviewAnswer> {
            OverviewAnswer answer;
            const auto stats = OverviewStats::collect(c.database(), policy, owner);
            if (!stats)
                return stats.error();
            answer.stats = stats.value();
            if (wantOwners) {
                // The page still works with "All owners" when the list cannot be read; it says why.
                const auto owners = UserRepository(c.database()).ownerChoices();
                if (owners)
                    answer.owners = owners.value();
                else
                    answer.ownersError = owners.error().message;
            }
            return answer;
        },
        [this](const Result<OverviewAnswer> &result) {
            retranslate();  // Stop becomes Refresh again
            if (!result) {
                // Stopped on the server, the statement's own sentence would say "nothing was saved";
                // this one says what happened.
                const QString message = result.error().kind == ErrorKind::Interrupted
                                            ? tr("Reading the overview figures was stopped; Refresh reads them again.")
                                            : result.error().message;
                m_state->setText(message);
                emit failed(message);
                return;
            }
            if (result->owners)
                fillOwners(*result->owners);
            else if (!result->ownersError.isEmpty())
                m_owner->setToolTip(m_ownersError = result->ownersError);
            present(result->stats);
            m_loaded = true;
            emit loaded();
        });
    retranslate();  // Refresh becomes Stop while the read runs
}

void OverviewPage::fillOwners(const QList<OwnerChoice> &owners)
{
    const QSignalBlocker blocker(m_owner);
    for (const OwnerChoice &owner : owners)
        m_owner->addItem(owner.email, owner.id);
    m_ownersFilled = true;
}

int OverviewPage::hiddenHeight() const
{
    const QWidget *content = m_scroll->widget();
    return qMax(0, qMax(content->minimumSizeHint().height(), content->height()) - m_scroll->viewport()->height());
}

void OverviewPage::settleLayout()
{
    // The cards were rebuilt: their new minimum sizes travel up through posted LayoutRequests, one
    // level per event-loop turn, and until the scroll area hears of them it squeezes the cards (texts
    // drawn over each other). Done here at once, so whoever sees loaded() sees the final layout.
    m_cards->layout()->activate();
    m_charts->layout()->activate();
    m_scroll->widget()->layout()->activate();
    QEvent request(QEvent::LayoutRequest);
    QCoreApplication::sendEvent(m_scroll, &request);
}

void OverviewPage::present(const OverviewStats &stats)
{
    m_stats = stats;
    m_cards->present(stats);
    m_charts->present(stats);
    settleLayout();
    const QString date = QLocale().toString(stats.today, QLocale::LongFormat);
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    if (!m_signedIn.policy.seesAllOwners())
        m_state->setText(tr("Your figures on %1 (the server's date), read at %2.").arg(date, time));
    else if (chosenOwner().isEmpty())
        m_state->setText(tr("Every owner's figures on %1 (the server's date), read at %2.").arg(date, time));
    else
        m_state->setText(tr("Figures of %1 on %2 (the server's date), read at %3.").arg(m_owner->currentText(), date, time));
}

void OverviewPage::connectCharts()
{
    connect(m_charts, &OverviewCharts::dayClicked, this, [this](const QDate &day, const QString &status) {
        MessageFilter f;
        f.ownerId = chosenOwner();
        f.status = status == OverviewStats::noValue() ? QString() : status;  // no filter value means NULL
        f.fromDate = day.toString(Qt::ISODate);
        f.toDate = f.fromDate;
        emit messagesRequested(f);
    });
    connect(m_charts, &OverviewCharts::sessionClicked, this,
            [this](const QString &sessionId, const QString &sessionName, const QString &stage) {
                if (sessionId.isEmpty()) {
                    // Messages without a session have no session page: their messages of the chart's days.
                    MessageFilter f;
                    f.ownerId = chosenOwner();
                    f.status = stage;
                    f.fromDate = m_stats.today.addDays(1 - OverviewStats::ChartDays).toString(Qt::ISODate);
                    f.toDate = m_stats.today.toString(Qt::ISODate);
                    emit messagesRequested(f);
                    return;
                }
                SessionFilter f;
                f.id = sessionId;  // exactly that one: another session's name may contain this one's
                f.ownerId = chosenOwner();
                emit sessionsRequested(f, sessionName);
            });
    connect(m_charts, &OverviewCharts::campaignStatusClicked, this, [this](const QString &status) {
        CampaignFilter f;
        f.status = status == OverviewStats::noValue() ? QString() : status;
        f.ownerId = chosenOwner();
        emit campaignsRequested(f);
    });
    connect(m_charts, &OverviewCharts::weekClicked, this, [this](const QDate &weekStart) {
        ContactFilter f;
        f.ownerId = chosenOwner();
        f.addedFrom = weekStart.toString(Qt::ISODate);
        f.addedBefore = weekStart.addDays(7).toString(Qt::ISODate);
        emit contactsRequested(f);
    });
}
