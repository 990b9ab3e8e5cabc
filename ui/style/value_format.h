#pragma once

#include <QString>

namespace bp::ui {

/// The real minus sign (U+2212): printed numbers never use the hyphen.
inline constexpr char16_t kMinusSign = u'\u2212';

/// value with a fixed number of decimals ("0.59", "−1.20"); "+" before positive values on request.
/// A value that rounds to zero has no sign. Non-finite values print as "NaN", "+∞", "−∞".
QString formatFixed(double value, int decimals, bool plusSign = false);

/// value with `digits` significant digits ("0.138", "−0.0381", "+8.77e−6"): plain decimals from
/// 0.001 to 99 999, the short scientific form outside.
QString formatSignificant(double value, int digits, bool plusSign = false);

/// The one format of a value printed on a neuron, in the graph and the equations alike: a sign and
/// three significant digits ("+0.593", "−0.0381", "+1.00"); zero prints as "0.00".
QString formatNeuronValue(double value);

/// Unicode superscript and subscript digits of a number ("²", "₁₂").
QString superscriptNumber(int number);
QString subscriptNumber(int number);

/// The lecture's indexed symbols: symbol with the layer as superscript and one or two 1-based
/// indices as subscripts ("a¹₁", "w²₁₂"); a comma separates the indices when one has two digits.
/// second < 0 means a single index.
QString indexedSymbol(const QString &symbol, int layer, int first, int second = -1);

} // namespace bp::ui
