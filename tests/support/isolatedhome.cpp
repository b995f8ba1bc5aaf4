#include "isolatedhome.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

IsolatedHome::IsolatedHome()
{
    const QDir home(m_dir.path());
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        const QString folder = home.filePath(QString::fromLatin1(variable).toLower());
        QDir().mkpath(folder);
        qputenv(variable, QFile::encodeName(folder));
    }
}

QStringList IsolatedHome::files() const
{
    QStringList found;
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        found << it.next();
    return found;
}

QStringList IsolatedHome::filesContaining(const QString &needle) const
{
    const QByteArray utf8 = needle.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
    QStringList found;
    for (const QString &path : files()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            found << path + QStringLiteral(" (unreadable)");
            continue;
        }
        const QByteArray bytes = file.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16))
            found << path;
    }
    return found;
}

IsolatedHome &isolatedHome()
{
    static IsolatedHome home;
    return home;
}
