#include "ui/boundary/boundary_style.h"

#include "ui/palette.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace bp::ui::boundary {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// How far the background's ends move from the class colour towards white: the points keep their
// full colour and must stand out on both sides of the boundary.
constexpr double kLightening = 0.62;

QColor lightEnd(int classIndex)
{
    return mix(classColor(classIndex), QColor(255, 255, 255), kLightening);
}

// 257 entries over 0..1, so that colouring 10 000 samples costs no colour arithmetic.
const std::array<QRgb, 257> &outputTable()
{
    static const std::array<QRgb, 257> table = [] {
        std::array<QRgb, 257> colours{};
        for (std::size_t k = 0; k < colours.size(); ++k)
            colours[k] = outputColor(static_cast<double>(k) / 256.0).rgb();
        return colours;
    }();
    return table;
}

} // namespace

QColor classColor(int classIndex)
{
    return palette::signedColor(classIndex == 1 ? 1.0 : -1.0, 1.0);
}

QColor outputColor(double output)
{
    if (std::isnan(output))
        return mix(palette::alarmColor(), QColor(255, 255, 255), 0.55);
    const double signedOutput = 2.0 * std::clamp(output, 0.0, 1.0) - 1.0;
    // The neutral middle sits just below the canvas's lightness, so the band of doubt reads as a
    // pale seam between the two classes.
    static const QColor neutral(240, 240, 238);
    // Gamma below 1 lifts the colour quickly away from 0.5: a confident region looks settled,
    // and only the narrow band of doubt stays grey.
    const double strength = std::pow(std::abs(signedOutput), 0.75);
    return mix(neutral, lightEnd(signedOutput < 0.0 ? 0 : 1), strength);
}

QImage heatmapImage(const BoundaryGrid &grid)
{
    if (grid.isEmpty())
        return {};
    const int n = grid.resolution;
    QImage image(n, n, QImage::Format_RGB32);
    const auto &table = outputTable();
    const QRgb nanColour = outputColor(std::nan("")).rgb();
    for (int row = 0; row < n; ++row) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(row));
        const int j = n - 1 - row;
        for (int i = 0; i < n; ++i) {
            const double v = grid.value(i, j);
            if (std::isnan(v)) {
                line[i] = nanColour;
                continue;
            }
            const auto k = static_cast<std::size_t>(std::lround(std::clamp(v, 0.0, 1.0) * 256.0));
            line[i] = table[k];
        }
    }
    return image;
}

} // namespace bp::ui::boundary
