#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace bp {

/// A double with 17 significant digits, enough to read back the same bits ("%.17g").
std::string formatNumber(double value);

/// value with `digits` significant digits for people to read ("%.6g" with digits = 6: "0.59327",
/// "-0.0380982", "8.77e-06"); "nan", "inf" or "-inf" when not finite.
std::string formatSignificant(double value, int digits);

/// Parses a whole decimal number (no spaces, no "nan", "inf" or hex), as in a data file; nullopt
/// when the text is not one finite number.
std::optional<double> parseFiniteNumber(std::string_view text);

} // namespace bp
