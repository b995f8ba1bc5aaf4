#include "overview/overviewcharts.h"

#include "campaigns/campaignstatus.h"
#include "repositories/messagerepository.h"
#include "theme/statuscolours.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
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

// A week's Monday under its bar: "14 Sep" where the language abbreviates months; where it does not
// (Arabic's month names are whole words) "14/9", which fits under a twelfth of the chart.
QString weekLabel(const QDate &day)
{
    const QLocale locale;
    const bool abbreviated = locale.monthName(day.month(), QLocale::ShortFormat) != locale.monthName(day.month());
    return locale.toString(day, abbreviated ? QStringLiteral("d MMM") : QStringLiteral("d/M"));
}

QChartView *makeView(const QString &name, QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(300);
    return view;
}

} // namespace

OverviewCharts::OverviewCharts(QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_messages = makeView(QStringLiteral("messagesChart"), this);
    m_messages->setMinimumHeight(380);  // thirty upright dates under the bars
    m_funnel = makeView(QStringLiteral("funnelChart"), this);
    m_funnel->setMinimumHeight(380);  // a readable row per session, up to OverviewStats::FunnelSessions
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

// A count axis from 0 with whole-number ticks (a count of 2.5 messages means nothing). With numbers
// localized, Qt Charts only understands "%.Nf"-style formats; a bare "%d" leaves the labels empty.
QValueAxis *countAxis(qint64 maximum)
{
    qint64 step = 1;
    while (step * 5 < maximum)  // 1, 2, 5, 10, 20, 50 … : at most about five ticks
        step = QString::number(step).startsWith(u'2') ? step / 2 * 5 : step * 2;
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(qreal(step));
    axis->setRange(0, qreal(qMax<qint64>(1, (maximum + step - 1) / step) * step));
    return axis;
}

// Categories along the bottom and counts up the side; in a right-to-left layout the counts stand on
// the right, as a reader of Arabic expects (the callers give the categories right to left).
QBarCategoryAxis *addAxes(QChart *chart, QAbstractSeries *series, const QStringList &categories, qint64 maximum, bool rtl)
{
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    // The categories come in reading order already: bar series ignore QBarCategoryAxis::setReverse.
    QValueAxis *y = countAxis(maximum);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, rtl ? Qt::AlignRight : Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return x;
}

void colourAxes(QChart *chart, const QPalette &p)
{
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(p.color(QPalette::WindowText));
        axis->setLinePenColor(p.color(QPalette::Mid));
        axis->setGridLineColor(p.color(QPalette::Midlight));
    }
}

// An empty chart says so under its title, instead of leaving a blank frame to puzzle over.
void noteWhenEmpty(QChart *chart, bool empty, const QString &sentence)
{
    if (empty)
        chart->setTitle(chart->title().toHtmlEscaped() + QStringLiteral("<br><i>") + sentence.toHtmlEscaped() + QStringLiteral("</i>"));
}

} // namespace

void OverviewCharts::showMessages(const OverviewStats &s)
{
    QChart *chart = freshChart(m_messages, tr("Messages per day, last %Ln days", nullptr, OverviewStats::ChartDays));
    QList<QDate> days;
    for (int i = OverviewStats::ChartDays - 1; i >= 0; --i)
        days << s.today.addDays(-i);
    // Time runs the way the interface reads: right to left in Arabic, today on the left.
    if (layoutDirection() == Qt::RightToLeft)
        std::reverse(days.begin(), days.end());
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
    noteWhenEmpty(chart, series->count() == 0, tr("No messages in these days."));
    // Thirty dates side by side only fit as day numbers; the months go in the axis title. A day number
    // seen twice (30 days across February) gets an invisible mark, as the axis needs unique names.
    QStringList labels;
    for (const QDate &day : days) {
        QString label = QLocale().toString(day, QStringLiteral("d"));
        while (labels.contains(label))
            label += QChar(0x200B);
        labels << label;
    }
    QBarCategoryAxis *x = addAxes(chart, series, labels,
                                  perDay.isEmpty() ? 0 : *std::max_element(perDay.cbegin(), perDay.cend()),
                                  layoutDirection() == Qt::RightToLeft);
    x->setTitleText(tr("%1 – %2").arg(dayLabel(s.today.addDays(1 - OverviewStats::ChartDays)), dayLabel(s.today)));
    x->setTitleBrush(palette().color(QPalette::WindowText));
    colourAxes(chart, palette());
}

void OverviewCharts::showFunnel(const OverviewStats &s)
{
    QChart *chart = freshChart(m_funnel, tr("Delivery by session, last %Ln days", nullptr, OverviewStats::ChartDays));
    // Bars lying down: session names are read along the side instead of being cut short under bars.
    auto *series = new QHorizontalBarSeries;
    const struct { QString stage; QString label; } stages[] = {
        {QStringLiteral("sent"), tr("Sent")}, {QStringLiteral("delivered"), tr("Delivered")}, {QStringLiteral("read"), tr("Read")}};
    // Horizontal bars stack their categories from the bottom up: the busiest session goes in last, on top.
    QList<OverviewStats::SessionFunnel> funnel = s.funnel;
    std::reverse(funnel.begin(), funnel.end());
    QStringList sessions;
    qint64 maximum = 0;
    for (const auto &f : funnel) {
        sessions << (f.sessionId.isEmpty() ? tr("(no session)") : f.sessionName);
        maximum = qMax(maximum, f.sent);
    }
    for (const auto &stage : stages) {
        auto *set = new QBarSet(stage.label);
        for (const auto &f : funnel)
            *set << qreal(stage.stage == QLatin1String("sent") ? f.sent : stage.stage == QLatin1String("delivered") ? f.delivered : f.read);
        const QColor colour = StatusColours::text(StatusColours::messageTone(stage.stage), palette());
        set->setColor(colour);
        set->setBorderColor(colour);
        connect(set, &QBarSet::clicked, this, [this, funnel, stage = stage.stage](int index) {
            if (index >= 0 && index < funnel.size())
                emit sessionClicked(funnel.at(index).sessionId, funnel.at(index).sessionName, stage);
        });
        series->append(set);
    }
    chart->addSeries(series);
    noteWhenEmpty(chart, s.funnel.isEmpty(), tr("No message has reached a phone in these days."));
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    auto *names = new QBarCategoryAxis;
    names->append(sessions);
    QValueAxis *counts = countAxis(maximum);
    counts->setReverse(rtl);
    chart->addAxis(names, rtl ? Qt::AlignRight : Qt::AlignLeft);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(counts);
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
    noteWhenEmpty(chart, s.campaignsByStatus.isEmpty(), tr("No campaigns yet."));
    chart->legend()->setAlignment(layoutDirection() == Qt::RightToLeft ? Qt::AlignLeft : Qt::AlignRight);
}

void OverviewCharts::showContacts(const OverviewStats &s)
{
    QChart *chart = freshChart(m_contacts, tr("Contacts added per week, last %Ln weeks", nullptr, OverviewStats::ContactWeeks));
    auto *series = new QBarSeries;
    auto *set = new QBarSet(tr("Contacts added"));
    QStringList weeks;
    QList<QDate> starts;
    qint64 maximum = 0;
    QList<OverviewStats::WeekCount> perWeek = s.contactsPerWeek;
    if (layoutDirection() == Qt::RightToLeft)
        std::reverse(perWeek.begin(), perWeek.end());  // this week on the left, as Arabic reads
    for (const auto &w : perWeek) {
        *set << qreal(w.contacts);
        weeks << weekLabel(w.weekStart);
        starts << w.weekStart;
        maximum = qMax(maximum, w.contacts);
    }
    const QColor colour = StatusColours::text(StatusColours::Tone::Progress, palette());
    set->setColor(colour);
    set->setBorderColor(colour);
    connect(set, &QBarSet::clicked, this, [this, starts](int index) { emit weekClicked(starts.value(index)); });
    series->append(set);
    chart->addSeries(series);
    noteWhenEmpty(chart, maximum == 0, tr("No contacts added in these weeks."));
    chart->legend()->hide();
    addAxes(chart, series, weeks, maximum, layoutDirection() == Qt::RightToLeft);
    colourAxes(chart, palette());
}
