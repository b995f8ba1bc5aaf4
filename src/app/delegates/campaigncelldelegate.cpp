#include "delegates/campaigncelldelegate.h"

#include "campaigns/campaignstatus.h"

#include <QColor>
#include <QDateTime>

namespace {
// One colour per status, readable on light rows; unknown statuses keep the default text colour.
QColor statusColour(const QString &status)
{
    if (status == QLatin1String("draft"))
        return QColor(0x5f, 0x63, 0x68);
    if (status == QLatin1String("scheduled"))
        return QColor(0x6d, 0x28, 0xd9);
    if (status == QLatin1String("running"))
        return QColor(0x1d, 0x4e, 0xd8);
    if (status == QLatin1String("paused"))
        return QColor(0xb4, 0x53, 0x09);
    if (status == QLatin1String("completed"))
        return QColor(0x15, 0x80, 0x3d);
    if (status == QLatin1String("failed"))
        return QColor(0xb9, 0x1c, 0x1c);
    return {};
}
}

CampaignCellDelegate::CampaignCellDelegate(const Columns &columns, QObject *parent)
    : CellDelegate(parent), m_columns(columns)
{
}

void CampaignCellDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    CellDelegate::initStyleOption(option, index);
    if (index.data().metaType().id() == QMetaType::QDateTime) {
        // Campaign times are planned to the minute; the dialog shows them to the second.
        option->text = index.data().toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    } else if (index.column() == m_columns.status) {
        const QString status = index.data().toString();
        option->text = CampaignStatus::displayName(status);
        if (const QColor colour = statusColour(status); colour.isValid())
            option->palette.setColor(QPalette::Text, colour);
        option->font.setBold(status == QLatin1String("running"));
    } else if (index.column() == m_columns.total) {
        const qint64 sent = index.siblingAtColumn(m_columns.sent).data().toLongLong();
        const qint64 failed = index.siblingAtColumn(m_columns.failed).data().toLongLong();
        option->text = tr("%L1 / %L2 / %L3").arg(sent).arg(failed).arg(index.data().toLongLong());
        option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
    }
}
