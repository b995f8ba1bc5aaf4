#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStringList>

#include <functional>

/** Runs the real waqtor-db binary in a clean environment and an empty working directory. */
class CliRunner
{
public:
    struct Run
    {
        int exitCode = -1;
        bool crashed = false;
        QString out;
        QString err;
    };

    // `environment`: DB_* lines (TestDatabase::environment()), other DB_* are removed; the locale is
    // C.UTF-8 (English) unless a line sets LANG, LC_* or LANGUAGE.
    explicit CliRunner(QStringList environment) : m_environment(std::move(environment)) {}

    Run run(const QStringList &arguments, const QByteArray &standardInput = {}) const;

    // Starts the command with standard input left open, waits until it prints `waitFor` (stdout or
    // stderr) or, when `waitFor` is empty, until it is blocked reading standard input; then sends SIGINT.
    Run interrupt(const QStringList &arguments, const QByteArray &waitFor = {}) const;
    // The same, sending SIGINT once `ready(pid)` holds (polled; e.g. a query of its on the server).
    Run interruptWhen(const QStringList &arguments, const std::function<bool(qint64 pid)> &ready) const;
    // True while process `pid` is blocked in read(2) on its standard input (Linux /proc).
    static bool readingStandardInput(qint64 pid);

    // Runs under script(1) so standard input is a terminal, and types each line only once its prompt
    // has appeared, as a user would: a hidden password prompt discards what was typed ahead of it
    // (TCSAFLUSH, as getpass(3) does), so typing both password lines at once would not work on a
    // real terminal either. Returns when the command ends (both streams arrive in `out`).
    using TerminalSteps = QList<QPair<QByteArray, QByteArray>>;  // prompt to wait for, what to type then
    Run typeOnTerminal(const QStringList &arguments, const TerminalSteps &steps) const;

    // Like run(), with standard output going to `standardOutputFile` (such as /dev/full) when it is not empty,
    // and, when `fileSizeLimit` >= 0, RLIMIT_FSIZE set so that a regular file cannot grow past that many bytes
    // (its writes fail as on a full disk, with EFBIG).
    Run runRedirected(const QStringList &arguments, const QString &standardOutputFile, qint64 fileSizeLimit = -1) const;

    // Starts the command, runs `meanwhile` while it runs (to act on the database under it), then waits for it.
    Run runWhile(const QStringList &arguments, const std::function<void()> &meanwhile) const;

    static QString binary();
    // /dev/full, or WAQTOR_TEST_FULL_DEVICE: a node standing for it (mknod NAME c 1 7), so that checking an old
    // binary, which replaced its destination with a regular file, cannot cost the machine its /dev/full.
    static QString fullDevice();

private:
    QStringList m_environment;
};
