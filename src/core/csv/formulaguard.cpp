#include "csv/formulaguard.h"

#include <QRegularExpression>
#include <QStringList>

namespace {

// What makes a spreadsheet read a cell as a formula when it comes first.
constexpr char16_t Triggers[] = {u'=', u'+', u'-', u'@', u'\t', u'\r'};
// An E.164 number, the whole cell; the same pattern serves C++ and PostgreSQL.
const char E164Pattern[] = "[+][1-9][0-9]{6,14}";

bool isTrigger(QChar c)
{
    for (const char16_t t : Triggers) {
        if (c == QChar(t))
            return true;
    }
    return false;
}

} // namespace

QString FormulaGuard::guarded(const QString &cell)
{
    static const QRegularExpression e164(QRegularExpression::anchoredPattern(QString::fromLatin1(E164Pattern)));
    if (cell.isEmpty() || !isTrigger(cell.front()) || e164.match(cell).hasMatch())
        return cell;
    return u'\'' + cell;
}

QString FormulaGuard::sqlExpression(const QString &e)
{
    QStringList triggers;
    for (const char16_t t : Triggers)
        triggers << (QChar(t).isPrint() ? QStringLiteral("'%1'").arg(QChar(t)) : QStringLiteral("chr(%1)").arg(int(t)));
    return QStringLiteral("CASE WHEN left(%1, 1) IN (%2) AND %1 !~ '^%3$' THEN '''' || %1 ELSE %1 END")
        .arg(e, triggers.join(QStringLiteral(", ")), QString::fromLatin1(E164Pattern));
}

QString FormulaGuard::unguarded(const QString &cell)
{
    if (cell.size() >= 2 && cell.at(0) == u'\'' && isTrigger(cell.at(1)))
        return cell.mid(1);
    return cell;
}
