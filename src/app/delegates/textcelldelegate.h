#pragma once

#include <QStyledItemDelegate>

/** Cells of plain item views (import preview, group lists) laid out in their own text's direction. */
class TextCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
