#include "core/formats/number_format.h"

#include "core/formats/json_scan.h"

#include <algorithm>
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

namespace {

// Whether a decimal number that does not fit a double is too small rather than too large: its
// first significant digit stands below the decimal point, counting the exponent.
bool isUnderflow(std::string_view number)
{
    if (!number.empty() && number.front() == '-')
        number.remove_prefix(1);
    const std::size_t e = number.find_first_of("eE");
    const std::string_view mantissa = number.substr(0, e);
    long long exponent = 0;
    if (e != std::string_view::npos) {
        std::string_view digits = number.substr(e + 1);
        const bool negative = !digits.empty() && digits.front() == '-';
        if (!digits.empty() && (digits.front() == '-' || digits.front() == '+'))
            digits.remove_prefix(1);
        for (const char c : digits)
            exponent = std::min(exponent * 10 + (c - '0'), 1'000'000'000LL);
        if (negative)
            exponent = -exponent;
    }
    const std::size_t point = mantissa.find('.');
    const std::size_t first = mantissa.find_first_of("123456789");
    if (first == std::string_view::npos)
        return true;
    // Position of the first significant digit relative to the units place.
    const long long integerDigits =
        static_cast<long long>(point == std::string_view::npos ? mantissa.size() : point);
    const auto firstDigit = static_cast<long long>(first);
    const long long position =
        firstDigit < integerDigits ? integerDigits - firstDigit - 1 : integerDigits - firstDigit;
    return position + exponent < 0;
}

} // namespace

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
    if (error == std::errc::result_out_of_range && stop == end &&
        isUnderflow(std::string_view(begin, end - begin)))
        return text.front() == '-' ? -0.0 : 0.0; // 1e-400 is 0 here as in the JSON reader
    if (error != std::errc{} || stop != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

bool hasDecimalCommas(std::string_view text)
{
    auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    return findOutsideStrings(text, [&](std::size_t i) {
        return text[i] == ',' && i > 0 && i + 1 < text.size() && isDigit(text[i - 1]) && isDigit(text[i + 1]);
    });
}

std::string decimalCommaHint()
{
    return " (numbers with a decimal comma, such as 0,5: was this file written by version 0.1.0 under a "
           "non-English locale? Numbers in files need a decimal point: 0.5)";
}

} // namespace bp
