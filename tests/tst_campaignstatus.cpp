// The Node server drives campaigns through running, completed and failed; the app may only
// park, schedule and pause them, and must say why when it refuses.

#include "campaigns/campaignstatus.h"

#include <QSet>
#include <QTest>

class tst_CampaignStatus : public QObject
{
    Q_OBJECT

private slots:
    void all();
    void serverOwned_data();
    void serverOwned();
    void transition_data();
    void transition();
    void unknownStatus();
    void handTargets_data();
    void handTargets();
    void schedule_data();
    void schedule();
    void displayName();
};

void tst_CampaignStatus::all()
{
    QCOMPARE(CampaignStatus::all(), (QStringList{"draft", "scheduled", "running", "paused", "completed", "failed"}));
}

void tst_CampaignStatus::serverOwned_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("owned");
    QTest::newRow("draft") << "draft" << false;
    QTest::newRow("scheduled") << "scheduled" << false;
    QTest::newRow("running") << "running" << true;
    QTest::newRow("paused") << "paused" << false;
    QTest::newRow("completed") << "completed" << true;
    QTest::newRow("failed") << "failed" << true;
    QTest::newRow("unknown") << "archived" << false;
}

void tst_CampaignStatus::serverOwned()
{
    QFETCH(QString, status);
    QFETCH(bool, owned);
    QCOMPARE(CampaignStatus::isServerOwned(status), owned);
}

void tst_CampaignStatus::transition_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("why");  // the part of the refusal after the colon

    // The allowed hand changes besides keeping the status.
    const QSet<QPair<QString, QString>> allowed{
        {"draft", "scheduled"}, {"scheduled", "draft"}, {"scheduled", "paused"},
        {"running", "paused"}, {"paused", "scheduled"}};
    const QStringList statuses{"draft", "scheduled", "running", "paused", "completed", "failed"};
    const QStringList serverOwned{"running", "completed", "failed"};
    for (const QString &from : statuses) {
        for (const QString &to : statuses) {
            const bool ok = from == to || allowed.contains({from, to});
            QString why;
            if (!ok) {
                if (serverOwned.contains(to))
                    why = to + " is set by the WaQtor server.";
                else if (serverOwned.contains(from))
                    why = from + " is set by the WaQtor server.";
                else if (to == "paused")
                    why = "only scheduled or running campaigns can be paused.";
                else
                    why = "a paused campaign can only be scheduled again.";
            }
            QTest::addRow("%s -> %s", qPrintable(from), qPrintable(to)) << from << to << ok << why;
        }
    }
}

void tst_CampaignStatus::transition()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    QFETCH(QString, why);
    const Status s = CampaignStatus::checkTransition(from, to);
    QCOMPARE(s.ok(), allowed);
    if (allowed) {
        QCOMPARE(s.error().kind, ErrorKind::None);
        return;
    }
    QCOMPARE(s.error().kind, ErrorKind::Invalid);
    QCOMPARE(s.error().message, QString("A campaign cannot go from " + from + " to " + to + " by hand: " + why));
}

void tst_CampaignStatus::unknownStatus()
{
    // Legacy rows may hold anything; saving one unchanged must still work.
    QVERIFY(CampaignStatus::checkTransition("archived", "archived").ok());
    Status s = CampaignStatus::checkTransition("draft", "archived");
    QCOMPARE(s.error().kind, ErrorKind::Invalid);
    QVERIFY2(s.error().message.contains("\"archived\""), qPrintable(s.error().message));
    s = CampaignStatus::checkTransition("archived", "draft");
    QCOMPARE(s.error().kind, ErrorKind::Invalid);
    QVERIFY2(s.error().message.contains("\"archived\""), qPrintable(s.error().message));
    // Status values are exact: the server compares them as written.
    QCOMPARE(CampaignStatus::checkTransition("draft", "Scheduled").error().kind, ErrorKind::Invalid);
}

void tst_CampaignStatus::handTargets_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QStringList>("targets");
    QTest::newRow("draft") << "draft" << QStringList{"draft", "scheduled"};
    QTest::newRow("scheduled") << "scheduled" << QStringList{"scheduled", "draft", "paused"};
    QTest::newRow("running") << "running" << QStringList{"running", "paused"};
    QTest::newRow("paused") << "paused" << QStringList{"paused", "scheduled"};
    QTest::newRow("completed") << "completed" << QStringList{"completed"};
    QTest::newRow("failed") << "failed" << QStringList{"failed"};
    QTest::newRow("unknown") << "archived" << QStringList{"archived"};
}

void tst_CampaignStatus::handTargets()
{
    QFETCH(QString, from);
    QFETCH(QStringList, targets);
    const QStringList got = CampaignStatus::handTargets(from);
    QCOMPARE(got, targets);
    // The combo must offer exactly what checkTransition accepts.
    for (const QString &to : CampaignStatus::all())
        QCOMPARE(CampaignStatus::checkTransition(from, to).ok(), got.contains(to));
}

void tst_CampaignStatus::schedule_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("scheduledAt");
    QTest::addColumn<QString>("serverNow");
    QTest::addColumn<QString>("error");  // empty: accepted

    const QString now = "2026-05-31 18:00:00.250000";
    QTest::newRow("scheduled, no time") << "scheduled" << "" << now
                                        << "A scheduled campaign needs a scheduled time; set one or keep it as a draft.";
    QTest::newRow("scheduled, blank time") << "scheduled" << "   " << now
                                           << "A scheduled campaign needs a scheduled time; set one or keep it as a draft.";
    QTest::newRow("scheduled, past day") << "scheduled" << "2026-05-30 23:00:00" << now
                                         << "The scheduled time 2026-05-30 23:00:00 is in the past "
                                            "(server time now: 2026-05-31 18:00:00.250000).";
    QTest::newRow("scheduled, micros earlier") << "scheduled" << "2026-05-31 18:00:00.249999" << now
                                               << "The scheduled time 2026-05-31 18:00:00.249999 is in the past "
                                                  "(server time now: 2026-05-31 18:00:00.250000).";
    QTest::newRow("scheduled, whole second earlier") << "scheduled" << "2026-05-31 18:00:00" << now
                                                     << "The scheduled time 2026-05-31 18:00:00 is in the past "
                                                        "(server time now: 2026-05-31 18:00:00.250000).";
    QTest::newRow("scheduled, previous year") << "scheduled" << "2025-12-31 23:59:59" << now
                                              << "The scheduled time 2025-12-31 23:59:59 is in the past "
                                                 "(server time now: 2026-05-31 18:00:00.250000).";
    QTest::newRow("scheduled, exactly now") << "scheduled" << now << now << "";
    QTest::newRow("scheduled, micros later") << "scheduled" << "2026-05-31 18:00:00.25" << "2026-05-31 18:00:00.2" << "";
    QTest::newRow("scheduled, future") << "scheduled" << "2026-06-01 09:00:00" << now << "";
    QTest::newRow("scheduled, future with T") << "scheduled" << "2026-06-01T09:00:00" << now << "";
    QTest::newRow("scheduled, later hour same day") << "scheduled" << "2026-05-31 19:00" << now << "";
    QTest::newRow("scheduled, next year") << "scheduled" << "2027-01-01 00:00:00" << now << "";
    QTest::newRow("scheduled, server time unknown") << "scheduled" << "2020-01-01 00:00:00" << "" << "";
    QTest::newRow("scheduled, not a time") << "scheduled" << "tomorrow" << now
                                           << "The scheduled time \"tomorrow\" is not a valid date and time; "
                                              "use the form 2026-05-31 18:00:00.";
    QTest::newRow("draft, no time") << "draft" << "" << now << "";
    QTest::newRow("draft, past time") << "draft" << "2020-01-01 00:00:00" << now << "";
    QTest::newRow("paused, no time") << "paused" << "" << now << "";
    QTest::newRow("paused, past time") << "paused" << "2020-01-01 00:00:00" << now << "";
    QTest::newRow("running, past time") << "running" << "2020-01-01 00:00:00" << now << "";
    QTest::newRow("completed, no time") << "completed" << "" << now << "";
    QTest::newRow("failed, no time") << "failed" << "" << now << "";
}

void tst_CampaignStatus::schedule()
{
    QFETCH(QString, status);
    QFETCH(QString, scheduledAt);
    QFETCH(QString, serverNow);
    QFETCH(QString, error);
    const Status s = CampaignStatus::checkSchedule(status, scheduledAt, serverNow);
    QCOMPARE(s.error().message, error);
    QCOMPARE(s.error().kind, error.isEmpty() ? ErrorKind::None : ErrorKind::Invalid);
}

void tst_CampaignStatus::displayName()
{
    QCOMPARE(CampaignStatus::displayName("draft"), QString("Draft"));
    QCOMPARE(CampaignStatus::displayName("scheduled"), QString("Scheduled"));
    QCOMPARE(CampaignStatus::displayName("running"), QString("Running"));
    QCOMPARE(CampaignStatus::displayName("paused"), QString("Paused"));
    QCOMPARE(CampaignStatus::displayName("completed"), QString("Completed"));
    QCOMPARE(CampaignStatus::displayName("failed"), QString("Failed"));
    QCOMPARE(CampaignStatus::displayName("archived"), QString("archived"));
}

QTEST_GUILESS_MAIN(tst_CampaignStatus)
#include "tst_campaignstatus.moc"
