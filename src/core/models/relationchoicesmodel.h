#pragma once

#include <QSqlRelation>
#include <QSqlTableModel>

/**
 * The choices a foreign key's combo box offers when a table is edited in place: only the related
 * table's id and display column (a users relation never fetches password hashes), sorted by the
 * display value, optionally limited to one owner's rows (a campaign's session: its owner's only).
 */
class RelationChoicesModel : public QSqlTableModel
{
    Q_OBJECT

public:
    RelationChoicesModel(const QSqlRelation &relation, QString ownerField, QSqlDatabase db, QObject *parent = nullptr);
    void setOwner(const QString &ownerId) { m_owner = ownerId; }
    bool select() override;

protected:
    QString selectStatement() const override;

private:
    QSqlRelation m_relation;
    QString m_ownerField;
    QString m_owner;
    QString m_setting;
};
