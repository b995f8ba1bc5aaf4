#include "backup/backupformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackupFormats)
};

} // namespace

Result<BackupFormat> BackupFormats::fromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("custom"))
        return BackupFormat::Custom;
    if (n == QLatin1String("plain"))
        return BackupFormat::Plain;
    if (n == QLatin1String("gzip"))
        return BackupFormat::Gzip;
    return Error::invalid(Tr::tr("The backup format is custom, plain or gzip, not \"%1\".").arg(name));
}

Result<BackupFormat> BackupFormats::fromFileName(const QString &fileName)
{
    const QString n = fileName.toLower();
    if (n.endsWith(QLatin1String(".sql.gz")))
        return BackupFormat::Gzip;
    if (n.endsWith(QLatin1String(".sql")))
        return BackupFormat::Plain;
    if (n.endsWith(QLatin1String(".dump")))
        return BackupFormat::Custom;
    return Error::invalid(Tr::tr("Cannot tell the backup format from the name %1; end it in .dump (custom), .sql "
                                 "(plain) or .sql.gz (gzip), or give --format.")
                              .arg(QDir::toNativeSeparators(fileName)));
}

BackupFormat BackupFormats::detect(const QByteArray &firstBytes)
{
    if (firstBytes.startsWith("PGDMP"))
        return BackupFormat::Custom;
    if (firstBytes.size() >= 2 && quint8(firstBytes.at(0)) == 0x1f && quint8(firstBytes.at(1)) == 0x8b)
        return BackupFormat::Gzip;
    return BackupFormat::Plain;
}

Result<BackupFormat> BackupFormats::detectFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(Tr::tr("Cannot read the backup %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray head = file.read(5);
    if (head.isEmpty())
        return Error::invalid(Tr::tr("The backup %1 is empty.").arg(QDir::toNativeSeparators(path)));
    return detect(head);
}

QString BackupFormats::name(BackupFormat format)
{
    switch (format) {
    case BackupFormat::Custom: return QStringLiteral("custom");
    case BackupFormat::Plain: return QStringLiteral("plain");
    case BackupFormat::Gzip: return QStringLiteral("gzip");
    }
    return {};
}

QString BackupFormats::extension(BackupFormat format)
{
    switch (format) {
    case BackupFormat::Custom: return QStringLiteral("dump");
    case BackupFormat::Plain: return QStringLiteral("sql");
    case BackupFormat::Gzip: return QStringLiteral("sql.gz");
    }
    return {};
}
