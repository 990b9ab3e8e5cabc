#pragma once

#include "core/formats/json.h"
#include "core/maths/network.h"
#include "core/session/shown_picture.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace bp {

/// The decision boundary on the lecturer's screen: the network's single output at the centres of
/// resolution × resolution equal cells tiling [x1Min, x1Max] × [x2Min, x2Max] of the input plane,
/// as the lecturer's panel computed it (a follower draws these values and computes none).
struct ShownBoundary {
    double x1Min = 0.0;
    double x1Max = 0.0;
    double x2Min = 0.0;
    double x2Max = 0.0;
    int resolution = 0;
    /// values[j · resolution + i] is the output at cell (i, j), j counting up from the bottom:
    /// resolution² of them, non-finite where the network's output is (a diverged run).
    std::vector<double> values;
};

/// True when both grids have the same extent, resolution and values, bit for bit (NaN too).
bool identical(const ShownBoundary &a, const ShownBoundary &b);

/// Samples per axis a state's boundary has at most (the panel computes 100): 16,384 values.
inline constexpr int kMaxShownBoundaryResolution = 128;

/// "null" (id 0), {"id", "whole": false} (unchanged), or {"id", "whole": true, "extent": [x1Min,
/// x1Max, x2Min, x2Max], "resolution", "values": [...]}: every number the shortest text that reads
/// back to the same bits, a non-finite value "NaN", "Infinity" or "-Infinity".
std::string shownBoundaryToJson(const ShownPicture<ShownBoundary> &boundary);

/// Reads "boundary" at `path` of a state whose run has this network: null, or an id (1 to 2⁵³) of a
/// network of two inputs and one output with, when whole, a grid of 2 to kMaxShownBoundaryResolution
/// samples per axis over a finite extent (low below high), its resolution² values counted before any
/// is read. Throws InputError naming the place.
ShownPicture<ShownBoundary> readShownBoundary(std::string_view source, const JsonValue &value,
                                              const std::string &path, const Network &network);

} // namespace bp
