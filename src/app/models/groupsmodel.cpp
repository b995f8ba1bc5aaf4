#include "models/groupsmodel.h"

#include <QSqlDriver>
#include <QSqlRelation>

namespace {
// %1 is the table reference: the model's own table, or the keyset boundary row "b".
const char membersCount[] = "(SELECT count(*) FROM recipient_groups rg WHERE rg.group_id = %1.id)";
}

GroupsModel::GroupsModel(QSqlDatabase db, QObject *parent)
    : WindowedTableModel(QStringLiteral("groups"), db, parent),
      m_ownerColumn(fieldIndex(QStringLiteral("user_id"))),
      m_nameColumn(fieldIndex(QStringLiteral("name"))),
      m_descriptionColumn(fieldIndex(QStringLiteral("description")))
{
    setRelation(m_ownerColumn, QSqlRelation(QStringLiteral("users"), QStringLiteral("id"), QStringLiteral("email")));
    setSortExpression(membersColumn(), QLatin1String(membersCount));
    // Names sort the way people read them, not by byte order of case.
    setSortExpression(m_nameColumn, QStringLiteral("lower(%1.name)"));
}

QString GroupsModel::selectStatement() const
{
    QString sql = WindowedTableModel::selectStatement();
    const QString table = database().driver()->escapeIdentifier(tableName(), QSqlDriver::TableName);
    const QString rowId = QStringLiteral("%1.id::text AS waqtor_row_id").arg(table);
    // The count goes just before the row id, so it lands at membersColumn() in the result.
    sql.replace(rowId, QLatin1String(membersCount).arg(table) + QStringLiteral(" AS members, ") + rowId);
    return sql;
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
