#include "tablepage.h"

#include "celldelegate.h"
#include "sqlerrortext.h"
#include "windowedtablemodel.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableView>
#include <QTimer>

TablePage::TablePage(Entity entity, const SignedIn &signedIn, QWidget *parent)
    : QWidget(parent), m_entity(entity), m_signedIn(signedIn)
{
}

void TablePage::setUp(const Widgets &widgets, WindowedTableModel *model)
{
    m_widgets = widgets;
    m_model = model;
    QTableView *view = widgets.table;
    view->setModel(model);
    view->setItemDelegate(new CellDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSortIndicator(model->fieldIndex(QStringLiteral("created_at")), Qt::DescendingOrder);
    view->horizontalHeader()->setStretchLastSection(true);
    connect(view, &QTableView::doubleClicked, this, [this] { editCurrent(); });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TablePage::selectionChanged);

    // Filters apply after a short pause in typing, on the server.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(300);
    connect(debounce, &QTimer::timeout, this, &TablePage::reload);
    if (widgets.search)
        connect(widgets.search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {widgets.status, widgets.owner})
        if (combo)
            connect(combo, &QComboBox::currentIndexChanged, this, &TablePage::reload);
    if (widgets.owner) {
        widgets.owner->setVisible(policy().seesAllOwners());
        if (policy().seesAllOwners())
            fillOwnerFilter();
    }
    connect(widgets.previous, &QAbstractButton::clicked, this, [this] {
        if (m_model->previousPage())
            updatePaging();
    });
    connect(widgets.next, &QAbstractButton::clicked, this, [this] {
        if (m_model->nextPage())
            updatePaging();
    });
    connect(view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] { updatePaging(); });
}

void TablePage::fillOwnerFilter()
{
    QComboBox *combo = m_widgets.owner;
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("All owners"), QString());
    QSqlQuery q(m_signedIn.database());
    // Owners by email; a few thousand accounts at most.
    if (q.exec(QStringLiteral("SELECT id::text, email FROM users ORDER BY lower(email)")))
        while (q.next())
            combo->addItem(q.value(1).toString(), q.value(0).toString());
}

QString TablePage::ownerFilter() const
{
    if (!policy().seesAllOwners())
        return policy().ownerScope();
    return m_widgets.owner ? m_widgets.owner->currentData().toString() : QString();
}

bool TablePage::reload()
{
    applyFilters();
    if (!m_model->firstPage()) {
        const Error error = SqlErrorText::toError(tr("Could not load the %1").arg(PermissionPolicy::entityName(m_entity)),
                                                  m_model->lastError());
        m_widgets.count->setText(error.message);
        emit failed(error.message);
        return false;
    }
    // Our own helper columns (row id, window numbering) stay out of sight.
    for (int c = m_model->tableColumnCount(); c < m_model->columnCount(); ++c)
        m_widgets.table->setColumnHidden(c, true);
    updatePaging();
    if (!m_loaded)
        m_widgets.table->resizeColumnsToContents();
    m_loaded = true;
    emit loaded();
    return true;
}

void TablePage::updatePaging()
{
    m_widgets.previous->setEnabled(m_model->hasPreviousPage());
    m_widgets.next->setEnabled(m_model->hasNextPage());
    const int first = m_model->pageIndex() * m_model->windowSize() + 1;
    const int rows = m_model->rowCount();
    m_widgets.page->setText(rows == 0 ? tr("No rows") : tr("Rows %1–%2").arg(first).arg(first + rows - 1));
    updateCount();
    emit selectionChanged();
}

void TablePage::updateCount()
{
    QSqlDatabase db = m_signedIn.database();
    const QString where = m_model->whereClause();
    QSqlQuery q(db);
    if (where.isEmpty()) {
        // Unfiltered: the planner's statistics, free at any size; -1 until the first ANALYZE.
        q.prepare(QStringLiteral("SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass(:table)"));
        q.bindValue(QStringLiteral(":table"), m_model->tableName());
        if (q.exec() && q.next()) {
            const qint64 estimate = q.value(0).toLongLong();
            // "Title: about N" reads right for one row or ten million, in any language.
            m_widgets.count->setText(estimate < 0 ? tr("%1: counting…").arg(title())
                                                  : tr("%1: about %L2").arg(title()).arg(estimate));
        }
        return;
    }
    // Filtered or scoped: the planner's estimate for the same conditions (parameters are bound).
    m_model->bindParameters();
    if (q.exec(QStringLiteral("EXPLAIN (FORMAT JSON) SELECT 1 FROM %1 WHERE %2").arg(m_model->tableName(), where))
        && q.next()) {
        const QJsonArray plan = QJsonDocument::fromJson(q.value(0).toByteArray()).array();
        const qint64 rows = qint64(plan.at(0).toObject().value(QStringLiteral("Plan")).toObject()
                                       .value(QStringLiteral("Plan Rows")).toDouble());
        m_widgets.count->setText(tr("%1: ≈ %L2").arg(title()).arg(rows));
    }
}

bool TablePage::hasSelection() const
{
    return m_widgets.table && m_widgets.table->selectionModel() && m_widgets.table->selectionModel()->hasSelection();
}

QString TablePage::currentId() const
{
    const QModelIndex index = m_widgets.table->currentIndex();
    return index.isValid() ? m_model->rowId(index.row()) : QString();
}

QStringList TablePage::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_widgets.table->selectionModel()->selectedRows())
        ids << m_model->rowId(index.row());
    return ids;
}

void TablePage::showError(const Error &error)
{
    QMessageBox box(QMessageBox::Warning, title(), error.message, QMessageBox::Ok, this);
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    box.exec();
}
