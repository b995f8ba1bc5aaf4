#include "import/importpipeline.h"

#include <QThread>

namespace {

// Enough batches in flight to keep every core busy, few enough that memory stays small.
constexpr size_t MaxRawBatches = 4;
constexpr size_t MaxConvertedBatches = 6;

} // namespace

ImportPipeline::ImportPipeline(CsvReader &reader, QList<CsvRecord> prefetched, const ContactRowBuilder &builder,
                               const std::atomic<bool> *cancel)
    : m_reader(reader), m_prefetched(std::move(prefetched)), m_builder(builder), m_cancel(cancel)
{
}

ImportPipeline::~ImportPipeline()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    for (std::thread &t : m_threads)
        t.join();
}

bool ImportPipeline::stopping() const
{
    return m_stop || (m_cancel && m_cancel->load());
}

void ImportPipeline::start()
{
    m_threads.emplace_back([this] { parse(); });
    const int converters = std::max(1, QThread::idealThreadCount());
    for (int i = 0; i < converters; ++i)
        m_threads.emplace_back([this] { convert(); });
}

void ImportPipeline::parse()
{
    QList<CsvRecord> batch = std::move(m_prefetched);
    bool more = true;
    while (more) {
        CsvRecord record;
        while (batch.size() < BatchRecords && (more = m_reader.next(&record)))
            batch << std::move(record);
        m_bytesRead = m_reader.bytesRead();
        std::unique_lock<std::mutex> lock(m_mutex);
        if (!more && !m_reader.error().ok())
            m_readError = m_reader.error();
        if (!batch.isEmpty()) {
            m_changed.wait(lock, [this] { return stopping() || m_raw.size() < MaxRawBatches; });
            if (stopping())
                break;
            m_raw.emplace(m_parsedBatches++, std::move(batch));
            batch.clear();
        }
        lock.unlock();
        m_changed.notify_all();
        if (stopping())
            break;
    }
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_parseDone = true;
    }
    m_changed.notify_all();
}

void ImportPipeline::convert()
{
    for (;;) {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] {
            return stopping() || (m_parseDone && m_raw.empty())
                   || (!m_raw.empty() && m_converted.size() + size_t(m_converting) < MaxConvertedBatches);
        });
        if (stopping() || m_raw.empty())
            return;
        const qint64 seq = m_raw.begin()->first;
        QList<CsvRecord> records = std::move(m_raw.begin()->second);
        m_raw.erase(m_raw.begin());
        ++m_converting;
        lock.unlock();
        m_changed.notify_all();

        ConvertedBatch out;
        out.records = records.size();
        out.rows.reserve(records.size());
        for (const CsvRecord &record : std::as_const(records)) {
            ImportRow row;
            QString reason;
            if (m_builder.build(record, &row, &reason))
                out.rows << std::move(row);
            else
                out.rejected << RejectedRow{record.line, reason, record.fields};
        }

        lock.lock();
        --m_converting;
        m_converted.emplace(seq, std::move(out));
        lock.unlock();
        m_changed.notify_all();
    }
}

bool ImportPipeline::next(ConvertedBatch *batch)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] {
        return stopping() || m_converted.count(m_nextOut) > 0
               || (m_parseDone && m_raw.empty() && m_converting == 0 && m_nextOut >= m_parsedBatches);
    });
    if (stopping())
        return false;
    const auto it = m_converted.find(m_nextOut);
    if (it == m_converted.end())
        return false;
    *batch = std::move(it->second);
    m_converted.erase(it);
    ++m_nextOut;
    lock.unlock();
    m_changed.notify_all();
    return true;
}

Status ImportPipeline::readError() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_readError;
}
