#include "pages/rowcount.h"

#include "db/backgroundquery.h"
#include "db/databaseprobe.h"
#include "db/exactcounter.h"
#include "models/windowedtablemodel.h"

#include <QBoxLayout>
#include <QCoreApplication>
#include <QLabel>
#include <QToolButton>

namespace {
// The page's own words: translated under TablePage, where they were written first.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TablePage)
};
}

RowCount::RowCount(const SignedIn &signedIn, WindowedTableModel *model, QLabel *label, std::function<QString()> title,
                   std::function<bool()> loaded, QObject *parent)
    : QObject(parent), m_signedIn(signedIn), m_model(model), m_label(label), m_title(std::move(title)),
      m_loaded(std::move(loaded)), m_query(new BackgroundQuery(signedIn.settings, this))
{
    m_query->setCancelledMessage(ExactCounter::cancelledMessage());
}

RowCount::~RowCount()
{
    stop();
    m_query->waitForDone();
}

qsizetype RowCount::workers() const
{
    return m_query->workerCount();
}

void RowCount::addButton()
{
    auto *page = qobject_cast<QWidget *>(parent());
    m_button = new QToolButton(page);
    m_button->setObjectName(QStringLiteral("exactCountButton"));
    connect(m_button, &QToolButton::clicked, this, [this] {
        if (m_counting)
            cancel();
        else
            start();
    });
    // The footers are QHBoxLayouts nested in the page's own layout: find the one holding the label.
    QWidget *holder = m_label->parentWidget();
    const QList<QBoxLayout *> layouts = holder->findChildren<QBoxLayout *>();
    for (QBoxLayout *layout : layouts) {
        if (const int at = layout->indexOf(m_label); at >= 0) {
            layout->insertWidget(at + 1, m_button);
            showButton();
            return;
        }
    }
    if (holder->layout())
        holder->layout()->addWidget(m_button);
    showButton();
}

void RowCount::invalidate()
{
    stop();
    m_exactCount.reset();
    m_estimateStale = true;
    showButton();
}

void RowCount::update()
{
    // Paging and sorting change neither the count nor the estimate shown beside a running count.
    if (m_counting || m_exactCount) {
        show();
        return;
    }
    if (m_estimateStale) {
        // Scrolling and sorting keep the rows counted: the estimate is asked again after a reload only.
        estimate();
        m_estimateStale = false;
    }
    // A small table is counted at once (milliseconds), so its count never contradicts the rows
    // shown beside it; only a big one shows the planner's "about N" until asked to count.
    if (m_smallTable) {
        start();
        return;
    }
    show();
}

void RowCount::showButton()
{
    if (!m_button)
        return;  // the page is not set up yet
    m_button->setText(m_counting ? Tr::tr("Cancel") : Tr::tr("Count exactly"));
    m_button->setToolTip(m_counting ? Tr::tr("Stop counting; the estimate is shown again.")
                                    : Tr::tr("Count every row of this view on the server: exact, but it can take a "
                                             "while on millions of rows."));
    // Before the first load the filters (and a marketer's own-rows scope) are not applied yet.
    m_button->setEnabled(m_loaded() || m_counting);
}

void RowCount::show()
{
    showButton();
    if (m_counting)
        m_label->setText(Tr::tr("Counting…"));
    else if (m_exactCount)
        m_label->setText(Tr::tr("%1: %L2 (exact)").arg(m_title()).arg(*m_exactCount));
    else
        m_label->setText(m_estimateText);
}

void RowCount::estimate()
{
    // The whole table's size by the planner (its statistics, or the page count before the first ANALYZE).
    const auto tableRows = DatabaseProbe::planEstimate(m_signedIn.database(), m_model->tableName(), QStringLiteral("true"));
    m_smallTable = tableRows && tableRows.value() < SmallTableRows;
    // An estimate that cannot be had leaves the last text: the exact count is a click away.
    const QString where = m_model->whereClause();
    if (where.isEmpty()) {
        // Unfiltered: the planner's statistics, free at any size; -1 until the first ANALYZE.
        if (const auto estimate = DatabaseProbe::tableEstimate(m_signedIn.database(), m_model->tableName())) {
            // "Title: about N" reads right for one row or ten million, in any language.
            m_estimateText = estimate.value() < 0 ? Tr::tr("%1: counting…").arg(m_title())
                                                  : Tr::tr("%1: about %L2").arg(m_title()).arg(estimate.value());
        }
        return;
    }
    // Filtered or scoped: the planner's estimate for the same conditions (parameters are bound).
    m_model->bindParameters();
    if (const auto rows = DatabaseProbe::planEstimate(m_signedIn.database(), m_model->tableName(), where))
        m_estimateText = Tr::tr("%1: ≈ %L2").arg(m_title()).arg(rows.value());
}

// count(*) reads every matching row: seconds or minutes on millions, so it runs on a connection of
// its own in a worker thread, and Cancel stops it on the server.
void RowCount::start()
{
    if (!m_loaded())
        return;
    stop();
    const ExactCounter counter(m_model->tableName(), m_model->whereClause(), m_model->boundParameters());
    m_query->start<qint64>([counter](const BackgroundContext &context) { return counter.count(context); },
                           [this](const Result<qint64> &result) { finish(result); });
    m_counting = true;
    m_exactCount.reset();
    show();
}

void RowCount::cancel()
{
    if (!stop())
        return;
    show();
    emit statusMessage(Tr::tr("Counting cancelled."));
}

bool RowCount::stop()
{
    const bool wasCounting = m_counting;
    m_query->discard();
    m_counting = false;
    return wasCounting;
}

void RowCount::finish(const Result<qint64> &result)
{
    m_counting = false;
    if (result)
        m_exactCount = result.value();
    show();
    emit counted();
    if (!result && result.error().kind != ErrorKind::Interrupted) {
        m_label->setText(result.error().message);
        emit statusMessage(result.error().message);
    }
}
