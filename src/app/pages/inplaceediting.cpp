#include "pages/inplaceediting.h"

#include "dialogs/staleeditprompt.h"
#include "pages/tablepage.h"

#include <QAction>
#include <QKeySequence>

InPlaceEditing::InPlaceEditing(TablePage *page, WindowedTableModel *model, const QStringList &fields,
                               WindowedTableModel::RowAccess access)
    : QObject(page), m_page(page), m_model(model), m_undo(new QAction(this)), m_redo(new QAction(this))
{
    m_model->setEditableFields(fields);
    m_model->setRowAccess(std::move(access));
    connect(m_model, &WindowedTableModel::cellSaveFailed, this, &InPlaceEditing::cellSaveFailed);
    connect(m_model, &WindowedTableModel::cellSaved, this, [this] { emit statusMessage(tr("Saved.")); });
    // Ctrl+Z / Ctrl+Shift+Z anywhere on the page but in an open editor (which keeps its own undo).
    m_undo->setObjectName(QStringLiteral("undoEditAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setObjectName(QStringLiteral("redoEditAction"));
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    for (QAction *a : {m_undo, m_redo}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        page->addAction(a);
    }
    connect(m_undo, &QAction::triggered, this, [this] { undoOrRedo(true); });
    connect(m_redo, &QAction::triggered, this, [this] { undoOrRedo(false); });
    retranslate();
}

void InPlaceEditing::retranslate()
{
    // Help → Keyboard shortcuts lists the actions by these texts.
    m_undo->setText(tr("&Undo last save"));
    m_redo->setText(tr("&Redo save"));
}

bool InPlaceEditing::editWithUndo(const QString &rowId, const std::function<bool()> &runDialog)
{
    // Without the access (a viewer, a read-only connection) the dialog changes nothing to undo.
    const auto before = m_model->hasRowAccess() ? m_model->readRow(rowId) : Result<QVariantMap>(Error::invalid(QString()));
    if (!runDialog())
        return false;
    if (before) {
        if (const auto after = m_model->readRow(rowId))
            m_model->recordSave(rowId, before.value(), after.value());
    }
    return true;
}

void InPlaceEditing::undoOrRedo(bool undo)
{
    if (undo ? !m_model->canUndo() : !m_model->canRedo()) {
        emit statusMessage(undo ? tr("Nothing to undo.") : tr("Nothing to redo."));
        return;
    }
    if (const Status s = undo ? m_model->undo() : m_model->redo(); !s) {
        // Stale: someone changed the row since; their value stays, and so does the history.
        emit errorOccurred(s.error());
        return;
    }
    emit statusMessage(undo ? tr("Undone: the row is back as it was before the save.")
                            : tr("Redone: the row is saved again as it was."));
}

void InPlaceEditing::cellSaveFailed(const Error &error, const QString &rowId, const QString &field, const QVariant &value)
{
    if (error.kind != ErrorKind::Stale) {
        emit errorOccurred(error);
        return;
    }
    switch (StaleEditPrompt::ask(m_page, m_page->title(), error.message)) {
    case StaleEditPrompt::Choice::Reload:
        emit reloadRequested();
        return;
    case StaleEditPrompt::Choice::Cancel:
        return;
    case StaleEditPrompt::Choice::Overwrite:
        if (const Status s = m_model->overwrite(rowId, field, value); !s)
            emit errorOccurred(s.error());
        return;
    }
}
