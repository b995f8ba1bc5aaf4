#include "backup/dumpsource.h"

#include <QCoreApplication>
#include <QDir>

#include <zlib.h>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DumpSource)
};

constexpr qint64 ChunkSize = 256 * 1024;

} // namespace

struct DumpSource::Inflater
{
    z_stream stream{};
    QByteArray input;
    bool streamEnded = false;  // the last member's end was read; more bytes start another member
    ~Inflater() { inflateEnd(&stream); }
};

Result<std::unique_ptr<DumpSource>> DumpSource::open(const QString &path, bool gzipped)
{
    std::unique_ptr<DumpSource> source(new DumpSource);
    source->m_file.setFileName(path);
    if (!source->m_file.open(QIODevice::ReadOnly))
        return Error::invalid(Tr::tr("Cannot read the backup %1: %2.")
                                  .arg(QDir::toNativeSeparators(path), source->m_file.errorString()));
    source->m_gzipped = gzipped;
    if (gzipped) {
        source->m_inflater = std::make_unique<Inflater>();
        // 16 + MAX_WBITS: gzip framing, not zlib's.
        if (inflateInit2(&source->m_inflater->stream, 16 + MAX_WBITS) != Z_OK)
            return Error::invalid(Tr::tr("Cannot start reading the gzip backup %1.").arg(QDir::toNativeSeparators(path)));
    }
    return Result<std::unique_ptr<DumpSource>>(std::move(source));
}

DumpSource::~DumpSource() = default;

Result<QByteArray> DumpSource::next()
{
    if (m_gzipped)
        return inflateNext();
    const QByteArray chunk = m_file.read(ChunkSize);
    if (chunk.isEmpty() && m_file.error() != QFileDevice::NoError)
        return Error::invalid(Tr::tr("Cannot read the backup %1: %2.")
                                  .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()));
    return chunk;
}

Result<QByteArray> DumpSource::inflateNext()
{
    Inflater &z = *m_inflater;
    const QString file = QDir::toNativeSeparators(m_file.fileName());
    QByteArray out(ChunkSize, Qt::Uninitialized);
    for (;;) {
        if (z.input.isEmpty()) {
            z.input = m_file.read(ChunkSize);
            if (z.input.isEmpty()) {
                if (m_file.error() != QFileDevice::NoError)
                    return Error::invalid(Tr::tr("Cannot read the backup %1: %2.").arg(file, m_file.errorString()));
                if (!z.streamEnded)
                    return Error::invalid(Tr::tr("The gzip backup %1 ends early: it is truncated (an interrupted copy "
                                                 "or a full disk); restore from another backup.").arg(file));
                return QByteArray();
            }
            z.stream.next_in = reinterpret_cast<Bytef *>(z.input.data());
            z.stream.avail_in = uInt(z.input.size());
        }
        if (z.streamEnded) {
            // Another gzip member follows (gzip files may be concatenated).
            inflateReset(&z.stream);
            z.streamEnded = false;
        }
        z.stream.next_out = reinterpret_cast<Bytef *>(out.data());
        z.stream.avail_out = uInt(out.size());
        const int rc = inflate(&z.stream, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
            return Error::invalid(Tr::tr("The gzip backup %1 is corrupt (%2); restore from another backup.")
                                      .arg(file, QString::fromLatin1(z.stream.msg ? z.stream.msg : "inflate")));
        const qsizetype produced = out.size() - qsizetype(z.stream.avail_out);
        // Keep the unread input for the next call.
        z.input = z.input.right(qsizetype(z.stream.avail_in));
        z.stream.next_in = reinterpret_cast<Bytef *>(z.input.data());
        if (rc == Z_STREAM_END)
            z.streamEnded = true;
        if (produced > 0) {
            out.truncate(produced);
            return out;
        }
    }
}
