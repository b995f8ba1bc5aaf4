#pragma once

#include "accounts/signedin.h"

#include <QMenu>

class QMainWindow;

/** The admins' Tools menu: Back up… and Restore…, each reporting its outcome in the window's status bar. */
class ToolsMenu : public QMenu
{
    Q_OBJECT

public:
    ToolsMenu(const SignedIn &signedIn, QMainWindow *window);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};
