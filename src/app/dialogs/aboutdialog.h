#pragma once

#include "accounts/signedin.h"

#include <QDialog>

class QLabel;

/** Help → About: the program's version, the Qt it runs on, the PostgreSQL server it talks to, and its licence. */
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const SignedIn &signedIn, QWidget *parent = nullptr);

    // What the dialog says, as plain text (for tests and for copying into a bug report).
    QString text() const;

private:
    QLabel *m_text = nullptr;
};
