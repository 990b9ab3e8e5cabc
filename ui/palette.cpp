#include "ui/palette.h"

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

// Ends and middle of the diverging scale (the blue–orange pair of ColorBrewer's PuOr family,
// readable with the common colour-vision deficiencies).
const QColor kNegative(33, 102, 172);
const QColor kNeutral(224, 224, 224);
const QColor kPositive(230, 97, 1);

} // namespace

QColor signedColor(double value, double scale)
{
    if (std::isnan(value))
        return alarmColor();
    if (!(scale > 0.0))
        scale = 1.0;
    // A square root keeps small values visible without hiding the large ones.
    const double t = std::sqrt(std::min(std::abs(value) / scale, 1.0));
    return mix(kNeutral, value < 0.0 ? kNegative : kPositive, t);
}

QColor activationColor(double activation)
{
    if (std::isnan(activation))
        return alarmColor();
    // Pale yellow-green to deep teal: sequential, and apart from both ends of the diverging scale.
    static const std::array<QColor, 3> stops = {QColor(247, 252, 240), QColor(123, 204, 196),
                                                QColor(8, 88, 158)};
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
        return QColor(110, 110, 110);
    // After Okabe–Ito's colour-blind-safe set, without the orange and blue the signed scale uses.
    static const std::array<QColor, 6> hues = {QColor(0, 158, 115),  QColor(204, 121, 167),
                                               QColor(86, 180, 233), QColor(117, 112, 179),
                                               QColor(190, 160, 0),  QColor(140, 86, 75)};
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
    static const std::array<Stop, 4> stops = {{{0.0, QColor(244, 244, 238)},
                                               {0.5, QColor(214, 204, 226)},
                                               {0.75, QColor(214, 120, 192)},
                                               {1.0, alarmColor()}}};
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
    return QColor(200, 0, 160);
}
QColor canvasColor()
{
    return QColor(252, 252, 250);
}
QColor inkColor()
{
    return QColor(33, 37, 41);
}
QColor faintInkColor()
{
    return QColor(150, 150, 150);
}
QColor highlightColor()
{
    return QColor(255, 196, 0);
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
