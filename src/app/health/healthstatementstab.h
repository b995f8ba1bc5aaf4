#pragma once

#include "accounts/signedin.h"
#include "db/backgroundquery.h"
#include "health/explainplan.h"
#include "health/slowstatements.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

/** The slowest statements (pg_stat_statements) and the plan of a chosen one as a tree (EXPLAIN, or ANALYZE once confirmed). */
class HealthStatementsTab : public QWidget
{
    Q_OBJECT

public:
    explicit HealthStatementsTab(const SignedIn &signedIn, QWidget *parent = nullptr);

    void present(const SlowStatementReport &report);
    // Explains the editor's statement off the GUI thread; ANALYZE asks first (it really runs, then is rolled back).
    void explain(bool analyze);
    QTableWidget *statementsView() const { return m_statements; }
    QPlainTextEdit *editor() const { return m_editor; }
    QTreeWidget *planView() const { return m_plan; }
    QLabel *hint() const { return m_hint; }

signals:
    void explained();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showPlan(const ExplainedPlan &plan);
    void retranslate();
    QTreeWidgetItem *item(const PlanNode &node, bool analyzed);

    const SignedIn &m_signedIn;
    BackgroundQuery m_query;
    QList<SlowStatement> m_rows;
    QLabel *m_hint = nullptr;
    QTableWidget *m_statements = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QPushButton *m_explain = nullptr;
    QPushButton *m_analyze = nullptr;
    QLabel *m_planStatus = nullptr;
    QTreeWidget *m_plan = nullptr;
    QLabel *m_editorLabel = nullptr;
    std::optional<ExplainedPlan> m_shownPlan;  // shown again on a language change
};
