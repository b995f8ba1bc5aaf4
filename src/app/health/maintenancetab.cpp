#include "health/maintenancetab.h"

#include "health/waqtortables.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

MaintenanceTab::MaintenanceTab(const SignedIn &signedIn, QWidget *parent) : QWidget(parent), m_signedIn(signedIn)
{
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_table = new QComboBox(this);
    m_table->setObjectName(QStringLiteral("maintenanceTable"));
    m_table->addItem(QString(), QString());
    for (const QString &name : WaqtorTables::names())
        m_table->addItem(name, name);
    auto *tableLabel = new QLabel(this);
    tableLabel->setBuddy(m_table);
    m_form->addRow(tableLabel, m_table);
    m_full = new QCheckBox(this);
    m_form->addRow(QString(), m_full);
    layout->addLayout(m_form);
    auto *buttons = new QHBoxLayout;
    m_vacuum = new QPushButton(this);
    m_reindex = new QPushButton(this);
    m_stop = new QPushButton(this);
    buttons->addWidget(m_vacuum);
    buttons->addWidget(m_reindex);
    buttons->addWidget(m_stop);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("maintenanceStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addStretch();

    connect(m_vacuum, &QPushButton::clicked, this, [this] {
        run(m_full->isChecked() ? Maintenance::Operation::VacuumFull : Maintenance::Operation::Vacuum);
    });
    connect(m_reindex, &QPushButton::clicked, this, [this] { run(Maintenance::Operation::Reindex); });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_maintenance)
            m_maintenance->cancel();
    });
    connect(m_table, &QComboBox::currentIndexChanged, this, [this] { setRunning(m_running); });
    retranslate();
    setRunning(false);
    if (const Status allowed = m_signedIn.policy.checkMaintain(); !allowed)
        m_status->setText(allowed.error().message);
}

MaintenanceTab::~MaintenanceTab() = default;

void MaintenanceTab::retranslate()
{
    m_table->setItemText(0, tr("All seven tables"));
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_table)))
        label->setText(tr("&Table:"));
    m_full->setText(tr("&Full: rewrite the table to give space back (locks out its readers and writers meanwhile)"));
    m_vacuum->setText(tr("&Vacuum and analyze"));
    m_reindex->setText(tr("Rebuild &indexes"));
    m_reindex->setToolTip(tr("REINDEX TABLE CONCURRENTLY: reads and writes go on meanwhile"));
    m_stop->setText(tr("&Stop"));
}

void MaintenanceTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MaintenanceTab::setRunning(bool running)
{
    m_running = running;
    const bool oneTable = !m_table->currentData().toString().isEmpty();
    // A read-only connection can watch the server, not vacuum or reindex it.
    const bool allowed = m_signedIn.policy.canMaintain();
    m_vacuum->setEnabled(!running && allowed);
    m_reindex->setEnabled(!running && allowed && oneTable);  // one table at a time: every index of it is rebuilt
    m_table->setEnabled(!running && allowed);
    m_full->setEnabled(!running && allowed);
    m_stop->setEnabled(running);
}

void MaintenanceTab::run(Maintenance::Operation operation)
{
    if (m_running)
        return;
    const QString table = m_table->currentData().toString();
    if (operation == Maintenance::Operation::VacuumFull
        && QMessageBox::question(this, tr("Vacuum full"),
                                 tr("VACUUM FULL locks %1 against every read and write until it is done, the WaQtor "
                                    "server's included. Go on?")
                                     .arg(table.isEmpty() ? tr("each table in turn") : table),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               != QMessageBox::Yes)
        return;
    m_maintenance = std::make_unique<Maintenance>(m_signedIn.settings, m_signedIn.database());
    setRunning(true);
    m_status->setText(tr("Starting…"));
    m_maintenance->start(
        operation, table.isEmpty() ? QStringList() : QStringList{table},
        [this, operation](const MaintenanceProgress &p) {
            QString line = (operation == Maintenance::Operation::Reindex ? tr("Reindexing %1 (%L2 of %L3)")
                                                                         : tr("Vacuuming %1 (%L2 of %L3)"))
                               .arg(p.table)
                               .arg(p.tableNumber)
                               .arg(p.tableCount);
            if (p.waitingForLock)
                line += tr(": waiting for a lock another session holds (see Activity and locks)");
            else if (!p.phase.isEmpty())
                line += p.blocksTotal > 0 ? tr(": %1, %L2 of %L3 blocks").arg(p.phase).arg(p.blocksDone).arg(p.blocksTotal)
                                          : tr(": %1").arg(p.phase);
            m_status->setText(line);
        },
        [this, operation](const Result<QStringList> &done) {
            setRunning(false);
            QString message;
            if (!done)
                message = done.error().message;
            else if (operation == Maintenance::Operation::Reindex)
                message = tr("Rebuilt the indexes of %1.").arg(done->join(QStringLiteral(", ")));
            else
                message = tr("Vacuumed and analyzed %1.").arg(done->join(QStringLiteral(", ")));
            m_status->setText(message);
            emit finished(done.ok(), message);
        });
}
