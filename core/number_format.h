#pragma once

#include "core/error.h"

#include <optional>
#include <string>
#include <string_view>

namespace bp {

// Every number that leaves or enters a file or the command line goes through these functions:
// they use std::to_chars / std::from_chars, which never follow the locale (the GUI process runs
// under the user's, where printf would write "0,5").

/// The shortest text that reads back to exactly the same double ("0.1", "1e-05", "0.20292183315885048");
/// "nan", "inf" or "-inf" when not finite.
std::string formatNumber(double value);

/// value with `digits` significant digits for people to read ("%.6g" with digits = 6: "0.59327",
/// "-0.0380982", "8.77e-06"); "nan", "inf" or "-inf" when not finite.
std::string formatSignificant(double value, int digits);

/// Parses a whole decimal number (no spaces, no "nan", "inf" or hex), as in a data file; nullopt
/// when the text is not one finite number.
std::optional<double> parseFiniteNumber(std::string_view text);

/// True when text (outside JSON strings) holds a digit, a comma and a digit with no space between:
/// how version 0.1.0 wrote numbers under a locale with a decimal comma ("0,25" for 0.25).
bool hasDecimalCommas(std::string_view text);

/// The sentence a loader appends to its message when a file it cannot read has decimal commas.
std::string decimalCommaHint();

/// Returns read(); when it throws an InputError about text that has decimal commas, the message
/// ends with decimalCommaHint().
template <typename Read>
auto readNumbersOf(std::string_view text, Read &&read) -> decltype(read())
{
    try {
        return read();
    } catch (const InputError &error) {
        if (!hasDecimalCommas(text))
            throw;
        throw InputError(error.what() + decimalCommaHint());
    }
}

} // namespace bp
