#pragma once

#include <QColor>
#include <QFont>

namespace bp::ui {

/// The colours of the whole application, the same in the graph, the charts and the equations.
///
/// Signed values (w, δ, ∂E/∂w) share one diverging scale, blue for negative, orange for positive,
/// neutral grey at zero (colour-blind safe: it varies in lightness as well as hue). Activations
/// 0..1 share one sequential scale. Each layer has one hue, used wherever that layer appears.
///
/// Every function reads the current theme (ui/theme.h): light, dark or high contrast, and the
/// signed scale chosen in Preferences. Widgets that keep a colour listen to Theme::changed().
namespace palette {

/// The colour a fraction t (0..1, clamped) of the way from a to b.
QColor mix(const QColor &a, const QColor &b, double t);

/// The colour of a signed value on the diverging scale; |value| ≥ scale is fully saturated.
/// NaN gives magenta, so a non-finite value never looks like a small one.
QColor signedColor(double value, double scale);

/// The colour of an activation on the sequential scale (0 → pale, 1 → deep); clamped to 0..1.
/// NaN gives magenta.
QColor activationColor(double activation);

/// Black or white, whichever reads better on the background.
QColor textOn(const QColor &background);

/// The hue of layer l (1..L) of a network with L layers; layer 0 (the input) is grey.
QColor layerColor(int layer);

/// The colour of marked trouble (divergence, a non-finite value).
QColor alarmColor();

/// Background and ink of the drawing areas.
QColor canvasColor();
QColor inkColor();
QColor faintInkColor();

/// Colour of the current phase's highlight (the layer being computed).
QColor highlightColor();

/// The guided lesson's veil over the parts of the window a step is not about (translucent), and
/// the outline around the part it is about.
QColor guideVeilColor();
QColor guideOutlineColor();
/// Secondary text (captions, axis titles) and panels set off from the canvas, with their border.
QColor mutedInkColor();
QColor surfaceColor();
QColor surfaceBorderColor();
/// Chart grid lines.
QColor gridColor();
QColor minorGridColor();
/// Text that warns without alarming (a saturated neuron, results gone stale).
QColor warningInkColor();
/// The accuracy line and its axis.
QColor accuracyColor();
/// A translucent wash for shadows and hovered rows, suited to the canvas.
QColor shadeColor();
/// An outline around marks and labels so they stand out from what lies under them (the canvas's
/// colour, nearly opaque).
QColor haloColor();
/// Categorical hue i (0..7, wraps) of the patterns and classes.
QColor categoryColor(int index);
/// Widths of strokes that carry data are multiplied by this (thicker in high contrast).
double strokeScale();
/// The size of text on the graph and in the equations is multiplied by this (larger in high contrast).
double textScale();

/// The ends of the scale of a gradient check's relative errors, and the threshold above which
/// backprop and central differences are said to disagree.
inline constexpr double kRelativeErrorLow = 1e-12;
inline constexpr double kRelativeErrorHigh = 1.0;
inline constexpr double kRelativeErrorAlarm = 1e-6;

/// Where a relative error lies on its scale: log₁₀ from kRelativeErrorLow (0) to
/// kRelativeErrorHigh (1), clamped; 0 for zero, negative values and NaN.
double relativeErrorPosition(double error);

/// The colour at a position 0..1 (clamped) of the relative-error scale.
QColor relativeErrorColorAt(double position);

/// The colour of a relative error on its sequential scale, by log₁₀: pale at 10⁻¹² and below, a
/// quiet lilac at the 10⁻⁶ threshold, deepening to the alarm colour at 1. NaN is the alarm colour.
QColor relativeErrorColor(double error);

} // namespace palette
} // namespace bp::ui
