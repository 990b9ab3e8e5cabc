#include "ui/style/palette.h"

#include "ui/style/theme.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace bp::ui::palette {

QColor mix(const QColor &a, const QColor &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

namespace {

const ThemeColors &colors()
{
    return Theme::instance().colors();
}

} // namespace

QColor signedColor(double value, double scale)
{
    if (std::isnan(value))
        return alarmColor();
    if (!(scale > 0.0))
        scale = 1.0;
    // A square root keeps small values visible without hiding the large ones.
    const double t = std::sqrt(std::min(std::abs(value) / scale, 1.0));
    const ThemeColors &c = colors();
    return mix(c.signedNeutral, value < 0.0 ? c.signedNegative : c.signedPositive, t);
}

QColor activationColor(double activation)
{
    if (std::isnan(activation))
        return alarmColor();
    // Pale yellow-green to deep teal (reversed on a dark canvas): sequential, and apart from both
    // ends of the diverging scale.
    const std::array<QColor, 3> &stops = colors().activation;
    const double t = std::clamp(activation, 0.0, 1.0);
    return t < 0.5 ? mix(stops[0], stops[1], t * 2.0) : mix(stops[1], stops[2], (t - 0.5) * 2.0);
}

QColor textOn(const QColor &background)
{
    const double luminance =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.55 ? QColor(20, 20, 20) : QColor(250, 250, 250);
}

QColor layerColor(int layer)
{
    if (layer <= 0)
        return colors().inputLayer;
    const std::array<QColor, 6> &hues = colors().layers;
    return hues[static_cast<std::size_t>(layer - 1) % hues.size()];
}

double relativeErrorPosition(double error)
{
    if (!(error > 0.0))
        return 0.0;
    const double low = std::log10(kRelativeErrorLow);
    const double high = std::log10(kRelativeErrorHigh);
    return std::clamp((std::log10(error) - low) / (high - low), 0.0, 1.0);
}

QColor relativeErrorColorAt(double position)
{
    // Lightness falls steadily from end to end, so the order reads in grey too; the hue only
    // turns towards the alarm colour past the threshold (the middle of the scale).
    struct Stop {
        double position;
        QColor color;
    };
    const std::array<QColor, 4> &c = colors().relativeError;
    const std::array<Stop, 4> stops = {{{0.0, c[0]}, {0.5, c[1]}, {0.75, c[2]}, {1.0, c[3]}}};
    const double t = std::clamp(position, 0.0, 1.0);
    for (std::size_t i = 1; i < stops.size(); ++i) {
        if (t <= stops[i].position) {
            const double span = stops[i].position - stops[i - 1].position;
            return mix(stops[i - 1].color, stops[i].color, (t - stops[i - 1].position) / span);
        }
    }
    return stops.back().color;
}

QColor relativeErrorColor(double error)
{
    if (std::isnan(error))
        return alarmColor();
    return relativeErrorColorAt(relativeErrorPosition(error));
}

QColor alarmColor()
{
    return colors().alarm;
}
QColor canvasColor()
{
    return colors().canvas;
}
QColor inkColor()
{
    return colors().ink;
}
QColor faintInkColor()
{
    return colors().faintInk;
}
QColor highlightColor()
{
    return colors().highlight;
}
QColor mutedInkColor()
{
    return colors().mutedInk;
}
QColor surfaceColor()
{
    return colors().surface;
}
QColor surfaceBorderColor()
{
    return colors().surfaceBorder;
}
QColor gridColor()
{
    return colors().grid;
}
QColor minorGridColor()
{
    return colors().minorGrid;
}
QColor warningInkColor()
{
    return colors().warningInk;
}
QColor accuracyColor()
{
    return colors().accuracy;
}
QColor shadeColor()
{
    return colors().shade;
}
QColor haloColor()
{
    return colors().halo;
}
QColor categoryColor(int index)
{
    const std::array<QColor, 8> &hues = colors().categories;
    const auto count = static_cast<int>(hues.size());
    return hues[static_cast<std::size_t>(((index % count) + count) % count)];
}
double strokeScale()
{
    return colors().strokeScale;
}

double textScale()
{
    return colors().textScale;
}

QColor guideVeilColor()
{
    return QColor(20, 24, 32, 150);
}

QColor guideOutlineColor()
{
    return QColor(255, 196, 0);
}

} // namespace bp::ui::palette
