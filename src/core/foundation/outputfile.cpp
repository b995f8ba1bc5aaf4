#include "foundation/outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)
};

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

bool isStandardOutput(const QString &path)
{
    return path == QLatin1String("-");
}

} // namespace

/**
 * Writes to a file descriptor through a 64 KiB buffer and keeps the system's reason for a failed write:
 * a full disk often first accepts part of a write, and QFile then reports the short write with no reason.
 */
class DescriptorDevice : public QIODevice
{
public:
    DescriptorDevice(int fd, bool owned) : m_fd(fd), m_owned(owned) { QIODevice::open(QIODevice::WriteOnly); }
    ~DescriptorDevice() override
    {
        if (m_owned && m_fd >= 0)
            ::close(m_fd);
    }
    bool isSequential() const override { return true; }
    bool failed() const { return m_errno != 0; }
    int handle() const { return m_fd; }

    bool flushBuffer()
    {
        const bool ok = !failed() && writeAll(m_buffer.constData(), m_buffer.size());
        m_buffer.clear();
        return ok;
    }
    // Closes an owned descriptor; false with the reason kept when the system reports a late error.
    bool closeDescriptor()
    {
        const int fd = m_fd;
        m_fd = -1;
        if (!m_owned || fd < 0)
            return true;
        if (::close(fd) != 0 && errno != EINTR)
            return fail(errno);
        return true;
    }
    bool fail(int code)
    {
        if (m_errno == 0) {
            m_errno = code;
            setErrorString(systemError(code));
        }
        return false;
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override
    {
        if (failed())
            return -1;
        m_buffer.append(data, length);
        if (m_buffer.size() >= BufferSize && !flushBuffer())
            return -1;
        return length;
    }

private:
    static constexpr qsizetype BufferSize = qsizetype(1) << 16;

    bool writeAll(const char *data, qint64 length)
    {
        while (length > 0) {
            const ssize_t n = ::write(m_fd, data, size_t(length));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return fail(n < 0 ? errno : EIO);
            data += n;
            length -= n;
        }
        return true;
    }

    int m_fd;
    bool m_owned;
    int m_errno = 0;
    QByteArray m_buffer;
};

OutputFile::OutputFile(QString path) : m_path(std::move(path))
{
}

OutputFile::~OutputFile()
{
    discard();
}

Status OutputFile::checkDestination(const QString &path)
{
    if (isStandardOutput(path))
        return {};
    const QFileInfo info(path);
    if (info.isSymLink())
        return Error::invalid(Tr::tr("Will not write %1: it is a symbolic link (to %2), and writing through it could "
                                     "overwrite another file. Name the file itself, or remove the link first.")
                                  .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(info.symLinkTarget())));
    if (info.isDir())
        return Error::invalid(Tr::tr("Cannot write %1: it is a folder; name a file.").arg(QDir::toNativeSeparators(path)));
    return {};
}

Status OutputFile::open()
{
    discard();
    if (isStandardOutput(m_path)) {
        m_mode = Mode::StandardOutput;
        std::fflush(stdout);  // what stdio holds goes first
        m_file = std::make_unique<DescriptorDevice>(STDOUT_FILENO, false);
        return {};
    }
    if (const Status s = checkDestination(m_path); !s)
        return s;
    const QByteArray target = QFile::encodeName(m_path);
    struct stat existing;
    const bool exists = ::stat(target.constData(), &existing) == 0;
    if (exists && !S_ISREG(existing.st_mode)) {
        // A device or a FIFO cannot be replaced by a rename: it is written in place.
        m_mode = Mode::Direct;
        const int fd = ::open(target.constData(), O_WRONLY | O_CLOEXEC);
        if (fd < 0)
            return failure(systemError(errno));
        m_file = std::make_unique<DescriptorDevice>(fd, true);
        return {};
    }
    m_mode = Mode::Atomic;
    if (exists && ::access(target.constData(), W_OK) != 0)
        return failure(systemError(errno));

    // Beside the target, so that the final rename stays on one file system; 0666 lets the umask decide,
    // as for any new file.
    const QFileInfo info(m_path);
    int fd = -1;
    for (int attempt = 0; fd < 0 && attempt < 100; ++attempt) {
        m_temporaryPath = info.dir().filePath(QStringLiteral(".%1.%2.part")
                                                  .arg(info.fileName())
                                                  .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
        fd = ::open(QFile::encodeName(m_temporaryPath).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST)
            break;
    }
    if (fd < 0) {
        const int code = errno;
        m_temporaryPath.clear();
        return failure(systemError(code));
    }
    // Replacing a file keeps its permissions, as editors do.
    if (exists && ::fchmod(fd, existing.st_mode & 07777) != 0) {
        const int code = errno;
        ::close(fd);
        discard();
        return failure(systemError(code));
    }
    m_file = std::make_unique<DescriptorDevice>(fd, true);
    return {};
}

QIODevice *OutputFile::device() const
{
    return m_file.get();
}

bool OutputFile::failed() const
{
    return m_file && m_file->failed();
}

Error OutputFile::writeError() const
{
    return failure(failureCause());
}

Status OutputFile::commit()
{
    if (!m_file)
        return failure(Tr::tr("the file is not open"));
    const auto fail = [this] {
        const Error error = writeError();
        discard();
        return error;
    };
    if (!m_file->flushBuffer())
        return fail();
    // On disk before it replaces anything: a crash or power cut afterwards cannot leave an empty file.
    if (m_mode == Mode::Atomic && ::fsync(m_file->handle()) != 0) {
        m_file->fail(errno);
        return fail();
    }
    if (!m_file->closeDescriptor())
        return fail();
    m_file.reset();
    if (m_mode != Mode::Atomic)
        return {};
    // rename() replaces the name itself: should a link appear there meanwhile, the link is replaced,
    // never the file it points to.
    if (::rename(QFile::encodeName(m_temporaryPath).constData(), QFile::encodeName(m_path).constData()) != 0) {
        const Error error = failure(systemError(errno));
        discard();
        return error;
    }
    m_temporaryPath.clear();
    return {};
}

void OutputFile::discard()
{
    m_file.reset();
    if (!m_temporaryPath.isEmpty())
        QFile::remove(m_temporaryPath);
    m_temporaryPath.clear();
}

QString OutputFile::displayName() const
{
    return isStandardOutput(m_path) ? Tr::tr("standard output") : QDir::toNativeSeparators(m_path);
}

QString OutputFile::failureCause() const
{
    if (!m_cause.isEmpty())
        return m_cause;
    return m_file ? m_file->errorString() : QString();
}

Error OutputFile::failure(const QString &cause) const
{
    m_cause = cause;
    if (m_mode == Mode::StandardOutput)
        return Error::invalid(Tr::tr("Cannot write to standard output: %1.").arg(cause));
    if (m_mode == Mode::Direct)
        return Error::invalid(Tr::tr("Cannot write %1: %2.").arg(displayName(), cause));
    return Error::invalid(Tr::tr("Cannot write %1: %2. Nothing was saved there; an earlier file of that name, if "
                                 "any, is unchanged.")
                              .arg(displayName(), cause));
}
