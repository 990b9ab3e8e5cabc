#include "core/number_format.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace bp {

std::string formatNumber(double value)
{
    char buffer[32];
    const int length = std::snprintf(buffer, sizeof buffer, "%.17g", value);
    return std::string(buffer, static_cast<std::size_t>(length));
}

std::string formatSignificant(double value, int digits)
{
    char buffer[48];
    const int precision = digits < 1 ? 1 : (digits > 17 ? 17 : digits);
    const int length = std::snprintf(buffer, sizeof buffer, "%.*g", precision, value);
    return std::string(buffer, static_cast<std::size_t>(length));
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

} // namespace bp
