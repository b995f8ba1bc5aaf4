#pragma once

#include "accounts/permissionpolicy.h"

#include <QDate>
#include <QString>

/**
 * Where an export is suggested: the folder of the last export (the app remembers it and hands it in),
 * else the Documents folder when it exists, else home; the file is named after the page (or report)
 * and the day, e.g. contacts-2026-12-04.csv, never over an existing file.
 */
class ExportLocation
{
public:
    // The name a page's export starts from: "contacts" for the Contacts page (not its table, recipients).
    static QString stem(Entity entity);
    // `lastFolder` may be empty, or gone since.
    static QString defaultFolder(const QString &lastFolder);
    static QString suggestedPath(const QString &stem, const QString &lastFolder,
                                 const QDate &day = QDate::currentDate());
};
