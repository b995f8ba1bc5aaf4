#pragma once

#include "accounts/signedin.h"

#include <QMenu>

class QMainWindow;

/** The Help menu: About (versions and licence) and Keyboard shortcuts (read from the window's actions when asked). */
class HelpMenu : public QMenu
{
    Q_OBJECT

public:
    HelpMenu(const SignedIn &signedIn, QMainWindow *window);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};
