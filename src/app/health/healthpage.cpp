#include "health/healthpage.h"

#include "health/healthactivitytab.h"
#include "health/healthstatementstab.h"
#include "health/maintenancetab.h"

#include "i18n/displayformat.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString bytesText(qint64 bytes)
{
    return DisplayFormat::dataSize(bytes);
}

QString share(const std::optional<double> &value)
{
    return value ? DisplayFormat::percent(*value) : QStringLiteral("-");
}

QString latest(const QString &manual, const QString &automatic)
{
    const QString t = manual.isEmpty() || automatic > manual ? automatic : manual;
    return t.isEmpty() ? HealthPage::tr("never")
                       : DisplayFormat::digits(QString(t).replace(u'T', u' ').replace(u'Z', QStringLiteral(" UTC")));
}

} // namespace

HealthPage::HealthPage(const SignedIn &signedIn, QWidget *parent)
    : QWidget(parent), m_signedIn(signedIn), m_query(signedIn.settings)
{
    setObjectName(QStringLiteral("healthPage"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("healthSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refresh = new QPushButton(this);
    top->addWidget(m_summary, 1);
    top->addWidget(m_refresh, 0, Qt::AlignTop);
    layout->addLayout(top);

    m_tabs = new QTabWidget(this);
    m_tables = new QTableWidget(this);
    m_tables->setObjectName(QStringLiteral("healthTables"));
    m_indexes = new QTableWidget(this);
    m_indexes->setObjectName(QStringLiteral("healthIndexes"));
    m_activity = new HealthActivityTab(signedIn, this);
    m_statements = new HealthStatementsTab(signedIn, this);
    m_maintenance = new MaintenanceTab(signedIn, this);
    for (QWidget *tab : {static_cast<QWidget *>(m_tables), static_cast<QWidget *>(m_indexes),
                         static_cast<QWidget *>(m_activity), static_cast<QWidget *>(m_statements),
                         static_cast<QWidget *>(m_maintenance)})
        m_tabs->addTab(tab, QString());
    layout->addWidget(m_tabs, 1);
    retranslate();
    m_summary->setText(tr("Reading the health figures…"));

    connect(m_refresh, &QPushButton::clicked, this, &HealthPage::reload);
    // A signal sent or a maintenance run changes what the page shows.
    connect(m_activity, &HealthActivityTab::changed, this, &HealthPage::reload);
    connect(m_activity, &HealthActivityTab::minSecondsChanged, this, &HealthPage::reload);
    connect(m_maintenance, &MaintenanceTab::finished, this, &HealthPage::reload);
}

HealthPage::~HealthPage() = default;

void HealthPage::retranslate()
{
    m_query.setCancelledMessage(tr("Reading the health figures was cancelled."));
    m_refresh->setText(tr("&Refresh"));
    const QStringList titles = {tr("Tables"), tr("Indexes"), tr("Activity and locks"), tr("Slow statements"),
                                tr("Maintenance")};
    for (int i = 0; i < titles.size(); ++i)
        m_tabs->setTabText(i, titles.at(i));
}

void HealthPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_snapshot)
            present(*m_snapshot);
    }
    QWidget::changeEvent(event);
}

void HealthPage::reload()
{
    const double minSeconds = m_activity->minSeconds();
    m_query.start<HealthSnapshot>(
        [minSeconds](const BackgroundContext &c) -> Result<HealthSnapshot> {
            HealthSnapshot s;
            const auto health = DatabaseHealth::collect(c.database());
            if (!health)
                return health.error();
            s.health = health.value();
            const auto running = ServerActivity::running(c.database(), minSeconds);
            if (!running)
                return running.error();
            s.running = running.value();
            const auto locks = ServerActivity::locks(c.database());
            if (!locks)
                return locks.error();
            s.locks = locks.value();
            return s;
        },
        [this](const Result<HealthSnapshot> &result) {
            if (!result) {
                m_summary->setText(result.error().message);
                emit failed(result.error().message);
                return;
            }
            m_snapshot = result.value();
            present(*m_snapshot);
            m_loaded = true;
            emit loaded();
        });
}

void HealthPage::present(const HealthSnapshot &snapshot)
{
    const DatabaseHealth &h = snapshot.health;
    QStringList states;
    for (const ConnectionCount &c : h.connections)
        states << tr("%1 %L2").arg(c.state).arg(c.count);
    QString privileges = tr("Role %1 may read and write every WaQtor table.").arg(h.privileges.role);
    if (!h.privileges.gaps.isEmpty()) {
        QStringList grants;
        for (const PrivilegeGap &gap : h.privileges.gaps)
            grants << gap.grant;
        privileges = tr("Role %1 lacks privileges; a superuser or the tables' owner can run: %2")
                         .arg(h.privileges.role, grants.join(u' '));
    }
    m_summary->setText(tr("Database %1 on PostgreSQL %2, server up %L3 h. Cache hit ratio %4. Connections %L5 of %L6 (%7).\n%8")
                           .arg(h.databaseName, h.serverVersion)
                           .arg(h.uptimeSeconds / 3600)
                           .arg(share(h.cacheHitRatio))
                           .arg(h.connectionTotal())
                           .arg(h.maxConnections)
                           .arg(states.join(QStringLiteral(", ")), privileges));

    QList<QStringList> tables;
    for (const TableHealth &t : h.tables)
        tables << QStringList{t.name, t.estimatedRows < 0 ? tr("unknown") : QLocale().toString(t.estimatedRows),
                              bytesText(t.tableBytes), bytesText(t.indexBytes), bytesText(t.toastBytes),
                              QLocale().toString(t.deadRows), share(t.deadShare), latest(t.lastVacuum, t.lastAutovacuum),
                              latest(t.lastAnalyze, t.lastAutoanalyze)};
    fill(m_tables, {tr("Table"), tr("Rows (est.)"), tr("Table size"), tr("Indexes"), tr("TOAST"), tr("Dead rows"),
                    tr("Dead"), tr("Last vacuum"), tr("Last analyze")},
         tables);
    QList<QStringList> indexes;
    for (const IndexHealth &i : h.indexes)
        indexes << QStringList{i.table, i.name, bytesText(i.bytes), QLocale().toString(i.scans),
                               !i.valid   ? tr("INVALID: left by a failed concurrent build; drop it")
                               : i.unused ? tr("unused: costs writes, never read")
                               : i.unique ? tr("unique")
                                          : QString()};
    fill(m_indexes, {tr("Table"), tr("Index"), tr("Size"), tr("Scans"), tr("Note")}, indexes);
    m_activity->present(snapshot.running, snapshot.locks);
    m_statements->present(h.slowStatements);
}

void HealthPage::fill(QTableWidget *view, const QStringList &header, const QList<QStringList> &rows)
{
    view->clear();
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setColumnCount(int(header.size()));
    view->setHorizontalHeaderLabels(header);
    view->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size(); ++c)
            view->setItem(r, c, new QTableWidgetItem(rows.at(r).at(c)));
    view->resizeColumnsToContents();
    view->horizontalHeader()->setStretchLastSection(true);
}
