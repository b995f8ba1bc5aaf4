#pragma once

#include "foundation/result.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>

/**
 * A plain or gzipped SQL backup read as its SQL text in chunks; a gzip stream that is corrupt or ends
 * early is an Invalid error, so reading to the end checks the whole file.
 */
class DumpSource
{
public:
    static Result<std::unique_ptr<DumpSource>> open(const QString &path, bool gzipped);
    ~DumpSource();
    DumpSource(const DumpSource &) = delete;
    DumpSource &operator=(const DumpSource &) = delete;

    // The next chunk of SQL; empty at the end.
    Result<QByteArray> next();

private:
    DumpSource() = default;
    Result<QByteArray> inflateNext();

    QFile m_file;
    bool m_gzipped = false;
    struct Inflater;
    std::unique_ptr<Inflater> m_inflater;
};
