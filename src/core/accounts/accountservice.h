#pragma once

#include "accounts/permissionpolicy.h"
#include "foundation/result.h"
#include "repositories/userrepository.h"

#include <QJsonObject>
#include <QSqlDatabase>

#include <functional>

/** What the account dialog changes; an empty newPassword keeps the current one. */
struct AccountEdit
{
    QString id;       // empty for a new account
    QString version;  // Account::version as loaded; empty overwrites whatever is there now
    QString email;
    QString name;
    QString role;
    bool active = true;
    QString newPassword;
};

/**
 * Account changes with their rules: validated input, bcrypt hashes, never without an active admin,
 * each change in one transaction together with its audit record.
 */
class AccountService
{
public:
    // `actor` is recorded in waqtor_audit: the signed-in email, or AuditLog::cliActor().
    AccountService(QSqlDatabase db, QString actor) : m_db(std::move(db)), m_actor(std::move(actor)) {}
    // For a signed-in account's changes: each re-reads that account's role and is_active first
    // (AccountStanding), so a deactivated or demoted admin changes nothing more.
    AccountService(QSqlDatabase db, QString actor, PermissionPolicy signedIn)
        : m_db(std::move(db)), m_actor(std::move(actor)), m_signedIn(std::move(signedIn))
    {
    }

    Result<Account> createUser(const QString &email, const QString &password, const QString &name,
                               const QString &role);
    // Creates (no id) or updates an account from the dialog: validated, never without an active
    // admin, and refused as Stale when the row changed since `version` was read.
    Result<Account> save(const AccountEdit &edit);
    Result<Account> updateRole(const QString &email, const QString &role);
    Result<Account> resetPassword(const QString &email, const QString &password);
    Result<Account> setActive(const QString &email, bool active);
    // What deleteUser would remove; nothing is changed.
    Result<CascadeCounts> previewDelete(const QString &email) const;
    Result<CascadeCounts> deleteUser(const QString &email);
    // Every role may change its own password, proving the old one first.
    Status changeOwnPassword(const QString &email, const QString &oldPassword, const QString &newPassword);
    // Wrong email and wrong password give the same answer; a deactivated account is told so.
    Result<Account> authenticate(const QString &email, const QString &password);

private:
    enum class AdminLoss { Demote, Deactivate, Delete };
    // What a change records in waqtor_audit; an empty action means nothing changed and nothing is recorded.
    struct AuditEntry
    {
        QString action;
        QJsonObject details;
    };
    using FindAccount = std::function<Result<Account>(UserRepository &users)>;
    // Writes the change to `account` (the row, locked) and says what to audit; an error rolls everything back.
    using ApplyChange = std::function<Result<AuditEntry>(UserRepository &users, Account &account)>;

    // The one skeleton of every change that may cost an active admin: lock the active admins, find
    // and lock the account, refuse `losses` that would leave no active admin, apply, audit, commit.
    Result<Account> changeAccount(const FindAccount &find, const QList<AdminLoss> &losses, const ApplyChange &apply);
    Status guardLastAdmin(const Account &target, const QStringList &activeAdminIds, AdminLoss loss) const;

    QSqlDatabase m_db;
    QString m_actor;
    PermissionPolicy m_signedIn = PermissionPolicy::databaseOperator();
};
