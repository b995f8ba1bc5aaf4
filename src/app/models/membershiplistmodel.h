#pragma once

#include "models/windowedtablemodel.h"

class GroupMembership;

/**
 * One side of the membership dialog: the group owner's contacts that are members once the pending
 * changes are saved (or that are not), one window at a time in phone-number order, with a column
 * saying whether each row is a member now, so pending joins and departures can be marked.
 */
class MembershipListModel : public WindowedTableModel
{
    Q_OBJECT

public:
    enum class Side { Members, NonMembers };

    MembershipListModel(QSqlDatabase db, Side side, QObject *parent = nullptr);

    // The editor whose group and pending changes the list follows; it must outlive the model.
    void setMembership(const GroupMembership *membership);
    // Text over name and email, or a phone number matched exactly in E.164 (national ones in `region`).
    void setSearch(const QString &text, const QString &region);
    // Binds the group, the pending changes and the search, and loads the first window.
    bool refresh();

    // "Member now" (true/false): right after the table's own columns, before the hidden helpers.
    int memberNowColumn() const { return m_memberNowColumn; }
    // The row joins or leaves on Save.
    bool isPending(int row) const;
    QString phone(int row) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Side m_side;
    const GroupMembership *m_membership = nullptr;
    QString m_search;
    QString m_region;
    int m_memberNowColumn = -1;
    int m_status = -1;
};
