#pragma once

#include <QSqlRelationalDelegate>

/** Shows cells the way an admin reads them: ISO dates to the second, yes/no, and NULL as an empty cell. */
class CellDelegate : public QSqlRelationalDelegate
{
    Q_OBJECT

public:
    using QSqlRelationalDelegate::QSqlRelationalDelegate;
    QString displayText(const QVariant &value, const QLocale &locale) const override;
};
