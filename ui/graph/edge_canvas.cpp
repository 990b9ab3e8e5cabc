#include "ui/graph/edge_canvas.h"

#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <utility>

namespace bp::ui {

namespace {

// x · a / 255 on the four 8-bit channels of a packed pixel at once (a in 0..255).
inline std::uint32_t byteMul(std::uint32_t x, std::uint32_t a)
{
    std::uint32_t t = (x & 0xff00ffu) * a;
    t = (t + ((t >> 8) & 0xff00ffu) + 0x800080u) >> 8;
    t &= 0xff00ffu;
    x = ((x >> 8) & 0xff00ffu) * a;
    x = x + ((x >> 8) & 0xff00ffu) + 0x800080u;
    x &= 0xff00ff00u;
    return x | t;
}

// Source-over of a premultiplied colour at a coverage of 0..255.
inline void blend(std::uint32_t &destination, std::uint32_t source, std::uint32_t coverage)
{
    const std::uint32_t s = byteMul(source, coverage);
    destination = s + byteMul(destination, 255u - (s >> 24));
}

std::uint32_t premultiplied(const QColor &colour)
{
    return qPremultiply(colour.rgba());
}

// The x interval where lo ≤ slope · x + intercept ≤ hi (the whole line when slope is 0).
std::pair<double, double> solveInterval(double slope, double intercept, double lo, double hi)
{
    if (std::abs(slope) < 1e-12) {
        if (intercept >= lo && intercept <= hi)
            return {-1e30, 1e30};
        return {1.0, -1.0};
    }
    double a = (lo - intercept) / slope;
    double b = (hi - intercept) / slope;
    if (a > b)
        std::swap(a, b);
    return {a, b};
}

} // namespace

void EdgeCanvas::begin(QSizeF logicalSize, double devicePixelRatio)
{
    m_ratio = devicePixelRatio > 0.0 ? devicePixelRatio : 1.0;
    const int width = std::max(1, static_cast<int>(std::ceil(logicalSize.width() * m_ratio)));
    const int height = std::max(1, static_cast<int>(std::ceil(logicalSize.height() * m_ratio)));
    if (m_image.width() != width || m_image.height() != height) {
        m_image = QImage(width, height, QImage::Format_ARGB32_Premultiplied);
        m_image.fill(0);
    } else if (!m_dirty.isEmpty()) {
        for (int y = m_dirty.top(); y <= m_dirty.bottom(); ++y)
            std::memset(reinterpret_cast<std::uint32_t *>(m_image.scanLine(y)) + m_dirty.left(), 0,
                        static_cast<std::size_t>(m_dirty.width()) * sizeof(std::uint32_t));
    }
    m_image.setDevicePixelRatio(m_ratio);
    m_width = width;
    m_height = height;
    m_dirty = QRect();
}

void EdgeCanvas::touch(int left, int top, int right, int bottom)
{
    const QRect r =
        QRect(QPoint(left, top), QPoint(right, bottom)).intersected(QRect(0, 0, m_width, m_height));
    if (!r.isEmpty())
        m_dirty = m_dirty.isEmpty() ? r : m_dirty.united(r);
}

void EdgeCanvas::drawLine(const QLineF &line, const QColor &colour, double width)
{
    if (colour.alpha() == 0 || !(width > 0.0) || m_image.isNull())
        return;
    const double x0 = line.x1() * m_ratio;
    const double y0 = line.y1() * m_ratio;
    const double x1 = line.x2() * m_ratio;
    const double y1 = line.y2() * m_ratio;
    if (!std::isfinite(x0) || !std::isfinite(y0) || !std::isfinite(x1) || !std::isfinite(y1))
        return;
    const double deviceWidth = width * m_ratio;
    const std::uint32_t source = premultiplied(colour);
    if (deviceWidth <= 1.6)
        drawThin(x0, y0, x1, y1, source, deviceWidth, true);
    else
        drawWide(x0, y0, x1, y1, source, deviceWidth / 2.0);
}

void EdgeCanvas::drawHairline(const QLineF &line, const QColor &colour)
{
    if (colour.alpha() == 0 || m_image.isNull())
        return;
    const double x0 = line.x1() * m_ratio;
    const double y0 = line.y1() * m_ratio;
    const double x1 = line.x2() * m_ratio;
    const double y1 = line.y2() * m_ratio;
    if (std::isfinite(x0) && std::isfinite(y0) && std::isfinite(x1) && std::isfinite(y1))
        drawThin(x0, y0, x1, y1, premultiplied(colour), 1.0, false);
}

// Xiaolin Wu's line: one step per pixel along the major axis, shared between the two pixels
// nearest the line on the minor axis. The minor coordinate runs in 16.16 fixed point.
void EdgeCanvas::drawThin(double x0, double y0, double x1, double y1, std::uint32_t colour, double width,
                          bool smooth)
{
    const bool steep = std::abs(y1 - y0) > std::abs(x1 - x0);
    if (steep) {
        std::swap(x0, y0);
        std::swap(x1, y1);
    }
    if (x0 > x1) {
        std::swap(x0, x1);
        std::swap(y0, y1);
    }
    const int majorSize = steep ? m_height : m_width;
    const int minorSize = steep ? m_width : m_height;
    const double dx = x1 - x0;
    const double gradient = dx > 1e-9 ? (y1 - y0) / dx : 0.0;
    // A diagonal line crosses each column over a longer stretch: keep its ink per length.
    const double intensity = std::min(1.0, width * std::sqrt(1.0 + gradient * gradient));
    const std::uint32_t ink = byteMul(colour, static_cast<std::uint32_t>(std::lround(intensity * 255.0)));
    // The pixels whose centres lie between the ends.
    int first = std::max(0, static_cast<int>(std::ceil(x0 - 0.5)));
    int last = std::min(majorSize - 1, static_cast<int>(std::floor(x1 - 0.5)));
    if (first > last)
        return;
    // Offset by one pixel so that the fixed-point value stays positive for minor = −1.
    const double yFirst = y0 + gradient * (first + 0.5 - x0) - 0.5 + 1.0;
    auto fixedStart = static_cast<std::int64_t>(std::llround(yFirst * 65536.0));
    const auto fixedStep = static_cast<std::int64_t>(std::llround(gradient * 65536.0));
    const int minorStart = static_cast<int>((fixedStart >> 16) - 1);
    const int minorEnd = static_cast<int>(((fixedStart + fixedStep * (last - first)) >> 16) - 1);

    // The ink at 17 levels of coverage, and what each leaves of the pixel below (255 − alpha):
    // one multiplication per pixel instead of two.
    std::array<std::uint32_t, 17> source{};
    std::array<std::uint32_t, 17> keep{};
    for (std::uint32_t level = 0; level <= 16; ++level) {
        source[level] = byteMul(ink, std::min(255u, level * 16u));
        keep[level] = 255u - (source[level] >> 24);
    }
    auto put = [&](std::uint32_t &pixel, std::uint32_t level) {
        pixel = source[level] + byteMul(pixel, keep[level]);
    };

    auto *bits = reinterpret_cast<std::uint32_t *>(m_image.bits());
    const qsizetype stride = m_image.bytesPerLine() / 4;
    const qsizetype majorStep = steep ? stride : 1;
    const qsizetype minorStep = steep ? 1 : stride;
    std::int64_t y = fixedStart;
    if (!smooth) {
        // The nearest pixel only (the fixed-point value rounded), with the full ink.
        y += 1 << 15;
        for (int major = first; major <= last; ++major, y += fixedStep) {
            const int minor = static_cast<int>(y >> 16) - 1;
            if (static_cast<unsigned>(minor) < static_cast<unsigned>(minorSize))
                put(bits[major * majorStep + minor * minorStep], 16u);
        }
    } else {
        for (int major = first; major <= last; ++major, y += fixedStep) {
            const int minor = static_cast<int>(y >> 16) - 1;
            const auto upper = static_cast<std::uint32_t>(((y >> 12) & 0xf) + ((y >> 11) & 1));
            std::uint32_t *p = bits + major * majorStep + minor * minorStep;
            if (static_cast<unsigned>(minor) < static_cast<unsigned>(minorSize - 1)) {
                put(p[0], 16u - upper);
                put(p[minorStep], upper);
            } else {
                if (minor >= 0 && minor < minorSize)
                    put(p[0], 16u - upper);
                if (minor + 1 >= 0 && minor + 1 < minorSize)
                    put(p[minorStep], upper);
            }
        }
    }
    const int minorLow = std::min(minorStart, minorEnd);
    const int minorHigh = std::max(minorStart, minorEnd) + 1;
    if (steep)
        touch(minorLow, first, minorHigh, last);
    else
        touch(first, minorLow, last, minorHigh);
}

// A capsule: every pixel whose centre lies within radius + ½ of the segment, with coverage
// falling off over the last pixel. Rows are scanned only over the x range the capsule can reach.
void EdgeCanvas::drawWide(double x0, double y0, double x1, double y1, std::uint32_t colour, double radius)
{
    const double outer = radius + 0.5;
    const double dx = x1 - x0;
    const double dy = y1 - y0;
    const double length = std::hypot(dx, dy);
    const double ux = length > 1e-9 ? dx / length : 1.0;
    const double uy = length > 1e-9 ? dy / length : 0.0;
    const int top = std::max(0, static_cast<int>(std::floor(std::min(y0, y1) - outer)));
    const int bottom = std::min(m_height - 1, static_cast<int>(std::ceil(std::max(y0, y1) + outer)));
    auto *bits = reinterpret_cast<std::uint32_t *>(m_image.bits());
    const qsizetype stride = m_image.bytesPerLine() / 4;
    int left = m_width;
    int right = -1;
    for (int row = top; row <= bottom; ++row) {
        const double cy = row + 0.5 - y0;
        // Within the strip around the line, and between the ends (each widened by the radius).
        const auto [s0, s1] = solveInterval(-uy, ux * cy, -outer, outer);
        const auto [t0, t1] = solveInterval(ux, uy * cy, -outer, length + outer);
        const double from = std::max(s0, t0) + x0;
        const double to = std::min(s1, t1) + x0;
        if (from > to)
            continue;
        const int xFirst = std::max(0, static_cast<int>(std::ceil(from - 0.5)));
        const int xLast = std::min(m_width - 1, static_cast<int>(std::floor(to - 0.5)));
        std::uint32_t *line = bits + row * stride;
        for (int x = xFirst; x <= xLast; ++x) {
            const double px = x + 0.5 - x0;
            const double t = std::clamp(px * ux + cy * uy, 0.0, length);
            const double ex = px - ux * t;
            const double ey = cy - uy * t;
            const double d2 = ex * ex + ey * ey;
            if (d2 >= outer * outer)
                continue;
            const double coverage = std::min(1.0, outer - std::sqrt(d2));
            blend(line[x], colour, static_cast<std::uint32_t>(coverage * 255.0 + 0.5));
        }
        if (xFirst <= xLast) {
            left = std::min(left, xFirst);
            right = std::max(right, xLast);
        }
    }
    if (left <= right)
        touch(left, top, right, bottom);
}

void EdgeCanvas::end(QPainter &painter)
{
    if (m_dirty.isEmpty())
        return;
    painter.drawImage(QPointF(m_dirty.topLeft()) / m_ratio, m_image, QRectF(m_dirty));
}

} // namespace bp::ui
