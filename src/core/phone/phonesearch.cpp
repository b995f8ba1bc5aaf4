#include "phone/phonesearch.h"

#include "phone/phonenumber.h"

namespace {
bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}
} // namespace

std::optional<PhoneSearch> PhoneSearch::parse(const QString &typed, const QString &region, bool trigramIndexed)
{
    // ASCII digits and '+' as PhoneNumber reads them; then separators dropped.
    QString text = PhoneNumber::cleaned(typed);
    if (text.endsWith(QLatin1String("@c.us"), Qt::CaseInsensitive))
        text.chop(5);
    QString compact;
    for (const QChar c : std::as_const(text)) {
        if (isAsciiDigit(c) || (c == u'+' && compact.isEmpty()))
            compact.append(c);
        else if (!(c.isSpace() || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == u'/'))
            return std::nullopt;
    }
    if (compact.startsWith(QLatin1String("00")))
        compact = u'+' + compact.mid(2);
    const QString digits = compact.startsWith(u'+') ? compact.mid(1) : compact;
    if (digits.size() < MinimumDigits)
        return std::nullopt;

    if (const auto e164 = PhoneNumber::toE164(compact, region))
        return PhoneSearch{Kind::Exact, e164.value()};
    if (trigramIndexed)
        return PhoneSearch{Kind::Contains, digits};
    // A prefix of the stored E.164 form: a national trunk 0 stands for the region's calling code.
    if (compact.startsWith(u'+'))
        return PhoneSearch{Kind::Prefix, compact};
    if (compact.startsWith(u'0')) {
        const int code = PhoneNumber::callingCode(region);
        QString national = compact;
        while (national.startsWith(u'0'))
            national.remove(0, 1);
        if (code > 0)
            return PhoneSearch{Kind::Prefix, u'+' + QString::number(code) + national};
    }
    return PhoneSearch{Kind::Prefix, u'+' + digits};
}

QString PhoneSearch::condition(const QString &column, const QString &placeholder) const
{
    switch (kind) {
    case Kind::Exact:
        return QStringLiteral("%1 = %2").arg(column, placeholder);
    case Kind::Contains:
        // The value is digits only: no LIKE wildcard to escape. pg_trgm's GIN index serves it.
        return QStringLiteral("%1 LIKE '%' || %2 || '%'").arg(column, placeholder);
    case Kind::Prefix:
        // The range lets the B-tree index serve it in any collation (E.164 is '+' and digits, which
        // sort digit by digit everywhere); the LIKE keeps the result exact.
        return QStringLiteral("(%1 >= %2 AND %1 <= %2 || '9999999999999999' AND %1 LIKE %2 || '%')")
            .arg(column, placeholder);
    }
    return QStringLiteral("false");
}
