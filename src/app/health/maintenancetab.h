#pragma once

#include "accounts/signedin.h"
#include "health/maintenance.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

/** VACUUM (ANALYZE) / VACUUM FULL / REINDEX TABLE CONCURRENTLY of one WaQtor table or all, with progress and Stop. */
class MaintenanceTab : public QWidget
{
    Q_OBJECT

public:
    explicit MaintenanceTab(const SignedIn &signedIn, QWidget *parent = nullptr);
    ~MaintenanceTab() override;

    void run(Maintenance::Operation operation);
    bool isRunning() const { return m_running; }
    QComboBox *tableChoice() const { return m_table; }
    QLabel *status() const { return m_status; }
    QPushButton *vacuumButton() const { return m_vacuum; }
    QPushButton *reindexButton() const { return m_reindex; }
    QPushButton *stopButton() const { return m_stop; }

signals:
    void finished(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setRunning(bool running);
    void retranslate();

    const SignedIn &m_signedIn;
    std::unique_ptr<Maintenance> m_maintenance;
    bool m_running = false;
    QComboBox *m_table = nullptr;
    QCheckBox *m_full = nullptr;
    QPushButton *m_vacuum = nullptr;
    QPushButton *m_reindex = nullptr;
    QPushButton *m_stop = nullptr;
    QLabel *m_status = nullptr;
    class QFormLayout *m_form = nullptr;
};
