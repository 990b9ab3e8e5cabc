#include "ui/histograms/histogram_strips.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bp::ui {

const Histogram *HistogramStrips::histogramOf(std::size_t row, int layer) const
{
    const HistogramRow &r = *m_rows[row];
    if (layer < 1 || layer > static_cast<int>(r.layers.size()))
        return nullptr;
    return &r.layers[static_cast<std::size_t>(layer - 1)].histogram(m_quantity, m_scale);
}

std::pair<double, double> HistogramStrips::columnOf(std::size_t row) const
{
    const auto epoch = [this](std::size_t i) { return m_rows[i]->epoch; };
    const std::int64_t start = epoch(row);
    std::int64_t width = 1;
    if (row + 1 < m_rows.size()) {
        const std::int64_t next = epoch(row + 1);
        width = std::min(next - start, HistogramHistory::strideFor(next));
    } else if (row > 0) {
        width = std::min(start - epoch(row - 1), HistogramHistory::strideFor(start));
    }
    return {static_cast<double>(start), static_cast<double>(start + std::max<std::int64_t>(width, 1))};
}

void HistogramStrips::layout(const std::vector<HistogramRowPointer> &rows, int layerCount,
                             HistogramQuantity quantity, HistogramScale scale, const QRectF &plot, double gap)
{
    m_rows.clear();
    for (const HistogramRowPointer &row : rows)
        if (row)
            m_rows.push_back(row);
    m_quantity = quantity;
    m_scale = scale;
    m_plot = plot;
    m_strips.clear();
    m_firstEpoch = m_rows.empty() ? 0.0 : static_cast<double>(m_rows.front()->epoch);
    m_lastEpoch = m_rows.empty() ? 1.0 : columnOf(m_rows.size() - 1).second;

    const int layers = std::max(layerCount, 0);
    if (layers == 0)
        return;
    // One axis for every layer: the range of all of them.
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    bool zeros = false;
    for (int layer = 1; layer <= layers; ++layer) {
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            const Histogram *h = histogramOf(i, layer);
            if (!h)
                continue;
            if (scale == HistogramScale::Linear) {
                low = std::min(low, h->low);
                high = std::max(high, h->high);
                continue;
            }
            for (int bin = 0; bin < h->binCount(); ++bin) {
                if (h->counts[static_cast<std::size_t>(bin)] > 0) {
                    low = std::min(low, h->binLow(bin));
                    high = std::max(high, h->binHigh(bin));
                }
            }
            zeros = zeros || h->zeros > 0;
        }
    }
    if (!(low < high)) {
        low = scale == HistogramScale::Linear ? 0.0 : -1.0;
        high = scale == HistogramScale::Linear ? 1.0 : 0.0;
    }
    if (scale == HistogramScale::LogMagnitude && high - low < 1.0) {
        // At least a decade tall, so one bin is not the whole strip.
        const double middle = 0.5 * (low + high);
        low = middle - 0.5;
        high = middle + 0.5;
    }
    const double height = std::max(1.0, (plot.height() - gap * (layers - 1)) / layers);
    for (int layer = 1; layer <= layers; ++layer) {
        Strip strip;
        strip.layer = layer;
        strip.rect = QRectF(plot.left(), plot.top() + (layer - 1) * (height + gap), plot.width(), height);
        strip.values = strip.rect;
        strip.low = low;
        strip.high = high;
        if (zeros) {
            const double band = std::clamp(height * 0.14, 3.0, 12.0);
            strip.zeros = QRectF(plot.left(), strip.rect.bottom() - band, plot.width(), band);
            strip.values.setBottom(strip.zeros.top() - 1.0);
        }
        m_strips.push_back(strip);
    }
}

double HistogramStrips::xForEpoch(double epoch) const
{
    const double span = std::max(m_lastEpoch - m_firstEpoch, 1e-9);
    return m_plot.left() + (epoch - m_firstEpoch) / span * m_plot.width();
}

double HistogramStrips::yForValue(int strip, double value) const
{
    const Strip &s = m_strips[static_cast<std::size_t>(strip)];
    return s.values.bottom() - (value - s.low) / (s.high - s.low) * s.values.height();
}

std::vector<HistogramStrips::Cell> HistogramStrips::cells(int strip) const
{
    std::vector<Cell> result;
    if (strip < 0 || strip >= static_cast<int>(m_strips.size()))
        return result;
    const Strip &s = m_strips[static_cast<std::size_t>(strip)];
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Histogram *h = histogramOf(i, s.layer);
        if (!h)
            continue;
        const auto [from, to] = columnOf(i);
        const double left = xForEpoch(from);
        // At least a pixel wide, so a long run's columns never vanish between two pixels.
        const double width = std::max(1.0, xForEpoch(to) - left);
        const double fullest = std::max<double>(h->largestCount(), 1.0);
        for (int bin = 0; bin < h->binCount(); ++bin) {
            const std::uint32_t count = h->counts[static_cast<std::size_t>(bin)];
            if (count == 0)
                continue;
            const double top = yForValue(strip, h->binHigh(bin));
            const double bottom = yForValue(strip, h->binLow(bin));
            result.push_back({QRectF(left, top, width, std::max(1.0, bottom - top)), count / fullest});
        }
        if (h->zeros > 0 && !s.zeros.isEmpty())
            result.push_back({QRectF(left, s.zeros.top(), width, s.zeros.height()), h->zeros / fullest});
    }
    return result;
}

std::vector<QPointF> HistogramStrips::medianLine(int strip) const
{
    std::vector<QPointF> line;
    if (strip < 0 || strip >= static_cast<int>(m_strips.size()))
        return line;
    const Strip &s = m_strips[static_cast<std::size_t>(strip)];
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Histogram *h = histogramOf(i, s.layer);
        if (!h)
            continue;
        double median = 0.0;
        if (m_scale == HistogramScale::LogMagnitude) {
            const double magnitude = medianMagnitude(*h, false);
            if (magnitude <= 0.0)
                continue;
            median = std::log10(magnitude);
        } else {
            const std::int64_t counted = h->total() - h->nonFinite;
            if (counted <= 0)
                continue;
            std::int64_t seen = 0;
            for (int bin = 0; bin < h->binCount(); ++bin) {
                seen += h->counts[static_cast<std::size_t>(bin)];
                if (seen >= (counted + 1) / 2) {
                    median = 0.5 * (h->binLow(bin) + h->binHigh(bin));
                    break;
                }
            }
        }
        const auto [from, to] = columnOf(i);
        line.emplace_back(xForEpoch(0.5 * (from + to)), yForValue(strip, median));
    }
    return line;
}

std::optional<HistogramStrips::Hit> HistogramStrips::hitAt(const QPointF &point) const
{
    if (m_rows.empty())
        return std::nullopt;
    for (std::size_t index = 0; index < m_strips.size(); ++index) {
        const Strip &s = m_strips[index];
        if (!s.rect.contains(point))
            continue;
        const double epoch = m_firstEpoch + (point.x() - m_plot.left()) / std::max(m_plot.width(), 1e-9) *
                                                (m_lastEpoch - m_firstEpoch);
        for (std::size_t i = m_rows.size(); i-- > 0;) {
            const auto [from, to] = columnOf(i);
            if (epoch < from || epoch >= to)
                continue;
            const Histogram *h = histogramOf(i, s.layer);
            if (!h)
                return std::nullopt;
            Hit hit;
            hit.layer = s.layer;
            hit.epoch = m_rows[i]->epoch;
            hit.total = h->total();
            hit.sampleCount = m_rows[i]->sampleCount;
            if (!s.zeros.isEmpty() && point.y() >= s.zeros.top()) {
                hit.bin = -1;
                hit.count = h->zeros;
                return hit;
            }
            const double value =
                s.low + (s.values.bottom() - point.y()) / s.values.height() * (s.high - s.low);
            const double width = h->binWidth();
            const double position = width > 0.0 ? std::floor((value - h->low) / width) : -1.0;
            if (position < 0.0 || position >= h->binCount()) {
                // Outside this row's own range (linear bins): no values there.
                hit.bin = -2;
                hit.binLow = hit.binHigh = value;
                return hit;
            }
            hit.bin = static_cast<int>(position);
            hit.binLow = h->binLow(hit.bin);
            hit.binHigh = h->binHigh(hit.bin);
            hit.count = h->counts[static_cast<std::size_t>(hit.bin)];
            return hit;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace bp::ui
