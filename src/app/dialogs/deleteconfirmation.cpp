#include "dialogs/deleteconfirmation.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace {
// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DeleteConfirmation)
};
}

DeleteConfirmation::DeleteConfirmation(QString question, QString details)
    : m_question(std::move(question)), m_details(std::move(details))
{
}

void DeleteConfirmation::setAlternative(const QString &alternativeText, const QString &deleteText)
{
    m_alternative = alternativeText;
    m_deleteText = deleteText;
}

DeleteConfirmation::Choice DeleteConfirmation::ask(QWidget *parent, const QString &title) const
{
    QMessageBox box(QMessageBox::Warning, title, m_question, QMessageBox::NoButton, parent);
    box.setInformativeText(m_details);
    if (!m_list.isEmpty())
        box.setDetailedText(m_list);
    QPushButton *alternative = nullptr;
    if (!m_alternative.isEmpty()) {
        alternative = box.addButton(m_alternative, QMessageBox::AcceptRole);
        alternative->setObjectName(QStringLiteral("alternativeButton"));
    }
    QPushButton *remove = box.addButton(m_deleteText.isEmpty() ? Tr::tr("&Delete") : m_deleteText,
                                        QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("deleteButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(alternative ? alternative : cancel);
    box.exec();
    if (box.clickedButton() == remove)
        return Choice::Delete;
    if (alternative && box.clickedButton() == alternative)
        return Choice::Alternative;
    return Choice::Cancel;
}
