#pragma once

#include "repositories/messagerepository.h"
#include "pages/tablepage.h"

#include <QList>
#include <memory>

namespace Ui { class MessagesPage; }
class BackgroundQuery;
class WindowedTableModel;

/**
 * The Node server's message log (tens of millions of rows): view, search and delete, never edit.
 * Every window is a keyset index scan (migration 0006); free-text search runs off the GUI thread.
 */
class MessagesPage : public TablePage
{
    Q_OBJECT

public:
    // Text search keeps at most this many of the newest matches, so its scan always ends.
    static constexpr int TextMatchLimit = 1000;

    MessagesPage(const SignedIn &signedIn, QWidget *parent = nullptr);
    ~MessagesPage() override;

    QString title() const override { return tr("Messages"); }
    // Opens the read-only detail of the current message (messages are never edited here).
    void editCurrent() override;
    void deleteSelected() override;
    // Shows the messages `filter` asks for (the Overview's charts: a day and a status).
    void showFilter(const MessageFilter &filter);

    bool isSearching() const;
    // Search threads not yet ended, cancelled ones included: at 0 no late answer can arrive any more.
    qsizetype searchWorkers() const;
    // Stops a running message-text search; the list stays empty until the search runs again.
    void cancelSearch();

signals:
    // A message-text search finished (found, cancelled or failed) and its rows are shown.
    void searchFinished();

protected:
    void applyFilters() override;

private:
    MessageFilter currentFilter() const;
    // `after`: continue a search that stopped at TextMatchLimit past that message, keeping its hits.
    void startSearch(const MessageFilter &filter, const QString &signature, const QString &after = {});
    void finishSearch(const Result<QStringList> &result, const QString &signature, bool further);
    void searchFurther();
    bool stopWorkers();
    void showBanner(const QString &text, bool busy);
    void sortIndicatorChanged(int column, Qt::SortOrder order);
    void applyColumnLayout();
    void widenColumns(bool exact);
    void updateDateRange();

    std::unique_ptr<Ui::MessagesPage> ui;
    WindowedTableModel *m_messages = nullptr;  // the base's model(), usable before setUp()
    QList<int> m_shownColumns;                  // in the order MessageColumns::widen() has samples for
    int m_createdColumn = -1;
    int m_phoneColumn = -1;
    BackgroundQuery *m_search = nullptr;  // drops the answers of superseded searches
    QString m_searchText;
    MessageFilter m_searchFilter;  // of the hits shown, for Search further
    QString m_hitsSignature;
    QStringList m_hits;
    bool m_useHits = false;
    bool m_layoutDone = false;
    bool m_phoneTrigram = false;  // migration 0010's pg_trgm index on messages' phones exists
};
