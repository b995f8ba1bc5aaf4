#include "usercommands.h"

#include "accounts/accountservice.h"
#include "db/auditlog.h"
#include "clioutput.h"
#include "terminal.h"
#include "repositories/userrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UserCommands)
};

// PASSWORD "-" means standard input, the form that keeps it out of shell history.
Result<QString> passwordArgument(const QString &argument, const QString &email, bool confirm)
{
    if (argument != QLatin1String("-"))
        return argument;
    return Terminal::readSecret(Tr::tr("Password for %1: ").arg(email), confirm);
}

QJsonValue jsonTimestamp(const Timestamp &t)
{
    return t.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.toIso());
}

// One line per table, so the counts read the same in every language (no plural forms needed).
QString cascadeTable(const CascadeCounts &n)
{
    const QList<QPair<QString, qint64>> rows = {
        {Tr::tr("WhatsApp sessions"), n.sessions}, {Tr::tr("messages"), n.messages},
        {Tr::tr("campaigns"), n.campaigns},        {Tr::tr("contacts"), n.contacts},
        {Tr::tr("groups"), n.groups},              {Tr::tr("group memberships"), n.memberships}};
    QStringList lines;
    for (const auto &row : rows)
        lines << QStringLiteral("  %1 %2").arg(row.first.leftJustified(20)).arg(row.second, 10);
    return lines.join(u'\n');
}

} // namespace

int UserCommands::run(const ParsedCommand &c)
{
    const QString &name = c.command;
    if (name == QLatin1String("list-users"))
        return listUsers(c.isSet(QStringLiteral("json")));
    if (name == QLatin1String("create-admin"))
        return createUser(c, QStringLiteral("admin"));
    if (name == QLatin1String("create-user"))
        return createUser(c, c.value(QStringLiteral("role")));
    if (name == QLatin1String("update-role"))
        return updateRole(c);
    if (name == QLatin1String("reset-password"))
        return resetPassword(c);
    if (name == QLatin1String("activate") || name == QLatin1String("deactivate"))
        return setActive(c, name == QLatin1String("activate"));
    if (name == QLatin1String("delete-user"))
        return deleteUser(c);
    return CliOutput::fail(Error::invalid(Tr::tr("Unknown command \"%1\".").arg(name)));
}

int UserCommands::listUsers(bool json)
{
    const auto accounts = UserRepository(m_db).list();
    if (!accounts)
        return CliOutput::fail(accounts.error());
    if (json) {
        QJsonArray array;
        for (const Account &a : accounts.value())
            array << QJsonObject{{QStringLiteral("id"), a.id},
                                 {QStringLiteral("email"), a.email},
                                 {QStringLiteral("name"), a.name.isNull() ? QJsonValue() : QJsonValue(a.name)},
                                 {QStringLiteral("role"), a.role},
                                 {QStringLiteral("is_active"), a.active},
                                 {QStringLiteral("last_login_at"), jsonTimestamp(a.lastLoginAt)},
                                 {QStringLiteral("created_at"), jsonTimestamp(a.createdAt)},
                                 {QStringLiteral("updated_at"), jsonTimestamp(a.updatedAt)}};
        CliOutput::json(QJsonDocument(array));
        return 0;
    }
    QList<QStringList> rows;
    for (const Account &a : accounts.value())
        rows << QStringList{CliOutput::visible(a.email), CliOutput::visible(a.name), CliOutput::visible(a.role),
                            a.active ? Tr::tr("yes") : Tr::tr("no"),
                            a.lastLoginAt.isNull() ? Tr::tr("never") : a.lastLoginAt.text().left(19),
                            a.createdAt.text().left(19)};
    CliOutput::out(CliOutput::table({Tr::tr("EMAIL"), Tr::tr("NAME"), Tr::tr("ROLE"), Tr::tr("ACTIVE"), Tr::tr("LAST LOGIN"),
                                     Tr::tr("CREATED")},
                                    rows));
    CliOutput::out(Tr::tr("Accounts: %1").arg(rows.size()));
    return 0;
}

int UserCommands::createUser(const ParsedCommand &c, const QString &role)
{
    const QString email = c.arguments.at(0);
    const auto password = passwordArgument(c.arguments.at(1), email, true);
    if (!password)
        return CliOutput::fail(password.error());
    const QString name = c.arguments.value(2);
    const auto created = AccountService(m_db, AuditLog::cliActor()).createUser(email, password.value(), name, role);
    if (!created)
        return CliOutput::fail(created.error());
    CliOutput::out(Tr::tr("Created %1 account %2%3.")
                       .arg(created->role, created->email,
                            created->name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(CliOutput::visible(created->name))));
    return 0;
}

int UserCommands::updateRole(const ParsedCommand &c)
{
    const auto account = AccountService(m_db, AuditLog::cliActor()).updateRole(c.arguments.at(0), c.arguments.at(1));
    if (!account)
        return CliOutput::fail(account.error());
    CliOutput::out(Tr::tr("%1 is now %2.").arg(account->email, account->role));
    return 0;
}

int UserCommands::resetPassword(const ParsedCommand &c)
{
    const QString email = c.arguments.at(0);
    const auto password = passwordArgument(c.arguments.at(1), email, true);
    if (!password)
        return CliOutput::fail(password.error());
    const auto account = AccountService(m_db, AuditLog::cliActor()).resetPassword(email, password.value());
    if (!account)
        return CliOutput::fail(account.error());
    CliOutput::out(Tr::tr("Password changed for %1.").arg(account->email));
    return 0;
}

int UserCommands::setActive(const ParsedCommand &c, bool active)
{
    const auto account = AccountService(m_db, AuditLog::cliActor()).setActive(c.arguments.at(0), active);
    if (!account)
        return CliOutput::fail(account.error());
    CliOutput::out(active ? Tr::tr("%1 is active and can sign in.").arg(account->email)
                          : Tr::tr("%1 is deactivated and can no longer sign in; its data is kept.").arg(account->email));
    return 0;
}

int UserCommands::deleteUser(const ParsedCommand &c)
{
    const QString email = c.arguments.at(0);
    AccountService service(m_db, AuditLog::cliActor());
    if (c.isSet(QStringLiteral("soft"))) {
        const auto account = service.setActive(email, false);
        if (!account)
            return CliOutput::fail(account.error());
        CliOutput::out(Tr::tr("%1 is deactivated (--soft); nothing was deleted.").arg(account->email));
        return 0;
    }

    const auto account = UserRepository(m_db).find(email);
    if (!account)
        return CliOutput::fail(account.error());
    const auto preview = service.previewDelete(account->email);
    if (!preview)
        return CliOutput::fail(preview.error());
    const CascadeCounts &n = preview.value();
    CliOutput::out(Tr::tr("Deleting %1 (%2) also removes:").arg(account->email, account->role));
    CliOutput::out(cascadeTable(n));
    if (n.otherMessagesUnlinked + n.otherCampaignsUnlinked > 0)
        CliOutput::out(Tr::tr("Kept, without a session: other accounts' messages (%1) and campaigns (%2) that used "
                              "these sessions.")
                           .arg(n.otherMessagesUnlinked)
                           .arg(n.otherCampaignsUnlinked));

    if (!c.isSet(QStringLiteral("yes"))) {
        if (!Terminal::stdinIsTerminal())
            return CliOutput::fail(Error::invalid(
                Tr::tr("Nothing was deleted: standard input is not a terminal, so the delete cannot be confirmed; "
                    "add --yes to delete from a script.")));
        if (!Terminal::confirm(Tr::tr("Delete %1 and all of the above?").arg(account->email)))
            return CliOutput::fail(Error::invalid(Tr::tr("Not confirmed; nothing was deleted.")));
    }

    const auto deleted = service.deleteUser(account->email);
    if (!deleted)
        return CliOutput::fail(deleted.error());
    CliOutput::out(Tr::tr("Deleted %1, together with:").arg(account->email));
    CliOutput::out(cascadeTable(deleted.value()));
    return 0;
}
