#pragma once

#include "accounts/signedin.h"
#include "backup/backupprogress.h"
#include "backup/databaserestore.h"

#include <QDialog>
#include <memory>

namespace Ui { class RestoreDialog; }
class BackgroundQuery;
class QPushButton;

/**
 * Tools → Restore…: a backup into a database of the signed-in server, with the command line's
 * refusals (a database with tables needs Replace, a missing one Create) and, for the database the app
 * is using, its name typed as confirmation. Runs on a worker thread with progress and Stop; all or
 * nothing. Admins only.
 */
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreDialog(const SignedIn &signedIn, QWidget *parent = nullptr);
    ~RestoreDialog() override;

    bool isRunning() const { return m_running; }
    // For tests: the choices a person would make.
    void setFileName(const QString &path);
    void setDatabase(const QString &name, bool create, bool replace);
    void setTypedName(const QString &name);

public slots:
    void startRestore();
    void stop();
    void reject() override;

signals:
    // Once per restore: whether it was restored, and the sentence shown.
    void restoreFinished(bool ok, const QString &message);

private:
    void browse();
    void updateConfirmation();
    void showProgress(const BackupProgress &progress);
    void finish(const Status &status);
    void setRunning(bool running);
    bool intoConnectedDatabase() const;

    std::unique_ptr<Ui::RestoreDialog> ui;
    const SignedIn &m_signedIn;
    std::unique_ptr<BackgroundQuery> m_query;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    bool m_running = false;
};
