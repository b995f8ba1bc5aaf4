#include "groups/membershipfilter.h"

#include "repositories/contactrepository.h"
#include "foundation/likepattern.h"
#include "phone/phonenumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MembershipFilter)
};

} // namespace

bool MembershipFilter::isEmpty() const
{
    return status.isEmpty() && text.trimmed().isEmpty() && fieldKey.trimmed().isEmpty();
}

bool MembershipFilter::looksLikePhone(const QString &text)
{
    static const QRegularExpression phone(QStringLiteral(R"(^\+?[\p{Nd}][\p{Nd}\s\-]*$)"));
    return phone.match(text.trimmed()).hasMatch();
}

Status MembershipFilter::validate() const
{
    if (!status.isEmpty() && !ContactRepository::statuses().contains(status))
        return Error::invalid(Tr::tr("\"%1\" is not a contact status; use active, blocked or invalid.").arg(status));
    if (fieldKey.trimmed().isEmpty() && !fieldValue.isEmpty())
        return Error::invalid(Tr::tr("Enter the custom field's key for the value \"%1\".").arg(fieldValue));
    return {};
}

QString MembershipFilter::describe() const
{
    QStringList parts;
    if (!status.isEmpty())
        parts << Tr::tr("status %1").arg(status);
    if (const QString t = text.trimmed(); !t.isEmpty())
        parts << (looksLikePhone(t) ? Tr::tr("phone %1").arg(t) : Tr::tr("“%1” in name or email").arg(t));
    if (const QString key = fieldKey.trimmed(); !key.isEmpty())
        parts << (fieldValue.isEmpty() ? Tr::tr("has %1").arg(key) : Tr::tr("%1 = %2").arg(key, fieldValue));
    return parts.isEmpty() ? Tr::tr("every contact") : parts.join(QStringLiteral(", "));
}

SqlCondition MembershipFilter::condition(const QString &alias, const QString &prefix, const ParameterSpelling &spell,
                                         const QString &region) const
{
    SqlCondition c;
    QStringList parts;
    if (!status.isEmpty()) {
        c.append(prefix + u's', status);
        parts << QStringLiteral("%1.status = CAST(%2 AS text)").arg(alias, spell(prefix + u's'));
    }
    if (const QString t = text.trimmed(); !t.isEmpty()) {
        if (looksLikePhone(t)) {
            // Exact and index-backed, in the E.164 form the contact dialog and the Node server store.
            const auto e164 = PhoneNumber::toE164(t, region);
            QString phone = t;
            phone.remove(QRegularExpression(QStringLiteral(R"([\s\-])")));
            c.append(prefix + u'p', e164 ? e164.value() : phone);
            parts << QStringLiteral("%1.phone_number = CAST(%2 AS text)").arg(alias, spell(prefix + u'p'));
        } else {
            c.append(prefix + u't', LikePattern::contains(t));
            parts << QStringLiteral("(%1.name ILIKE CAST(%2 AS text) OR %1.email ILIKE CAST(%2 AS text))")
                         .arg(alias, spell(prefix + u't'));
        }
    }
    if (const QString key = fieldKey.trimmed(); !key.isEmpty()) {
        c.append(prefix + u'k', key);
        // ->> gives strings without quotes and numbers/booleans as their JSON text: "42" finds 42.
        if (fieldValue.isEmpty()) {
            parts << QStringLiteral("(%1.custom_fields -> CAST(%2 AS text)) IS NOT NULL").arg(alias, spell(prefix + u'k'));
        } else {
            c.append(prefix + u'v', fieldValue);
            parts << QStringLiteral("%1.custom_fields ->> CAST(%2 AS text) = CAST(%3 AS text)")
                         .arg(alias, spell(prefix + u'k'), spell(prefix + u'v'));
        }
    }
    // NULL name/email/custom_fields would make the whole condition NULL, and NOT NULL is not true.
    c.sql = parts.isEmpty() ? QStringLiteral("true") : QStringLiteral("COALESCE(%1, false)").arg(parts.join(QStringLiteral(" AND ")));
    return c;
}
