#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPen>
#include <QString>
#include <QStringList>

namespace bp::ui::chart_style {

/// The one text size of every chart: large enough to read on a projector from the back row.
inline constexpr double kTextPoints = 11.0;
inline constexpr double kTitlePoints = 12.0;

/// The application font at `points` (never smaller than the application's own size), times the
/// text scale.
QFont font(double points = kTextPoints, bool bold = false);

/// Presenter mode: every chart's text at textScale and its lines at lineScale (1, 1 at the desk).
/// Charts pick the change up in EpochChart::refreshStyle().
void setPresentationScale(double textScale, double lineScale);
double textScale();
double lineScale();

/// Accuracy has its own hue: not ink (the loss), not a layer hue, not an end of the signed scale.
QColor accuracyColor();

/// Thin, light lines that guide the eye without competing with the data.
QPen gridPen();
QPen minorGridPen();
QPen axisLinePen();
QColor axisTitleColor();

/// "0.0123", "1.5", "2.31 × 10⁻⁴": three significant digits, powers of ten beyond 10⁻³..10⁴.
QString formatValue(double value);
/// An integer in Unicode superscript digits, e.g. −4 → "⁻⁴".
QString superscript(long long value);
/// A step of 1, 2 or 5 × 10ᵏ close to `rough` (and at least `minimum`).
double niceStep(double rough, double minimum);

/// The largest 1, 2 or 5 × 10ᵏ ≤ value, and the smallest ≥ value (value > 0).
double niceBelow(double value);
double niceAbove(double value);

/// The range of a logarithmic axis for positive data in [low, high]: whole decades when the data
/// spans two or more, otherwise 1-2-5 steps so a narrow band still fills the chart. At most
/// `maxDecades` tall: `bottom` is then raised (and lower values are drawn on it).
struct LogRange {
    double bottom = 1e-3;
    double top = 1.0;
};
LogRange logRangeFor(double low, double high, double maxDecades = 12.0);

/// Where a logarithmic axis from min to max puts its labels: at powers of ten, or at 1, 2 and 5 ×
/// 10ᵏ when it spans less than about two decades; thinned so labels `spacing` pixels apart or more
/// fit in `length` pixels.
QList<double> logTicks(double min, double max, double length, double spacing);
/// The labels of those ticks: plain decimals when all are between 10⁻³ and 10⁴, otherwise powers
/// of ten ("10⁻⁵", "2·10⁻⁵"), which is how the lecture reads them.
QStringList logTickLabels(const QList<double> &ticks);

} // namespace bp::ui::chart_style
