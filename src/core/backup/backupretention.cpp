#include "backup/backupretention.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackupRetention)
};

} // namespace

QString BackupRetention::fileName(const QString &database, BackupFormat format, const QDateTime &when)
{
    return QStringLiteral("%1-%2.%3").arg(database, when.toString(QStringLiteral("yyyyMMdd-HHmmss")),
                                           BackupFormats::extension(format));
}

QStringList BackupRetention::backups(const QString &folder, const QString &database)
{
    // Exactly this database's: "waqtor-20260101-…" is not one of "waq"'s.
    const QRegularExpression dated(QStringLiteral("^%1-(\\d{8}-\\d{6})\\.(dump|sql|sql\\.gz)$")
                                       .arg(QRegularExpression::escape(database)));
    QList<QPair<QString, QString>> found;  // date, name
    const QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        const auto m = dated.match(name);
        if (m.hasMatch())
            found.append({m.captured(1), name});
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a > b; });
    QStringList paths;
    for (const auto &f : std::as_const(found))
        paths << QDir(folder).filePath(f.second);
    return paths;
}

Result<QStringList> BackupRetention::prune(const QString &folder, const QString &database, int keep)
{
    const QStringList all = backups(folder, database);
    QStringList deleted;
    for (qsizetype i = keep; i < all.size(); ++i) {
        QFile file(all.at(i));
        if (!file.remove())
            return Error::invalid(Tr::tr("Cannot delete the old backup %1: %2 (deleted before it: %3).")
                                      .arg(QDir::toNativeSeparators(all.at(i)), file.errorString())
                                      .arg(deleted.size()));
        deleted << all.at(i);
    }
    return deleted;
}
