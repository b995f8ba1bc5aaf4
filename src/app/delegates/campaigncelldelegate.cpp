#include "delegates/campaigncelldelegate.h"

#include "campaigns/campaignstatus.h"
#include "theme/statuscolours.h"
#include "i18n/displayformat.h"

#include <QDateTime>

CampaignCellDelegate::CampaignCellDelegate(const Columns &columns, QObject *parent)
    : CellDelegate(parent), m_columns(columns)
{
}

void CampaignCellDelegate::styleCell(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    if (index.data().metaType().id() == QMetaType::QDateTime) {
        // Campaign times are planned to the minute; the dialog shows them to the second.
        option->text = DisplayFormat::dateTime(index.data().toDateTime(), false, option->locale);
    } else if (index.column() == m_columns.status) {
        const QString status = index.data().toString();
        option->text = CampaignStatus::displayName(status);
        // The view's palette says whether the rows are light or dark; the colour is picked to read on them.
        option->palette.setColor(QPalette::Text, StatusColours::text(StatusColours::campaignTone(status), option->palette));
        option->font.setBold(status == QLatin1String("running"));
    } else if (index.column() == m_columns.total) {
        const qint64 sent = index.siblingAtColumn(m_columns.sent).data().toLongLong();
        const qint64 failed = index.siblingAtColumn(m_columns.failed).data().toLongLong();
        // In the interface's reading order, like the header above it: sent where the header's "sent" is.
        const QString progress = tr("%L1 / %L2 / %L3").arg(sent).arg(failed).arg(index.data().toLongLong());
        option->text = DisplayFormat::isolated(progress, option->direction);
        option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
    }
}
