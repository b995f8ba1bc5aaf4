#pragma once

#include "foundation/result.h"

#include <QList>
#include <QSqlDatabase>

/** Fills a database with the public demo data set (resources/demo/seed.sql) and its three accounts. */
class DemoSeeder
{
public:
    struct Login { QString email; QString password; QString role; QString name; };
    // Public on purpose: printed by scripts/setup.sh and the README. Never use them on real data.
    static QList<Login> logins();

    explicit DemoSeeder(QSqlDatabase db, QString actor) : m_db(std::move(db)), m_actor(std::move(actor)) {}

    // Refuses (Conflict) a database that already has users unless `force`; with `force` the demo
    // accounts (and everything they own) are replaced. All in one transaction.
    Status seed(bool force);

private:
    QSqlDatabase m_db;
    QString m_actor;
};
