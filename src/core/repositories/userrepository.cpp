#include "repositories/userrepository.h"

#include "accounts/accountrules.h"
#include "foundation/sqlerrortext.h"
#include "repositories/passwordhashwriter.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)
};

QString accountColumns()
{
    return QStringLiteral("id::text, email, name, role, COALESCE(is_active, false), ")
        + Timestamp::select(QStringLiteral("last_login_at")) + QStringLiteral(", ")
        + Timestamp::select(QStringLiteral("created_at")) + QStringLiteral(", ")
        + Timestamp::select(QStringLiteral("updated_at")) + QStringLiteral(", xmin::text");
}

Account readAccount(const QSqlQuery &q)
{
    Account a;
    a.id = q.value(0).toString();
    a.email = q.value(1).toString();
    a.name = q.value(2).toString();
    a.role = q.value(3).toString();
    a.active = q.value(4).toBool();
    a.lastLoginAt = Timestamp::fromSql(q.value(5));
    a.createdAt = Timestamp::fromSql(q.value(6));
    a.updatedAt = Timestamp::fromSql(q.value(7));
    a.version = q.value(8).toString();
    return a;
}

QVariant nullableText(const QString &text)
{
    return text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

Result<QList<Account>> UserRepository::list() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM users ORDER BY lower(email), email").arg(accountColumns())))
        return SqlErrorText::toError(Tr::tr("Could not list the accounts"), q.lastError());
    QList<Account> accounts;
    while (q.next())
        accounts << readAccount(q);
    return accounts;
}

Result<Account> UserRepository::find(const QString &email, bool lockForUpdate) const
{
    QSqlQuery q(m_db);
    const bool prepared = q.prepare(QStringLiteral("SELECT %1 FROM users WHERE lower(email) = lower(:email) "
                             "ORDER BY (email = :exact) DESC, email %2")
                  .arg(accountColumns(), lockForUpdate ? QStringLiteral("FOR UPDATE") : QString()));
    q.bindValue(QStringLiteral(":email"), email.trimmed());
    q.bindValue(QStringLiteral(":exact"), email.trimmed());
    if (!(prepared && q.exec()))
        return SqlErrorText::toError(Tr::tr("Could not look up the account %1").arg(email), q.lastError());
    QList<Account> matches;
    while (q.next())
        matches << readAccount(q);
    if (matches.isEmpty()) {
        // Looked up first, so an odd address already stored stays reachable; one that could never be an
        // account's is bad input, not a missing account.
        if (const auto wellFormed = AccountRules::normaliseEmail(email); !wellFormed)
            return wellFormed.error();
        return Error::notFound(Tr::tr("No account has the email %1; \"waqtor-db list-users\" lists them.").arg(email.trimmed()));
    }
    if (matches.size() > 1 && matches.first().email != email.trimmed()) {
        QStringList spellings;
        for (const Account &a : matches)
            spellings << a.email;
        return Error::conflict(Tr::tr("%1 matches several accounts that differ only in case (%2); give the exact spelling.")
                                   .arg(email.trimmed(), spellings.join(QStringLiteral(", "))));
    }
    return matches.first();
}

Result<Account> UserRepository::findById(const QString &id, bool lockForUpdate) const
{
    QSqlQuery q(m_db);
    const bool prepared = q.prepare(QStringLiteral("SELECT %1 FROM users WHERE id = CAST(:id AS uuid) %2")
                                        .arg(accountColumns(), lockForUpdate ? QStringLiteral("FOR UPDATE") : QString()));
    q.bindValue(QStringLiteral(":id"), id);
    if (!(prepared && q.exec()))
        return SqlErrorText::toError(Tr::tr("Could not read the account"), q.lastError());
    if (!q.next())
        return Error::notFound(Tr::tr("The account no longer exists; someone deleted it."));
    return readAccount(q);
}

Result<QString> UserRepository::passwordHash(const QString &id) const
{
    QSqlQuery q(m_db);
    const bool prepared2 = q.prepare(QStringLiteral("SELECT password_hash FROM users WHERE id = CAST(:id AS uuid)"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!(prepared2 && q.exec()))
        return SqlErrorText::toError(Tr::tr("Could not read the account"), q.lastError());
    if (!q.next())
        return Error::notFound(Tr::tr("The account no longer exists."));
    return q.value(0).toString();
}

Result<Account> UserRepository::insert(const QString &email, const QString &passwordHash, const QString &name,
                                       const QString &role, bool active)
{
    // The row goes in with a placeholder and PasswordHashWriter puts the hash in: this INSERT may fail
    // (a duplicate email, a constraint) and its text and "Failing row" detail are then logged.
    QSqlQuery q(m_db);
    const bool prepared3 = q.prepare(QStringLiteral("INSERT INTO users (email, password_hash, name, role, is_active) "
                             "VALUES (:email, :placeholder, :name, :role, :active) RETURNING id::text"));
    q.bindValue(QStringLiteral(":email"), email);
    q.bindValue(QStringLiteral(":placeholder"), PasswordHashWriter::placeholder());
    q.bindValue(QStringLiteral(":name"), nullableText(name));
    q.bindValue(QStringLiteral(":role"), role);
    q.bindValue(QStringLiteral(":active"), active);
    if (!(prepared3 && q.exec()) || !q.next()) {
        if (SqlErrorText::isUniqueViolation(q.lastError()))
            return Error::conflict(Tr::tr("An account with the email %1 already exists.").arg(email));
        return SqlErrorText::toError(Tr::tr("Could not create the account %1").arg(email), q.lastError());
    }
    const QString id = q.value(0).toString();
    if (const Status s = PasswordHashWriter::write(m_db, id, passwordHash); !s)
        return s.error();
    // Read back after the hash went in: that write gave the row its version (xmin).
    return findById(id);
}

Status UserRepository::execUpdate(const QString &doing, const QString &sql, const QVariantMap &values)
{
    QSqlQuery q(m_db);
    const bool prepared4 = q.prepare(sql);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bindValue(it.key(), it.value());
    if (!(prepared4 && q.exec())) {
        if (SqlErrorText::isUniqueViolation(q.lastError()))
            return Error::conflict(Tr::tr("%1: another account already uses that email.").arg(doing));
        return SqlErrorText::toError(doing, q.lastError());
    }
    if (q.numRowsAffected() == 0)
        return Error::notFound(Tr::tr("%1: the account no longer exists.").arg(doing));
    return {};
}

Status UserRepository::update(const Account &a)
{
    return execUpdate(Tr::tr("Could not save the account %1").arg(a.email),
                      QStringLiteral("UPDATE users SET email = :email, name = :name, role = :role, is_active = :active, "
                                     "last_login_at = %1 WHERE id = CAST(:id AS uuid)")
                          .arg(Timestamp::bind(QStringLiteral(":last"))),
                      {{QStringLiteral(":email"), a.email},
                       {QStringLiteral(":name"), nullableText(a.name)},
                       {QStringLiteral(":role"), a.role},
                       {QStringLiteral(":active"), a.active},
                       {QStringLiteral(":last"), a.lastLoginAt.toSqlValue()},
                       {QStringLiteral(":id"), a.id}});
}

Status UserRepository::updateProfile(const Account &a)
{
    return execUpdate(Tr::tr("Could not save the account %1").arg(a.email),
                      QStringLiteral("UPDATE users SET email = :email, name = :name, role = :role, is_active = :active "
                                     "WHERE id = CAST(:id AS uuid)"),
                      {{QStringLiteral(":email"), a.email},
                       {QStringLiteral(":name"), nullableText(a.name)},
                       {QStringLiteral(":role"), a.role},
                       {QStringLiteral(":active"), a.active},
                       {QStringLiteral(":id"), a.id}});
}

Status UserRepository::setRole(const QString &id, const QString &role)
{
    return execUpdate(Tr::tr("Could not change the role"),
                      QStringLiteral("UPDATE users SET role = :role WHERE id = CAST(:id AS uuid)"),
                      {{QStringLiteral(":role"), role}, {QStringLiteral(":id"), id}});
}

Status UserRepository::setActive(const QString &id, bool active)
{
    return execUpdate(Tr::tr("Could not change whether the account is active"),
                      QStringLiteral("UPDATE users SET is_active = :active WHERE id = CAST(:id AS uuid)"),
                      {{QStringLiteral(":active"), active}, {QStringLiteral(":id"), id}});
}

Status UserRepository::setPasswordHash(const QString &id, const QString &hash)
{
    return PasswordHashWriter::write(m_db, id, hash);
}

Status UserRepository::touchLastLogin(const QString &id)
{
    // The server's clock, never the app's: the column holds the server's wall-clock time.
    return execUpdate(Tr::tr("Could not record the sign-in"),
                      QStringLiteral("UPDATE users SET last_login_at = LOCALTIMESTAMP WHERE id = CAST(:id AS uuid)"),
                      {{QStringLiteral(":id"), id}});
}

Status UserRepository::remove(const QString &id)
{
    return execUpdate(Tr::tr("Could not delete the account"),
                      QStringLiteral("DELETE FROM users WHERE id = CAST(:id AS uuid)"),
                      {{QStringLiteral(":id"), id}});
}

Result<CascadeCounts> UserRepository::cascadeCounts(const QString &id) const
{
    QSqlQuery q(m_db);
    const bool prepared5 = q.prepare(QStringLiteral(
        "WITH u AS (SELECT CAST(:id AS uuid) AS id), "
        "s AS (SELECT id FROM whatsapp_sessions WHERE user_id = (SELECT id FROM u)) "
        "SELECT (SELECT count(*) FROM s), "
        "(SELECT count(*) FROM messages WHERE user_id = (SELECT id FROM u)), "
        "(SELECT count(*) FROM campaigns WHERE user_id = (SELECT id FROM u)), "
        "(SELECT count(*) FROM recipients WHERE user_id = (SELECT id FROM u)), "
        "(SELECT count(*) FROM groups WHERE user_id = (SELECT id FROM u)), "
        "(SELECT count(*) FROM recipient_groups rg WHERE "
        "   rg.recipient_id IN (SELECT id FROM recipients WHERE user_id = (SELECT id FROM u)) "
        "   OR rg.group_id IN (SELECT id FROM groups WHERE user_id = (SELECT id FROM u))), "
        "(SELECT count(*) FROM messages WHERE session_id IN (SELECT id FROM s) AND user_id <> (SELECT id FROM u)), "
        "(SELECT count(*) FROM campaigns WHERE session_id IN (SELECT id FROM s) AND user_id <> (SELECT id FROM u))"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!(prepared5 && q.exec()) || !q.next())
        return SqlErrorText::toError(Tr::tr("Could not count what the delete would remove"), q.lastError());
    CascadeCounts c;
    c.sessions = q.value(0).toLongLong();
    c.messages = q.value(1).toLongLong();
    c.campaigns = q.value(2).toLongLong();
    c.contacts = q.value(3).toLongLong();
    c.groups = q.value(4).toLongLong();
    c.memberships = q.value(5).toLongLong();
    c.otherMessagesUnlinked = q.value(6).toLongLong();
    c.otherCampaignsUnlinked = q.value(7).toLongLong();
    return c;
}

Result<QStringList> UserRepository::lockActiveAdmins()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id::text FROM users WHERE lower(role) = 'admin' AND is_active IS TRUE "
                               "ORDER BY id FOR UPDATE")))
        return SqlErrorText::toError(Tr::tr("Could not check the admin accounts"), q.lastError());
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

Result<qint64> UserRepository::count() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM users")) || !q.next())
        return SqlErrorText::toError(Tr::tr("Could not count the accounts"), q.lastError());
    return q.value(0).toLongLong();
}

Result<QList<OwnerChoice>> UserRepository::ownerChoices() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id::text, email FROM users ORDER BY lower(email), id")))
        return SqlErrorText::toError(Tr::tr("Could not load the list of owners"), q.lastError());
    QList<OwnerChoice> owners;
    while (q.next())
        owners.append({q.value(0).toString(), q.value(1).toString()});
    return owners;
}
