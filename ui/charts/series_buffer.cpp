#include "ui/charts/series_buffer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace bp::ui {

namespace {

// While every point is kept, a bucket holds one point; the first compaction groups this many.
constexpr std::int64_t kFirstGroup = 8;

} // namespace

SeriesBuffer::SeriesBuffer(int capacity) : m_capacity(std::max(capacity, kMinimumCapacity))
{
    // Rounded to a multiple of 8 so that every compaction leaves exactly capacity / 8 buckets.
    m_capacity -= m_capacity % 8;
}

int SeriesBuffer::maxBuckets() const
{
    // A bucket of one point draws one point; a merged bucket draws up to four.
    return m_bucketSize == 1 ? m_capacity : m_capacity / 4;
}

void SeriesBuffer::addToBucket(Bucket &bucket, const Sample &sample)
{
    if (bucket.count == 0) {
        bucket.first = bucket.low = bucket.high = bucket.last = sample;
    } else {
        if (sample.y < bucket.low.y)
            bucket.low = sample;
        if (sample.y > bucket.high.y)
            bucket.high = sample;
        bucket.last = sample;
    }
    ++bucket.count;
}

SeriesBuffer::Bucket SeriesBuffer::merged(const Bucket &a, const Bucket &b)
{
    Bucket result;
    result.first = a.first;
    result.last = b.last;
    // On a tie the earlier sample stays, so a plateau keeps its first point.
    result.low = b.low.y < a.low.y ? b.low : a.low;
    result.high = b.high.y > a.high.y ? b.high : a.high;
    result.count = a.count + b.count;
    return result;
}

void SeriesBuffer::compact()
{
    const std::int64_t group = m_bucketSize == 1 ? kFirstGroup : 2;
    std::size_t out = 0;
    for (std::size_t i = 0; i < m_buckets.size(); i += static_cast<std::size_t>(group)) {
        Bucket bucket = m_buckets[i];
        const std::size_t end = std::min(m_buckets.size(), i + static_cast<std::size_t>(group));
        for (std::size_t j = i + 1; j < end; ++j)
            bucket = merged(bucket, m_buckets[j]);
        m_buckets[out++] = bucket;
    }
    m_buckets.resize(out);
    m_bucketSize *= group;
}

bool SeriesBuffer::append(double x, double y)
{
    if (!std::isfinite(x) || (m_lastX && x < *m_lastX))
        return false;
    m_lastX = x;
    ++m_revision;
    if (!std::isfinite(y)) {
        ++m_nonFiniteCount;
        return false;
    }

    if (m_buckets.empty()) {
        m_minY = m_maxY = y;
        // Reserved once: the buffer never holds more buckets than this.
        m_buckets.reserve(static_cast<std::size_t>(m_capacity));
    } else {
        m_minY = std::min(m_minY, y);
        m_maxY = std::max(m_maxY, y);
    }
    if (y > 0.0 && (!m_minPositiveY || y < *m_minPositiveY))
        m_minPositiveY = y;
    if (y <= 0.0)
        ++m_nonPositiveCount;

    const Sample sample{x, y, m_finiteCount++};
    if (m_buckets.empty()) {
        m_buckets.emplace_back();
    } else if (m_buckets.back().count >= m_bucketSize) {
        if (static_cast<int>(m_buckets.size()) >= maxBuckets())
            compact();
        if (m_buckets.back().count >= m_bucketSize)
            m_buckets.emplace_back();
    }
    addToBucket(m_buckets.back(), sample);
    return true;
}

void SeriesBuffer::clear()
{
    m_buckets.clear();
    m_buckets.shrink_to_fit();
    m_bucketSize = 1;
    m_finiteCount = m_nonFiniteCount = m_nonPositiveCount = 0;
    m_minY = m_maxY = 0.0;
    m_minPositiveY.reset();
    m_lastX.reset();
    ++m_revision;
}

template <typename Visit> void SeriesBuffer::forEachPoint(Visit visit) const
{
    for (const Bucket &bucket : m_buckets) {
        if (bucket.count == 1) {
            visit(bucket.first);
            continue;
        }
        std::array<const Sample *, 4> samples = {&bucket.first, &bucket.low, &bucket.high, &bucket.last};
        // Low and high can come in either order; the sequence number restores the order of arrival.
        if (samples[1]->sequence > samples[2]->sequence)
            std::swap(samples[1], samples[2]);
        std::int64_t previous = -1;
        for (const Sample *sample : samples) {
            if (sample->sequence == previous)
                continue;
            previous = sample->sequence;
            visit(*sample);
        }
    }
}

QList<QPointF> SeriesBuffer::points() const
{
    QList<QPointF> result;
    result.reserve(storedCount());
    forEachPoint([&](const Sample &sample) { result.append(QPointF(sample.x, sample.y)); });
    return result;
}

QList<QPointF> SeriesBuffer::pointsForLogAxis(double floor) const
{
    if (!std::isfinite(floor) || floor <= 0.0)
        floor = std::numeric_limits<double>::min();
    QList<QPointF> result;
    result.reserve(storedCount());
    forEachPoint(
        [&](const Sample &sample) { result.append(QPointF(sample.x, sample.y < floor ? floor : sample.y)); });
    return result;
}

int SeriesBuffer::storedCount() const
{
    int count = 0;
    forEachPoint([&](const Sample &) { ++count; });
    return count;
}

std::optional<double> SeriesBuffer::minimumY() const
{
    return isEmpty() ? std::nullopt : std::optional<double>(m_minY);
}

std::optional<double> SeriesBuffer::maximumY() const
{
    return isEmpty() ? std::nullopt : std::optional<double>(m_maxY);
}

SeriesBuffer::Extent SeriesBuffer::extentUpTo(double last) const
{
    Extent extent;
    forEachPoint([&](const Sample &sample) {
        if (sample.x > last)
            return;
        if (!extent.first)
            extent.first = QPointF(sample.x, sample.y);
        extent.lastX = sample.x;
        extent.minimumY = extent.minimumY ? std::min(*extent.minimumY, sample.y) : sample.y;
        extent.maximumY = extent.maximumY ? std::max(*extent.maximumY, sample.y) : sample.y;
        if (sample.y > 0.0)
            extent.minimumPositiveY =
                extent.minimumPositiveY ? std::min(*extent.minimumPositiveY, sample.y) : sample.y;
        else
            ++extent.nonPositiveCount;
    });
    return extent;
}

std::optional<double> SeriesBuffer::minimumPositiveY() const
{
    return m_minPositiveY;
}

std::optional<QPointF> SeriesBuffer::firstPoint() const
{
    if (isEmpty())
        return std::nullopt;
    const Sample &sample = m_buckets.front().first;
    return QPointF(sample.x, sample.y);
}

std::optional<QPointF> SeriesBuffer::lastPoint() const
{
    if (isEmpty())
        return std::nullopt;
    const Sample &sample = m_buckets.back().last;
    return QPointF(sample.x, sample.y);
}

std::optional<double> SeriesBuffer::lastX() const
{
    return m_lastX;
}

} // namespace bp::ui
