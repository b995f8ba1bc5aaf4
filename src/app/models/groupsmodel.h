#pragma once

#include "models/windowedtablemodel.h"

/**
 * The groups window with the owner's email in place of user_id and one computed column, the
 * member count, counted per row of the window only (the recipient_groups index makes it cheap).
 */
class GroupsModel : public WindowedTableModel
{
    Q_OBJECT

public:
    explicit GroupsModel(QSqlDatabase db, QObject *parent = nullptr);

    // The member count: right after the table's own columns, before the hidden helpers.
    int membersColumn() const { return m_membersColumn; }
    // After a select, fieldIndex("user_id") no longer answers: the relation's email took its place.
    int ownerColumn() const { return m_ownerColumn; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int m_membersColumn = -1;
    int m_ownerColumn = -1;
    int m_nameColumn = -1;
    int m_descriptionColumn = -1;
};
