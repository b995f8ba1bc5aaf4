#pragma once

#include "delegates/celldelegate.h"

/** Campaign cells: statuses as readable, coloured words and progress as "sent / failed / total". */
class CampaignCellDelegate : public CellDelegate
{
    Q_OBJECT

public:
    struct Columns
    {
        int status = -1;
        int total = -1;  // shows the progress; sent and failed are read from the same row
        int sent = -1;
        int failed = -1;
    };
    CampaignCellDelegate(const Columns &columns, QObject *parent = nullptr);

protected:
    void styleCell(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    Columns m_columns;
};
