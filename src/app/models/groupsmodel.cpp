#include "models/groupsmodel.h"

#include "repositories/grouprepository.h"

#include <QSqlRelation>

GroupsModel::GroupsModel(QSqlDatabase db, QObject *parent)
    : WindowedTableModel(QStringLiteral("groups"), db, parent),
      m_ownerColumn(fieldIndex(QStringLiteral("user_id"))),
      m_nameColumn(fieldIndex(QStringLiteral("name"))),
      m_descriptionColumn(fieldIndex(QStringLiteral("description")))
{
    setRelation(m_ownerColumn, QSqlRelation(QStringLiteral("users"), QStringLiteral("id"), QStringLiteral("email")));
    // Counted for the window's rows only; the same expression is the column's sort key.
    m_membersColumn = addComputedColumn(QStringLiteral("members"), GroupRepository::memberCountExpression());
    // Names sort the way people read them, not by byte order of case.
    setSortExpression(m_nameColumn, GroupRepository::nameSortExpression());
}

QVariant GroupsModel::data(const QModelIndex &index, int role) const
{
    const int column = index.column();
    if (column == membersColumn() && role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (column == m_descriptionColumn || column == m_nameColumn) {
        const QVariant value = WindowedTableModel::data(index, Qt::DisplayRole);
        if (role == Qt::ToolTipRole && !value.isNull())
            return value;
        // A multi-line description reads as one line in the table; the tooltip has it whole.
        if (role == Qt::DisplayRole && !value.isNull())
            return value.toString().simplified();
    }
    return WindowedTableModel::data(index, role);
}

QVariant GroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == membersColumn() && role == Qt::DisplayRole)
        return tr("Members");
    return WindowedTableModel::headerData(section, orientation, role);
}
