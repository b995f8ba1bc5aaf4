#include "workspace/workspace.h"

#include "accounts/entitycode.h"

#include <QSettings>

#include <algorithm>

namespace {
// Saved filter names may hold any character; QSettings keys may not (a "/" would nest groups).
QString encodeName(const QString &name)
{
    return QString::fromLatin1(name.toUtf8().toHex());
}

QString decodeName(const QString &key)
{
    return QString::fromUtf8(QByteArray::fromHex(key.toLatin1()));
}
} // namespace

Workspace::Workspace(const QString &accountId)
    : m_prefix(QStringLiteral("workspace/") + encodeName(accountId) + u'/')
{
}

QString Workspace::key(const QString &name) const
{
    return m_prefix + name;
}

QString Workspace::pageKey(Entity entity)
{
    return entityCode(entity);
}

QByteArray Workspace::windowGeometry() const
{
    return QSettings().value(key(QStringLiteral("window/geometry"))).toByteArray();
}

QByteArray Workspace::windowState() const
{
    return QSettings().value(key(QStringLiteral("window/state"))).toByteArray();
}

void Workspace::setWindow(const QByteArray &geometry, const QByteArray &state)
{
    QSettings settings;
    settings.setValue(key(QStringLiteral("window/geometry")), geometry);
    settings.setValue(key(QStringLiteral("window/state")), state);
}

QString Workspace::lastPage() const
{
    return QSettings().value(key(QStringLiteral("window/page"))).toString();
}

void Workspace::setLastPage(const QString &page)
{
    QSettings().setValue(key(QStringLiteral("window/page")), page);
}

QByteArray Workspace::header(Entity entity) const
{
    return QSettings().value(key(QStringLiteral("pages/%1/header").arg(pageKey(entity)))).toByteArray();
}

QVariantMap Workspace::filters(Entity entity) const
{
    return QSettings().value(key(QStringLiteral("pages/%1/filters").arg(pageKey(entity)))).toMap();
}

void Workspace::setPage(Entity entity, const QByteArray &header, const QVariantMap &filters)
{
    QSettings settings;
    settings.setValue(key(QStringLiteral("pages/%1/header").arg(pageKey(entity))), header);
    settings.setValue(key(QStringLiteral("pages/%1/filters").arg(pageKey(entity))), filters);
}

QString Workspace::filtersGroup(Entity entity) const
{
    return key(QStringLiteral("savedFilters/") + pageKey(entity));
}

QStringList Workspace::savedFilterNames(Entity entity) const
{
    QSettings settings;
    settings.beginGroup(filtersGroup(entity));
    QStringList names;
    for (const QString &k : settings.childKeys())
        names << decodeName(k);
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return names;
}

QVariantMap Workspace::savedFilter(Entity entity, const QString &name) const
{
    return QSettings().value(filtersGroup(entity) + u'/' + encodeName(name)).toMap();
}

bool Workspace::saveFilter(Entity entity, const QString &name, const QVariantMap &filters)
{
    if (name.trimmed().isEmpty())
        return false;
    QSettings().setValue(filtersGroup(entity) + u'/' + encodeName(name.trimmed()), filters);
    return true;
}

bool Workspace::renameFilter(Entity entity, const QString &from, const QString &to)
{
    const QString target = to.trimmed();
    const QStringList names = savedFilterNames(entity);
    if (!names.contains(from) || target.isEmpty() || (target != from && names.contains(target)))
        return false;
    const QVariantMap filters = savedFilter(entity, from);
    removeFilter(entity, from);
    return saveFilter(entity, target, filters);
}

void Workspace::removeFilter(Entity entity, const QString &name)
{
    QSettings().remove(filtersGroup(entity) + u'/' + encodeName(name));
}

void Workspace::resetLayout()
{
    QSettings settings;
    settings.remove(key(QStringLiteral("window")));
    settings.remove(key(QStringLiteral("pages")));
}

bool Workspace::sync()
{
    QSettings settings;
    settings.sync();
    return settings.status() == QSettings::NoError;
}
