#pragma once

#include "overview/overviewstats.h"

#include <QWidget>

class QGridLayout;
class QGroupBox;

/**
 * The Overview's figure cards: messages today / 7 / 30 days by status, sessions, campaigns (with
 * sent and failed), contacts, groups and memberships, and for admins accounts and the database size.
 * Status lines take the status colours of the palette in use, so they read on a dark theme too.
 */
class OverviewCards : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewCards(QWidget *parent = nullptr);

    void present(const OverviewStats &stats);
    // The card titled `objectName` ("messagesTodayCard", …) as plain text, for tests and screen readers.
    QString cardText(const QString &objectName) const;

private:
    using Line = QPair<QString, qint64>;  // label, figure
    struct Card { QString name; QString title; qint64 total = -1; QString totalText; QList<Line> lines; QStringList tones; };
    void addCard(int index, const Card &card);

    QGridLayout *m_grid = nullptr;
};
