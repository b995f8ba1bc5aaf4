#pragma once

#include "accounts/signedin.h"
#include "db/backgroundquery.h"
#include "overview/overviewstats.h"
#include "repositories/campaignrepository.h"
#include "repositories/contactrepository.h"
#include "repositories/messagerepository.h"
#include "repositories/sessionrepository.h"
#include "repositories/userrepository.h"

#include <QWidget>

class QComboBox;
class QLabel;
class OverviewCards;
class OverviewCharts;

/**
 * The first page after sign-in, for every role: figure cards and charts from OverviewStats, read off
 * the GUI thread on a BackgroundQuery (a newer refresh or owner choice drops the older answer), scoped
 * like the pages; admins and viewers may pick one owner. A click on a chart asks for the matching
 * page, already filtered, through the pages' own filter values.
 */
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(const SignedIn &signedIn, QWidget *parent = nullptr);
    ~OverviewPage() override;

    QString title() const { return tr("Overview"); }
    void reload();
    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_query.isRunning(); }
    // Reads not yet ended, dropped ones included: at 0 no late answer can arrive any more.
    qsizetype workersRunning() const { return m_query.workerCount(); }
    QComboBox *ownerCombo() const { return m_owner; }
    OverviewCards *cards() const { return m_cards; }
    OverviewCharts *charts() const { return m_charts; }
    const OverviewStats &stats() const { return m_stats; }
    // How much taller the window must grow to show every card and chart without scrolling (--screenshot).
    int hiddenHeight() const;

protected:
    // A language switch in Settings: the fixed texts, and the figures read last, in the new language
    // (and the charts' time axes turned for the new direction).
    void changeEvent(QEvent *event) override;

signals:
    // Every card and chart holds the newest answer.
    void loaded();
    void failed(const QString &message);
    void messagesRequested(const MessageFilter &filter);
    void sessionsRequested(const SessionFilter &filter, const QString &sessionName);
    void campaignsRequested(const CampaignFilter &filter);
    void contactsRequested(const ContactFilter &filter);

private:
    QString chosenOwner() const;
    void present(const OverviewStats &stats);
    void fillOwners(const QList<OwnerChoice> &owners);
    void connectCharts();
    void retranslate();
    void settleLayout();

    const SignedIn &m_signedIn;
    BackgroundQuery m_query;
    bool m_loaded = false;
    bool m_ownersFilled = false;
    QString m_ownersError;
    OverviewStats m_stats;
    QComboBox *m_owner = nullptr;
    QLabel *m_state = nullptr;
    class QPushButton *m_refresh = nullptr;
    class QScrollArea *m_scroll = nullptr;
    OverviewCards *m_cards = nullptr;
    OverviewCharts *m_charts = nullptr;
};
