#pragma once

#include "accounts/permissionpolicy.h"
#include "models/windowedtablemodel.h"
#include "foundation/result.h"
#include "accounts/signedin.h"

#include <QList>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QAbstractButton;
class BackgroundQuery;
class GridView;
class QTableView;
class QTimer;
class QToolButton;
class WindowedTableModel;

/**
 * What every table page shares: a windowed model bound to a QTableView, a filter bar, window
 * paging, the row-count label and the New / Edit / Delete / Refresh hooks the main window calls.
 * Each page is its own subclass with its own .ui.
 */
class TablePage : public QWidget
{
    Q_OBJECT

public:
    TablePage(Entity entity, const SignedIn &signedIn, QWidget *parent = nullptr);
    ~TablePage() override;

    Entity entity() const { return m_entity; }
    virtual QString title() const = 0;
    const PermissionPolicy &policy() const { return m_signedIn.policy; }

    // Reloads the first window with the current filters; false (and failed()) on a database error.
    bool reload();
    // The tables whose changes this page shows: live updates refresh it when one of them changes.
    virtual QStringList liveTables() const;
    // Reloads the window in view after a change made elsewhere, keeping the selection, the current
    // cell and the scroll position. An open in-place editor is never closed under the user: the
    // refresh waits until it closes. Dialogs are not touched (a save from one meets the stale check).
    void refreshInPlace();
    // Changed while not shown: refreshed in place when shown again.
    void markStale() { m_stale = true; }
    bool isStale() const { return m_stale; }
    virtual void newRecord() {}
    virtual void editCurrent() {}
    virtual void deleteSelected() {}
    bool hasSelection() const;
    // Opens the export dialog for the current view (filters and sort) or the selected rows.
    void exportCsv();
    bool isLoaded() const { return m_loaded; }
    WindowedTableModel *model() const { return m_model; }
    QTableView *tableView() const;
    GridView *grid() const { return m_widgets.table; }

    // The footer's exact count: counts the current view's rows on the server in a worker thread.
    void startExactCount();
    // Stops a running exact count (on the server too) and shows the estimate again.
    void cancelExactCount();
    bool isCountingExactly() const;
    // Count threads not yet ended, cancelled ones included: at 0 no late answer can arrive any more.
    qsizetype countWorkers() const;

signals:
    void loaded();
    // refreshInPlace() reloaded the window.
    void refreshed();
    void failed(const QString &message);
    void statusMessage(const QString &message);
    void selectionChanged();

protected:
    // LanguageChange: every onLanguageChange() function, then the texts this class sets (count, paging, owners).
    void changeEvent(QEvent *event) override;
    // Runs `retranslate` now and again on every language change, so texts set in code (ui->retranslateUi,
    // model headers, filter items) follow the language without a restart; it calls tr() each time.
    void onLanguageChange(std::function<void()> retranslate);

    struct Widgets
    {
        GridView *table = nullptr;
        QLineEdit *search = nullptr;
        QComboBox *status = nullptr;  // optional
        QComboBox *owner = nullptr;   // optional; hidden for roles scoped to their own rows
        QLabel *count = nullptr;
        QAbstractButton *previous = nullptr;
        QAbstractButton *next = nullptr;
        QLabel *page = nullptr;
    };
    // Wires the widgets to the model; call once from the subclass constructor after setupUi().
    void setUp(const Widgets &widgets, WindowedTableModel *model);
    // Sets the model's conditions and parameters from the filter widgets (called before each reload).
    virtual void applyFilters() = 0;
    // Shows what another page asked for (the Overview's charts): the filter widgets take these values
    // without a reload each, then one reload. A value the widgets do not offer falls back to "all".
    void showFiltered(const QString &text, const QString &status, const QString &ownerId);
    // The owner filter's choice, or the signed-in user's id when the role only sees its own rows.
    QString ownerFilter() const;
    void showError(const Error &error);
    // Lets the table edit `fields` in place (F2, or a click on a selected cell) through `writer`;
    // only for roles that may edit, and the owner column only for roles that see every owner.
    void enableInPlaceEditing(QStringList fields, WindowedTableModel::RowAccess access);
    // Runs the page's edit dialog for the row (`runDialog` returns whether it saved) and records the
    // save for Ctrl+Z: the row's fields are read through the page's RowAccess before and after.
    bool editWithUndo(const QString &rowId, const std::function<bool()> &runDialog);
    const SignedIn &signedIn() const { return m_signedIn; }
    // After a dialog created a row: reloads, shows the row and selects it (the window moves to it
    // when it is further down), and says `created`; or says that the filters hide it.
    void showCreated(const QString &id, const QString &created);
    QString currentId() const;
    QStringList selectedIds() const;

private:
    void addRowActions();
    void updatePaging();
    // "Rows 201–400", or "The last 200 rows" after Ctrl+End while the count is unknown.
    void showRows();

    Entity m_entity;
    const SignedIn &m_signedIn;
    Widgets m_widgets;
    WindowedTableModel *m_model = nullptr;
    bool m_loaded = false;
    class RowCount *m_rowCount = nullptr;  // the count beside the table; made by setUp()
    class FilterBar *m_filters = nullptr;  // made by setUp()
    class InPlaceEditing *m_editing = nullptr;  // for roles that may edit; made by enableInPlaceEditing()
    QList<std::function<void()>> m_retranslations;
    bool m_stale = false;
    bool m_refreshWaits = false;  // a refresh is waiting for an in-place editor to close
};
