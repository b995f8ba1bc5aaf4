#pragma once

#include <QString>

#include <functional>

/** How far a backup or restore is: tables done of tables to do, and the table being worked on. */
struct BackupProgress
{
    int done = 0;
    int total = 0;
    QString table;
};

using BackupProgressCallback = std::function<void(const BackupProgress &)>;
