#pragma once

#include "accounts/permissionpolicy.h"
#include "foundation/result.h"

#include <QObject>
#include <QSqlDatabase>

/** The signed-in account as the database has it now. */
struct Standing
{
    bool exists = false;
    QString role;
    bool active = false;
};

/**
 * Rights follow the database: before a signed-in account writes, its role and is_active are read
 * again, in the write's own transaction and locked against a concurrent change, and a deactivated,
 * deleted or re-roled account is refused with a sentence saying why. The window listens to
 * instance()'s refused() so it can drop to the account's new rights wherever the refusal happened.
 */
class AccountStanding : public QObject
{
    Q_OBJECT

public:
    static AccountStanding *instance();

    // In an open transaction on `db`: the account of `policy` (none for the command line's database
    // operator) must still exist, be active and hold policy.role(); FOR SHARE keeps a demotion from
    // committing until this transaction ends.
    static Status confirm(QSqlDatabase db, const PermissionPolicy &policy);
    static Result<Standing> read(QSqlDatabase db, const QString &userId);
    // Why `standing` no longer allows writing as `role` ("" when it still does).
    static QString refusal(const Standing &standing, const QString &role);

signals:
    // An account's write was refused because its standing changed (any thread; delivered queued).
    void refused(const QString &userId, const QString &message);

private:
    AccountStanding() = default;
};
