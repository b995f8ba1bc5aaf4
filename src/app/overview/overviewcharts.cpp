#include "overview/overviewcharts.h"

#include "campaigns/campaignstatus.h"
#include "repositories/messagerepository.h"
#include "theme/statuscolours.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLegendMarker>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace {

QString dayLabel(const QDate &day)
{
    return QLocale().toString(day, QStringLiteral("d MMM"));
}

QChartView *makeView(const QString &name, QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    return view;
}

} // namespace

OverviewCharts::OverviewCharts(QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_messages = makeView(QStringLiteral("messagesChart"), this);
    m_funnel = makeView(QStringLiteral("funnelChart"), this);
    m_campaigns = makeView(QStringLiteral("campaignsChart"), this);
    m_contacts = makeView(QStringLiteral("contactsChart"), this);
    grid->addWidget(m_messages, 0, 0, 1, 2);  // thirty days of bars need the width
    grid->addWidget(m_funnel, 1, 0);
    grid->addWidget(m_campaigns, 1, 1);
    grid->addWidget(m_contacts, 2, 0, 1, 2);
}

QChart *OverviewCharts::freshChart(QChartView *view, const QString &title) const
{
    auto *chart = new QChart;
    const QPalette &p = palette();
    chart->setTitle(title);
    chart->setTitleBrush(p.color(QPalette::WindowText));
    chart->setBackgroundBrush(p.color(QPalette::Base));
    chart->setBackgroundRoundness(4);
    chart->legend()->setLabelColor(p.color(QPalette::WindowText));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setLocalizeNumbers(true);
    chart->setLocale(locale());
    QChart *old = view->chart();
    view->setChart(chart);  // the view owned the old one
    delete old;
    return chart;
}

void OverviewCharts::present(const OverviewStats &stats)
{
    showMessages(stats);
    showFunnel(stats);
    showCampaigns(stats);
    showContacts(stats);
}

namespace {

// Axes in the palette's colours; in a right-to-left layout the categories run right to left and the
// values stand on the right, as a reader of Arabic expects.
void addAxes(QChart *chart, QAbstractSeries *series, const QStringList &categories, qint64 maximum, bool rtl,
             int labelsAngle = 0)
{
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(labelsAngle);
    x->setReverse(rtl);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setRange(0, qMax<qint64>(maximum, 1));
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, rtl ? Qt::AlignRight : Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

void colourAxes(QChart *chart, const QPalette &p)
{
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(p.color(QPalette::WindowText));
        axis->setLinePenColor(p.color(QPalette::Mid));
        axis->setGridLineColor(p.color(QPalette::Midlight));
    }
}

} // namespace

void OverviewCharts::showMessages(const OverviewStats &s)
{
    QChart *chart = freshChart(m_messages, tr("Messages per day, last %n days", nullptr, OverviewStats::ChartDays));
    QList<QDate> days;
    for (int i = OverviewStats::ChartDays - 1; i >= 0; --i)
        days << s.today.addDays(-i);
    QStringList statuses = MessageRepository::statuses();
    for (const auto &d : s.messagesPerDay)
        if (!statuses.contains(d.status))
            statuses << d.status;  // what the Node server writes beyond the guide's five, and NULL
    auto *series = new QStackedBarSeries;
    QList<qint64> perDay(days.size(), 0);
    for (const QString &status : statuses) {
        QList<qreal> values(days.size(), 0);
        bool any = false;
        for (const auto &d : s.messagesPerDay) {
            const qsizetype at = days.indexOf(d.day);
            if (d.status == status && at >= 0) {
                values[at] = qreal(d.messages);
                perDay[at] += d.messages;
                any = true;
            }
        }
        if (!any)
            continue;
        auto *set = new QBarSet(status == OverviewStats::noValue() ? tr("no status") : MessageRepository::statusText(status));
        set->append(values);
        const QColor colour = StatusColours::text(StatusColours::messageTone(status), palette());
        set->setColor(colour);
        set->setBorderColor(colour);
        connect(set, &QBarSet::clicked, this, [this, days, status](int index) { emit dayClicked(days.value(index), status); });
        series->append(set);
    }
    chart->addSeries(series);
    QStringList labels;
    for (const QDate &day : days)
        labels << dayLabel(day);
    addAxes(chart, series, labels, perDay.isEmpty() ? 0 : *std::max_element(perDay.cbegin(), perDay.cend()),
            layoutDirection() == Qt::RightToLeft, -90);  // thirty dates side by side only fit upright
    colourAxes(chart, palette());
}

void OverviewCharts::showFunnel(const OverviewStats &s)
{
    QChart *chart = freshChart(m_funnel, tr("Delivery by session, last %n days", nullptr, OverviewStats::ChartDays));
    auto *series = new QBarSeries;
    const struct { QString stage; QString label; } stages[] = {
        {QStringLiteral("sent"), tr("Sent")}, {QStringLiteral("delivered"), tr("Delivered")}, {QStringLiteral("read"), tr("Read")}};
    QStringList sessions;
    qint64 maximum = 0;
    for (const auto &f : s.funnel) {
        sessions << (f.sessionId.isEmpty() ? tr("(no session)") : f.sessionName);
        maximum = qMax(maximum, f.sent);
    }
    for (const auto &stage : stages) {
        auto *set = new QBarSet(stage.label);
        for (const auto &f : s.funnel)
            *set << qreal(stage.stage == QLatin1String("sent") ? f.sent : stage.stage == QLatin1String("delivered") ? f.delivered : f.read);
        const QColor colour = StatusColours::text(StatusColours::messageTone(stage.stage), palette());
        set->setColor(colour);
        set->setBorderColor(colour);
        const QList<OverviewStats::SessionFunnel> funnel = s.funnel;
        connect(set, &QBarSet::clicked, this, [this, funnel, stage = stage.stage](int index) {
            if (index >= 0 && index < funnel.size())
                emit sessionClicked(funnel.at(index).sessionId, funnel.at(index).sessionName, stage);
        });
        series->append(set);
    }
    chart->addSeries(series);
    addAxes(chart, series, sessions, maximum, layoutDirection() == Qt::RightToLeft);
    colourAxes(chart, palette());
}

void OverviewCharts::showCampaigns(const OverviewStats &s)
{
    QChart *chart = freshChart(m_campaigns, tr("Campaigns by status"));
    auto *series = new QPieSeries;
    series->setHoleSize(0.35);
    for (const auto &row : s.campaignsByStatus) {
        const QString name = row.status == OverviewStats::noValue() ? tr("no status") : CampaignStatus::displayName(row.status);
        QPieSlice *slice = series->append(tr("%1 (%2)").arg(name, QLocale().toString(row.campaigns)), qreal(row.campaigns));
        const QColor colour = StatusColours::text(StatusColours::campaignTone(row.status), palette());
        slice->setColor(colour);
        slice->setBorderColor(palette().color(QPalette::Base));
        slice->setLabelColor(palette().color(QPalette::WindowText));
        connect(slice, &QPieSlice::clicked, this, [this, status = row.status] { emit campaignStatusClicked(status); });
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(layoutDirection() == Qt::RightToLeft ? Qt::AlignLeft : Qt::AlignRight);
}

void OverviewCharts::showContacts(const OverviewStats &s)
{
    QChart *chart = freshChart(m_contacts, tr("Contacts added per week, last %n weeks", nullptr, OverviewStats::ContactWeeks));
    auto *series = new QBarSeries;
    auto *set = new QBarSet(tr("Contacts added"));
    QStringList weeks;
    QList<QDate> starts;
    qint64 maximum = 0;
    for (const auto &w : s.contactsPerWeek) {
        *set << qreal(w.contacts);
        weeks << dayLabel(w.weekStart);
        starts << w.weekStart;
        maximum = qMax(maximum, w.contacts);
    }
    const QColor colour = StatusColours::text(StatusColours::Tone::Progress, palette());
    set->setColor(colour);
    set->setBorderColor(colour);
    connect(set, &QBarSet::clicked, this, [this, starts](int index) { emit weekClicked(starts.value(index)); });
    series->append(set);
    chart->addSeries(series);
    chart->legend()->hide();
    addAxes(chart, series, weeks, maximum, layoutDirection() == Qt::RightToLeft);
    colourAxes(chart, palette());
}
