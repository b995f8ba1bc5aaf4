#pragma once

#include "foundation/result.h"

#include <QString>

#include <memory>

class DescriptorDevice;
class QIODevice;

/**
 * A file our exports and error reports write: whole or not at all. The bytes go to a temporary file
 * beside the target, which is flushed, fsync'ed and renamed over the target only when every write
 * succeeded, so a full disk leaves an earlier file untouched and no partial file behind. "-" is
 * standard output; a device or FIFO (/dev/full, a named pipe) is written directly. A symbolic link
 * as the target is refused: in a shared folder it could point at someone else's file. (QSaveFile is
 * not used: it writes through links, and its commit() ignores a failed final flush; nor QFile, which
 * reports a short write, as on a full disk, without the system's reason.)
 */
class OutputFile
{
public:
    explicit OutputFile(QString path);
    ~OutputFile();  // anything not committed is discarded
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    // Whether `path` may be written at all (not a link, not a folder); open() checks it again.
    static Status checkDestination(const QString &path);

    Status open();
    QIODevice *device() const;
    // True once a write on device() failed; writeError() then says which file and why.
    bool failed() const;
    Error writeError() const;
    // Flushes, syncs and puts the file in place; on failure nothing is left behind.
    Status commit();
    void discard();
    // The file's path, or "standard output".
    QString displayName() const;
    // The system's reason for the last failure ("No space left on device"), for callers that word their own sentence.
    QString failureCause() const;

private:
    enum class Mode { Atomic, Direct, StandardOutput };
    Error failure(const QString &cause) const;

    QString m_path;
    Mode m_mode = Mode::Atomic;
    std::unique_ptr<DescriptorDevice> m_file;
    QString m_temporaryPath;
    mutable QString m_cause;
};
