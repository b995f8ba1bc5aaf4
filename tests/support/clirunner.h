#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStringList>

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

    // `environment`: DB_* lines (TestDatabase::environment()), other DB_* are removed.
    explicit CliRunner(QStringList environment) : m_environment(std::move(environment)) {}

    Run run(const QStringList &arguments, const QByteArray &standardInput = {}) const;
    // Starts the command, waits until it prints `waitFor` on stderr (or 200 ms of silence), then sends SIGINT.
    Run interrupt(const QStringList &arguments, const QByteArray &waitFor = {}) const;
    // Runs under script(1) so standard input is a terminal; `typed` is what the user types.
    Run runOnTerminal(const QStringList &arguments, const QByteArray &typed) const;
    // Like runOnTerminal, but types each line only after its prompt has appeared: a hidden password
    // prompt discards what was typed ahead of it (TCSAFLUSH, as getpass(3) does), so typing both
    // password lines at once would never work on a real terminal either.
    using TerminalSteps = QList<QPair<QByteArray, QByteArray>>;  // prompt to wait for, what to type then
    Run typeOnTerminal(const QStringList &arguments, const TerminalSteps &steps) const;

    static QString binary();

private:
    QStringList m_environment;
};
