#include "db/demoseeder.h"

#include "db/auditlog.h"
#include "accounts/passwordhasher.h"
#include "foundation/sqlerrortext.h"
#include "db/sqlscript.h"
#include "db/transaction.h"
#include "repositories/userrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoSeeder)
};
}

QList<DemoSeeder::Login> DemoSeeder::logins()
{
    return {{QStringLiteral("admin@waqtor.demo"), QStringLiteral("demo-admin-2026"), QStringLiteral("admin"),
             QStringLiteral("Demo Admin")},
            {QStringLiteral("marketer@waqtor.demo"), QStringLiteral("demo-marketer-2026"), QStringLiteral("user"),
             QStringLiteral("Demo Marketer")},
            {QStringLiteral("viewer@waqtor.demo"), QStringLiteral("demo-viewer-2026"), QStringLiteral("viewer"),
             QStringLiteral("Demo Viewer")}};
}

Status DemoSeeder::seed(bool force)
{
    QFile script(QStringLiteral(":/demo/seed.sql"));
    if (!script.open(QIODevice::ReadOnly))
        return Error::database(Tr::tr("The demo data script is missing from this build."));
    const QStringList statements = SqlScript::split(QString::fromUtf8(script.readAll()));

    Transaction tx(m_db);
    if (const Status s = tx.begin(); !s)
        return s;
    UserRepository users(m_db);
    const auto count = users.count();
    if (!count)
        return count.error();
    if (count.value() > 0 && !force)
        return Error::conflict(Tr::tr("The database already has accounts (%1); demo data is only loaded into an empty "
                                      "database because its passwords are public. Use --force to add it anyway.")
                                   .arg(count.value()));

    QSqlQuery q(m_db);
    for (const Login &login : logins()) {
        if (force) {
            // Replace earlier demo accounts; cascades remove what they owned.
            const bool prepared = q.prepare(QStringLiteral("DELETE FROM users WHERE lower(email) = lower(:email)"));
            q.bindValue(QStringLiteral(":email"), login.email);
            if (!(prepared && q.exec()))
                return SqlErrorText::toError(Tr::tr("Could not replace the demo accounts"), q.lastError());
        }
        const QString hash = PasswordHasher::hash(login.password);
        if (hash.isEmpty())
            return Error::database(Tr::tr("The system's bcrypt (libcrypt) could not hash a password."));
        if (const auto created = users.insert(login.email, hash, login.name, login.role); !created)
            return created.error();
    }
    for (const QString &statement : statements)
        if (!q.exec(statement))
            return SqlErrorText::toError(Tr::tr("Could not load the demo data"), q.lastError());
    if (const Status s = AuditLog(m_db).record(m_actor, QStringLiteral("demo.seed"), QString(),
                                               {{QStringLiteral("forced"), force}});
        !s)
        return s;
    return tx.commit();
}
