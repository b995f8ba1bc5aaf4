#include "dialogs/shortcutsdialog.h"

#include "delegates/textcelldelegate.h"

#include <QAction>
#include <QCollator>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QString withoutMnemonic(QString text)
{
    // "&&" is a literal ampersand; a single "&" marks the mnemonic.
    text.replace(QLatin1String("&&"), QString(QChar::ObjectReplacementCharacter));
    text.remove(QLatin1Char('&'));
    text.replace(QChar::ObjectReplacementCharacter, QLatin1Char('&'));
    return text.trimmed();
}

QString keysText(const QList<QKeySequence> &sequences)
{
    QStringList keys;
    for (const QKeySequence &sequence : sequences)
        if (!sequence.isEmpty())
            keys << sequence.toString(QKeySequence::NativeText);
    return keys.join(QLatin1String(", "));
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(const QWidget *window)
{
    QList<Entry> entries;
    const auto add = [&entries](const QString &what, const QString &keys) {
        if (keys.isEmpty() || what.isEmpty())
            return;
        for (const Entry &e : std::as_const(entries))
            if (e.what == what && e.keys == keys)
                return;
        entries.append({what, keys});
    };
    QList<QAction *> actions = window->findChildren<QAction *>();
    for (QAction *action : window->actions())
        if (!actions.contains(action))
            actions.append(action);
    for (const QAction *action : std::as_const(actions)) {
        // Hidden actions are those the signed-in role may not take: their keys do nothing.
        if (action->isSeparator() || !action->isVisible())
            continue;
        add(withoutMnemonic(action->text()), keysText(action->shortcuts()));
    }
    for (const QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        const QString what = !shortcut->whatsThis().isEmpty() ? shortcut->whatsThis() : shortcut->objectName();
        add(what.isEmpty() ? tr("(no description)") : what, keysText(shortcut->keys()));
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(entries.begin(), entries.end(),
              [&collator](const Entry &a, const Entry &b) { return collator.compare(a.what, b.what) < 0; });
    return entries;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent), m_entries(collect(window))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table = new QTableWidget(int(m_entries.size()), 2, this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < m_entries.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(m_entries.at(row).what));
        auto *keys = new QTableWidgetItem(m_entries.at(row).keys);
        m_table->setItem(row, 1, keys);
    }
    // Each cell in its own text's direction: keys such as "Ctrl+/" stay left to right in an Arabic
    // window (laid out right to left they read "/+Ctrl"), action names follow their language.
    m_table->setItemDelegate(new TextCellDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(480, 520);
}
