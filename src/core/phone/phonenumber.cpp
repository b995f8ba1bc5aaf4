#include "phone/phonenumber.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <set>
#include <string>

namespace pn = i18n::phonenumbers;

namespace {
// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)
};

// PhoneNumberUtil is a thread-safe singleton whose parse/format/validate calls are const.
const pn::PhoneNumberUtil &util()
{
    return *pn::PhoneNumberUtil::GetInstance();
}

// Built once (thread-safe static initialisation), never changed afterwards.
const std::set<std::string> &supportedRegions()
{
    static const std::set<std::string> regions = [] {
        std::set<std::string> r;
        util().GetSupportedRegions(&r);
        return r;
    }();
    return regions;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Spaces (NBSP included), dashes, dots, parentheses and slashes people write between digit groups.
bool isSeparator(QChar c)
{
    if (c.isSpace())
        return true;
    switch (c.unicode()) {
    case u'-': case u'.': case u'(': case u')': case u'/':
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:  // hyphens, dashes
    case 0x2212:                                                                 // minus sign
    case 0xFF0D: case 0xFF0E: case 0xFF08: case 0xFF09: case 0xFF0F:             // full-width - . ( ) /
        return true;
    default:
        return false;
    }
}

// "050 123 4567 ext. 12", "... x12", "...#12", "tel:...;ext=12": a number followed by an extension.
bool hasExtension(const QString &text)
{
    const QString t = text.trimmed().toLower();
    qsizetype d = t.size();
    while (d > 0 && isAsciiDigit(t.at(d - 1)))
        --d;
    if (d == t.size())
        return false;
    QString head = t.left(d).trimmed();
    static const char *const markers[] = {";ext=", "extension", "ext.", "ext", "x", "#"};
    for (const char *m : markers) {
        const QLatin1String marker(m);
        if (!head.endsWith(marker))
            continue;
        head.chop(marker.size());
        bool anyDigit = false;
        for (const QChar c : std::as_const(head)) {
            if (isAsciiDigit(c))
                anyDigit = true;
            else if (c != u'+' && !isSeparator(c))
                return false;
        }
        return anyDigit;
    }
    return false;
}

// "United States (US)" when Qt knows the name, else just the code; non-geographic codes by number.
QString regionText(const std::string &code, int countryCode)
{
    const QString rc = QString::fromStdString(code);
    if (rc.size() != 2)
        return Tr::tr("country code +%1").arg(countryCode);
    const QLocale::Territory t = QLocale::codeToTerritory(rc);
    if (t == QLocale::AnyTerritory)
        return rc;
    return QStringLiteral("%1 (%2)").arg(QLocale::territoryToString(t), rc);
}

Error notANumber(const QString &shown)
{
    return Error::invalid(Tr::tr("\"%1\" is not a phone number; it may contain only digits, spaces, dashes, dots, "
                                 "parentheses and a leading + or 00.").arg(shown));
}
}

bool PhoneNumber::isKnownRegion(const QString &region)
{
    const QString r = region.trimmed().toUpper();
    if (r.size() != 2 || !r.at(0).isLetter() || !r.at(1).isLetter())
        return false;
    return supportedRegions().count(r.toStdString()) != 0;
}

int PhoneNumber::callingCode(const QString &region)
{
    if (!isKnownRegion(region))
        return 0;
    return util().GetCountryCodeForRegion(region.trimmed().toUpper().toStdString());
}

bool PhoneNumber::isE164(const QString &text)
{
    // ^\+[1-9]\d{6,14}$, checked by hand: cheaper than a regex and nothing shared to worry about.
    if (text.size() < 8 || text.size() > 16 || text.at(0) != u'+' || text.at(1) == u'0')
        return false;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (!isAsciiDigit(text.at(i)))
            return false;
    }
    pn::PhoneNumber number;
    if (util().Parse(text.toStdString(), "ZZ", &number) != pn::PhoneNumberUtil::NO_PARSING_ERROR)
        return false;
    if (!util().IsValidNumber(number))
        return false;
    std::string formatted;
    util().Format(number, pn::PhoneNumberUtil::E164, &formatted);
    return formatted == text.toStdString();
}

namespace {

// Input already in canonical E.164 (what imports of our own exports and most CRMs hold) needs no
// parsing or formatting, only the validity check: about half of libphonenumber's cost per number.
bool isValidCanonical(const QString &input)
{
    const qsizetype n = input.size();
    if (n < 8 || n > 16 || input.at(0) != u'+' || input.at(1) == u'0')
        return false;
    for (qsizetype i = 1; i < n; ++i)
        if (!isAsciiDigit(input.at(i)))
            return false;
    for (int ccLength = 1; ccLength <= 3; ++ccLength) {
        const int cc = QStringView(input).mid(1, ccLength).toInt();
        std::string code;
        util().GetRegionCodeForCountryCode(cc, &code);
        if (code == "ZZ")
            continue;
        const QStringView national = QStringView(input).mid(1 + ccLength);
        // A national number with leading zeros (Italy) keeps them in a flag; leave those to Parse().
        if (national.isEmpty() || national.at(0) == u'0')
            return false;
        pn::PhoneNumber number;
        number.set_country_code(cc);
        number.set_national_number(national.toULongLong());
        return util().IsValidNumber(number);
    }
    return false;
}

} // namespace

QString PhoneNumber::cleaned(const QString &input)
{
    QString out;
    out.reserve(input.size());
    for (const QChar c : input) {
        if (c.category() == QChar::Other_Format)
            continue;
        if (c.category() == QChar::Number_DecimalDigit)
            out.append(QChar(u'0' + c.digitValue()));
        else if (c == QChar(0xFF0B))
            out.append(QChar(u'+'));
        else
            out.append(c);
    }
    return out.trimmed();
}

Result<QString> PhoneNumber::toE164(const QString &input, const QString &region)
{
    // An unknown region is refused whatever the number: it is a mistake in the call.
    if (isValidCanonical(input) && (region.isEmpty() || isKnownRegion(region.trimmed())))
        return input;
    if (input.size() > MaxInputLength)
        return Error::invalid(Tr::tr("The phone number is %1 characters long; the most is %2.")
                                  .arg(input.size()).arg(MaxInputLength));

    // What the user wrote, minus invisible marks, with ASCII digits: quoted in every sentence below.
    const QString shown = cleaned(input);
    if (shown.isEmpty())
        return Error::invalid(Tr::tr("The phone number is empty; give one like +966501234567."));

    const QString regionCode = region.trimmed().toUpper();
    if (!regionCode.isEmpty() && !isKnownRegion(regionCode))
        return Error::invalid(Tr::tr("Unknown region \"%1\"; use a two-letter country code such as SA, EG or DE.")
                                  .arg(region.trimmed()));

    QString text = shown;
    if (text.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
        text = text.mid(4).trimmed();

    // A WhatsApp id holds the full international number without the +.
    bool international = false;
    for (const QLatin1String suffix : {QLatin1String("@c.us"), QLatin1String("@s.whatsapp.net")}) {
        if (!text.endsWith(suffix, Qt::CaseInsensitive))
            continue;
        text.chop(suffix.size());
        if (text.isEmpty() || !std::all_of(text.cbegin(), text.cend(), isAsciiDigit))
            return notANumber(shown);
        international = true;
        break;
    }
    if (text.endsWith(QLatin1String("@g.us"), Qt::CaseInsensitive))
        return Error::invalid(Tr::tr("\"%1\" is a WhatsApp group id, not a phone number.").arg(shown));

    // Keep digits and a leading +, drop separators, refuse anything else.
    QString compact;
    compact.reserve(text.size());
    for (const QChar c : std::as_const(text)) {
        if (isAsciiDigit(c)) {
            compact.append(c);
        } else if (c == u'+') {
            if (!compact.isEmpty())
                return notANumber(shown);
            compact.append(c);
        } else if (!isSeparator(c)) {
            if (hasExtension(text))
                return Error::invalid(Tr::tr("\"%1\" has an extension; WhatsApp numbers have none, so remove it.")
                                          .arg(shown));
            return notANumber(shown);
        }
    }
    const qsizetype digitsFrom = compact.startsWith(u'+') ? 1 : 0;
    if (compact.size() == digitsFrom)
        return notANumber(shown);

    if (compact.startsWith(u'+')) {
        international = true;
    } else if (international) {
        compact.prepend(u'+');
    } else if (compact.startsWith(QLatin1String("00"))) {
        compact.replace(0, 2, QStringLiteral("+"));
        international = true;
    }
    if (compact == QLatin1String("+"))
        return notANumber(shown);

    if (!international && regionCode.isEmpty())
        return Error::invalid(Tr::tr("\"%1\" has no country code and no region was given; add a region "
                                     "(such as --region SA) or write it with its country code, such as +966…")
                                  .arg(shown));

    pn::PhoneNumber number;
    const std::string parseRegion = regionCode.isEmpty() ? std::string("ZZ") : regionCode.toStdString();
    switch (util().Parse(compact.toStdString(), parseRegion, &number)) {
    case pn::PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case pn::PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return Error::invalid(Tr::tr("\"%1\" does not start with a known country code.").arg(shown));
    case pn::PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case pn::PhoneNumberUtil::TOO_SHORT_NSN:
        return Error::invalid(Tr::tr("\"%1\" is too short to be a phone number.").arg(shown));
    case pn::PhoneNumberUtil::TOO_LONG_NSN:
        return Error::invalid(Tr::tr("\"%1\" has too many digits to be a phone number.").arg(shown));
    case pn::PhoneNumberUtil::NOT_A_NUMBER:
    default:
        return notANumber(shown);
    }
    if (number.has_extension())  // cannot happen after the checks above; kept as a guard
        return Error::invalid(Tr::tr("\"%1\" has an extension; WhatsApp numbers have none, so remove it.").arg(shown));

    if (!util().IsValidNumber(number)) {
        std::string code;
        util().GetRegionCodeForCountryCode(number.country_code(), &code);
        QString why;
        switch (util().IsPossibleNumberWithReason(number)) {
        case pn::PhoneNumberUtil::TOO_SHORT:
            why = Tr::tr("; it has too few digits");
            break;
        case pn::PhoneNumberUtil::TOO_LONG:
            why = Tr::tr("; it has too many digits");
            break;
        case pn::PhoneNumberUtil::INVALID_LENGTH:
            why = Tr::tr("; it has the wrong number of digits");
            break;
        default:
            break;
        }
        return Error::invalid(Tr::tr("\"%1\" is not a valid number for %2%3.")
                                  .arg(shown, regionText(code, number.country_code()), why));
    }

    std::string formatted;
    util().Format(number, pn::PhoneNumberUtil::E164, &formatted);
    return QString::fromStdString(formatted);
}
