#include "foundation/uuidlist.h"

#include <QUuid>

QStringList UuidList::canonical(const QStringList &ids)
{
    QStringList clean;
    for (const QString &id : ids)
        if (const QUuid uuid = QUuid::fromString(id); !uuid.isNull())
            clean << uuid.toString(QUuid::WithoutBraces);
    return clean;
}

QString UuidList::arrayLiteral(const QStringList &ids)
{
    return u'{' + ids.join(u',') + u'}';
}
