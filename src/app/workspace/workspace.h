#pragma once

#include "accounts/permissionpolicy.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariantMap>

class QSettings;

/**
 * What one account's window looked like when it last closed, on this computer (QSettings keyed by
 * the signed-in account): geometry and dock/toolbar state, the page that was open, each page's
 * header (widths, order, hidden columns, sort) and filters, and the filters saved under a name.
 */
class Workspace
{
public:
    explicit Workspace(const QString &accountId);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray &geometry, const QByteArray &state);

    // The page's key ("contacts", "health"); "" when none was saved.
    QString lastPage() const;
    void setLastPage(const QString &page);

    QByteArray header(Entity entity) const;
    QVariantMap filters(Entity entity) const;
    void setPage(Entity entity, const QByteArray &header, const QVariantMap &filters);

    // Filters saved under a name, per page, sorted by name.
    QStringList savedFilterNames(Entity entity) const;
    QVariantMap savedFilter(Entity entity, const QString &name) const;
    // Replaces a filter of the same name; false when the name is empty.
    bool saveFilter(Entity entity, const QString &name, const QVariantMap &filters);
    // False when `from` does not exist or `to` is empty or taken by another filter.
    bool renameFilter(Entity entity, const QString &from, const QString &to);
    void removeFilter(Entity entity, const QString &name);

    // Forgets the window, the last page and every page's layout; saved filters stay (they were named on purpose).
    void resetLayout();
    // QSettings' own status after writing: false when the settings file could not be written.
    bool sync();

    static QString pageKey(Entity entity);

private:
    QString key(const QString &name) const;
    QString filtersGroup(Entity entity) const;

    QString m_prefix;
};
