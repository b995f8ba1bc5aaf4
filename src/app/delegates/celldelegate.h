#pragma once

#include <QPersistentModelIndex>
#include <QSqlRelationalDelegate>

#include <optional>

/**
 * Shows cells the way an admin reads them (ISO dates to the second, yes/no, NULL as a greyed "—"
 * with the tooltip "NULL", so it never looks like an empty string)
 * and edits them in place: foreign keys through QSqlRelationalDelegate's combo box of names,
 * columns with a fixed set of values (statuses, roles) through a combo box of those values.
 * Each cell is laid out in its own text's direction (ContentDirection).
 * A value the repository refuses (not a phone number, a duplicate) does not throw away what was
 * typed: the editor opens again on the cell with the typed text and the reason under it
 * (objectName "editorRefusal"); Escape gives up.
 */
class CellDelegate : public QSqlRelationalDelegate
{
    Q_OBJECT

public:
    using QSqlRelationalDelegate::QSqlRelationalDelegate;
    QString displayText(const QVariant &value, const QLocale &locale) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    // What a NULL cell shows.
    static QString nullText();

protected:
    // Final so every cell's direction is decided once, from the text it finally shows (see ContentDirection).
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const final;
    /** A subclass's own look for a cell (words, colour, font), before its direction is set. */
    virtual void styleCell(QStyleOptionViewItem *option, const QModelIndex &index) const;

private:
    struct Refusal
    {
        QPersistentModelIndex index;
        QVariant typed;
        QString reason;
    };
    static void showReason(QWidget *editor, const QString &reason);
    // Qt's delegate interface is const; the refusal waits here between closing and reopening the editor.
    mutable std::optional<Refusal> m_refusal;
};
