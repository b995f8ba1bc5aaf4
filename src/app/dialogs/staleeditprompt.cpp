#include "dialogs/staleeditprompt.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StaleEditPrompt)
};
}

StaleEditPrompt::Choice StaleEditPrompt::ask(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::NoButton, parent);
    QPushButton *overwrite = box.addButton(Tr::tr("&Overwrite"), QMessageBox::DestructiveRole);
    overwrite->setObjectName(QStringLiteral("overwriteButton"));
    QPushButton *reload = box.addButton(Tr::tr("&Reload"), QMessageBox::AcceptRole);
    reload->setObjectName(QStringLiteral("reloadButton"));
    box.addButton(QMessageBox::Cancel);
    // Reloading loses nothing of theirs; overwriting is the deliberate choice.
    box.setDefaultButton(reload);
    box.exec();
    if (box.clickedButton() == reload)
        return Choice::Reload;
    if (box.clickedButton() == overwrite)
        return Choice::Overwrite;
    return Choice::Cancel;
}
