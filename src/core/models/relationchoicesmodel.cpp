#include "models/relationchoicesmodel.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace {
int g_nextChoices = 0;  // each model binds its owner under its own setting name
}

RelationChoicesModel::RelationChoicesModel(const QSqlRelation &relation, QString ownerField, QSqlDatabase db,
                                           QObject *parent)
    : QSqlTableModel(parent, db), m_relation(relation), m_ownerField(std::move(ownerField)),
      m_setting(QStringLiteral("waqtor.choices%1_owner").arg(++g_nextChoices))
{
    setTable(relation.tableName());
}

bool RelationChoicesModel::select()
{
    if (!m_ownerField.isEmpty()) {
        // The owner is bound on the server, never spliced into the SQL.
        QSqlQuery q(database());
        q.prepare(QStringLiteral("SELECT set_config(:name, :value, false)"));
        q.bindValue(QStringLiteral(":name"), m_setting);
        q.bindValue(QStringLiteral(":value"), m_owner);
        if (!q.exec())
            return false;
    }
    return QSqlTableModel::select();
}

QString RelationChoicesModel::selectStatement() const
{
    const QSqlDriver *driver = database().driver();
    const QString table = driver->escapeIdentifier(m_relation.tableName(), QSqlDriver::TableName);
    const QString key = driver->escapeIdentifier(m_relation.indexColumn(), QSqlDriver::FieldName);
    const QString display = driver->escapeIdentifier(m_relation.displayColumn(), QSqlDriver::FieldName);
    QString sql = QStringLiteral("SELECT %1, %2 FROM %3").arg(key, display, table);
    if (!m_ownerField.isEmpty())
        sql += QStringLiteral(" WHERE %1::text = current_setting('%2')")
                   .arg(driver->escapeIdentifier(m_ownerField, QSqlDriver::FieldName), m_setting);
    return sql + QStringLiteral(" ORDER BY %1, %2").arg(display, key);
}
