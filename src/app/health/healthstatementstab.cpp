#include "health/healthstatementstab.h"

#include "health/healthpage.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

HealthStatementsTab::HealthStatementsTab(const SignedIn &signedIn, QWidget *parent)
    : QWidget(parent), m_signedIn(signedIn), m_query(signedIn.settings)
{
    auto *layout = new QVBoxLayout(this);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("statementsHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_hint);
    m_statements = new QTableWidget(this);
    m_statements->setObjectName(QStringLiteral("statementsView"));
    layout->addWidget(m_statements, 2);
    m_editorLabel = new QLabel(this);
    layout->addWidget(m_editorLabel);
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("statementEditor"));
    m_editor->setMaximumHeight(90);
    layout->addWidget(m_editor);
    auto *buttons = new QHBoxLayout;
    m_planStatus = new QLabel(this);
    m_planStatus->setObjectName(QStringLiteral("planStatus"));
    m_planStatus->setWordWrap(true);
    m_explain = new QPushButton(this);
    m_analyze = new QPushButton(this);
    buttons->addWidget(m_planStatus, 1);
    buttons->addWidget(m_explain);
    buttons->addWidget(m_analyze);
    layout->addLayout(buttons);
    m_plan = new QTreeWidget(this);
    m_plan->setObjectName(QStringLiteral("planView"));
    layout->addWidget(m_plan, 3);

    connect(m_statements, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_statements->currentRow();
        if (row >= 0 && row < m_rows.size())
            m_editor->setPlainText(m_rows.at(row).query);
    });
    connect(m_explain, &QPushButton::clicked, this, [this] { explain(false); });
    connect(m_analyze, &QPushButton::clicked, this, [this] { explain(true); });
    retranslate();
}

void HealthStatementsTab::retranslate()
{
    m_query.setCancelledMessage(tr("Explaining the statement was cancelled."));
    m_editorLabel->setText(tr("Statement to explain (write values in place of $1, $2, …):"));
    m_explain->setText(tr("E&xplain"));
    m_analyze->setText(tr("Explain &ANALYZE…"));
    m_analyze->setToolTip(tr("Runs the statement inside a transaction that is then rolled back, and shows real timings"));
    m_plan->setHeaderLabels({tr("Node"), tr("Cost"), tr("Rows (est.)"), tr("Rows (actual)"), tr("Time ms (actual)"),
                             tr("Detail")});
}

void HealthStatementsTab::changeEvent(QEvent *event)
{
    // The statements table is filled again by HealthPage; the plan shown is redrawn here.
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_shownPlan)
            showPlan(*m_shownPlan);
    }
    QWidget::changeEvent(event);
}

void HealthStatementsTab::present(const SlowStatementReport &report)
{
    m_rows = report.statements;
    m_hint->setText(report.available ? tr("Slowest mean first, from pg_stat_statements.") : report.hint);
    QList<QStringList> rows;
    for (const SlowStatement &s : report.statements)
        rows << QStringList{QLocale().toString(s.meanMs, 'f', 2), QLocale().toString(s.calls),
                            QLocale().toString(s.totalMs, 'f', 1), s.query.simplified().left(300)};
    HealthPage::fill(m_statements, {tr("Mean ms"), tr("Calls"), tr("Total ms"), tr("Statement")}, rows);
}

void HealthStatementsTab::explain(bool analyze)
{
    const QString statement = m_editor->toPlainText();
    if (analyze
        && QMessageBox::question(this, tr("Explain ANALYZE"),
                                 tr("EXPLAIN ANALYZE really runs the statement, then rolls back whatever it changed. "
                                    "A slow statement stays slow, and holds its locks until then. Run it?"),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               != QMessageBox::Yes)
        return;
    m_planStatus->setText(tr("Explaining…"));
    m_query.start<ExplainedPlan>(
        [statement, analyze](const BackgroundContext &c) { return ExplainPlan::explain(c.database(), statement, analyze); },
        [this](const Result<ExplainedPlan> &plan) {
            if (!plan) {
                m_shownPlan.reset();
                m_plan->clear();
                m_planStatus->setText(plan.error().message);
            } else {
                showPlan(plan.value());
            }
            emit explained();
        });
}

void HealthStatementsTab::showPlan(const ExplainedPlan &plan)
{
    m_shownPlan = plan;
    m_plan->clear();
    m_plan->addTopLevelItem(item(plan.root, plan.analyzed));
    m_plan->expandAll();
    m_plan->resizeColumnToContents(0);
    m_planStatus->setText(plan.analyzed ? tr("Executed in %1 ms, then rolled back.")
                                              .arg(QLocale().toString(plan.executionMs.value_or(0), 'f', 2))
                                        : tr("Estimated plan; nothing was run."));
}

QTreeWidgetItem *HealthStatementsTab::item(const PlanNode &node, bool analyzed)
{
    // Whole sentences, so a translator can order node, table and index as the language needs.
    QString name = node.nodeType;
    if (!node.relation.isEmpty() && !node.index.isEmpty())
        name = tr("%1 on %2 using %3", "plan node, table, index").arg(node.nodeType, node.relation, node.index);
    else if (!node.relation.isEmpty())
        name = tr("%1 on %2", "plan node, table").arg(node.nodeType, node.relation);
    else if (!node.index.isEmpty())
        name = tr("%1 using %2", "plan node, index").arg(node.nodeType, node.index);
    auto *it = new QTreeWidgetItem(QStringList{name, QLocale().toString(node.totalCost, 'f', 2),
                                               QLocale().toString(node.planRows, 'f', 0),
                                               analyzed && node.actualRows ? QLocale().toString(*node.actualRows, 'f', 0) : QString(),
                                               analyzed && node.actualTotalMs ? QLocale().toString(*node.actualTotalMs, 'f', 3) : QString(),
                                               node.detail});
    for (const PlanNode &child : node.children)
        it->addChild(item(child, analyzed));
    return it;
}
