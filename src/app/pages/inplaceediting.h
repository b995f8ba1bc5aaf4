#pragma once

#include "foundation/result.h"
#include "models/windowedtablemodel.h"

#include <QObject>
#include <functional>

class QAction;
class TablePage;

/**
 * A page's edits where the cell is (F2, or a click on a selected cell), Ctrl+Z / Ctrl+Shift+Z over
 * those and over its dialogs' saves, and the question a stale save asks (reload, overwrite, cancel).
 * The page's model writes through its repository; this class only decides what the user is offered.
 */
class InPlaceEditing : public QObject
{
    Q_OBJECT

public:
    // `fields` edit in place through `access`; the page's actions gain Undo and Redo.
    InPlaceEditing(TablePage *page, WindowedTableModel *model, const QStringList &fields,
                   WindowedTableModel::RowAccess access);

    // Runs a dialog for the row (`runDialog` returns whether it saved) and records the save for Ctrl+Z.
    bool editWithUndo(const QString &rowId, const std::function<bool()> &runDialog);
    // Undo's and Redo's texts, in the language in use.
    void retranslate();

signals:
    void statusMessage(const QString &message);
    void errorOccurred(const Error &error);
    void reloadRequested();

private:
    void undoOrRedo(bool undo);
    void cellSaveFailed(const Error &error, const QString &rowId, const QString &field, const QVariant &value);

    TablePage *m_page;
    WindowedTableModel *m_model;
    QAction *m_undo;
    QAction *m_redo;
};
