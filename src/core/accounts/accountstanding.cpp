#include "accounts/accountstanding.h"

#include "accounts/accountrules.h"

#include "foundation/sqlerrortext.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AccountStanding)
};

Result<Standing> readStanding(QSqlDatabase db, const QString &userId, bool lock)
{
    QSqlQuery q(db);
    const bool prepared = q.prepare(lock ? QStringLiteral("SELECT role, COALESCE(is_active, false) FROM users "
                                                          "WHERE id = CAST(:id AS uuid) FOR SHARE")
                                         : QStringLiteral("SELECT role, COALESCE(is_active, false) FROM users "
                                                          "WHERE id = CAST(:id AS uuid)"));
    q.bindValue(QStringLiteral(":id"), userId);
    if (!(prepared && q.exec()))
        return SqlErrorText::toError(Tr::tr("Could not check your account's role; nothing was saved"), q.lastError());
    Standing s;
    if (q.next()) {
        s.exists = true;
        s.role = q.value(0).toString();
        s.active = q.value(1).toBool();
    }
    return s;
}

} // namespace

AccountStanding *AccountStanding::instance()
{
    static AccountStanding *standing = [] {
        auto *s = new AccountStanding;
        // Lives as long as the application; signals reach receivers on any thread queued.
        if (QCoreApplication::instance())
            s->moveToThread(QCoreApplication::instance()->thread());
        return s;
    }();
    return standing;
}

Result<Standing> AccountStanding::read(QSqlDatabase db, const QString &userId)
{
    return readStanding(std::move(db), userId, false);
}

QString AccountStanding::refusal(const Standing &standing, const QString &role)
{
    if (!standing.exists)
        return Tr::tr("Your account was deleted by an administrator, so nothing was saved.");
    if (!standing.active)
        return Tr::tr("Your account was deactivated by an administrator, so nothing was saved. Ask an administrator to "
                      "reactivate it, then sign in again.");
    if (standing.role != role)
        return Tr::tr("An administrator changed your role from %1 to %2, so nothing was saved. The window now offers "
                      "what the %2 role may do; check your change and make it again if that role allows it.")
            .arg(AccountRules::roleText(role), AccountRules::roleText(standing.role));
    return {};
}

Status AccountStanding::confirm(QSqlDatabase db, const PermissionPolicy &policy)
{
    // No account behind the policy: the command line's database operator, whoever holds the credentials.
    if (QUuid::fromString(policy.userId()).isNull())
        return {};
    const auto standing = readStanding(std::move(db), policy.userId(), true);
    if (!standing)
        return standing.error();
    const QString why = refusal(standing.value(), policy.role());
    if (why.isEmpty())
        return {};
    emit instance()->refused(policy.userId(), why);
    return Error::invalid(why);
}
