#include "core/session/shown_landscape.h"

#include "core/formats/json_read.h"

#include <cmath>
#include <cstring>

namespace bp {

namespace {

// The scalars of a slice, in the order they travel.
std::vector<double> scalarsOf(const LossLandscape &s)
{
    const LandscapeRequest &r = s.request;
    return {r.firstLow,    r.firstHigh,     r.secondLow,      r.secondHigh,   s.currentFirst, s.currentSecond,
            s.currentLoss, s.gradientFirst, s.gradientSecond, s.learningRate, s.stepFirst,    s.stepSecond,
            s.lowestFirst, s.lowestSecond,  s.lowestLoss,     s.angleDegrees};
}

std::string numbers(std::initializer_list<double> values)
{
    std::string text = "[";
    for (const double value : values)
        text += (text.size() > 1 ? ", " : "") + shownNumber(value);
    return text + "]";
}

std::string parameterJson(const ParameterIndex &p)
{
    // Appended piece by piece: "[" + std::string trips g++ 12's -Wrestrict false positive at -O3
    // (GCC bugs 105329, 105651; see CMakeLists.txt).
    std::string text = "[";
    text.append(std::to_string(p.layer)).append(", ").append(std::to_string(p.row)).append(", ");
    return text.append(std::to_string(p.column)).append("]");
}

} // namespace

bool identical(const LossLandscape &a, const LossLandscape &b)
{
    if (!(a.request.first == b.request.first) || !(a.request.second == b.request.second) ||
        a.request.gridSize != b.request.gridSize || a.refined != b.refined || a.cancelled != b.cancelled ||
        a.loss.rows() != b.loss.rows() || a.loss.cols() != b.loss.cols())
        return false;
    if (!sameBits(scalarsOf(a), scalarsOf(b)))
        return false;
    return a.loss.size() == 0 || std::memcmp(a.loss.data(), b.loss.data(),
                                             static_cast<std::size_t>(a.loss.size()) * sizeof(double)) == 0;
}

bool identical(const ShownLandscapePath &a, const ShownLandscapePath &b)
{
    if (a.points.size() != b.points.size())
        return false;
    for (std::size_t i = 0; i < a.points.size(); ++i)
        if (!sameBits(a.points[i].first, b.points[i].first) ||
            !sameBits(a.points[i].second, b.points[i].second))
            return false;
    return true;
}

std::string shownLandscapeToJson(const ShownPicture<LossLandscape> &landscape)
{
    if (landscape.id == 0)
        return "null";
    if (!landscape.whole)
        return shownPictureOpening(landscape.id, false);
    const LossLandscape &s = *landscape.whole;
    const LandscapeRequest &r = s.request;
    std::string text = shownPictureOpening(landscape.id, true) + ", \"first\": " + parameterJson(r.first) +
                       ", \"second\": " + parameterJson(r.second) +
                       ", \"ranges\": " + numbers({r.firstLow, r.firstHigh, r.secondLow, r.secondHigh}) +
                       ", \"grid\": " + std::to_string(r.gridSize) + ", \"loss\": [";
    // Row i along the first axis, as the matrix holds it.
    for (Eigen::Index i = 0; i < s.loss.rows(); ++i)
        for (Eigen::Index j = 0; j < s.loss.cols(); ++j)
            text += (i || j ? ", " : "") + shownNumber(s.loss(i, j));
    text += "], \"current\": " + numbers({s.currentFirst, s.currentSecond, s.currentLoss}) +
            ", \"gradient\": " + numbers({s.gradientFirst, s.gradientSecond}) +
            ", \"learning_rate\": " + shownNumber(s.learningRate) +
            ", \"step\": " + numbers({s.stepFirst, s.stepSecond}) +
            ", \"lowest\": " + numbers({s.lowestFirst, s.lowestSecond, s.lowestLoss}) +
            ", \"refined\": " + (s.refined ? "true" : "false") +
            ", \"angle\": " + shownNumber(s.angleDegrees) + "}";
    return text;
}

std::string shownLandscapePathToJson(const ShownPicture<ShownLandscapePath> &path)
{
    if (path.id == 0)
        return "null";
    if (!path.whole)
        return shownPictureOpening(path.id, false);
    std::string text = shownPictureOpening(path.id, true) + ", \"points\": [";
    for (std::size_t i = 0; i < path.whole->points.size(); ++i)
        text += (i ? ", " : "") + numbers({path.whole->points[i].first, path.whole->points[i].second});
    return text + "]}";
}

ShownPicture<LossLandscape> readShownLandscape(std::string_view source, const JsonValue &value,
                                               const std::string &path, const Network &network)
{
    ShownPicture<LossLandscape> shown;
    if (!readShownPictureId(source, value, path, shown.id))
        return shown;
    auto member = [&](const char *key) -> const JsonValue & {
        return json::member(source, value, key, path);
    };
    auto slice = std::make_shared<LossLandscape>();
    LandscapeRequest &r = slice->request;
    auto parameter = [&](const char *key) {
        const std::string at = path + "." + key;
        const JsonValue &items =
            json::array(source, member(key), at, 3, "whole numbers [layer, row, column]");
        return ParameterIndex{
            static_cast<int>(json::integer(source, items.items[0], json::at(at, 0), 1, 64)),
            static_cast<int>(json::integer(source, items.items[1], json::at(at, 1), 0, 1 << 20)),
            static_cast<int>(json::integer(source, items.items[2], json::at(at, 2), -1, 1 << 20))};
    };
    // Numbers at `key`: exactly as many as `targets`, finite unless `measured` (NaN where E is).
    auto read = [&](const char *key, std::initializer_list<double *> targets, bool measured) {
        const std::string at = path + "." + key;
        const JsonValue &items =
            json::array(source, member(key), at, static_cast<std::int64_t>(targets.size()), "numbers");
        std::size_t i = 0;
        for (double *target : targets) {
            *target = measured ? json::measurement(source, items.items[i], json::at(at, i))
                               : json::number(source, items.items[i], json::at(at, i));
            ++i;
        }
    };
    r.first = parameter("first");
    r.second = parameter("second");
    read("ranges", {&r.firstLow, &r.firstHigh, &r.secondLow, &r.secondHigh}, false);
    r.gridSize = static_cast<int>(
        json::integer(source, member("grid"), path + ".grid", kMinLandscapeGrid, kMaxLandscapeGrid));
    if (const std::string problem = landscapeRequestProblem(network, r); !problem.empty())
        json::failAt(source, value, path, problem);
    const std::int64_t count = static_cast<std::int64_t>(r.gridSize) * r.gridSize;
    const std::string lossPath = path + ".loss";
    const JsonValue &loss = json::array(source, member("loss"), lossPath, count, "values (grid²)");
    slice->loss.resize(r.gridSize, r.gridSize);
    for (std::size_t v = 0; v < loss.items.size(); ++v)
        slice->loss(static_cast<Eigen::Index>(v) / r.gridSize, static_cast<Eigen::Index>(v) % r.gridSize) =
            json::measurement(source, loss.items[v], json::at(lossPath, v));
    read("current", {&slice->currentFirst, &slice->currentSecond, &slice->currentLoss}, true);
    read("gradient", {&slice->gradientFirst, &slice->gradientSecond}, true);
    slice->learningRate = json::measurement(source, member("learning_rate"), path + ".learning_rate");
    read("step", {&slice->stepFirst, &slice->stepSecond}, true);
    read("lowest", {&slice->lowestFirst, &slice->lowestSecond, &slice->lowestLoss}, true);
    slice->refined = json::boolean(source, member("refined"), path + ".refined");
    slice->angleDegrees = json::measurement(source, member("angle"), path + ".angle");
    shown.whole = std::move(slice);
    return shown;
}

ShownPicture<ShownLandscapePath> readShownLandscapePath(std::string_view source, const JsonValue &value,
                                                        const std::string &path)
{
    ShownPicture<ShownLandscapePath> shown;
    if (!readShownPictureId(source, value, path, shown.id))
        return shown;
    const std::string pointsPath = path + ".points";
    const JsonValue &points =
        json::array(source, json::member(source, value, "points", path), pointsPath, -1, "positions");
    if (points.items.size() > kMaxShownLandscapePath)
        json::failAt(source, points, pointsPath,
                     "more than " + std::to_string(kMaxShownLandscapePath) + " positions");
    auto landscapePath = std::make_shared<ShownLandscapePath>();
    for (std::size_t i = 0; i < points.items.size(); ++i) {
        const std::string at = json::at(pointsPath, i);
        const JsonValue &point = json::array(source, points.items[i], at, 2, "numbers [first, second]");
        landscapePath->points.emplace_back(json::number(source, point.items[0], json::at(at, 0)),
                                           json::number(source, point.items[1], json::at(at, 1)));
    }
    shown.whole = std::move(landscapePath);
    return shown;
}

} // namespace bp
