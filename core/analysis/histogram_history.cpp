#include "core/analysis/histogram_history.h"

#include <algorithm>

namespace bp {

HistogramHistory::HistogramHistory(int capacity) : m_capacity(std::max(capacity, kMinimumCapacity))
{
    m_rows.reserve(static_cast<std::size_t>(m_capacity) + 1);
}

std::int64_t HistogramHistory::strideFor(std::int64_t newestEpoch, int capacity)
{
    const std::int64_t rows = std::max(capacity, kMinimumCapacity);
    std::int64_t stride = 1;
    while (newestEpoch / stride >= rows)
        stride *= 2;
    return stride;
}

bool HistogramHistory::isScheduled(std::int64_t epoch, int capacity)
{
    return epoch >= 0 && epoch % strideFor(epoch, capacity) == 0;
}

void HistogramHistory::append(HistogramRowPointer row)
{
    if (!row)
        return;
    const std::int64_t epoch = row->epoch;
    truncateAfter(epoch - 1);
    const std::int64_t stride = strideFor(epoch, m_capacity);
    std::erase_if(m_rows, [stride](const HistogramRowPointer &kept) { return kept->epoch % stride != 0; });
    m_rows.push_back(std::move(row));
}

void HistogramHistory::truncateAfter(std::int64_t epoch)
{
    std::erase_if(m_rows, [epoch](const HistogramRowPointer &kept) { return kept->epoch > epoch; });
}

} // namespace bp
