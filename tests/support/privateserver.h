#pragma once

#include "db/connectionsettings.h"

#include <QString>
#include <QTemporaryDir>

/**
 * A PostgreSQL server of one test's own (scripts/pg-cluster.sh in a temporary folder), for what the
 * shared test server must not go through: being stopped and started again under a connected client.
 * It costs an initdb (a few seconds), so only restart tests use it. Destroyed with the object.
 */
class PrivateServer
{
public:
    PrivateServer();
    ~PrivateServer();
    PrivateServer(const PrivateServer &) = delete;
    PrivateServer &operator=(const PrivateServer &) = delete;

    // The first start creates the cluster; later ones start the same data on the same port.
    bool start();
    // A fast shutdown, as an administrator's restart or a package upgrade does: clients are cut off.
    bool stop();
    QString lastError() const { return m_error; }
    ConnectionSettings settings(const QString &database = QStringLiteral("postgres")) const;

private:
    bool cluster(const QStringList &arguments);

    QTemporaryDir m_dir;
    int m_port = 0;
    QString m_password;
    QString m_error;
};
