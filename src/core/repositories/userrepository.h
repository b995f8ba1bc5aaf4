#pragma once

#include "foundation/result.h"
#include "foundation/sqlconditions.h"
#include "foundation/timestamp.h"

#include <QList>
#include <QSqlDatabase>

/** A row of users, without its password hash. */
struct Account
{
    QString id;
    QString email;
    QString name;
    QString role;
    bool active = true;
    Timestamp lastLoginAt;
    Timestamp createdAt;
    Timestamp updatedAt;
    QString version;  // the row's xmin: changes with every write, so a stale edit is detected exactly
};

/** What deleting a user removes through ON DELETE CASCADE, and what it unlinks elsewhere. */
struct CascadeCounts
{
    qint64 sessions = 0;
    qint64 messages = 0;
    qint64 campaigns = 0;
    qint64 contacts = 0;
    qint64 groups = 0;
    qint64 memberships = 0;
    // Other owners' messages and campaigns that used this user's sessions: kept, session set to NULL.
    qint64 otherMessagesUnlinked = 0;
    qint64 otherCampaignsUnlinked = 0;
};

/** The Users list's filters as plain values; empty fields do not filter. */
struct UserFilter
{
    QString text;    // in the email or the name
    QString role;    // lower case
    QString active;  // "true", "false" or "" for both
};

/** An account as an owner filter or an owner combo box offers it. */
struct OwnerChoice
{
    QString id;
    QString email;
};

/** SQL for the users table: every value bound, timestamps as text, emails matched case-insensitively. */
class UserRepository
{
public:
    explicit UserRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Conditions on the users table for `filter` (only an admin lists accounts).
    static SqlConditions conditions(const UserFilter &filter, const SqlPlaceholder &placeholder);
    // Every account by email, for owner filters and owner combo boxes (a few thousand at most).
    Result<QList<OwnerChoice>> ownerChoices() const;

    Result<QList<Account>> list() const;
    // Exact spelling first, then case-insensitive; two case-insensitive matches are a Conflict.
    Result<Account> find(const QString &email, bool lockForUpdate = false) const;
    Result<Account> findById(const QString &id, bool lockForUpdate = false) const;
    Result<QString> passwordHash(const QString &id) const;
    Result<Account> insert(const QString &email, const QString &passwordHash, const QString &name,
                           const QString &role, bool active = true);
    // Writes email, name, role, is_active and last_login_at back as they are in `account`.
    Status update(const Account &account);
    // Email, name, role and is_active only: what the account dialog edits.
    Status updateProfile(const Account &account);
    Status setRole(const QString &id, const QString &role);
    Status setActive(const QString &id, bool active);
    Status setPasswordHash(const QString &id, const QString &hash);
    Status touchLastLogin(const QString &id);
    Status remove(const QString &id);
    Result<CascadeCounts> cascadeCounts(const QString &id) const;
    // Ids of active admins, locked FOR UPDATE so concurrent demotions cannot both pass.
    Result<QStringList> lockActiveAdmins();
    Result<qint64> count() const;

private:
    Status execUpdate(const QString &doing, const QString &sql, const QVariantMap &values);
    QSqlDatabase m_db;
};
