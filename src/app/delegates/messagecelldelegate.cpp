#include "delegates/messagecelldelegate.h"

#include "repositories/messagerepository.h"
#include "theme/statuscolours.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

QString MessageCellDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    if (value.isNull())
        return {};
    switch (m_kind) {
    case Kind::Status:
        return MessageRepository::statusText(value.toString());
    case Kind::Ack:
        return MessageRepository::ackText(value);
    case Kind::FirstLine: {
        const QString text = value.toString().trimmed();
        const qsizetype end = text.indexOf(u'\n');
        // The view elides to the column's width; the cap only keeps very long lines cheap to lay out.
        QString line = (end < 0 ? text : text.left(end)).left(300).trimmed();
        return end < 0 && text.size() <= 300 ? line : line + QStringLiteral(" …");
    }
    }
    return CellDelegate::displayText(value, locale);
}

bool MessageCellDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                      const QModelIndex &index)
{
    if (m_kind != Kind::FirstLine || event->type() != QEvent::ToolTip || index.data().isNull())
        return CellDelegate::helpEvent(event, view, option, index);
    const QString text = index.data().toString();
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPos(), text.left(2000), view);
    return true;
}

void MessageCellDelegate::styleCell(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    const QString value = index.data().toString();
    if ((m_kind == Kind::Status && value == QLatin1String("failed")) || (m_kind == Kind::Ack && value == QLatin1String("-1")))
        option->palette.setColor(QPalette::Text, StatusColours::text(StatusColours::Tone::Danger, option->palette));
}
