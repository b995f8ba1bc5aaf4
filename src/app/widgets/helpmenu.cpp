#include "widgets/helpmenu.h"

#include "dialogs/aboutdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "theme/icontheme.h"

#include <QAction>
#include <QMainWindow>

HelpMenu::HelpMenu(const SignedIn &signedIn, QMainWindow *window) : QMenu(tr("&Help"), window)
{
    setObjectName(QStringLiteral("helpMenu"));
    QAction *shortcuts = addAction(IconTheme::icon(QStringLiteral("configure-shortcuts")), tr("&Keyboard shortcuts"));
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    // The list is read when the dialog opens, so actions added since (a page's own) are in it.
    connect(shortcuts, &QAction::triggered, window, [window] {
        ShortcutsDialog dialog(window, window);
        dialog.exec();
    });
    addSeparator();
    QAction *about = addAction(IconTheme::icon(QStringLiteral("help-about")), tr("&About WaQtor Admin"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, window, [&signedIn, window] {
        AboutDialog dialog(signedIn, window);
        dialog.exec();
    });
}
