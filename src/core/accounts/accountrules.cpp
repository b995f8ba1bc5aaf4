#include "accounts/accountrules.h"
#include "foundation/textlength.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AccountRules)
};
}

QStringList AccountRules::roles()
{
    return {QStringLiteral("admin"), QStringLiteral("user"), QStringLiteral("viewer")};
}

QString AccountRules::roleText(const QString &role)
{
    const QString r = role.trimmed().toLower();
    if (r == QLatin1String("admin"))
        return Tr::tr("Admin");
    if (r == QLatin1String("user"))
        return Tr::tr("User");
    if (r == QLatin1String("viewer"))
        return Tr::tr("Viewer");
    return role;
}

Result<QString> AccountRules::normaliseEmail(const QString &email)
{
    const QString e = email.trimmed().toLower();
    // Deliberately plain: one @, a non-empty local part, a dotted domain, no spaces or control characters.
    static const QRegularExpression re(
        QStringLiteral(R"(^[^\s@<>()\[\],;:"\\]+@[^\s@<>()\[\],;:"\\.]+(\.[^\s@<>()\[\],;:"\\.]+)+$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (e.isEmpty())
        return Error::invalid(Tr::tr("The email address is empty; give one like name@example.com."));
    if (const qsizetype length = TextLength::characters(e); length > MaxEmailLength)
        return Error::invalid(Tr::tr("The email address is %1 characters long; the most is %2.").arg(length).arg(MaxEmailLength));
    if (!re.match(e).hasMatch())
        return Error::invalid(Tr::tr("\"%1\" is not a valid email address; use the form name@example.com.").arg(email.trimmed()));
    return e;
}

Result<QString> AccountRules::normaliseRole(const QString &role)
{
    const QString r = role.trimmed().toLower();
    if (!roles().contains(r))
        return Error::invalid(Tr::tr("Unknown role \"%1\"; use admin, user or viewer.").arg(role.trimmed()));
    return r;
}

Status AccountRules::checkPassword(const QString &password)
{
    if (password.contains(QChar(u'\0')))
        return Error::invalid(Tr::tr("The password contains a NUL character, which bcrypt cannot hash; choose another."));
    const int bytes = password.toUtf8().size();
    if (bytes < MinPasswordBytes)
        return Error::invalid(Tr::tr("The password is too short: it has %1 bytes and needs at least %2 "
                                  "(one byte per plain letter or digit).").arg(bytes).arg(MinPasswordBytes));
    if (bytes > MaxPasswordBytes)
        return Error::invalid(Tr::tr("The password is too long: it has %1 bytes and bcrypt uses only the first %2, "
                                  "so the rest would be silently ignored; choose a shorter one.")
                                  .arg(bytes).arg(MaxPasswordBytes));
    return {};
}

Status AccountRules::checkName(const QString &name)
{
    return TextLength::checkName(name, MaxNameLength);
}
