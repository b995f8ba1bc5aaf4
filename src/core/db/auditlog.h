#pragma once

#include "foundation/result.h"

#include <QJsonObject>
#include <QSqlDatabase>

/** Appends to waqtor_audit (when, who, action, target, details), inside the caller's transaction. */
class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase db) : m_db(std::move(db)) {}

    // Never put secrets (passwords, hashes, session data) into details.
    Status record(const QString &actor, const QString &action, const QString &target,
                  const QJsonObject &details = {});

    // "cli:<OS user>" for the command line; the GUI uses the signed-in email.
    static QString cliActor();

private:
    QSqlDatabase m_db;
};
