#pragma once

#include "core/analysis/loss_landscape.h"
#include "core/formats/json.h"
#include "core/maths/network.h"
#include "core/session/shown_picture.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bp {

/// The path the run in focus has taken through the plane of the two weights on the lecturer's
/// loss landscape: its recent positions (first weight, second weight), oldest first.
struct ShownLandscapePath {
    std::vector<std::pair<double, double>> points;
};

/// Positions a path holds at most (the panel keeps 400).
inline constexpr std::size_t kMaxShownLandscapePath = 400;

/// True when both slices hold the same request and numbers, bit for bit (NaN too).
bool identical(const LossLandscape &a, const LossLandscape &b);
/// True when both paths hold the same positions, bit for bit.
bool identical(const ShownLandscapePath &a, const ShownLandscapePath &b);

/// "null", {"id", "whole": false} or {"id", "whole": true, "first": [layer, row, column], "second",
/// "ranges": [first low, first high, second low, second high], "grid", "loss": [grid² values, row i
/// along the first axis], "current": [first, second, E], "gradient": [∂E/∂first, ∂E/∂second],
/// "learning_rate", "step": [first, second], "lowest": [first, second, E], "refined", "angle"}:
/// every number the shortest text that reads back to the same bits, a non-finite one "NaN",
/// "Infinity" or "-Infinity".
std::string shownLandscapeToJson(const ShownPicture<LossLandscape> &landscape);
/// "null", {"id", "whole": false} or {"id", "whole": true, "points": [[first, second], ...]}.
std::string shownLandscapePathToJson(const ShownPicture<ShownLandscapePath> &path);

/// Reads "landscape" at `path` of a state whose run has this network: null or an id (1 to 2⁵³), and
/// when whole a slice whose request this network can compute (landscapeRequestProblem), its grid²
/// values counted before any is read. Throws InputError naming the place.
ShownPicture<LossLandscape> readShownLandscape(std::string_view source, const JsonValue &value,
                                               const std::string &path, const Network &network);
/// Reads "landscape_path": null or an id, and when whole at most kMaxShownLandscapePath finite
/// positions. Throws InputError naming the place.
ShownPicture<ShownLandscapePath> readShownLandscapePath(std::string_view source, const JsonValue &value,
                                                        const std::string &path);

} // namespace bp
