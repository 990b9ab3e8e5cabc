#include "core/session/shown_picture.h"

#include "core/formats/json_read.h"
#include "core/formats/number_format.h"

#include <cmath>
#include <cstring>

namespace bp {

namespace {

// Ids are exact as JSON numbers up to 2⁵³.
constexpr std::int64_t kMaxId = 1LL << 53;

} // namespace

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof(double)) == 0;
}

bool sameBits(const std::vector<double> &a, const std::vector<double> &b)
{
    return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
}

std::string shownNumber(double value)
{
    return std::isfinite(value) ? formatNumber(value) : jsonMeasurement(value);
}

std::string shownPictureOpening(std::uint64_t id, bool whole)
{
    return "{\"id\": " + std::to_string(id) + (whole ? ", \"whole\": true" : ", \"whole\": false}");
}

bool readShownPictureId(std::string_view source, const JsonValue &value, const std::string &path,
                        std::uint64_t &id)
{
    if (value.type == JsonValue::Type::Null) {
        id = 0;
        return false;
    }
    if (!value.isObject())
        json::failAt(source, value, path, "expected an object or null");
    id = static_cast<std::uint64_t>(
        json::integer(source, json::member(source, value, "id", path), path + ".id", 1, kMaxId));
    return json::boolean(source, json::member(source, value, "whole", path), path + ".whole");
}

} // namespace bp
