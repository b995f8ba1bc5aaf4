#pragma once

#include "foundation/result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

/** Privileges the connected role lacks on one WaQtor table, and the statement that grants them. */
struct PrivilegeGap
{
    QString table;
    QStringList missing;  // SELECT, INSERT, UPDATE, DELETE: those the role lacks, in that order
    QString grant;        // GRANT … ON TABLE … TO …; for the table's owner or a superuser to run
};

/** The connected role and what it cannot do on the seven tables (the guide's "Permission Issues"). */
struct PrivilegeReport
{
    QString role;
    QList<PrivilegeGap> gaps;  // empty when the role may read and write every table
    QJsonObject toJson() const;
};

/** Asks the server, through has_table_privilege, which of WaQtor's table privileges the role lacks. */
class PrivilegeCheck
{
public:
    static Result<PrivilegeReport> run(QSqlDatabase db);
};
