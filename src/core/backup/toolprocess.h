#pragma once

#include "foundation/result.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

#include <atomic>
#include <functional>

/**
 * Runs one PostgreSQL client program to its end, synchronously (on a worker thread in the GUI):
 * its standard error arrives line by line, standard output in chunks, standard input is fed from a
 * source without buffering it all; a cancel flag, polled every 50 ms, ends the program.
 */
class ToolProcess
{
public:
    ToolProcess(QString program, QStringList arguments, QProcessEnvironment environment);

    void onErrorLine(std::function<void(const QString &line)> callback) { m_errorLine = std::move(callback); }
    // Standard output, as it comes; a failed Status stops the program.
    void onOutput(std::function<Status(const QByteArray &chunk)> callback) { m_output = std::move(callback); }
    // The next chunk of standard input; an empty chunk ends it, an Error stops the program.
    void setInput(std::function<Result<QByteArray>()> source) { m_input = std::move(source); }

    // Ok when the program exited 0. `failure` is the sentence for any other end (its last error lines go
    // to the detail); a cancel returns Interrupted with `cancelled`.
    Status run(const std::atomic<bool> *cancel, const QString &failure, const QString &cancelled);

private:
    void takeErrorLines(const QByteArray &bytes, bool flush);

    QString m_program;
    QStringList m_arguments;
    QProcessEnvironment m_environment;
    std::function<void(const QString &)> m_errorLine;
    std::function<Status(const QByteArray &)> m_output;
    std::function<Result<QByteArray>()> m_input;
    QByteArray m_partialLine;
    QStringList m_lastErrors;
};
