#include "accounts/accountservice.h"

#include "accounts/accountstanding.h"

#include "repositories/rowversion.h"
#include "accounts/accountrules.h"
#include "db/auditlog.h"
#include "db/databaseprobe.h"
#include "accounts/passwordhasher.h"
#include "foundation/sqlerrortext.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)
};

Error hashingFailed()
{
    return Error::database(Tr::tr("The system's bcrypt (libcrypt) could not hash the password; nothing was changed."));
}

QJsonObject toJson(const CascadeCounts &c)
{
    return {{QStringLiteral("sessions"), c.sessions},       {QStringLiteral("messages"), c.messages},
            {QStringLiteral("campaigns"), c.campaigns},     {QStringLiteral("contacts"), c.contacts},
            {QStringLiteral("groups"), c.groups},           {QStringLiteral("memberships"), c.memberships},
            {QStringLiteral("other_messages_unlinked"), c.otherMessagesUnlinked},
            {QStringLiteral("other_campaigns_unlinked"), c.otherCampaignsUnlinked}};
}

} // namespace

Status AccountService::guardLastAdmin(const Account &target, const QStringList &activeAdminIds, AdminLoss loss) const
{
    if (!activeAdminIds.contains(target.id) || activeAdminIds.size() > 1)
        return {};
    switch (loss) {
    case AdminLoss::Demote:
        return Error::invalid(Tr::tr("%1 is the last active admin and cannot be demoted; make another account an "
                                  "active admin first.").arg(target.email));
    case AdminLoss::Deactivate:
        return Error::invalid(Tr::tr("%1 is the last active admin and cannot be deactivated; make another account an "
                                  "active admin first.").arg(target.email));
    case AdminLoss::Delete:
        break;
    }
    return Error::invalid(Tr::tr("%1 is the last active admin and cannot be deleted; make another account an active "
                              "admin first.").arg(target.email));
}

Result<Account> AccountService::createUser(const QString &email, const QString &password, const QString &name,
                                           const QString &role)
{
    const auto normalEmail = AccountRules::normaliseEmail(email);
    if (!normalEmail)
        return normalEmail.error();
    const auto normalRole = AccountRules::normaliseRole(role);
    if (!normalRole)
        return normalRole.error();
    if (const Status s = AccountRules::checkName(name); !s)
        return s.error();
    if (const Status s = AccountRules::checkPassword(password); !s)
        return s.error();

    Transaction tx(m_db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    if (const Status s = AccountStanding::confirm(m_db, m_signedIn); !s)
        return s.error();
    UserRepository users(m_db);
    // Older rows may be mixed-case: a case-insensitive twin is a duplicate too.
    if (const auto existing = users.find(normalEmail.value()); existing || existing.error().kind == ErrorKind::Conflict)
        return Error::conflict(Tr::tr("An account with the email %1 already exists.")
                                   .arg(existing ? existing->email : normalEmail.value()));
    else if (existing.error().kind != ErrorKind::NotFound)
        return existing.error();

    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return hashingFailed();
    const auto created = users.insert(normalEmail.value(), hash, name.trimmed(), normalRole.value());
    if (!created)
        return created.error();
    if (const Status s = AuditLog(m_db).record(m_actor, QStringLiteral("user.create"), created->email,
                                               {{QStringLiteral("role"), created->role}});
        !s)
        return s.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
    return created;
}

Result<Account> AccountService::changeAccount(const FindAccount &find, const QList<AdminLoss> &losses,
                                              const ApplyChange &apply)
{
    Transaction tx(m_db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    UserRepository users(m_db);
    // Admins before the account, always in this order: two concurrent demotions cannot both see
    // the other admin still active, and two changes cannot deadlock on each other's rows.
    const auto admins = users.lockActiveAdmins();
    if (!admins)
        return admins.error();
    // After the admins' lock, in the same order as every account change: no deadlock between two.
    if (const Status s = AccountStanding::confirm(m_db, m_signedIn); !s)
        return s.error();
    auto account = find(users);
    if (!account)
        return account.error();
    for (const AdminLoss loss : losses)
        if (const Status s = guardLastAdmin(account.value(), admins.value(), loss); !s)
            return s.error();
    const auto audit = apply(users, account.value());
    if (!audit)
        return audit.error();
    if (!audit->action.isEmpty())
        if (const Status s = AuditLog(m_db).record(m_actor, audit->action, account->email, audit->details); !s)
            return s.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
    return account;
}

Result<Account> AccountService::save(const AccountEdit &edit)
{
    if (edit.id.isEmpty())
        return createUser(edit.email, edit.newPassword, edit.name, edit.role.isEmpty() ? QStringLiteral("user") : edit.role);
    const auto email = AccountRules::normaliseEmail(edit.email);
    if (!email)
        return email.error();
    const auto role = AccountRules::normaliseRole(edit.role);
    if (!role)
        return role.error();
    if (const Status s = AccountRules::checkName(edit.name); !s)
        return s.error();
    if (!edit.newPassword.isEmpty())
        if (const Status s = AccountRules::checkPassword(edit.newPassword); !s)
            return s.error();

    QList<AdminLoss> losses;
    if (role.value() != QLatin1String("admin"))
        losses << AdminLoss::Demote;
    if (!edit.active)
        losses << AdminLoss::Deactivate;
    const auto findAsSeen = [&edit](UserRepository &users) -> Result<Account> {
        auto account = users.findById(edit.id, true);
        if (!account)
            return account;
        if (const Status s = RowVersion::check(edit.version, account->version, account->email); !s)
            return s.error();
        return account;
    };
    const auto apply = [&](UserRepository &users, Account &account) -> Result<AuditEntry> {
        // A new spelling may only collide with another account (an older mixed-case twin included).
        if (email.value() != account.email.toLower())
            if (const auto twin = users.find(email.value()); twin && twin->id != account.id)
                return Error::conflict(Tr::tr("An account with the email %1 already exists.").arg(twin->email));
        QStringList changed;
        if (account.email != email.value()) { changed << QStringLiteral("email"); account.email = email.value(); }
        if (account.name != edit.name.trimmed()) { changed << QStringLiteral("name"); account.name = edit.name.trimmed(); }
        if (account.role != role.value()) { changed << QStringLiteral("role"); account.role = role.value(); }
        if (account.active != edit.active) { changed << QStringLiteral("is_active"); account.active = edit.active; }
        if (!changed.isEmpty())
            if (const Status s = users.updateProfile(account); !s)
                return s.error();
        if (!edit.newPassword.isEmpty()) {
            const QString hash = PasswordHasher::hash(edit.newPassword);
            if (hash.isEmpty())
                return hashingFailed();
            if (const Status s = users.setPasswordHash(account.id, hash); !s)
                return s.error();
            changed << QStringLiteral("password");
        }
        if (changed.isEmpty())
            return AuditEntry{};
        QJsonObject details{{QStringLiteral("changed"), QJsonArray::fromStringList(changed)}};
        if (changed.contains(QLatin1String("role")))
            details.insert(QStringLiteral("role"), account.role);
        return AuditEntry{QStringLiteral("user.update"), details};
    };
    const auto saved = changeAccount(findAsSeen, losses, apply);
    if (!saved)
        return saved.error();
    // Re-read: the trigger moved updated_at and the row has a new version.
    return UserRepository(m_db).findById(saved->id);
}

Result<Account> AccountService::updateRole(const QString &email, const QString &role)
{
    const auto normalRole = AccountRules::normaliseRole(role);
    if (!normalRole)
        return normalRole.error();
    QList<AdminLoss> losses;
    if (normalRole.value() != QLatin1String("admin"))
        losses << AdminLoss::Demote;
    return changeAccount([&email](UserRepository &users) { return users.find(email, true); }, losses,
                         [&normalRole](UserRepository &users, Account &account) -> Result<AuditEntry> {
                             const QString before = account.role;
                             if (const Status s = users.setRole(account.id, normalRole.value()); !s)
                                 return s.error();
                             account.role = normalRole.value();
                             return AuditEntry{QStringLiteral("user.role"), {{QStringLiteral("from"), before},
                                                                            {QStringLiteral("to"), account.role}}};
                         });
}

Result<Account> AccountService::resetPassword(const QString &email, const QString &password)
{
    if (const Status s = AccountRules::checkPassword(password); !s)
        return s.error();
    Transaction tx(m_db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    if (const Status s = AccountStanding::confirm(m_db, m_signedIn); !s)
        return s.error();
    UserRepository users(m_db);
    const auto account = users.find(email, true);
    if (!account)
        return account.error();
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return hashingFailed();
    if (const Status s = users.setPasswordHash(account->id, hash); !s)
        return s.error();
    if (const Status s = AuditLog(m_db).record(m_actor, QStringLiteral("user.password"), account->email); !s)
        return s.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
    return account;
}

Result<Account> AccountService::setActive(const QString &email, bool active)
{
    QList<AdminLoss> losses;
    if (!active)
        losses << AdminLoss::Deactivate;
    return changeAccount([&email](UserRepository &users) { return users.find(email, true); }, losses,
                         [active](UserRepository &users, Account &account) -> Result<AuditEntry> {
                             if (const Status s = users.setActive(account.id, active); !s)
                                 return s.error();
                             account.active = active;
                             return AuditEntry{active ? QStringLiteral("user.activate")
                                                      : QStringLiteral("user.deactivate"), {}};
                         });
}

Result<CascadeCounts> AccountService::previewDelete(const QString &email) const
{
    UserRepository users(m_db);
    const auto account = users.find(email);
    if (!account)
        return account.error();
    // Refuse before anyone is asked to confirm; deleteUser checks again under lock.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id::text FROM users WHERE lower(role) = 'admin' AND is_active IS TRUE")))
        return SqlErrorText::toError(Tr::tr("Could not check the admin accounts"), q.lastError());
    QStringList admins;
    while (q.next())
        admins << q.value(0).toString();
    if (const Status s = guardLastAdmin(account.value(), admins, AdminLoss::Delete); !s)
        return s.error();
    return users.cascadeCounts(account->id);
}

Result<CascadeCounts> AccountService::deleteUser(const QString &email)
{
    CascadeCounts counts;
    const auto deleted = changeAccount([&email](UserRepository &users) { return users.find(email, true); },
                                       {AdminLoss::Delete},
                                       [&counts](UserRepository &users, Account &account) -> Result<AuditEntry> {
                                           const auto counted = users.cascadeCounts(account.id);
                                           if (!counted)
                                               return counted.error();
                                           counts = counted.value();
                                           if (const Status s = users.remove(account.id); !s)
                                               return s.error();
                                           QJsonObject details = toJson(counts);
                                           details.insert(QStringLiteral("role"), account.role);
                                           return AuditEntry{QStringLiteral("user.delete"), details};
                                       });
    if (!deleted)
        return deleted.error();
    return counts;
}

Status AccountService::changeOwnPassword(const QString &email, const QString &oldPassword, const QString &newPassword)
{
    if (const Status s = AccountRules::checkPassword(newPassword); !s)
        return s;
    if (oldPassword == newPassword)
        return Error::invalid(Tr::tr("The new password is the same as the old one; choose a different one."));
    Transaction tx(m_db);
    if (const Status s = tx.begin(); !s)
        return s;
    if (const Status s = AccountStanding::confirm(m_db, m_signedIn); !s)
        return s;
    UserRepository users(m_db);
    const auto account = users.find(email, true);
    if (!account)
        return account.error();
    const auto hash = users.passwordHash(account->id);
    if (!hash)
        return hash.error();
    if (!PasswordHasher::verify(oldPassword, hash.value()))
        return Error::invalid(Tr::tr("The current password is wrong; nothing was changed."));
    const QString newHash = PasswordHasher::hash(newPassword);
    if (newHash.isEmpty())
        return hashingFailed();
    if (const Status s = users.setPasswordHash(account->id, newHash); !s)
        return s;
    if (const Status s = AuditLog(m_db).record(m_actor, QStringLiteral("user.password.own"), account->email); !s)
        return s;
    return tx.commit();
}

Result<Account> AccountService::authenticate(const QString &email, const QString &password)
{
    const Error wrong = Error::invalid(Tr::tr("Wrong email or password."));
    UserRepository users(m_db);
    const auto account = users.find(email);
    if (!account) {
        if (account.error().kind == ErrorKind::Database)
            return account.error();
        // Same bcrypt work as a real check, so timing does not reveal which emails exist.
        PasswordHasher::verify(password, QStringLiteral("$2b$10$CwTycUXWue0Thq9StjUM0uJ8QvpY/0V8Uzk2B5sO0Oe9l7E0Krl2W"));
        return wrong;
    }
    const auto hash = users.passwordHash(account->id);
    if (!hash)
        return hash.error();
    if (!PasswordHasher::verify(password, hash.value()))
        return wrong;
    if (!account->active)
        return Error::invalid(Tr::tr("The account %1 is deactivated; ask an admin to activate it.").arg(account->email));
    // A read-only connection (a reporting replica) cannot record the sign-in; it is no reason to refuse it.
    const auto readOnly = DatabaseProbe::isReadOnly(m_db);
    if (!readOnly)
        return readOnly.error();
    if (readOnly.value())
        return account;
    if (const Status s = users.touchLastLogin(account->id); !s)
        return s.error();
    return users.find(account->email);
}
