#include "clirunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <csignal>

#include <sys/resource.h>

namespace {

QProcessEnvironment cleanEnvironment(const QStringList &lines)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys())
        if (key.startsWith(QLatin1String("DB_")))
            env.remove(key);
    // The tests read English unless a test asks for a language: the machine's locale must not decide.
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const QString &line : lines) {
        const int eq = line.indexOf(u'=');
        env.insert(line.left(eq), line.mid(eq + 1));
    }
    return env;
}

CliRunner::Run finish(QProcess &p)
{
    CliRunner::Run r;
    if (!p.waitForFinished(120000))
        p.kill(), p.waitForFinished();
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// Starts the command with standard input open and sends SIGINT once `ready(pid, output so far)` holds.
// Gives up after 20 s and interrupts anyway: the test then fails on what it sees, not by hanging.
CliRunner::Run interruptWhenReady(QProcess &p, const std::function<bool(qint64, const QByteArray &)> &ready)
{
    p.waitForStarted();
    QByteArray seen;
    QElapsedTimer waited;
    waited.start();
    while (p.state() == QProcess::Running && waited.elapsed() < 20000 && !ready(p.processId(), seen)) {
        p.waitForReadyRead(20);
        seen = p.peek(1 << 20);
        p.setReadChannel(QProcess::StandardError);
        seen += p.peek(1 << 20);
        p.setReadChannel(QProcess::StandardOutput);
    }
    if (p.state() == QProcess::Running)
        ::kill(pid_t(p.processId()), SIGINT);
    return finish(p);
}

} // namespace

QString CliRunner::binary()
{
    return QStringLiteral(WAQTOR_DB_BINARY);
}

QString CliRunner::fullDevice()
{
    return qEnvironmentVariable("WAQTOR_TEST_FULL_DEVICE", QStringLiteral("/dev/full"));
}

CliRunner::Run CliRunner::run(const QStringList &arguments, const QByteArray &standardInput) const
{
    QTemporaryDir dir;  // no ./.env there
    QProcess p;
    p.setProcessEnvironment(cleanEnvironment(m_environment));
    p.setWorkingDirectory(dir.path());
    p.start(binary(), arguments);
    p.waitForStarted();
    if (!standardInput.isEmpty())
        p.write(standardInput);
    p.closeWriteChannel();
    return finish(p);
}

bool CliRunner::readingStandardInput(qint64 pid)
{
    // /proc/PID/syscall: the system call it is blocked in, then its arguments; read(2) is 0 on
    // x86-64 and 63 on arm64, its first argument the descriptor.
    QFile file(QStringLiteral("/proc/%1/syscall").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> fields = file.readAll().simplified().split(' ');
#if defined(__aarch64__)
    const QByteArray readCall = "63";
#else
    const QByteArray readCall = "0";
#endif
    return fields.size() >= 2 && fields.at(0) == readCall && fields.at(1) == "0x0";
}

CliRunner::Run CliRunner::runRedirected(const QStringList &arguments, const QString &standardOutputFile,
                                        qint64 fileSizeLimit) const
{
    QTemporaryDir dir;
    QProcess p;
    p.setProcessEnvironment(cleanEnvironment(m_environment));
    p.setWorkingDirectory(dir.path());
    if (!standardOutputFile.isEmpty())
        p.setStandardOutputFile(standardOutputFile);
    if (fileSizeLimit >= 0) {
        p.setChildProcessModifier([fileSizeLimit] {
            // Ignored, a file growing past the limit fails its write instead of killing the process.
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{rlim_t(fileSizeLimit), rlim_t(fileSizeLimit)};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    }
    p.start(binary(), arguments);
    p.waitForStarted();
    p.closeWriteChannel();
    return finish(p);
}

CliRunner::Run CliRunner::runWhile(const QStringList &arguments, const std::function<void()> &meanwhile) const
{
    QTemporaryDir dir;
    QProcess p;
    p.setProcessEnvironment(cleanEnvironment(m_environment));
    p.setWorkingDirectory(dir.path());
    p.start(binary(), arguments);
    p.waitForStarted();
    p.closeWriteChannel();
    meanwhile();
    return finish(p);
}

CliRunner::Run CliRunner::interrupt(const QStringList &arguments, const QByteArray &waitFor) const
{
    if (waitFor.isEmpty())
        return interruptWhen(arguments, &CliRunner::readingStandardInput);
    QTemporaryDir dir;
    QProcess p;
    p.setProcessEnvironment(cleanEnvironment(m_environment));
    p.setWorkingDirectory(dir.path());
    p.start(binary(), arguments);
    return interruptWhenReady(p, [&waitFor](qint64, const QByteArray &seen) { return seen.contains(waitFor); });
}

CliRunner::Run CliRunner::interruptWhen(const QStringList &arguments, const std::function<bool(qint64)> &ready) const
{
    QTemporaryDir dir;
    QProcess p;
    p.setProcessEnvironment(cleanEnvironment(m_environment));
    p.setWorkingDirectory(dir.path());
    p.start(binary(), arguments);
    return interruptWhenReady(p, [&ready](qint64 pid, const QByteArray &) { return ready(pid); });
}

CliRunner::Run CliRunner::typeOnTerminal(const QStringList &arguments, const TerminalSteps &steps) const
{
    QStringList quoted;
    for (const QString &a : QStringList{binary()} + arguments)
        quoted << u'\'' + QString(a).replace(u'\'', QStringLiteral("'\\''")) + u'\'';

    QTemporaryDir dir;
    QProcess p;
    p.setProcessEnvironment(cleanEnvironment(m_environment));
    p.setWorkingDirectory(dir.path());
    // script(1) gives the command a pseudo-terminal; -e returns the command's exit code.
    p.start(QStringLiteral("script"), {QStringLiteral("-qec"), quoted.join(u' '), QStringLiteral("/dev/null")});
    p.waitForStarted();
    QByteArray seen;
    qsizetype answered = 0;  // the output up to the last prompt answered: a prompt repeated must be seen anew
    for (const auto &step : steps) {
        QElapsedTimer waited;
        waited.start();
        while (seen.indexOf(step.first, answered) < 0 && waited.elapsed() < 10000 && p.state() == QProcess::Running) {
            p.waitForReadyRead(50);
            seen += p.readAllStandardOutput();
        }
        answered = seen.size();
        p.write(step.second);
        p.waitForBytesWritten();
    }
    // Standard input stays open until the command ends: script(1) hangs the terminal up when it closes.
    if (!p.waitForFinished(30000)) {
        p.closeWriteChannel();
        if (!p.waitForFinished(5000))
            p.kill(), p.waitForFinished();
    }
    Run r;
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(seen + p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
