#include "export/exportlocation.h"

#include "accounts/entitycode.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

QString ExportLocation::stem(Entity entity)
{
    const QString code = entityCode(entity);
    return code.isEmpty() ? QStringLiteral("export") : code;
}

QString ExportLocation::defaultFolder(const QString &lastFolder)
{
    // A remembered folder that was deleted or unmounted since is no suggestion.
    if (!lastFolder.isEmpty() && QFileInfo(lastFolder).isDir())
        return lastFolder;
    // writableLocation() names ~/Documents even where it was never created.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

QString ExportLocation::suggestedPath(const QString &stem, const QString &lastFolder, const QDate &day)
{
    const QDir folder(defaultFolder(lastFolder));
    const QString base = QStringLiteral("%1-%2").arg(stem, day.toString(Qt::ISODate));
    QString path = folder.filePath(base + QLatin1String(".csv"));
    // A second export the same day gets contacts-2026-12-04-2.csv rather than a prompt to overwrite.
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder.filePath(QStringLiteral("%1-%2.csv").arg(base).arg(n));
    return path;
}
