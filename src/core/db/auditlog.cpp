#include "db/auditlog.h"

#include "foundation/sqlerrortext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

#include <pwd.h>
#include <unistd.h>

Status AuditLog::record(const QString &actor, const QString &action, const QString &target,
                        const QJsonObject &details)
{
    QSqlQuery q(m_db);
    const bool prepared = q.prepare(QStringLiteral("INSERT INTO waqtor_audit (actor, action, target, details) "
                             "VALUES (:actor, :action, :target, CAST(:details AS jsonb))"));
    q.bindValue(QStringLiteral(":actor"), actor.left(255));
    q.bindValue(QStringLiteral(":action"), action);
    q.bindValue(QStringLiteral(":target"), target.left(255));
    q.bindValue(QStringLiteral(":details"), details.isEmpty()
                    ? QVariant(QMetaType::fromType<QString>())
                    : QVariant(QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))));
    if (!(prepared && q.exec()))
        return SqlErrorText::toError(QCoreApplication::translate("AuditLog", "Could not write the audit log"),
                                     q.lastError());
    return {};
}

QString AuditLog::cliActor()
{
    const passwd *pw = getpwuid(geteuid());
    const QString user = pw ? QString::fromLocal8Bit(pw->pw_name) : QString::number(geteuid());
    return QStringLiteral("cli:") + user;
}
