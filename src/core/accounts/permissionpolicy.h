#pragma once

#include "foundation/result.h"

#include <QString>

/** The tables a signed-in person works on, one page each in the app. */
enum class Entity { Users, Sessions, Campaigns, Contacts, Groups, Messages };

/** What someone may try to do with an entity. */
enum class Action { View, Insert, Edit, Delete, Export };

/**
 * The one place that decides what each role may do; every page, action and dialog asks it.
 * admin: everything, every owner. user: only rows whose user_id is their own, no accounts.
 * viewer: reads and exports every owner's rows, changes nothing, no accounts.
 * Messages are the Node server's log: viewed and deleted, never inserted or edited here.
 * These rules govern the app, not the database: whoever holds the DB_* credentials bypasses them.
 */
class PermissionPolicy
{
public:
    // readOnlyDatabase: the session's transactions are read-only (a read-only profile, or a replica),
    // as the server said at sign-in: then nothing is inserted, edited, deleted or restored.
    PermissionPolicy(QString role, QString userId, bool readOnlyDatabase = false);
    // waqtor-db's caller: whoever holds the DB_* credentials can do everything anyway, so the CLI
    // acts as an admin that is no account.
    static PermissionPolicy databaseOperator();

    QString role() const { return m_role; }
    QString userId() const { return m_userId; }
    bool readOnlyDatabase() const { return m_readOnly; }

    bool canOpen(Entity entity) const { return allows(Action::View, entity); }
    // Role-level: may this role ever do `action` on `entity`?
    bool allows(Action action, Entity entity) const;
    // Row-level: may this role do `action` on a row owned by `ownerId`?
    bool allowsOnRow(Action action, Entity entity, const QString &ownerId) const;
    // The owner every query must be limited to ("" when the role sees every owner's rows).
    QString ownerScope() const;
    bool seesAllOwners() const { return ownerScope().isEmpty(); }
    // The owner a list is limited to: the one chosen in a filter ("" for all) when the role sees
    // every owner, otherwise always the role's own, whatever was chosen.
    QString listOwner(const QString &chosen) const { return seesAllOwners() ? chosen : ownerScope(); }
    // Changing one's own password is open to every role.
    bool canChangeOwnPassword() const { return !m_userId.isEmpty(); }

    // Backing up and restoring the whole database: admins only (a backup holds every account's
    // password hash, and a restore replaces every owner's rows).
    bool canBackUpAndRestore() const;
    Status checkBackUpAndRestore() const;
    // Restoring writes: also refused on a read-only connection.
    bool canRestore() const { return canBackUpAndRestore() && !m_readOnly; }
    Status checkRestore() const;
    // The Health page (sizes, every role's statements, cancel and terminate, vacuum, reindex): admins only.
    bool canSeeHealth() const;
    Status checkHealth() const;
    // Vacuum and reindex from the Health page: not on a read-only connection (the server refuses them).
    bool canMaintain() const { return canSeeHealth() && !m_readOnly; }
    Status checkMaintain() const;

    // The same answers as sentences, for a refused action that slipped through the UI.
    Status check(Action action, Entity entity, const QString &ownerId = {}) const;

    static QString entityName(Entity entity);  // "contacts", translated

private:
    bool allowsOnWritableDatabase(Action action, Entity entity) const;

    QString m_role;
    QString m_userId;
    bool m_readOnly = false;
};
