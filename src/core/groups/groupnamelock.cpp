#include "groups/groupnamelock.h"

#include "foundation/sqlerrortext.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GroupNameLock)
};

// The first key of the two-key advisory lock space: group names, apart from any other lock of ours.
constexpr int GroupNameLockSpace = 0x57475250;  // "WGRP"

} // namespace

Status GroupNameLock::acquire(const QSqlDatabase &db, const QString &ownerId, const QString &name)
{
    QSqlQuery q(db);
    // lower() as the lookups use it; a hash collision only makes two unrelated names wait for each other.
    const bool prepared = q.prepare(QStringLiteral(
        "SELECT pg_advisory_xact_lock(CAST(:space AS integer), hashtext(CAST(CAST(:owner AS uuid) AS text) || '/' || lower(:name)))"));
    q.bindValue(QStringLiteral(":space"), GroupNameLockSpace);
    q.bindValue(QStringLiteral(":owner"), ownerId);
    q.bindValue(QStringLiteral(":name"), name);
    if (!(prepared && q.exec()))
        return SqlErrorText::toError(Tr::tr("Could not reserve the group name %1").arg(name), q.lastError());
    return {};
}
