#pragma once

#include <QString>

/**
 * What waqtor-admin remembers on this computer (QSettings) beyond the connection, read in one
 * place and checked there: core never reads settings, it is handed the values.
 */
class AppSettings
{
public:
    // "contacts/region": the region national phone numbers (without + or 00) are read in, as an
    // upper-case two-letter code; "SA" when unset or not a region libphonenumber knows.
    static QString phoneRegion();
    static QString phoneRegionKey() { return QStringLiteral("contacts/region"); }
    static QString defaultPhoneRegion() { return QStringLiteral("SA"); }

    // "export/lastFolder": the folder the last export was written to (ExportLocation suggests it next).
    static QString lastExportFolder();
    static void rememberExportFile(const QString &writtenFile);
    static QString lastExportFolderKey() { return QStringLiteral("export/lastFolder"); }
};
