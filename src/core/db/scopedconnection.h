#pragma once

#include "db/connectionsettings.h"
#include "foundation/result.h"

#include <QSqlDatabase>
#include <QString>

/**
 * A database connection of one thread's own: a unique name, opened from ConnectionSettings on the
 * thread that constructs it, closed and removed from QtSql when it goes out of scope on that same
 * thread. Every QSqlDatabase / QSqlQuery made from database() must be gone before it is destroyed.
 */
class ScopedConnection
{
public:
    explicit ScopedConnection(const ConnectionSettings &settings);
    ~ScopedConnection();
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    bool isOpen() const { return m_error.kind == ErrorKind::None; }
    // Why it did not open: a sentence naming the server and what to check.
    const Error &error() const { return m_error; }
    QSqlDatabase database() const { return m_db; }
    QString name() const { return m_name; }

private:
    QString m_name;
    Error m_error;
    QSqlDatabase m_db;
};
