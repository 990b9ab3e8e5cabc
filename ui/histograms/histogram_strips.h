#pragma once

#include "core/analysis/histogram_history.h"

#include <QRectF>

#include <cstdint>
#include <optional>
#include <vector>

namespace bp::ui {

/// The geometry of the histograms over time, apart from their painting: one strip per layer,
/// stacked from layer 1 at the top; in each, epoch runs along x and the binned value up y, and
/// every bin of every kept row is a cell whose colour says the share of the layer's values in it.
///
/// Every strip has the same axis, so that the layers compare at a glance (the first layers' δ lying
/// decades below the last one's is the vanishing gradient). A row's column reaches to the next
/// row, or one stride of the history's grid when the next row is further (the panel was closed
/// meanwhile): a gap stays empty rather than stretching a column. Linear bins are drawn at their
/// own edges (each row has its own range) on an axis spanning every row's range; log-magnitude bins
/// share fixed decades, the axis spanning the decades in use, and exact zeros get a band of their
/// own under the strip. A cell's level is its count against the fullest bin of its row and layer,
/// so a narrow peak and a wide spread both show their shape.
class HistogramStrips {
public:
    struct Strip {
        /// 1..L.
        int layer = 0;
        /// The whole strip, and the part of it the bins use (the zero band excluded).
        QRectF rect;
        QRectF values;
        /// The band of exact zeros under `values` (log-magnitude with zeros only; else empty).
        QRectF zeros;
        /// The axis of `values`: values, or log₁₀|x| for log-magnitude bins.
        double low = 0.0;
        double high = 1.0;
    };

    struct Cell {
        QRectF rect;
        /// The bin's count over the count of the fullest bin of its row (the zero bin included), 0..1.
        double level = 0.0;
    };

    /// What lies under a point.
    struct Hit {
        int layer = 0;
        std::int64_t epoch = 0;
        /// The bin (−1: the zero band) and its edges in the axis' coordinate.
        int bin = 0;
        double binLow = 0.0;
        double binHigh = 0.0;
        std::uint32_t count = 0;
        /// The row's values at that layer (non-finite ones included) and its counted samples.
        std::int64_t total = 0;
        int sampleCount = 0;
    };

    /// Lays the rows out in `plot`, one strip per layer 1..layerCount with `gap` pixels between them.
    void layout(const std::vector<HistogramRowPointer> &rows, int layerCount, HistogramQuantity quantity,
                HistogramScale scale, const QRectF &plot, double gap);

    const std::vector<Strip> &strips() const { return m_strips; }
    /// The cells of strip i (empty bins left out), for painting.
    std::vector<Cell> cells(int strip) const;
    /// The median of each row on strip i, at the middle of its column: of |x| without the exact
    /// zeros for log-magnitude bins (rows of zeros only are left out), of x for linear ones; the
    /// middle of the bin holding it.
    std::vector<QPointF> medianLine(int strip) const;
    /// The epochs the x axis spans.
    double firstEpoch() const { return m_firstEpoch; }
    double lastEpoch() const { return m_lastEpoch; }
    double xForEpoch(double epoch) const;
    /// y of a value on strip i's axis (a value, or log₁₀|x|).
    double yForValue(int strip, double value) const;
    std::optional<Hit> hitAt(const QPointF &point) const;

private:
    const Histogram *histogramOf(std::size_t row, int layer) const;
    /// The x extent of row i's column.
    std::pair<double, double> columnOf(std::size_t row) const;

    std::vector<HistogramRowPointer> m_rows;
    HistogramQuantity m_quantity = HistogramQuantity::Weights;
    HistogramScale m_scale = HistogramScale::Linear;
    QRectF m_plot;
    std::vector<Strip> m_strips;
    double m_firstEpoch = 0.0;
    double m_lastEpoch = 1.0;
};

} // namespace bp::ui
