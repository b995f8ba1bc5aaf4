#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QTableWidget;

/** Help → Keyboard shortcuts: every shortcut of a window, read from its actions and QShortcuts when the dialog opens. */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString what;       // the action's text without its mnemonic "&"
        QString keys;       // every sequence of it, as the platform writes them ("Ctrl+Shift+S")
    };

    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    // The shortcuts of `window` and everything under it: QActions (menus, toolbars, pages) and QShortcuts,
    // without duplicates (pages share actions' texts and keys), sorted by what they do.
    static QList<Entry> collect(const QWidget *window);
    QList<Entry> entries() const { return m_entries; }

private:
    QList<Entry> m_entries;
    QTableWidget *m_table = nullptr;
};
