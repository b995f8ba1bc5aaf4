#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "database.h"
#include "databasestats.h"

#include <QLocale>
#include <QTreeWidgetItem>

MainWindow::MainWindow(const ConnectionSettings &settings, QWidget *parent)
    : QMainWindow(parent), ui(std::make_unique<Ui::MainWindow>()), m_settings(settings)
{
    ui->setupUi(this);
    ui->statsTree->header()->setStretchLastSection(false);
    ui->statsTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(ui->refreshButton, &QPushButton::clicked, this, &MainWindow::refresh);
}

MainWindow::~MainWindow() = default;

bool MainWindow::refresh()
{
    ui->statsTree->clear();
    const auto db = Database::connect(m_settings);
    if (!db) {
        ui->connectionLabel->setText(db.error().message);
        statusBar()->showMessage(tr("Not connected"));
        return false;
    }
    const auto stats = DatabaseStats::collect(db.value());
    if (!stats) {
        ui->connectionLabel->setText(stats.error().message);
        return false;
    }
    ui->connectionLabel->setText(tr("Connected to %1 (%2).").arg(m_settings.describe(), stats->databaseSize));

    const auto alignCount = [](QTreeWidgetItem *item) {
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    const auto addGroup = [&](const QString &title, qint64 total, const DatabaseStats::Counts &counts) {
        auto *group = alignCount(new QTreeWidgetItem(ui->statsTree, {title, QLocale().toString(total)}));
        for (const auto &c : counts)
            alignCount(new QTreeWidgetItem(group, {c.first, QLocale().toString(c.second)}));
        group->setExpanded(true);
    };
    const DatabaseStats &s = stats.value();
    addGroup(tr("Accounts by role"), DatabaseStats::total(s.usersByRole), s.usersByRole);
    addGroup(tr("WhatsApp sessions by status"), DatabaseStats::total(s.sessionsByStatus), s.sessionsByStatus);
    addGroup(tr("Messages by status"), DatabaseStats::total(s.messagesByStatus), s.messagesByStatus);
    DatabaseStats::Counts campaigns;
    qint64 campaignTotal = 0;
    for (const auto &row : s.campaignsByStatus) {
        campaigns << qMakePair(row.status, row.campaigns);
        campaignTotal += row.campaigns;
    }
    addGroup(tr("Campaigns by status"), campaignTotal, campaigns);
    addGroup(tr("Contacts by status"), DatabaseStats::total(s.contactsByStatus), s.contactsByStatus);
    alignCount(new QTreeWidgetItem(ui->statsTree, {tr("Groups"), QLocale().toString(s.groups)}));
    alignCount(new QTreeWidgetItem(ui->statsTree, {tr("Group memberships"), QLocale().toString(s.memberships)}));
    statusBar()->showMessage(tr("Loaded"));
    return true;
}
