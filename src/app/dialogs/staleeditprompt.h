#pragma once

#include "foundation/result.h"

#include <QString>

class QWidget;

/** Asks what to do when a row changed in the database after a dialog loaded it. */
class StaleEditPrompt
{
public:
    enum class Choice { Reload, Overwrite, Cancel };
    // The buttons are named "reloadButton" and "overwriteButton" so tests can press them.
    static Choice ask(QWidget *parent, const QString &title, const QString &message);

    // After a save came back Stale: asks, then reloads or saves again without the version check.
    // Returns false when the dialog should stay open (reloaded or cancelled); `saved` holds the outcome.
    template <typename SavedResult, typename Reload, typename Overwrite>
    static bool resolve(QWidget *parent, const QString &title, SavedResult &saved, Reload reload, Overwrite overwrite)
    {
        if (saved.ok() || saved.error().kind != ErrorKind::Stale)
            return true;
        switch (ask(parent, title, saved.error().message)) {
        case Choice::Reload:
            reload();
            return false;
        case Choice::Cancel:
            return false;
        case Choice::Overwrite:
            saved = overwrite();
            return true;
        }
        return false;
    }
};
