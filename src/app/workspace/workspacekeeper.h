#pragma once

#include "workspace/workspace.h"

#include <QHash>
#include <QObject>
#include <QSize>

class MainWindow;
class QMenu;
class TablePage;

/**
 * Brings back an account's workspace when its main window opens (geometry, the last page, every
 * page's columns and filters), writes it when the window goes, and offers View → Reset layout and
 * View → Saved filters (save the current page's search and filters under a name, pick, rename, delete).
 */
class WorkspaceKeeper : public QObject
{
    Q_OBJECT

public:
    WorkspaceKeeper(MainWindow *window, const QString &accountId);

    void restore();
    // Called by the window before its pages go; false when the settings could not be written.
    bool save();
    // Every page, the window and the settings back to how a first start looks.
    void resetLayout();

    // The current page's search and filters under `name`; false (nothing saved) when there is no
    // table page or no name.
    bool saveCurrentFilters(const QString &name);
    bool applySavedFilters(const QString &name);
    bool renameSavedFilters(const QString &from, const QString &to);
    void deleteSavedFilters(const QString &name);
    QStringList savedFilterNames() const;

    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *savedFiltersMenu() const { return m_savedMenu; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addMenus();
    void retranslate();
    void fillSavedFiltersMenu();
    void askToSaveFilters();
    void askToRename();
    void askToDelete();
    QList<TablePage *> pages() const;
    static void restoreHeader(TablePage *page, const QByteArray &state);
    void restoreHeaderWhenLoaded(TablePage *page, const QByteArray &state);
    QString currentPageKey() const;

    MainWindow *m_window;
    Workspace m_workspace;
    QHash<int, QByteArray> m_defaultHeaders;  // by Entity: the layout each page was built with
    QHash<int, QVariantMap> m_defaultFilters;
    QByteArray m_defaultState;
    QSize m_defaultSize;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_savedMenu = nullptr;
    bool m_ownsViewMenu = false;  // made here, so titled here
};
