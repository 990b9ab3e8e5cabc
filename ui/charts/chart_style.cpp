#include "ui/charts/chart_style.h"

#include "ui/style/application_look.h"
#include "ui/style/palette.h"

#include <QGuiApplication>

#include <algorithm>
#include <cmath>

namespace bp::ui::chart_style {

namespace {
// One presentation for every chart of the window (the GUI thread's only).
double g_textScale = 1.0;
double g_lineScale = 1.0;
} // namespace

void setPresentationScale(double textScale, double lineScale)
{
    g_textScale = std::isfinite(textScale) ? std::clamp(textScale, 0.5, 3.0) : 1.0;
    g_lineScale = std::isfinite(lineScale) ? std::clamp(lineScale, 0.5, 4.0) : 1.0;
}

double textScale()
{
    return g_textScale;
}

double lineScale()
{
    return g_lineScale;
}

QFont font(double points, bool bold)
{
    QFont result = QGuiApplication::font();
    result.setPointSizeF(std::max(points, result.pointSizeF()));
    // Presenting, in whole pixels rounded up (the room's minimum is met, not missed by a rounding).
    if (g_textScale != 1.0)
        result = scaledFont(result, g_textScale);
    result.setBold(bold);
    return result;
}

QColor accuracyColor()
{
    return palette::accuracyColor();
}

// Opaque greys rather than translucent black: the same on our canvas, and some SVG viewers ignore
// stroke opacity.
QPen gridPen()
{
    QPen pen(palette::gridColor(), 1.0);
    pen.setCosmetic(true);
    return pen;
}

QPen minorGridPen()
{
    QPen pen(palette::minorGridColor(), 1.0);
    pen.setCosmetic(true);
    return pen;
}

QPen axisLinePen()
{
    QPen pen(palette::faintInkColor(), 1.0);
    pen.setCosmetic(true);
    return pen;
}

QColor axisTitleColor()
{
    return palette::mutedInkColor();
}

QString superscript(long long value)
{
    static const QString digits = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
    QString result;
    if (value < 0)
        result += QChar(0x207B);
    const QString plain = QString::number(value < 0 ? -value : value);
    for (const QChar c : plain)
        result += digits.at(c.digitValue());
    return result;
}

QString formatValue(double value)
{
    if (!std::isfinite(value))
        return std::isnan(value) ? QStringLiteral("NaN")
                                 : (value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞"));
    if (value == 0.0)
        return QStringLiteral("0");
    const double magnitude = std::abs(value);
    if (magnitude >= 1e-3 && magnitude < 1e4)
        return QString::number(value, 'g', 3);
    auto exponent = static_cast<long long>(std::floor(std::log10(magnitude)));
    double mantissa = value / std::pow(10.0, static_cast<double>(exponent));
    // Rounding to three digits can carry into the next power (9.996 → 10.0).
    if (std::abs(std::round(mantissa * 100.0) / 100.0) >= 10.0) {
        mantissa /= 10.0;
        ++exponent;
    }
    return QString::number(mantissa, 'f', 2) + QStringLiteral(" × 10") + superscript(exponent);
}

double niceStep(double rough, double minimum)
{
    if (!std::isfinite(rough) || rough <= minimum)
        return minimum;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    const double fraction = rough / power;
    const double nice = fraction < 1.5 ? 1.0 : fraction < 3.5 ? 2.0 : fraction < 7.5 ? 5.0 : 10.0;
    return std::max(nice * power, minimum);
}

namespace {

// Powers of ten by exponent: exact for the decades a double can hold, unlike a product of tenths.
double decade(int exponent)
{
    return std::pow(10.0, static_cast<double>(exponent));
}

int exponentOf(double value)
{
    return static_cast<int>(std::floor(std::log10(value) + 1e-9));
}

} // namespace

double niceBelow(double value)
{
    const int exponent = exponentOf(value);
    for (const double mantissa : {5.0, 2.0, 1.0}) {
        if (mantissa * decade(exponent) <= value * (1.0 + 1e-9))
            return mantissa * decade(exponent);
    }
    return decade(exponent - 1) * 5.0;
}

double niceAbove(double value)
{
    const int exponent = exponentOf(value);
    for (const double mantissa : {1.0, 2.0, 5.0}) {
        if (mantissa * decade(exponent) >= value * (1.0 - 1e-9))
            return mantissa * decade(exponent);
    }
    return decade(exponent + 1);
}

LogRange logRangeFor(double low, double high, double maxDecades)
{
    constexpr double smallest = 1e-300;
    constexpr double largest = 1e300;
    if (!(low > 0.0) || !(high > 0.0) || !std::isfinite(low) || !std::isfinite(high))
        return {};
    low = std::clamp(low, smallest, largest);
    high = std::clamp(std::max(high, low), smallest, largest);
    LogRange range;
    if (std::log10(high / low) < 2.0) {
        range.bottom = niceBelow(low / 1.02);
        range.top = niceAbove(high * 1.02);
    } else {
        range.bottom = decade(exponentOf(low));
        range.top = decade(exponentOf(high) + (high > decade(exponentOf(high)) * (1.0 + 1e-9) ? 1 : 0));
    }
    range.bottom = std::max(range.bottom, range.top / std::pow(10.0, maxDecades));
    if (range.top <= range.bottom * (1.0 + 1e-9))
        range.top = niceAbove(range.bottom * 1.5);
    return range;
}

QList<double> logTicks(double min, double max, double length, double spacing)
{
    QList<double> ticks;
    if (!(min > 0.0) || !(max > min) || !std::isfinite(max))
        return ticks;
    const int first = exponentOf(min) - 1;
    const int last = exponentOf(max) + 1;
    auto inRange = [&](double value) { return value >= min * (1.0 - 1e-9) && value <= max * (1.0 + 1e-9); };
    const double decades = std::log10(max / min);
    const double room = std::max(1.0, length / std::max(spacing, 1.0));
    if (decades < 2.2) {
        for (int exponent = first; exponent <= last; ++exponent) {
            for (const double mantissa : {1.0, 2.0, 5.0}) {
                if (inRange(mantissa * decade(exponent)))
                    ticks.append(mantissa * decade(exponent));
            }
        }
        if (ticks.size() <= room + 1.0 && ticks.size() >= 2)
            return ticks;
        ticks.clear();
    }
    // Every decade, or every second, third… when they would crowd.
    const int count = last - first + 1;
    const int step = std::max(1, static_cast<int>(std::ceil((decades + 1.0) / (room + 1.0))));
    for (int exponent = first; exponent <= last && count > 0; ++exponent) {
        if (exponent % step == 0 && inRange(decade(exponent)))
            ticks.append(decade(exponent));
    }
    return ticks;
}

QStringList logTickLabels(const QList<double> &ticks)
{
    const bool plain =
        std::all_of(ticks.begin(), ticks.end(), [](double tick) { return tick >= 0.99e-3 && tick < 1e4; });
    QStringList labels;
    for (const double tick : ticks) {
        if (plain) {
            labels.append(QString::number(tick, 'g', 3));
            continue;
        }
        const int exponent = exponentOf(tick);
        const long long mantissa = std::llround(tick / decade(exponent));
        labels.append((mantissa == 1 ? QString() : QString::number(mantissa) + QStringLiteral("·")) +
                      QStringLiteral("10") + superscript(exponent));
    }
    return labels;
}

} // namespace bp::ui::chart_style
