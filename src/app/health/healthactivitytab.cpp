#include "health/healthactivitytab.h"

#include "health/backendsignal.h"
#include "health/healthpage.h"
#include "i18n/displayformat.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString oneLine(const QString &text)
{
    return text.simplified().left(200);
}

QString seconds(double s)
{
    return HealthActivityTab::tr("%1 s").arg(QLocale().toString(s, 'f', 1));
}

} // namespace

HealthActivityTab::HealthActivityTab(const SignedIn &signedIn, QWidget *parent) : QWidget(parent), m_signedIn(signedIn)
{
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_minSeconds = new QDoubleSpinBox(this);
    m_minSeconds->setObjectName(QStringLiteral("minSeconds"));
    m_minSeconds->setRange(0, 86400);
    m_minSeconds->setValue(5);
    auto *minSecondsLabel = new QLabel(this);
    minSecondsLabel->setBuddy(m_minSeconds);
    m_form->addRow(minSecondsLabel, m_minSeconds);
    layout->addLayout(m_form);
    m_running = new QTableWidget(this);
    m_running->setObjectName(QStringLiteral("runningView"));
    layout->addWidget(m_running, 2);
    m_locksLabel = new QLabel(this);
    layout->addWidget(m_locksLabel);
    m_locks = new QTableWidget(this);
    m_locks->setObjectName(QStringLiteral("locksView"));
    layout->addWidget(m_locks, 1);
    auto *buttons = new QHBoxLayout;
    m_cancel = new QPushButton(this);
    m_terminate = new QPushButton(this);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_terminate);
    layout->addLayout(buttons);

    connect(m_minSeconds, &QDoubleSpinBox::editingFinished, this, &HealthActivityTab::minSecondsChanged);
    connect(m_cancel, &QPushButton::clicked, this, [this] { signal(false); });
    connect(m_terminate, &QPushButton::clicked, this, [this] { signal(true); });
    connect(m_running, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_running->currentRow();
        if (m_running->selectionModel()->hasSelection() && row >= 0 && row < m_runningRows.size()) {
            m_chosen = m_runningRows.at(row).pid;
            m_locks->clearSelection();
        }
        updateButtons();
    });
    connect(m_locks, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_locks->currentRow();
        if (m_locks->selectionModel()->hasSelection() && row >= 0 && row < m_lockRows.size()) {
            m_chosen = m_lockRows.at(row).blocking.pid;
            m_running->clearSelection();
        }
        updateButtons();
    });
    retranslate();
    updateButtons();
}

void HealthActivityTab::retranslate()
{
    m_minSeconds->setSuffix(tr(" s"));
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_minSeconds)))
        label->setText(tr("Running for at &least:"));
    m_locksLabel->setText(tr("Blocked statements and what blocks them:"));
    m_cancel->setText(tr("&Cancel statement…"));
    m_cancel->setToolTip(tr("pg_cancel_backend: stops the statement, keeps the connection"));
    m_terminate->setText(tr("&Terminate connection…"));
    m_terminate->setToolTip(tr("pg_terminate_backend: ends the connection and rolls back its open transaction"));
}

void HealthActivityTab::changeEvent(QEvent *event)
{
    // The tables are filled again by HealthPage, which keeps the snapshot they came from.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

double HealthActivityTab::minSeconds() const
{
    return m_minSeconds->value();
}

int HealthActivityTab::chosenPid() const
{
    const bool selected = m_running->selectionModel() && (m_running->selectionModel()->hasSelection()
                                                           || (m_locks->selectionModel() && m_locks->selectionModel()->hasSelection()));
    return selected ? m_chosen : 0;
}

void HealthActivityTab::present(const QList<BackendActivity> &running, const QList<LockWait> &locks)
{
    m_runningRows = running;
    m_lockRows = locks;
    QList<QStringList> rows;
    for (const BackendActivity &b : running)
        rows << QStringList{DisplayFormat::digits(QString::number(b.pid)), b.user, b.state.isEmpty() ? tr("(hidden)") : b.state,
                            seconds(b.durationSeconds), b.waitEventType.isEmpty() ? QString() : b.waitEventType + u':' + b.waitEvent,
                            oneLine(b.query)};
    HealthPage::fill(m_running, {tr("Pid"), tr("User"), tr("State"), tr("For"), tr("Waiting on"), tr("Statement")}, rows);
    rows.clear();
    for (const LockWait &w : locks)
        rows << QStringList{DisplayFormat::digits(QString::number(w.blocked.pid)), seconds(w.blocked.durationSeconds),
                            w.lockMode + u' ' + w.lockTarget, oneLine(w.blocked.query), DisplayFormat::digits(QString::number(w.blocking.pid)),
                            w.blocking.user, w.blocking.state.isEmpty() ? tr("(hidden)") : w.blocking.state,
                            oneLine(w.blocking.query)};
    HealthPage::fill(m_locks, {tr("Blocked pid"), tr("Waiting"), tr("For lock"), tr("Blocked statement"), tr("Blocking pid"),
                               tr("User"), tr("State"), tr("Blocking statement")},
                     rows);
    m_chosen = 0;
    updateButtons();
}

void HealthActivityTab::updateButtons()
{
    const bool chosen = chosenPid() > 0;
    m_cancel->setEnabled(chosen);
    m_terminate->setEnabled(chosen);
}

void HealthActivityTab::signal(bool terminate)
{
    const int pid = chosenPid();
    if (pid <= 0)
        return;
    const auto process = BackendSignal::check(m_signedIn.database(), pid);
    if (!process) {
        QMessageBox::warning(this, tr("Health"), process.error().message);
        emit changed();
        return;
    }
    const QString what = tr("Process %1 (role %2, %3): %4")
                             .arg(DisplayFormat::digits(QString::number(pid)))
                             .arg(process->user, process->state, oneLine(process->query));
    const QString question = terminate ? tr("End this connection? Its open transaction is rolled back.\n\n%1").arg(what)
                                       : tr("Cancel this statement?\n\n%1").arg(what);
    if (QMessageBox::question(this, terminate ? tr("Terminate connection") : tr("Cancel statement"), question,
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    const Status sent = BackendSignal::send(m_signedIn.database(), pid,
                                            terminate ? BackendSignal::Kind::Terminate : BackendSignal::Kind::Cancel);
    if (!sent)
        QMessageBox::warning(this, tr("Health"), sent.error().message);
    else
        emit message(terminate ? tr("Ended process %1.").arg(DisplayFormat::digits(QString::number(pid)))
                                 : tr("Cancelled the statement of process %1.").arg(DisplayFormat::digits(QString::number(pid))));
    emit changed();
}
