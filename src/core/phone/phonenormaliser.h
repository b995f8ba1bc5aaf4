#pragma once

#include "accounts/permissionpolicy.h"
#include "foundation/result.h"

#include <QList>
#include <QSqlDatabase>

/** One stored phone and what normalising does with it. */
struct PhoneChange
{
    QString id;
    QString from;
    QString to;      // E.164; empty when it cannot be read
    QString reason;  // why it is left unchanged
};

/** What normalise-phones did (or, on a dry run, would do). */
struct PhoneNormaliseReport
{
    QList<PhoneChange> changed;
    QList<PhoneChange> collisions;  // the E.164 form is already taken: left unchanged
    QList<PhoneChange> invalid;     // not a phone number libphonenumber can read: left unchanged
    qint64 alreadyE164 = 0;
    bool dryRun = false;
};

/**
 * Rewrites an owner's older phone numbers (written before imports normalised them) to E.164 in
 * place, in one transaction, so that imports deduplicate against them. A number whose E.164 form
 * another contact of the owner already has, or shares with another old number, is reported and left.
 */
class PhoneNormaliser
{
public:
    PhoneNormaliser(QSqlDatabase db, PermissionPolicy policy, QString actor);
    Result<PhoneNormaliseReport> run(const QString &ownerId, const QString &ownerEmail, const QString &region, bool dryRun);

private:
    QSqlDatabase m_db;
    PermissionPolicy m_policy;
    QString m_actor;
};
