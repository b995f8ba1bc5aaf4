#include "backup/backupverifier.h"

#include "backup/dumpsource.h"
#include "backup/toolprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackupVerifier)
};

} // namespace

Result<BackupReport> BackupVerifier::verify(const QString &path, BackupFormat format, const QString &pgRestore,
                                            const std::atomic<bool> *cancel)
{
    const QString shown = QDir::toNativeSeparators(path);
    BackupReport report;
    report.file = path;
    report.format = format;
    report.bytes = QFileInfo(path).size();
    SqlDumpScanner scanner;
    const QString cancelled = Tr::tr("Checking %1 was stopped.").arg(shown);
    if (format == BackupFormat::Custom) {
        // pg_restore without a database writes the whole archive out as SQL: every data block is read.
        ToolProcess render(pgRestore, {QStringLiteral("--file=-"), path}, QProcessEnvironment::systemEnvironment());
        render.onOutput([&](const QByteArray &chunk) {
            scanner.feed(chunk);
            return Status();
        });
        const Status read = render.run(cancel, QString(), cancelled);
        if (read.error().kind == ErrorKind::Interrupted)
            return read.error();
        if (!read.ok())
            return Error{ErrorKind::Invalid,
                         Tr::tr("The backup %1 is truncated or corrupt: pg_restore cannot read it through; restore "
                                "from another backup.").arg(shown),
                         read.error().detail};
    } else {
        auto source = DumpSource::open(path, format == BackupFormat::Gzip);
        if (!source)
            return source.error();
        for (;;) {
            if (cancel && cancel->load())
                return Error::interrupted(cancelled);
            const auto chunk = source.value()->next();
            if (!chunk)
                return chunk.error();
            if (chunk->isEmpty())
                break;
            scanner.feed(chunk.value());
        }
    }
    scanner.finish();
    report.contents = scanner.contents();
    if (!report.contents.complete)
        return Error::invalid(Tr::tr("The backup %1 does not end the way pg_dump ends a backup: it is truncated, or not "
                                     "a pg_dump backup; restore from another backup.").arg(shown));
    return report;
}
