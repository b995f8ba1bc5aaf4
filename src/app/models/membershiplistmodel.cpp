#include "models/membershiplistmodel.h"

#include "groups/groupmembership.h"
#include "repositories/contactrepository.h"
#include "theme/statuscolours.h"

#include <QBrush>
#include <QColor>
#include <QSqlRecord>

MembershipListModel::MembershipListModel(QSqlDatabase db, Side side, QObject *parent)
    : WindowedTableModel(QStringLiteral("recipients"), db, parent), m_side(side)
{
    m_status = fieldIndex(QStringLiteral("status"));
    // Only what the lists show is fetched: custom fields can be large.
    setWithheldColumn(QStringLiteral("custom_fields"));
    // Phones are never NULL and unique per owner: the bare column keeps (user_id, phone_number) usable.
    const int phone = fieldIndex(QStringLiteral("phone_number"));
    setSortExpression(phone, ContactRepository::phoneSortExpression());
    setSort(phone, Qt::AscendingOrder);
    setWindowSize(100);
}

void MembershipListModel::setMembership(const GroupMembership *membership)
{
    m_membership = membership;
    // The same SQL for any group (its id is a parameter, bound by refresh()); %1 reads the row at
    // hand, whatever the model calls its table.
    const ParameterSpelling spell = [this](const QString &name) { return parameter(name); };
    m_memberNowColumn = addComputedColumn(QStringLiteral("member_now"), membership->memberNow(QStringLiteral("%1"), spell).sql);
}

void MembershipListModel::setSearch(const QString &text, const QString &region)
{
    m_search = text.trimmed();
    m_region = region;
}

bool MembershipListModel::refresh()
{
    if (!m_membership)
        return false;
    const ParameterSpelling spell = [this](const QString &name) { return parameter(name); };
    const QString table = QStringLiteral("recipients");
    QStringList conditions;
    const auto bind = [this](const SqlCondition &c) {
        for (const auto &value : c.values)
            setParameter(value.first, value.second);
    };
    const SqlCondition after = m_membership->memberAfterSave(table, spell);
    bind(after);
    if (m_side == Side::Members) {
        conditions << after.sql;
    } else {
        const SqlCondition owned = m_membership->ownedContact(table, spell);
        conditions << owned.sql << QStringLiteral("NOT (%1)").arg(after.sql);
    }
    if (!m_search.isEmpty()) {
        MembershipFilter search;
        search.text = m_search;
        const SqlCondition c = search.condition(table, QStringLiteral("q"), spell, m_region);
        bind(c);
        conditions << c.sql;
    }
    // The member_now column's values (the group).
    bind(m_membership->memberNow(QStringLiteral("%1"), spell));
    setConditions(conditions);
    return firstPage();
}

bool MembershipListModel::isPending(int row) const
{
    // The base class's value: record() reads through data(), which asks this.
    const bool now = WindowedTableModel::data(index(row, memberNowColumn()), Qt::DisplayRole).toBool();
    return m_side == Side::Members ? !now : now;
}

QString MembershipListModel::phone(int row) const
{
    return WindowedTableModel::data(index(row, fieldIndex(QStringLiteral("phone_number"))), Qt::DisplayRole).toString();
}

QVariant MembershipListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const bool pending = role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::ForegroundRole
        ? isPending(index.row()) : false;
    if (index.column() == memberNowColumn()) {
        if (role == Qt::DisplayRole) {
            if (!pending)
                return QString();
            return m_side == Side::Members ? tr("+ joins on Save") : tr("− leaves on Save");
        }
        if (role == Qt::ToolTipRole && pending)
            return m_side == Side::Members ? tr("Not a member yet: joins the group when you save.")
                                           : tr("A member now: leaves the group when you save.");
    }
    if (role == Qt::ForegroundRole && pending)
        return QBrush(StatusColours::text(m_side == Side::Members ? StatusColours::Tone::Success : StatusColours::Tone::Danger));
    if (index.column() == m_status && role == Qt::DisplayRole) {
        return ContactRepository::statusText(WindowedTableModel::data(index, role).toString());
    }
    return WindowedTableModel::data(index, role);
}

QVariant MembershipListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        if (section == memberNowColumn())
            return tr("Pending");
        if (section == fieldIndex(QStringLiteral("phone_number")))
            return tr("Phone");
        if (section == fieldIndex(QStringLiteral("name")))
            return tr("Name");
        if (section == fieldIndex(QStringLiteral("email")))
            return tr("Email");
        if (section == m_status)
            return tr("Status");
    }
    return WindowedTableModel::headerData(section, orientation, role);
}
