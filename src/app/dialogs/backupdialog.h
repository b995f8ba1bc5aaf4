#pragma once

#include "accounts/signedin.h"
#include "backup/backupprogress.h"
#include "backup/databasebackup.h"

#include <QDialog>
#include <memory>

namespace Ui { class BackupDialog; }
class BackgroundQuery;
class QPushButton;

/**
 * Tools → Back up…: pg_dump of the signed-in database to a file (custom, plain or gzip; all tables or
 * some), on a worker thread with progress and Stop. The file appears only once the backup is whole.
 * Admins only.
 */
class BackupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BackupDialog(const SignedIn &signedIn, QWidget *parent = nullptr);
    ~BackupDialog() override;

    bool isRunning() const { return m_running; }
    // For tests: the choices a person would make.
    void setFileName(const QString &path);
    void setTables(const QStringList &tables);

public slots:
    void startBackup();
    void stop();
    void reject() override;

signals:
    // Once per backup: whether the file was written, and the sentence shown.
    void backupFinished(bool ok, const QString &message);
    // The table list was loaded (tests wait for it).
    void tablesLoaded();

private:
    void loadTables();
    void browse();
    void showProgress(const BackupProgress &progress);
    void finish(const Result<BackupSummary> &result);
    void setRunning(bool running);
    Result<BackupFormat> chosenFormat(const QString &path) const;

    std::unique_ptr<Ui::BackupDialog> ui;
    const SignedIn &m_signedIn;
    std::unique_ptr<BackgroundQuery> m_tables;
    std::unique_ptr<BackgroundQuery> m_query;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    bool m_running = false;
};
