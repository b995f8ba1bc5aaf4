#include "import/rejectionfile.h"

#include "csv/csvwriter.h"
#include "csv/formulaguard.h"
#include "foundation/outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace {

// Gives lupdate and the translator one context for this file's sentences.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RejectionFile)
};

// The same file, whatever the names: same device and inode (links, hard links, "./" and "../" spellings).
bool sameFile(const QString &a, const QString &b)
{
    struct stat sa;
    struct stat sb;
    return ::stat(QFile::encodeName(a).constData(), &sa) == 0 && ::stat(QFile::encodeName(b).constData(), &sb) == 0
        && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

// An import stops when its error file cannot be written: the sentence says so, with the system's reason.
Error notSaved(const QString &path, const OutputFile &file)
{
    return Error::invalid(Tr::tr("Could not save the rejected rows to %1: %2; the import stopped and changed nothing.")
                              .arg(QDir::toNativeSeparators(path), file.failureCause()));
}

} // namespace

RejectionFile::RejectionFile(QString path, QStringList headers) : m_path(std::move(path)), m_headers(std::move(headers))
{
}

RejectionFile::~RejectionFile() = default;

Status RejectionFile::checkPaths(const QString &errorsPath, const QString &sourcePath)
{
    if (errorsPath.isEmpty())
        return {};
    const QString shown = QDir::toNativeSeparators(errorsPath);
    if (!sourcePath.isEmpty() && sourcePath != QLatin1String("-") && sameFile(errorsPath, sourcePath))
        return Error::invalid(Tr::tr("The error file %1 is the file being imported; writing the rejected rows there "
                                     "would overwrite it. Name another file for the rejected rows.")
                                  .arg(shown));
    if (errorsPath == QLatin1String("-"))
        return Error::invalid(Tr::tr("The error file must be a file, not standard output (\"-\")."));
    if (const Status s = OutputFile::checkDestination(errorsPath); !s)
        return s;
    const QFileInfo info(errorsPath);
    if (!info.absoluteDir().exists())
        return Error::invalid(Tr::tr("The folder of the error file, %1, does not exist.")
                                  .arg(QDir::toNativeSeparators(info.absolutePath())));
    return {};
}

Status RejectionFile::add(const RejectedRow &row)
{
    if (m_path.isEmpty())
        return {};
    if (!m_file) {
        m_file = std::make_unique<OutputFile>(m_path);
        if (const Status s = m_file->open(); !s)
            return notSaved(m_path, *m_file);
        m_writer = std::make_unique<CsvWriter>(m_file->device());
        writeRecord(QStringList{QStringLiteral("line"), QStringLiteral("reason")} + m_headers);
    }
    writeRecord(QStringList{QString::number(row.line), row.reason} + row.fields);
    // Stops the import at the first failed write: it would be rolled back at the end anyway.
    if (!m_writer->ok() || m_file->failed())
        return notSaved(m_path, *m_file);
    return {};
}

void RejectionFile::writeRecord(const QStringList &cells)
{
    QStringList guarded;
    guarded.reserve(cells.size());
    for (const QString &cell : cells)
        guarded << FormulaGuard::guarded(cell);
    m_writer->writeRecord(guarded);
}

Result<QString> RejectionFile::commit()
{
    if (m_path.isEmpty())
        return QString();
    if (!m_file) {
        // Nothing rejected this time: a report from an earlier run must not pass for this one's.
        const QFileInfo stale(m_path);
        if (stale.isFile() && !stale.isSymLink()) {
            QFile file(m_path);
            if (!file.remove())
                return Error::invalid(Tr::tr("Could not remove the earlier error file %1: %2; the import stopped and changed nothing.")
                                          .arg(QDir::toNativeSeparators(m_path), file.errorString()));
        }
        return QString();
    }
    if (!m_writer->ok() || m_file->failed())
        return notSaved(m_path, *m_file);
    if (const Status s = m_file->commit(); !s)
        return notSaved(m_path, *m_file);
    return m_path;
}
