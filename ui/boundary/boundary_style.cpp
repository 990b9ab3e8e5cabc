#include "ui/boundary/boundary_style.h"

#include "ui/style/palette.h"
#include "ui/style/theme.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace bp::ui::boundary {

namespace {

using palette::mix;

// How far the background's ends move from the class colour towards white: the points keep their
// full colour and must stand out on both sides of the boundary. The blue is lightened less, because
// at equal lightening the orange looks the stronger and a boundary would seem to sit off-centre.
constexpr double kLighteningClass0 = 0.56;
constexpr double kLighteningClass1 = 0.64;

// Towards the canvas (near white, or dark in the dark theme): the background stays quieter than
// the points on it either way.
QColor paleTarget()
{
    return palette::canvasColor();
}

QColor lightEnd(int classIndex)
{
    return mix(classColor(classIndex), paleTarget(), classIndex == 1 ? kLighteningClass1 : kLighteningClass0);
}

// 1025 entries over 0..1, so that colouring a pixel costs no colour arithmetic; finer steps than
// the 8 bits of a channel can show.
constexpr int kTableSteps = 1024;

// The colour of NaN sits after the 1025 colours of 0..1.
QRgb tableColour(const OutputTable &table, double output)
{
    if (std::isnan(output))
        return table.back();
    return table[static_cast<std::size_t>(std::lround(std::clamp(output, 0.0, 1.0) * kTableSteps))];
}

} // namespace

QColor classColor(int classIndex)
{
    return palette::signedColor(classIndex == 1 ? 1.0 : -1.0, 1.0);
}

QColor outputColor(double output)
{
    if (std::isnan(output))
        return mix(palette::alarmColor(), paleTarget(), 0.55);
    const double signedOutput = 2.0 * std::clamp(output, 0.0, 1.0) - 1.0;
    // The neutral middle sits just below the canvas's lightness, so the band of doubt reads as a
    // pale seam between the two classes.
    const QColor canvas = palette::canvasColor();
    const QColor neutral = mix(canvas, palette::inkColor(), canvas.lightnessF() > 0.5 ? 0.055 : 0.1);
    // Gamma below 1 lifts the colour quickly away from 0.5: a confident region looks settled,
    // and only the narrow band of doubt stays grey.
    const double strength = std::pow(std::abs(signedOutput), 0.75);
    return mix(neutral, lightEnd(signedOutput < 0.0 ? 0 : 1), strength);
}

std::shared_ptr<const OutputTable> currentOutputTable()
{
    static std::shared_ptr<const OutputTable> table;
    static ThemeKind kind = ThemeKind::Light;
    static SignedScale scale = SignedScale::BlueOrange;
    const Theme &theme = Theme::instance();
    if (!table || kind != theme.kind() || scale != theme.signedScale()) {
        auto colours = std::make_shared<OutputTable>(kTableSteps + 2);
        for (int k = 0; k <= kTableSteps; ++k)
            (*colours)[static_cast<std::size_t>(k)] = outputColor(static_cast<double>(k) / kTableSteps).rgb();
        colours->back() = outputColor(std::nan("")).rgb();
        table = std::move(colours);
        kind = theme.kind();
        scale = theme.signedScale();
    }
    return table;
}

QImage heatmapImage(const BoundaryGrid &grid)
{
    return heatmapImage(grid, *currentOutputTable());
}

QImage renderHeatmap(const BoundaryGrid &grid, QSize pixels)
{
    return renderHeatmap(grid, pixels, *currentOutputTable());
}

QImage heatmapImage(const BoundaryGrid &grid, const OutputTable &table)
{
    if (grid.isEmpty())
        return {};
    const int n = grid.resolution;
    QImage image(n, n, QImage::Format_RGB32);
    for (int row = 0; row < n; ++row) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(row));
        const int j = n - 1 - row;
        for (int i = 0; i < n; ++i)
            line[i] = tableColour(table, grid.value(i, j));
    }
    return image;
}

QImage renderHeatmap(const BoundaryGrid &grid, QSize pixels, const OutputTable &table)
{
    if (grid.isEmpty() || pixels.isEmpty())
        return {};
    const int n = grid.resolution;
    // Where each pixel centre falls between the samples, once per column and once per row.
    struct Step {
        int low = 0;
        int high = 0;
        double fraction = 0.0;
    };
    auto steps = [n](int count, bool upwards) {
        std::vector<Step> result(static_cast<std::size_t>(count));
        for (int p = 0; p < count; ++p) {
            const double position = (p + 0.5) / count;
            const double u = std::clamp((upwards ? 1.0 - position : position) * n - 0.5, 0.0, n - 1.0);
            Step &s = result[static_cast<std::size_t>(p)];
            s.low = std::min(static_cast<int>(u), n - 1);
            s.high = std::min(s.low + 1, n - 1);
            s.fraction = u - s.low;
        }
        return result;
    };
    const std::vector<Step> columns = steps(pixels.width(), false);
    const std::vector<Step> rows = steps(pixels.height(), true);

    QImage image(pixels, QImage::Format_RGB32);
    std::vector<double> upper(static_cast<std::size_t>(n));
    for (int y = 0; y < pixels.height(); ++y) {
        const Step &r = rows[static_cast<std::size_t>(y)];
        // The row of the grid at this pixel row first, then along it for every pixel.
        for (int i = 0; i < n; ++i)
            upper[static_cast<std::size_t>(i)] =
                (1.0 - r.fraction) * grid.smoothValue(i, r.low) + r.fraction * grid.smoothValue(i, r.high);
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < pixels.width(); ++x) {
            const Step &c = columns[static_cast<std::size_t>(x)];
            const double smooth = (1.0 - c.fraction) * upper[static_cast<std::size_t>(c.low)] +
                                  c.fraction * upper[static_cast<std::size_t>(c.high)];
            line[x] = tableColour(table, grid.fromSmooth(smooth));
        }
    }
    return image;
}

} // namespace bp::ui::boundary
