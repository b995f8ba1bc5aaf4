// The filter → SQL of every list the pages show, in one file so the owner rule reads the same in
// each: a role that does not see every owner gets its own rows only, whatever the filter asked.
// Values are never spliced: each condition reads them through the caller's placeholder.

#include "foundation/likepattern.h"
#include "repositories/campaignrepository.h"
#include "repositories/contactrepository.h"
#include "repositories/grouprepository.h"
#include "repositories/messagerepository.h"
#include "repositories/sessionrepository.h"
#include "repositories/userrepository.h"

#include <QRegularExpression>

namespace {

void addOwner(SqlConditions &c, const QString &table, const QString &chosen, const PermissionPolicy &policy,
              const SqlPlaceholder &placeholder)
{
    if (const QString owner = policy.listOwner(chosen); !owner.isEmpty())
        c.add(QStringLiteral("owner"), owner, table + QStringLiteral(".user_id = CAST(%1 AS uuid)"), placeholder);
}

}  // namespace

SqlConditions CampaignRepository::conditions(const CampaignFilter &f, const PermissionPolicy &policy,
                                             const SqlPlaceholder &placeholder)
{
    SqlConditions c;
    if (!f.text.isEmpty())
        c.add(QStringLiteral("search"), LikePattern::literal(f.text),
              QStringLiteral("campaigns.name ILIKE '%' || %1 || '%' OR campaigns.message_template ILIKE '%' || %1 || '%'"),
              placeholder);
    if (!f.status.isEmpty())
        c.add(QStringLiteral("status"), f.status, QStringLiteral("campaigns.status = %1"), placeholder);
    addOwner(c, QStringLiteral("campaigns"), f.ownerId, policy, placeholder);
    return c;
}

SqlConditions GroupRepository::conditions(const GroupFilter &f, const PermissionPolicy &policy,
                                          const SqlPlaceholder &placeholder)
{
    SqlConditions c;
    // strpos, not LIKE: % and _ in the search text are matched as themselves.
    if (!f.text.isEmpty())
        c.add(QStringLiteral("search"), f.text.toLower(),
              QStringLiteral("strpos(lower(groups.name), %1) > 0 OR strpos(lower(COALESCE(groups.description, '')), %1) > 0"),
              placeholder);
    addOwner(c, QStringLiteral("groups"), f.ownerId, policy, placeholder);
    return c;
}

SqlConditions ContactRepository::conditions(const ContactFilter &f, const PermissionPolicy &policy,
                                            const SqlPlaceholder &placeholder)
{
    SqlConditions c;
    // Exact and index-backed: the same E.164 form the dialog and the Node server store.
    if (!f.phoneNumber.isEmpty())
        c.add(QStringLiteral("phone"), f.phoneNumber, QStringLiteral("recipients.phone_number = %1"), placeholder);
    // Part of a number: pg_trgm's index (migration 0010) or a prefix range on the B-tree index.
    if (f.phonePart)
        c.add(QStringLiteral("phonePart"), f.phonePart->value,
              f.phonePart->condition(QStringLiteral("recipients.phone_number"), QStringLiteral("%1")), placeholder);
    if (!f.text.isEmpty())
        c.add(QStringLiteral("search"), LikePattern::contains(f.text),
              QStringLiteral("recipients.name ILIKE %1 OR recipients.email ILIKE %1"), placeholder);
    if (!f.status.isEmpty())
        c.add(QStringLiteral("status"), f.status, QStringLiteral("recipients.status = %1"), placeholder);
    // Whole days, as the Overview counts them (date_trunc on the server's clock).
    if (!f.addedFrom.isEmpty())
        c.add(QStringLiteral("addedFrom"), f.addedFrom, QStringLiteral("recipients.created_at >= CAST(%1 AS date)"), placeholder);
    if (!f.addedBefore.isEmpty())
        c.add(QStringLiteral("addedBefore"), f.addedBefore, QStringLiteral("recipients.created_at < CAST(%1 AS date)"),
              placeholder);
    addOwner(c, QStringLiteral("recipients"), f.ownerId, policy, placeholder);
    return c;
}

SqlConditions ContactRepository::summaryConditions(const QString &chosenOwner, const PermissionPolicy &policy,
                                                   const QString &alias, const SqlPlaceholder &placeholder)
{
    SqlConditions c;
    addOwner(c, alias, chosenOwner, policy, placeholder);
    return c;
}

SqlConditions SessionRepository::conditions(const SessionFilter &f, const PermissionPolicy &policy,
                                            const SqlPlaceholder &placeholder)
{
    SqlConditions c;
    if (!f.text.isEmpty()) {
        c.add(QStringLiteral("search"), LikePattern::literal(f.text),
              QStringLiteral("whatsapp_sessions.session_name ILIKE '%' || %1 || '%' "
                             "OR whatsapp_sessions.phone_number ILIKE '%' || %1 || '%'"),
              placeholder);
        // "55 318 7426" finds +966553187426: phone numbers are stored as digits.
        QString digits = f.text;
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        if (digits.size() >= 3 && digits != f.text) {
            c.values.append({QStringLiteral("digits"), digits});
            c.sql.last() += QStringLiteral(" OR whatsapp_sessions.phone_number LIKE '%' || %1 || '%'")
                                .arg(placeholder(QStringLiteral("digits")));
        }
    }
    if (!f.status.isEmpty())
        c.add(QStringLiteral("status"), f.status, QStringLiteral("whatsapp_sessions.status = %1"), placeholder);
    if (!f.id.isEmpty())
        c.add(QStringLiteral("id"), f.id, QStringLiteral("whatsapp_sessions.id = CAST(%1 AS uuid)"), placeholder);
    addOwner(c, QStringLiteral("whatsapp_sessions"), f.ownerId, policy, placeholder);
    return c;
}

SqlConditions UserRepository::conditions(const UserFilter &f, const SqlPlaceholder &placeholder)
{
    SqlConditions c;
    if (!f.text.isEmpty())
        c.add(QStringLiteral("search"), f.text,
              QStringLiteral("users.email ILIKE '%' || %1 || '%' OR users.name ILIKE '%' || %1 || '%'"), placeholder);
    if (!f.role.isEmpty())
        c.add(QStringLiteral("role"), f.role, QStringLiteral("lower(users.role) = %1"), placeholder);
    if (!f.active.isEmpty())
        c.add(QStringLiteral("active"), f.active, QStringLiteral("COALESCE(users.is_active, false) = CAST(%1 AS boolean)"),
              placeholder);
    return c;
}

SqlConditions MessageRepository::conditions(MessageFilter filter, const PermissionPolicy &policy, const QString &table,
                                            const SqlPlaceholder &placeholder)
{
    filter.ownerId = policy.listOwner(filter.ownerId);
    return conditions(filter, table, placeholder);
}
