#pragma once

#include "accounts/signedin.h"
#include "db/backgroundquery.h"
#include "health/databasehealth.h"
#include "health/serveractivity.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class HealthActivityTab;
class HealthStatementsTab;
class MaintenanceTab;

/** Everything `waqtor-db health`, `activity` and `locks` show, plus their actions, for admins (--page health). */
struct HealthSnapshot
{
    DatabaseHealth health;
    QList<BackendActivity> running;
    QList<LockWait> locks;
};

/**
 * The admins' Health page: one snapshot read off the GUI thread (a BackgroundQuery, so a slow catalogue never
 * freezes the window and a newer reload drops an older answer), shown in tabs: tables, indexes, activity and
 * locks (cancel, terminate), slow statements (explain), maintenance (vacuum, reindex with progress).
 */
class HealthPage : public QWidget
{
    Q_OBJECT

public:
    explicit HealthPage(const SignedIn &signedIn, QWidget *parent = nullptr);
    ~HealthPage() override;

    void reload();
    bool isLoaded() const { return m_loaded; }
    QString title() const { return tr("Health"); }
    QTabWidget *tabs() const { return m_tabs; }
    HealthActivityTab *activityTab() const { return m_activity; }
    HealthStatementsTab *statementsTab() const { return m_statements; }
    MaintenanceTab *maintenanceTab() const { return m_maintenance; }
    QTableWidget *tablesView() const { return m_tables; }

    // Fills `view` with `rows` under `header`, read-only; shared by the tabs.
    static void fill(QTableWidget *view, const QStringList &header, const QList<QStringList> &rows);

protected:
    // LanguageChange: the fixed texts, and what was read last, presented again in the new language.
    void changeEvent(QEvent *event) override;

signals:
    void loaded();
    void failed(const QString &message);

private:
    void present(const HealthSnapshot &snapshot);
    void retranslate();

    const SignedIn &m_signedIn;
    BackgroundQuery m_query;
    bool m_loaded = false;
    std::optional<HealthSnapshot> m_snapshot;  // the last one read, shown again on a language change
    QLabel *m_summary = nullptr;
    QPushButton *m_refresh = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_tables = nullptr;
    QTableWidget *m_indexes = nullptr;
    HealthActivityTab *m_activity = nullptr;
    HealthStatementsTab *m_statements = nullptr;
    MaintenanceTab *m_maintenance = nullptr;
};
