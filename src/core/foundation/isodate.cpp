#include "foundation/isodate.h"

#include <QRegularExpression>

QDate IsoDate::parse(const QString &text)
{
    // QDate::fromString(…, Qt::ISODate) reads the date a longer text starts with; the whole text must be one.
    static const QRegularExpression re(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    const QString trimmed = text.trimmed();
    if (!re.match(trimmed).hasMatch())
        return {};
    return QDate::fromString(trimmed, Qt::ISODate);
}
