#pragma once

#include "import/contactrowbuilder.h"
#include "foundation/result.h"

#include <QStringList>

#include <memory>

class CsvWriter;
class OutputFile;

/**
 * An import's error file: "line,reason," then the file's own headers, one row per rejected record,
 * every cell formula-guarded as in our exports. Written whole or not at all (OutputFile), and put in
 * place before the import commits: an import whose error file cannot be written commits nothing.
 * When nothing is rejected, an error file left by an earlier run is removed, so whatever is at that
 * path always describes the latest run.
 */
class RejectionFile
{
public:
    RejectionFile(QString path, QStringList headers);
    ~RejectionFile();

    // Before anything runs: refuses the file being imported (by any name: a link, a hard link), a
    // symbolic link, a folder, a folder that does not exist. `sourcePath` empty or "-": standard input.
    static Status checkPaths(const QString &errorsPath, const QString &sourcePath);

    Status add(const RejectedRow &row);
    // The path written, or empty when nothing was rejected (and an earlier file there is gone).
    Result<QString> commit();

private:
    void writeRecord(const QStringList &cells);

    QString m_path;
    QStringList m_headers;
    std::unique_ptr<OutputFile> m_file;
    std::unique_ptr<CsvWriter> m_writer;
};
