#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace bp {

/// A double with 17 significant digits, enough to read back the same bits ("%.17g").
std::string formatNumber(double value);

/// Parses a whole decimal number (no spaces, no "nan", "inf" or hex), as in a data file; nullopt
/// when the text is not one finite number.
std::optional<double> parseFiniteNumber(std::string_view text);

} // namespace bp
