#include "delegates/textcelldelegate.h"

#include "delegates/contentdirection.h"

void TextCellDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    ContentDirection::applyTo(option);
}
