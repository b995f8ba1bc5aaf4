#pragma once

#include "overview/overviewstats.h"

#include <QDate>
#include <QWidget>

class QChart;
class QChartView;

/**
 * The Overview's charts (Qt Charts): messages per day by status over 30 days (stacked), the delivery
 * funnel sent → delivered → read per session, campaigns by status, contacts added per week over 12
 * weeks. Series take the status colours of the palette in use; in a right-to-left layout the time axes
 * run right to left. A click on a bar or slice says what it stood for, for the page to open.
 */
class OverviewCharts : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewCharts(QWidget *parent = nullptr);

    void present(const OverviewStats &stats);
    QChartView *messagesView() const { return m_messages; }
    QChartView *funnelView() const { return m_funnel; }
    QChartView *campaignsView() const { return m_campaigns; }
    QChartView *contactsView() const { return m_contacts; }

signals:
    // status as stored; OverviewStats::noValue() for messages without one.
    void dayClicked(const QDate &day, const QString &status);
    // sessionId empty for messages without a session; stage is sent, delivered or read.
    void sessionClicked(const QString &sessionId, const QString &sessionName, const QString &stage);
    void campaignStatusClicked(const QString &status);
    void weekClicked(const QDate &weekStart);

private:
    void showMessages(const OverviewStats &stats);
    void showFunnel(const OverviewStats &stats);
    void showCampaigns(const OverviewStats &stats);
    void showContacts(const OverviewStats &stats);
    // A fresh chart in the palette's colours, replacing `view`'s (which it deletes).
    QChart *freshChart(QChartView *view, const QString &title) const;

    QChartView *m_messages = nullptr;
    QChartView *m_funnel = nullptr;
    QChartView *m_campaigns = nullptr;
    QChartView *m_contacts = nullptr;
};
