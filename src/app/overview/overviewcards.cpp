#include "overview/overviewcards.h"

#include "accounts/accountrules.h"

#include "campaigns/campaignstatus.h"
#include "repositories/contactrepository.h"
#include "repositories/messagerepository.h"
#include "repositories/sessionrepository.h"
#include "theme/statuscolours.h"
#include "i18n/displayformat.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace {

constexpr int Columns = 3;

QString none()
{
    return OverviewCards::tr("no status");
}

QString shown(const QString &key, QString (*text)(const QString &))
{
    return key == OverviewStats::noValue() ? none() : text(key);
}

using Tone = StatusColours::Tone;

} // namespace

OverviewCards::OverviewCards(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
}

void OverviewCards::addCard(int index, const Card &card)
{
    auto *box = new QGroupBox(card.title, this);
    box->setObjectName(card.name);
    auto *layout = new QVBoxLayout(box);
    auto *total = new QLabel(card.totalText.isEmpty() ? QLocale().toString(card.total) : card.totalText, box);
    QFont big = total->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    total->setFont(big);
    total->setObjectName(QStringLiteral("total"));
    layout->addWidget(total);
    for (int i = 0; i < card.lines.size(); ++i) {
        const Line &line = card.lines.at(i);
        auto *label = new QLabel(tr("%1: %2").arg(line.first, QLocale().toString(line.second)), box);
        const QString tone = card.tones.value(i);
        if (!tone.isEmpty())
            label->setStyleSheet(tone);
        layout->addWidget(label);
    }
    if (card.lines.isEmpty() && card.total == 0)
        layout->addWidget(new QLabel(tr("none yet"), box));
    layout->addStretch(1);
    m_grid->addWidget(box, index / Columns, index % Columns);
}

void OverviewCards::present(const OverviewStats &s)
{
    // Rebuilt whole on each answer: a status the Node server adds shows without a restart.
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QPalette &p = palette();
    const auto messageCard = [&](const QString &name, const QString &title, const OverviewStats::Counts &counts) {
        Card card{name, title, OverviewStats::total(counts), {}, {}, {}};
        for (const auto &c : counts) {
            card.lines << Line{shown(c.first, &MessageRepository::statusText), c.second};
            card.tones << StatusColours::styleSheet(StatusColours::messageTone(c.first), p);
        }
        return card;
    };
    QList<Card> cards;
    cards << messageCard(QStringLiteral("messagesTodayCard"), tr("Messages today"), s.messagesToday)
          << messageCard(QStringLiteral("messagesWeekCard"), tr("Messages, last %Ln days", nullptr, 7), s.messagesWeek)
          << messageCard(QStringLiteral("messagesMonthCard"), tr("Messages, last %Ln days", nullptr, 30), s.messagesMonth);

    Card sessions{QStringLiteral("sessionsCard"), tr("Sessions"), OverviewStats::total(s.sessionsByStatus), {}, {}, {}};
    for (const auto &c : s.sessionsByStatus) {
        sessions.lines << Line{shown(c.first, &SessionRepository::statusText), c.second};
        sessions.tones << StatusColours::styleSheet(StatusColours::sessionTone(c.first), p);
    }
    Card campaigns{QStringLiteral("campaignsCard"), tr("Campaigns"), s.campaignTotal(), {}, {}, {}};
    for (const auto &row : s.campaignsByStatus) {
        campaigns.lines << Line{shown(row.status, &CampaignStatus::displayName), row.campaigns};
        campaigns.tones << StatusColours::styleSheet(StatusColours::campaignTone(row.status), p);
    }
    campaigns.lines << Line{tr("Messages sent by campaigns"), s.campaignSent()}
                    << Line{tr("Messages failed in campaigns"), s.campaignFailed()};
    campaigns.tones << QString() << (s.campaignFailed() > 0 ? StatusColours::styleSheet(Tone::Danger, p) : QString());
    Card contacts{QStringLiteral("contactsCard"), tr("Contacts"), OverviewStats::total(s.contactsByStatus), {}, {}, {}};
    for (const auto &c : s.contactsByStatus) {
        contacts.lines << Line{shown(c.first, &ContactRepository::statusText), c.second};
        contacts.tones << StatusColours::styleSheet(StatusColours::contactTone(c.first), p);
    }
    Card groups{QStringLiteral("groupsCard"), tr("Groups"), s.groups, {}, {Line{tr("Memberships"), s.memberships}}, {}};
    cards << sessions << campaigns << contacts << groups;

    if (s.hasAdminFigures) {
        Card users{QStringLiteral("usersCard"), tr("Accounts"), OverviewStats::total(s.usersByRole), {}, {}, {}};
        for (const auto &c : s.usersByRole)
            users.lines << Line{AccountRules::roleText(c.first), c.second};
        users.lines << Line{tr("Active"), s.usersActive} << Line{tr("Inactive"), s.usersInactive};
        Card database{QStringLiteral("databaseCard"), tr("Database %1").arg(s.databaseName), -1,
                      DisplayFormat::dataSize(s.databaseBytes), {}, {}};
        cards << users << database;
    }
    for (int i = 0; i < cards.size(); ++i)
        addCard(i, cards.at(i));
}

QString OverviewCards::cardText(const QString &objectName) const
{
    const auto *box = findChild<QGroupBox *>(objectName);
    if (!box)
        return {};
    QStringList lines{box->title()};
    for (const QLabel *label : box->findChildren<QLabel *>())
        lines << label->text();
    return lines.join(u'\n');
}
