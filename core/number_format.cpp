#include "core/number_format.h"

#include <charconv>
#include <cmath>

namespace bp {

std::string formatNumber(double value)
{
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string formatSignificant(double value, int digits)
{
    char buffer[48];
    const int precision = digits < 1 ? 1 : (digits > 17 ? 17 : digits);
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, precision);
    return std::string(buffer, result.ptr);
}

std::optional<double> parseFiniteNumber(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    // from_chars would accept "nan", "inf" and "infinity": a data file must hold digits.
    const char first =
        text.front() == '-' || text.front() == '+' ? (text.size() > 1 ? text[1] : '\0') : text.front();
    if (!(first >= '0' && first <= '9') && first != '.')
        return std::nullopt;
    const std::size_t offset = text.front() == '+' ? 1 : 0;
    double value = 0.0;
    const char *begin = text.data() + offset;
    const char *end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(begin, end, value, std::chars_format::general);
    if (error != std::errc{} || stop != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

bool hasDecimalCommas(std::string_view text)
{
    auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == ',' && i > 0 && i + 1 < text.size() && isDigit(text[i - 1]) && isDigit(text[i + 1])) {
            return true;
        }
    }
    return false;
}

std::string decimalCommaHint()
{
    return " (numbers with a decimal comma, such as 0,5: was this file written by version 0.1.0 under a "
           "non-English locale? Numbers in files need a decimal point: 0.5)";
}

} // namespace bp
