#pragma once

#include "export/csvexporter.h"
#include "accounts/signedin.h"

#include <QDialog>
#include <atomic>
#include <memory>
#include <optional>

namespace Ui { class ExportDialog; }
class BackgroundQuery;
class QPushButton;
class QTimer;

/**
 * Exports a page to CSV: every row of its current view (filters and sort) or only the selected
 * rows. The export runs on a BackgroundQuery (a worker thread and a connection of its own), with
 * progress and Cancel; the file appears only when it is complete.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `view`: the page's filters and sort order; `selectedIds`: its selected rows (may be empty).
    ExportDialog(const SignedIn &signedIn, Entity entity, const QString &title, ExportFilter view,
                 QStringList selectedIds, QWidget *parent = nullptr);
    // Writes one of the summary reports (campaigns, messages, groups) instead of a page's rows.
    ExportDialog(const SignedIn &signedIn, ReportKind report, QWidget *parent = nullptr);
    ~ExportDialog() override;

    bool isRunning() const;
    // For tests: the file and the choice of rows, as a person would set them.
    void setFileName(const QString &path);
    QString fileName() const;
    void setSelectedOnly(bool selectedOnly);

public slots:
    void startExport();
    void reject() override;

signals:
    // Once per export: whether the file was written, and the sentence shown.
    void exportFinished(bool ok, const QString &message);

private:
    void setUpCommon(const QString &fileStem);
    void browse();
    void finish(const Result<qint64> &result);
    void setRunning(bool running);
    void showProgress();

    std::unique_ptr<Ui::ExportDialog> ui;
    const SignedIn &m_signedIn;
    Entity m_entity = Entity::Contacts;
    std::optional<ReportKind> m_report;
    ExportFilter m_view;
    QStringList m_selectedIds;
    QPushButton *m_exportButton = nullptr;
    QTimer *m_progress = nullptr;
    bool m_cancelling = false;
    std::atomic<qint64> m_rows{0};  // written by the worker; declared before m_query, which waits for it
    std::unique_ptr<BackgroundQuery> m_query;
};
