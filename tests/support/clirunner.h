#pragma once

#include <QByteArray>
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

    static QString binary();

private:
    QStringList m_environment;
};
