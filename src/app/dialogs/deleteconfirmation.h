#pragma once

#include <QString>

class QWidget;

/**
 * The one question before rows are deleted for good: a warning box whose default button is Cancel
 * (or the milder alternative, when there is one), so Enter never deletes by accident.
 */
class DeleteConfirmation
{
public:
    enum class Choice { Delete, Alternative, Cancel };

    // `question`: "Delete the group VIP?"; `details`: what else goes, what is kept, that it cannot be undone.
    DeleteConfirmation(QString question, QString details);

    // The rows concerned, behind the box's "Show Details…" button.
    void setList(const QString &list) { m_list = list; }
    // A milder way out (e.g. "&Deactivate"), which becomes the default; the delete button's text may change with it.
    void setAlternative(const QString &alternativeText, const QString &deleteText);

    // The buttons are named "deleteButton" and "alternativeButton" so tests can press them.
    Choice ask(QWidget *parent, const QString &title) const;
    bool confirmed(QWidget *parent, const QString &title) const { return ask(parent, title) == Choice::Delete; }

private:
    QString m_question;
    QString m_details;
    QString m_list;
    QString m_alternative;
    QString m_deleteText;
};
