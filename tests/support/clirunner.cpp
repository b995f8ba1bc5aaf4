#include "clirunner.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

namespace {

QProcessEnvironment cleanEnvironment(const QStringList &lines)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys())
        if (key.startsWith(QLatin1String("DB_")))
            env.remove(key);
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

} // namespace

QString CliRunner::binary()
{
    return QStringLiteral(WAQTOR_DB_BINARY);
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

CliRunner::Run CliRunner::interrupt(const QStringList &arguments, const QByteArray &waitFor) const
{
    QTemporaryDir dir;
    QProcess p;
    p.setProcessEnvironment(cleanEnvironment(m_environment));
    p.setWorkingDirectory(dir.path());
    p.start(binary(), arguments);
    p.waitForStarted();
    QByteArray seen;
    for (int i = 0; i < 100 && (waitFor.isEmpty() ? i < 1 : !seen.contains(waitFor)); ++i) {
        p.waitForReadyRead(100);
        seen += p.peek(1 << 20);
        p.setReadChannel(QProcess::StandardError);
        seen += p.peek(1 << 20);
        p.setReadChannel(QProcess::StandardOutput);
    }
    QThread::msleep(200);
    ::kill(pid_t(p.processId()), SIGINT);
    return finish(p);
}

CliRunner::Run CliRunner::runOnTerminal(const QStringList &arguments, const QByteArray &typed) const
{
    QTemporaryDir dir;
    QStringList quoted;
    for (const QString &a : QStringList{binary()} + arguments)
        quoted << u'\'' + QString(a).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
    QProcess p;
    p.setProcessEnvironment(cleanEnvironment(m_environment));
    p.setWorkingDirectory(dir.path());
    // script(1) gives the command a pseudo-terminal; -e returns the command's exit code.
    p.start(QStringLiteral("script"), {QStringLiteral("-qec"), quoted.join(u' '), QStringLiteral("/dev/null")});
    p.waitForStarted();
    QThread::msleep(300);
    p.write(typed);
    p.waitForBytesWritten();
    QThread::msleep(300);
    p.closeWriteChannel();
    return finish(p);
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
    p.start(QStringLiteral("script"), {QStringLiteral("-qec"), quoted.join(u' '), QStringLiteral("/dev/null")});
    p.waitForStarted();
    QByteArray seen;
    for (const auto &step : steps) {
        QElapsedTimer waited;
        waited.start();
        while (!seen.contains(step.first) && waited.elapsed() < 10000 && p.state() == QProcess::Running) {
            p.waitForReadyRead(50);
            seen += p.readAllStandardOutput();
        }
        QThread::msleep(100);  // the prompt is printed just before the echo is turned off
        p.write(step.second);
        p.waitForBytesWritten();
        seen += p.readAllStandardOutput();
    }
    QThread::msleep(100);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000))
        p.kill(), p.waitForFinished();
    Run r;
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(seen + p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
