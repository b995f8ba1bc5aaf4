#include "widgets/toolsmenu.h"

#include "dialogs/backupdialog.h"
#include "dialogs/restoredialog.h"
#include "theme/icontheme.h"

#include <QAction>
#include <QEvent>
#include <QMainWindow>
#include <QStatusBar>

ToolsMenu::ToolsMenu(const SignedIn &signedIn, QMainWindow *window) : QMenu(window)
{
    setObjectName(QStringLiteral("toolsMenu"));
    QAction *backup = addAction(IconTheme::icon(QStringLiteral("backup")), QString());
    backup->setObjectName(QStringLiteral("backupAction"));
    connect(backup, &QAction::triggered, window, [&signedIn, window] {
        BackupDialog dialog(signedIn, window);
        connect(&dialog, &BackupDialog::backupFinished, window,
                [window](bool, const QString &message) { window->statusBar()->showMessage(message, 10000); });
        dialog.exec();
    });
    QAction *restore = addAction(IconTheme::icon(QStringLiteral("document-revert")), QString());
    restore->setObjectName(QStringLiteral("restoreAction"));
    connect(restore, &QAction::triggered, window, [&signedIn, window] {
        RestoreDialog dialog(signedIn, window);
        connect(&dialog, &RestoreDialog::restoreFinished, window,
                [window](bool, const QString &message) { window->statusBar()->showMessage(message, 10000); });
        dialog.exec();
    });
    retranslate();
}

void ToolsMenu::retranslate()
{
    setTitle(tr("&Tools"));
    QAction *backup = findChild<QAction *>(QStringLiteral("backupAction"));
    backup->setText(tr("&Back up…"));
    backup->setToolTip(tr("Write a backup of the whole database, or of some tables, with pg_dump"));
    QAction *restore = findChild<QAction *>(QStringLiteral("restoreAction"));
    restore->setText(tr("&Restore…"));
    restore->setToolTip(tr("Restore a backup into a new or an existing database"));
}

void ToolsMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}
