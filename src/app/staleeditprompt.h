#pragma once

#include <QString>

class QWidget;

/** Asks what to do when a row changed in the database after a dialog loaded it. */
class StaleEditPrompt
{
public:
    enum class Choice { Reload, Overwrite, Cancel };
    // The buttons are named "reloadButton" and "overwriteButton" so tests can press them.
    static Choice ask(QWidget *parent, const QString &title, const QString &message);
};
