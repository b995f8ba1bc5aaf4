#pragma once

#include "accounts/signedin.h"
#include "foundation/result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class BackgroundQuery;
class QLabel;
class QToolButton;
class WindowedTableModel;

/**
 * The count beside a page's table: the planner's estimate ("Contacts: about N", "≈ N" for a filtered
 * or owner-scoped view), an exact count at every load for a table under SmallTableRows rows (so it
 * never contradicts the rows shown), and "Count exactly" for a big one: count(*) on a connection of
 * its own in a worker thread, which Cancel stops on the server.
 */
class RowCount : public QObject
{
    Q_OBJECT

public:
    // `title` names the page in the label ("Contacts: about 1,000"); `loaded` says whether the page's
    // filters and scope apply yet (no count before that).
    RowCount(const SignedIn &signedIn, WindowedTableModel *model, QLabel *label, std::function<QString()> title,
             std::function<bool()> loaded, QObject *parent);
    // A count still running must not outlive the page: cancelled on the server and waited for.
    ~RowCount() override;

    // Adds the "Count exactly" / "Cancel" button after the label in its layout.
    void addButton();
    // New filters or changed rows: a running count stops, a finished one no longer applies, and the
    // estimate is asked again at the next update().
    void invalidate();
    // The rows were (re)loaded or moved: shows the count, counting a small table exactly.
    void update();
    // The button's and label's texts again (a language change, the page loaded).
    void showButton();
    void show();

    void start();
    void cancel();
    bool isCounting() const { return m_counting; }
    std::optional<qint64> exact() const { return m_exactCount; }
    // Count threads not yet ended, cancelled ones included: at 0 no late answer can arrive any more.
    qsizetype workers() const;

    // Tables under this many rows (by the planner's estimate) are counted exactly at every load.
    static constexpr qint64 SmallTableRows = 10000;

signals:
    // An exact count arrived (the page's row numbers after Ctrl+End follow from it).
    void counted();
    void statusMessage(const QString &message);

private:
    void estimate();
    void finish(const Result<qint64> &result);
    // Cancels the count on the server and drops its answer; true when one was running.
    bool stop();

    const SignedIn &m_signedIn;
    WindowedTableModel *m_model;
    QLabel *m_label;
    std::function<QString()> m_title;
    std::function<bool()> m_loaded;
    QToolButton *m_button = nullptr;
    BackgroundQuery *m_query;  // drops the answers of superseded counts
    bool m_counting = false;
    QString m_estimateText;
    std::optional<qint64> m_exactCount;  // for the current filters
    bool m_smallTable = false;
    bool m_estimateStale = true;
};
