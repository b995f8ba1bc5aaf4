#include "backup/toolprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ToolProcess)
};

// Standard input is topped up only while less than this waits in QProcess's buffer, so a large
// backup is streamed rather than read into memory.
constexpr qint64 InputHighWater = 1 << 20;

void stop(QProcess &p)
{
    p.terminate();
    if (!p.waitForFinished(5000)) {
        p.kill();
        p.waitForFinished(5000);
    }
}

} // namespace

ToolProcess::ToolProcess(QString program, QStringList arguments, QProcessEnvironment environment)
    : m_program(std::move(program)), m_arguments(std::move(arguments)), m_environment(std::move(environment))
{
}

void ToolProcess::takeErrorLines(const QByteArray &bytes, bool flush)
{
    m_partialLine += bytes;
    qsizetype newline;
    while ((newline = m_partialLine.indexOf('\n')) >= 0 || (flush && !m_partialLine.isEmpty())) {
        const QByteArray line = newline >= 0 ? m_partialLine.left(newline) : m_partialLine;
        m_partialLine.remove(0, newline >= 0 ? newline + 1 : m_partialLine.size());
        const QString text = QString::fromUtf8(line).trimmed();
        if (text.isEmpty())
            continue;
        if (text.contains(QLatin1String("error:")) || text.contains(QLatin1String("ERROR:"))
            || text.contains(QLatin1String("FATAL:")) || text.contains(QLatin1String("fatal:"))) {
            m_lastErrors << text;
            if (m_lastErrors.size() > 5)
                m_lastErrors.removeFirst();
        }
        if (m_errorLine)
            m_errorLine(text);
    }
}

Status ToolProcess::run(const std::atomic<bool> *cancel, const QString &failure, const QString &cancelled)
{
    QProcess p;
    p.setProcessEnvironment(m_environment);
    if (!m_output)
        p.setStandardOutputFile(QProcess::nullDevice());
    if (!m_input)
        p.setStandardInputFile(QProcess::nullDevice());
    p.start(m_program, m_arguments);
    if (!p.waitForStarted(10000))
        return Error::database(failure, Tr::tr("Cannot start %1: %2").arg(QDir::toNativeSeparators(m_program), p.errorString()));

    bool inputDone = !m_input;
    Status stopped;  // an input or output failure
    while (p.state() != QProcess::NotRunning) {
        if (cancel && cancel->load()) {
            stop(p);
            return Error::interrupted(cancelled);
        }
        while (!inputDone && p.bytesToWrite() < InputHighWater) {
            const Result<QByteArray> chunk = m_input();
            if (!chunk) {
                stopped = chunk.status();
                break;
            }
            if (chunk->isEmpty()) {
                p.closeWriteChannel();
                inputDone = true;
            } else {
                p.write(chunk.value());
            }
        }
        if (!stopped.ok()) {
            stop(p);
            return stopped;
        }
        p.waitForReadyRead(50);
        if (m_output) {
            const QByteArray out = p.readAllStandardOutput();
            if (!out.isEmpty()) {
                const Status taken = m_output(out);
                if (!taken.ok()) {
                    stop(p);
                    return taken;
                }
            }
        }
        takeErrorLines(p.readAllStandardError(), false);
    }
    if (m_output) {
        const QByteArray out = p.readAllStandardOutput();
        if (!out.isEmpty()) {
            const Status taken = m_output(out);
            if (!taken.ok())
                return taken;
        }
    }
    takeErrorLines(p.readAllStandardError(), true);
    if (cancel && cancel->load())
        return Error::interrupted(cancelled);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        const QString detail = m_lastErrors.isEmpty()
                                   ? Tr::tr("%1 ended with exit code %2.").arg(QFileInfo(m_program).fileName()).arg(p.exitCode())
                                   : m_lastErrors.join(u'\n');
        return Error::database(failure, detail);
    }
    return {};
}
