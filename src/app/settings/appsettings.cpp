#include "settings/appsettings.h"

#include "phone/phonenumber.h"

#include <QFileInfo>
#include <QSettings>

QString AppSettings::phoneRegion()
{
    const QString region = QSettings().value(phoneRegionKey(), defaultPhoneRegion()).toString().trimmed();
    // A hand-edited setting must not turn every national number into a parse error.
    return PhoneNumber::isKnownRegion(region) ? region.toUpper() : defaultPhoneRegion();
}

QString AppSettings::lastExportFolder()
{
    return QSettings().value(lastExportFolderKey()).toString();
}

void AppSettings::rememberExportFile(const QString &writtenFile)
{
    QSettings().setValue(lastExportFolderKey(), QFileInfo(writtenFile).absolutePath());
}
