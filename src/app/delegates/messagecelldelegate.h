#pragma once

#include "delegates/celldelegate.h"

/** Messages' columns as an admin reads them: status and ack as words, a text's first line, failures in red. */
class MessageCellDelegate : public CellDelegate
{
    Q_OBJECT

public:
    enum class Kind { Status, Ack, FirstLine };
    MessageCellDelegate(Kind kind, QObject *parent) : CellDelegate(parent), m_kind(kind) {}

    QString displayText(const QVariant &value, const QLocale &locale) const override;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void styleCell(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    Kind m_kind;
};

