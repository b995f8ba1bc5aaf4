#pragma once

#include <QSqlDatabase>

#include <atomic>

/** Lets another thread cancel a running query: its backend's pid, and a flag for "before it started". */
struct QueryCancel
{
    std::atomic<int> backendPid{0};
    std::atomic<bool> cancelled{false};

    // Raises the flag and, once the worker's backend is known, asks the server (on `db`, another
    // connection) to cancel whatever that backend is running.
    void cancel(QSqlDatabase db);
    // pg_cancel_backend(pid) on `db`; nothing for pid 0 (not connected yet). Only ever our own
    // worker's backend, which runs as the same database user: no extra privilege is needed.
    static void cancelBackend(QSqlDatabase db, int pid);
};
