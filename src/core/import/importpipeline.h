#pragma once

#include "import/contactrowbuilder.h"
#include "csv/csvreader.h"
#include "foundation/result.h"

#include <QList>

#include <atomic>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

/** A run of records turned into rows and rejections, in file order. */
struct ConvertedBatch
{
    QList<ImportRow> rows;
    QList<RejectedRow> rejected;
    qint64 records = 0;
};

/**
 * Reads and converts records on worker threads while the caller's thread talks to the database:
 * libphonenumber costs ~14 µs a number, about what the server spends storing one, so the two must
 * overlap. One thread parses, the others convert; batches come out in file order, and only a few
 * are ever held, so memory stays flat whatever the file's size.
 */
class ImportPipeline
{
public:
    // `prefetched` records (read earlier to guess the mapping) come before the rest of `reader`.
    ImportPipeline(CsvReader &reader, QList<CsvRecord> prefetched, const ContactRowBuilder &builder,
                   const std::atomic<bool> *cancel);
    ~ImportPipeline();  // stops and joins the threads
    ImportPipeline(const ImportPipeline &) = delete;
    ImportPipeline &operator=(const ImportPipeline &) = delete;

    void start();
    // The next batch in file order; false at the end, on cancel, or after a read error (readError()).
    bool next(ConvertedBatch *batch);
    Status readError() const;
    qint64 bytesRead() const { return m_bytesRead.load(); }

    static constexpr int BatchRecords = 4096;

private:
    void parse();
    void convert();
    bool stopping() const;

    CsvReader &m_reader;
    QList<CsvRecord> m_prefetched;
    const ContactRowBuilder &m_builder;
    const std::atomic<bool> *m_cancel;

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::map<qint64, QList<CsvRecord>> m_raw;         // parsed, waiting for a converter
    std::map<qint64, ConvertedBatch> m_converted;     // converted, waiting for the caller
    qint64 m_parsedBatches = 0;
    qint64 m_nextOut = 0;
    int m_converting = 0;
    bool m_parseDone = false;
    bool m_stop = false;
    Status m_readError;
    std::atomic<qint64> m_bytesRead{0};
    std::vector<std::thread> m_threads;
};
