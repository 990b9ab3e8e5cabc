#pragma once

#include "ui/histograms/histogram_strips.h"

#include <QWidget>

#include <vector>

class QPainter;

namespace bp::ui {

/// The histograms over time as a heat strip per layer: epoch along x, the binned value up y, the
/// count in each bin as colour, against the fullest bin of that epoch (a legend beside it).
/// Hovering a cell shows its epoch, bin range and count. It paints what HistogramStrips lays out.
class HistogramView : public QWidget {
    Q_OBJECT

public:
    explicit HistogramView(QWidget *parent = nullptr);

    /// The rows to draw (oldest first) and the number of layers of the network on show.
    void setRows(const std::vector<HistogramRowPointer> &rows, int layerCount);
    void setQuantity(HistogramQuantity quantity);
    void setScale(HistogramScale scale);
    HistogramQuantity quantity() const { return m_quantity; }
    HistogramScale scale() const { return m_scale; }

    /// What hovering `point` shows (empty where there is nothing to tell).
    QString describeAt(const QPointF &point) const;
    /// The layout as last drawn (or laid out for the current size).
    const HistogramStrips &strips() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    /// The least height that keeps every label of `layers` layers apart (and the epochs under them).
    static int heightFor(int layers);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// Lays the strips out for the widget's size and font, when something changed.
    void relayout() const;
    void invalidate();
    /// The symbol of the quantity at layer l ("δ¹", "|δ¹|" for log-magnitude bins).
    QString symbol(int layer) const;
    /// The colour of a cell's level (its count against the fullest bin of its epoch), 0..1.
    static QColor levelColor(double level);
    void paintStrip(QPainter &painter, int index) const;
    void paintEpochAxis(QPainter &painter) const;
    void paintLegend(QPainter &painter) const;

    std::vector<HistogramRowPointer> m_rows;
    int m_layerCount = 0;
    HistogramQuantity m_quantity = HistogramQuantity::Deltas;
    HistogramScale m_scale = HistogramScale::LogMagnitude;
    mutable HistogramStrips m_strips;
    mutable bool m_laidOut = false;
    mutable QRectF m_legend;
};

} // namespace bp::ui
