#include "phone/phonenormaliser.h"

#include "db/auditlog.h"
#include "phone/phonenumber.h"
#include "foundation/sqlerrortext.h"
#include "db/transaction.h"
#include "foundation/uuidlist.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSet>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNormaliser)
};

// The shape every phone has once normalised; only rows without it are looked at.
const char *const E164Pattern = "^\\+[1-9][0-9]{6,14}$";

} // namespace

PhoneNormaliser::PhoneNormaliser(QSqlDatabase db, PermissionPolicy policy, QString actor)
    : m_db(std::move(db)), m_policy(std::move(policy)), m_actor(std::move(actor))
{
}

Result<PhoneNormaliseReport> PhoneNormaliser::run(const QString &ownerId, const QString &ownerEmail,
                                                 const QString &region, bool dryRun)
{
    if (Status s = m_policy.check(Action::Edit, Entity::Contacts, ownerId); !s)
        return s.error();
    PhoneNormaliseReport report;
    report.dryRun = dryRun;
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();

    QSqlQuery count(m_db);
    count.prepare(QStringLiteral("SELECT count(*) FROM recipients WHERE user_id = CAST(:owner AS uuid) AND phone_number ~ :e164"));
    count.bindValue(QStringLiteral(":owner"), ownerId);
    count.bindValue(QStringLiteral(":e164"), QString::fromLatin1(E164Pattern));
    if (!count.exec() || !count.next())
        return SqlErrorText::toError(Tr::tr("Could not read the phone numbers of %1").arg(ownerEmail), count.lastError());
    report.alreadyE164 = count.value(0).toLongLong();

    // Locked until the end, so nobody edits a number while we rewrite it.
    QSqlQuery old(m_db);
    old.prepare(QStringLiteral("SELECT id, phone_number FROM recipients WHERE user_id = CAST(:owner AS uuid) "
                               "AND phone_number !~ :e164 ORDER BY phone_number, id FOR UPDATE"));
    old.bindValue(QStringLiteral(":owner"), ownerId);
    old.bindValue(QStringLiteral(":e164"), QString::fromLatin1(E164Pattern));
    if (!old.exec())
        return SqlErrorText::toError(Tr::tr("Could not read the phone numbers of %1").arg(ownerEmail), old.lastError());
    QList<PhoneChange> candidates;
    QHash<QString, int> perTarget;
    while (old.next()) {
        PhoneChange change{old.value(0).toString(), old.value(1).toString(), {}, {}};
        const auto e164 = PhoneNumber::toE164(change.from, region);
        if (!e164) {
            change.reason = e164.error().message;
            report.invalid << change;
            continue;
        }
        change.to = e164.value();
        ++perTarget[change.to];
        candidates << change;
    }
    if (candidates.isEmpty())
        return report;

    QStringList targets;
    for (const PhoneChange &c : std::as_const(candidates))
        targets << c.to;
    targets.removeDuplicates();
    QSqlQuery taken(m_db);
    taken.prepare(QStringLiteral("SELECT phone_number FROM recipients WHERE user_id = CAST(:owner AS uuid) "
                                 "AND phone_number = ANY(CAST(:targets AS text[]))"));
    taken.bindValue(QStringLiteral(":owner"), ownerId);
    // E.164 strings are '+' and digits only, so they need no quoting inside the array literal.
    taken.bindValue(QStringLiteral(":targets"), QStringLiteral("{%1}").arg(targets.join(u',')));
    if (!taken.exec())
        return SqlErrorText::toError(Tr::tr("Could not read the phone numbers of %1").arg(ownerEmail), taken.lastError());
    QSet<QString> existing;
    while (taken.next())
        existing.insert(taken.value(0).toString());

    QStringList ids;
    QStringList tos;
    for (PhoneChange &c : candidates) {
        if (existing.contains(c.to)) {
            c.reason = Tr::tr("another contact of %1 already has").arg(ownerEmail);
            report.collisions << c;
        } else if (perTarget.value(c.to) > 1) {
            c.reason = Tr::tr("%1 other old numbers of %2 also become").arg(perTarget.value(c.to) - 1).arg(ownerEmail);
            report.collisions << c;
        } else {
            report.changed << c;
            ids << c.id;
            tos << c.to;
        }
    }
    if (!ids.isEmpty()) {
        QSqlQuery update(m_db);
        update.prepare(QStringLiteral("UPDATE recipients AS r SET phone_number = v.phone "
                                      "FROM unnest(CAST(:ids AS uuid[]), CAST(:phones AS text[])) AS v(id, phone) "
                                      "WHERE r.id = v.id"));
        update.bindValue(QStringLiteral(":ids"), UuidList::arrayLiteral(ids));
        update.bindValue(QStringLiteral(":phones"), QStringLiteral("{%1}").arg(tos.join(u',')));
        if (!update.exec())
            return SqlErrorText::toError(Tr::tr("Could not rewrite the phone numbers of %1").arg(ownerEmail),
                                         update.lastError());
    }
    if (dryRun) {
        transaction.rollback();
        return report;
    }
    const QJsonObject details{{QStringLiteral("region"), region},
                              {QStringLiteral("changed"), report.changed.size()},
                              {QStringLiteral("collisions"), report.collisions.size()},
                              {QStringLiteral("invalid"), report.invalid.size()}};
    if (Status s = AuditLog(m_db).record(m_actor, QStringLiteral("normalise-phones"), ownerEmail, details); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return report;
}
