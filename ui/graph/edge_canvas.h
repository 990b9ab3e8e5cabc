#pragma once

#include <QColor>
#include <QImage>
#include <QLineF>
#include <QRect>
#include <QSizeF>

#include <cstdint>

class QPainter;

namespace bp::ui {

/// An offscreen layer for the edges of the network graph, rasterised here rather than by
/// QPainter: thousands of long, translucent, anti-aliased lines cost the raster engine of Qt 6.4
/// tens of milliseconds (it strokes each into a polygon and hands its spans to a thread pool), and
/// a frame must stay far below that at 784-128-10. Lines have round caps; widths are in logical
/// pixels. Lines drawn later go over earlier ones (source-over).
class EdgeCanvas {
public:
    /// Starts a frame for a view of logicalSize at devicePixelRatio, fully transparent.
    void begin(QSizeF logicalSize, double devicePixelRatio);
    void drawLine(const QLineF &line, const QColor &colour, double width);
    /// A faint one-pixel line without anti-aliasing, at half the cost: for the thousands of edges of
    /// a large layer, each too faint for its steps to show.
    void drawHairline(const QLineF &line, const QColor &colour);
    /// Composites everything drawn since begin() onto painter, at the origin of its coordinates.
    void end(QPainter &painter);

    /// The canvas itself (for tests).
    const QImage &image() const { return m_image; }

private:
    void drawThin(double x0, double y0, double x1, double y1, std::uint32_t colour, double width,
                  bool smooth);
    void drawWide(double x0, double y0, double x1, double y1, std::uint32_t colour, double radius);
    void touch(int left, int top, int right, int bottom);

    QImage m_image;
    double m_ratio = 1.0;
    int m_width = 0;
    int m_height = 0;
    // The pixels touched since begin(): only they are composited and cleared.
    QRect m_dirty;
};

} // namespace bp::ui
