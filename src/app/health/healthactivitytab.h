#pragma once

#include "accounts/signedin.h"
#include "health/serveractivity.h"

#include <QWidget>

class QDoubleSpinBox;
class QPushButton;
class QTableWidget;

/** Long-running statements and lock waits, with Cancel and Terminate for the chosen process (each confirmed). */
class HealthActivityTab : public QWidget
{
    Q_OBJECT

public:
    explicit HealthActivityTab(const SignedIn &signedIn, QWidget *parent = nullptr);

    void present(const QList<BackendActivity> &running, const QList<LockWait> &locks);
    double minSeconds() const;
    // The process the buttons act on: the selected statement, or the blocking side of the selected wait.
    int chosenPid() const;
    QTableWidget *runningView() const { return m_running; }
    QTableWidget *locksView() const { return m_locks; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *terminateButton() const { return m_terminate; }

signals:
    void changed();  // a process was signalled
    void minSecondsChanged();
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void signal(bool terminate);
    void retranslate();
    void updateButtons();

    const SignedIn &m_signedIn;
    QList<BackendActivity> m_runningRows;
    QList<LockWait> m_lockRows;
    QDoubleSpinBox *m_minSeconds = nullptr;
    QTableWidget *m_running = nullptr;
    QTableWidget *m_locks = nullptr;
    class QFormLayout *m_form = nullptr;
    class QLabel *m_locksLabel = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_terminate = nullptr;
    int m_chosen = 0;
};
