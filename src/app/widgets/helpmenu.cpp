#include "widgets/helpmenu.h"

#include "dialogs/aboutdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "theme/icontheme.h"

#include <QAction>
#include <QEvent>
#include <QMainWindow>

HelpMenu::HelpMenu(const SignedIn &signedIn, QMainWindow *window) : QMenu(window)
{
    setObjectName(QStringLiteral("helpMenu"));
    QAction *shortcuts = addAction(IconTheme::icon(QStringLiteral("configure-shortcuts")), QString());
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    // The list is read when the dialog opens, so actions added since (a page's own) are in it.
    connect(shortcuts, &QAction::triggered, window, [window] {
        ShortcutsDialog dialog(window, window);
        dialog.exec();
    });
    addSeparator();
    QAction *about = addAction(IconTheme::icon(QStringLiteral("help-about")), QString());
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, window, [&signedIn, window] {
        AboutDialog dialog(signedIn, window);
        dialog.exec();
    });
    retranslate();
}

void HelpMenu::retranslate()
{
    setTitle(tr("&Help"));
    findChild<QAction *>(QStringLiteral("shortcutsAction"))->setText(tr("&Keyboard shortcuts"));
    findChild<QAction *>(QStringLiteral("aboutAction"))->setText(tr("&About WaQtor Admin"));
}

void HelpMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}
