#include "core/session/shown_boundary.h"

#include "core/formats/json_read.h"

#include <cmath>
#include <cstring>

namespace bp {

bool identical(const ShownBoundary &a, const ShownBoundary &b)
{
    const double bounds[] = {a.x1Min, a.x1Max, a.x2Min, a.x2Max};
    const double otherBounds[] = {b.x1Min, b.x1Max, b.x2Min, b.x2Max};
    return a.resolution == b.resolution && a.values.size() == b.values.size() &&
           std::memcmp(bounds, otherBounds, sizeof bounds) == 0 &&
           (a.values.empty() ||
            std::memcmp(a.values.data(), b.values.data(), a.values.size() * sizeof(double)) == 0);
}

std::string shownBoundaryToJson(const ShownPicture<ShownBoundary> &boundary)
{
    if (boundary.id == 0)
        return "null";
    if (!boundary.whole)
        return shownPictureOpening(boundary.id, false);
    const ShownBoundary &b = *boundary.whole;
    std::string text = shownPictureOpening(boundary.id, true) + ", \"extent\": [" + shownNumber(b.x1Min) +
                       ", " + shownNumber(b.x1Max) + ", " + shownNumber(b.x2Min) + ", " +
                       shownNumber(b.x2Max) + "], \"resolution\": " + std::to_string(b.resolution) +
                       ", \"values\": [";
    for (std::size_t i = 0; i < b.values.size(); ++i)
        text += (i ? ", " : "") + shownNumber(b.values[i]);
    return text + "]}";
}

ShownPicture<ShownBoundary> readShownBoundary(std::string_view source, const JsonValue &value,
                                              const std::string &path, const Network &network)
{
    ShownPicture<ShownBoundary> shown;
    const bool whole = readShownPictureId(source, value, path, shown.id);
    if (shown.id != 0 && (network.inputSize() != 2 || network.outputSize() != 1))
        json::failAt(source, value, path, "a decision boundary needs a network of two inputs and one output");
    if (!whole)
        return shown;
    auto member = [&](const char *key) -> const JsonValue & {
        return json::member(source, value, key, path);
    };
    auto boundary = std::make_shared<ShownBoundary>();
    const std::string extentPath = path + ".extent";
    const JsonValue &extent = json::array(source, member("extent"), extentPath, 4, "numbers");
    double *bounds[] = {&boundary->x1Min, &boundary->x1Max, &boundary->x2Min, &boundary->x2Max};
    for (std::size_t i = 0; i < 4; ++i)
        *bounds[i] = json::number(source, extent.items[i], json::at(extentPath, i));
    if (!(boundary->x1Min < boundary->x1Max) || !(boundary->x2Min < boundary->x2Max) ||
        !std::isfinite(boundary->x1Max - boundary->x1Min) ||
        !std::isfinite(boundary->x2Max - boundary->x2Min))
        json::failAt(source, extent, extentPath,
                     "expected finite ranges [x1 low, x1 high, x2 low, x2 high], low below high");
    boundary->resolution = static_cast<int>(
        json::integer(source, member("resolution"), path + ".resolution", 2, kMaxShownBoundaryResolution));
    const auto count = static_cast<std::int64_t>(boundary->resolution) * boundary->resolution;
    const std::string valuesPath = path + ".values";
    const JsonValue &values =
        json::array(source, member("values"), valuesPath, count, "values (resolution²)");
    boundary->values.reserve(static_cast<std::size_t>(count));
    for (std::size_t i = 0; i < values.items.size(); ++i)
        boundary->values.push_back(json::measurement(source, values.items[i], json::at(valuesPath, i)));
    shown.whole = std::move(boundary);
    return shown;
}

} // namespace bp
