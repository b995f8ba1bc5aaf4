#include "celldelegate.h"

#include <QDateTime>

QString CellDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    if (value.isNull())
        return {};
    switch (value.metaType().id()) {
    case QMetaType::QDateTime:
        // The server's wall clock as stored: no zone conversion, no locale-dependent day names.
        return value.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case QMetaType::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    default:
        return QSqlRelationalDelegate::displayText(value, locale);
    }
}
