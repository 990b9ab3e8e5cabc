#include "core/training/timeline.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bp {

namespace {

std::size_t matrixBytes(const std::vector<Matrix> &matrices)
{
    std::size_t bytes = 0;
    for (const Matrix &m : matrices)
        bytes += static_cast<std::size_t>(m.size()) * sizeof(double) + sizeof(Matrix);
    return bytes;
}

std::size_t vectorBytes(const std::vector<Vector> &vectors)
{
    std::size_t bytes = 0;
    for (const Vector &v : vectors)
        bytes += static_cast<std::size_t>(v.size()) * sizeof(double) + sizeof(Vector);
    return bytes;
}

// Entries are recorded at most once per this many epochs at epoch e: max(1, e / kIntervalDivisor).
constexpr std::int64_t kIntervalDivisor = 256;

} // namespace

Trainer resumeFrom(const TimelineEntry &entry, const Dataset &dataset)
{
    Trainer trainer(entry.network, dataset, entry.settings);
    trainer.restoreProgress(entry.progress);
    return trainer;
}

std::size_t timelineEntryBytes(const TimelineEntry &entry)
{
    std::size_t bytes = sizeof(TimelineEntry);
    for (int l = 1; l <= entry.network.layerCount(); ++l) {
        const Layer &layer = entry.network.layer(l);
        bytes += static_cast<std::size_t>(layer.weights.size() + layer.biases.size()) * sizeof(double) +
                 sizeof(Layer);
    }
    const OptimizerState &o = entry.progress.optimizerState;
    bytes += matrixBytes(o.firstWeights) + matrixBytes(o.secondWeights) + vectorBytes(o.firstBiases) +
             vectorBytes(o.secondBiases);
    bytes +=
        entry.progress.order.size() * sizeof(int) + entry.progress.epochStatSums.size() * sizeof(LayerStats);
    return bytes;
}

Timeline::Timeline(std::size_t maxEntries, std::size_t maxBytes)
    : m_maxEntries(std::max<std::size_t>(maxEntries, 2)), m_maxBytes(maxBytes)
{
}

void Timeline::clear()
{
    m_entries.clear();
    m_bytes = 0;
}

bool Timeline::isDue(std::int64_t epoch) const
{
    if (m_entries.empty())
        return true;
    const std::int64_t newest = m_entries.back().epoch;
    return epoch >= newest + std::max<std::int64_t>(1, newest / kIntervalDivisor);
}

std::uint64_t Timeline::record(const Trainer &trainer, double loss)
{
    TimelineEntry entry;
    entry.epoch = trainer.epoch();
    entry.stepCount = trainer.stepCount();
    entry.loss = loss;
    entry.network = trainer.network();
    entry.settings = trainer.settings();
    entry.progress = trainer.progress();
    entry.bytes = timelineEntryBytes(entry);
    if (entry.bytes > m_maxBytes)
        return 0;
    // The same step twice (a pause right after an epoch ended): the newer copy replaces the older.
    if (!m_entries.empty() && m_entries.back().stepCount == entry.stepCount) {
        m_bytes -= m_entries.back().bytes;
        m_entries.pop_back();
    }
    entry.id = m_nextId++;
    m_bytes += entry.bytes;
    m_entries.push_back(std::move(entry));
    enforceBounds();
    return m_entries.back().id;
}

void Timeline::enforceBounds()
{
    while (m_entries.size() > m_maxEntries || m_bytes > m_maxBytes) {
        if (m_entries.size() <= 2) {
            // Two states that do not fit: keep the newest alone.
            m_bytes -= m_entries.front().bytes;
            m_entries.erase(m_entries.begin());
            continue;
        }
        // Drop the inner entry whose neighbours are closest together for its age: recent states
        // stay dense, old ones thin out.
        const double now = static_cast<double>(m_entries.back().stepCount);
        std::size_t victim = 1;
        double best = std::numeric_limits<double>::infinity();
        for (std::size_t i = 1; i + 1 < m_entries.size(); ++i) {
            const double gap = static_cast<double>(m_entries[i + 1].stepCount - m_entries[i - 1].stepCount);
            const double age = now - static_cast<double>(m_entries[i].stepCount) + 1.0;
            const double score = gap / age;
            if (score < best) {
                best = score;
                victim = i;
            }
        }
        m_bytes -= m_entries[victim].bytes;
        m_entries.erase(m_entries.begin() + static_cast<std::ptrdiff_t>(victim));
    }
}

void Timeline::truncateAfter(std::uint64_t id)
{
    const TimelineEntry *entry = find(id);
    if (!entry)
        return;
    const std::int64_t steps = entry->stepCount;
    while (!m_entries.empty() && m_entries.back().stepCount > steps) {
        m_bytes -= m_entries.back().bytes;
        m_entries.pop_back();
    }
}

const TimelineEntry *Timeline::find(std::uint64_t id) const
{
    const auto it =
        std::find_if(m_entries.begin(), m_entries.end(), [id](const TimelineEntry &e) { return e.id == id; });
    return it == m_entries.end() ? nullptr : &*it;
}

int lastGoodMark(const std::vector<TimelineMark> &marks)
{
    int good = -1;
    double lowest = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < marks.size(); ++i) {
        const double loss = marks[i].loss;
        if (!std::isfinite(loss))
            continue;
        lowest = std::min(lowest, loss);
        if (loss <= kGoodLossFactor * lowest || loss <= 0.0)
            good = static_cast<int>(i);
    }
    return good;
}

const TimelineEntry *Timeline::lastGood() const
{
    const std::vector<TimelineMark> all = marks();
    for (int i = lastGoodMark(all); i >= 0; --i) {
        const TimelineEntry &entry = m_entries[static_cast<std::size_t>(i)];
        if (entry.network.isFinite() && std::isfinite(entry.loss))
            return &entry;
    }
    return nullptr;
}

std::vector<TimelineMark> Timeline::marks() const
{
    std::vector<TimelineMark> marks;
    marks.reserve(m_entries.size());
    for (const TimelineEntry &e : m_entries)
        marks.push_back({e.id, e.epoch, e.stepCount, e.loss});
    return marks;
}

} // namespace bp
