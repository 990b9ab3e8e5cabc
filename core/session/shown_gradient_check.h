#pragma once

#include "core/formats/json.h"
#include "core/maths/network.h"
#include "core/maths/parameter_check.h"
#include "core/session/shown_picture.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace bp {

/// The gradient check on the lecturer's screen, as a class session carries it (version 7): what
/// the lecturer's panel shows and the graph colours its edges by, so that a follower shows the
/// lecturer's backprop derivatives, central differences and relative errors, never its own
/// (DESIGN.md: processors differ).
struct ShownGradientCheck {
    /// The network exactly as it was checked.
    std::shared_ptr<const Network> network;
    /// x and t of the sample checked (one column each), and its index in the run's dataset (−1: a
    /// sample given by hand, not from the dataset).
    Matrix input;
    Matrix target;
    int sample = 0;
    /// The lecturer's clock when the check was asked for, in milliseconds since midnight.
    int requestedAtMs = 0;
    double step = 1e-5;
    CheckPlan plan;
    /// The checked parameters in the network's order, and the worst of them (layer 0: none).
    std::vector<CheckedParameter> parameters;
    double worstRelativeError = 0.0;
    ParameterIndex worst{0, 0, -1};
    std::int64_t forwardPasses = 0;
    double backpropSeconds = 0.0;
    double differenceSeconds = 0.0;
    KinkProximity nearestKink;
    double loss = 0.0;
    /// True when the lecturer's network or sample has changed since the check (the lecturer's panel
    /// says so, and the graph no longer colours its edges by it).
    bool stale = false;
};

/// The most checked parameters a state carries (the default plan checks at most 20,000 only for
/// networks of that size; its sample of a 784-128-10 network is 3,290). About 70 bytes each.
inline constexpr std::int64_t kMaxShownCheckParameters = 10'000;
/// The largest checked network that travels whole (when it is no longer the run's network).
inline constexpr std::int64_t kMaxShownCheckNetworkParameters = 50'000;

/// True when a check of this many parameters of this network can travel.
bool canTravel(const ShownGradientCheck &check);
/// True when both hold the same network, sample, plan and numbers, bit for bit (NaN too).
bool identical(const ShownGradientCheck &a, const ShownGradientCheck &b);

/// "null", {"id", "whole": false} or {"id", "whole": true, "network": null (the run's network) or a
/// model, "input", "target", "sample", "requested_at_ms", "h", "plan": {"full_check_limit",
/// "sample_per_layer", "seed", "check_all"}, "parameters": [[layer, row, column, backprop, central
/// difference, relative error], …], "worst": [layer, row, column, relative error], "forward_passes",
/// "seconds": [backprop, differences], "kink": [layer, neuron, z], "loss", "stale"}: every number the
/// shortest text that reads back to the same bits, a non-finite one "NaN", "Infinity" or "-Infinity".
std::string shownGradientCheckToJson(const ShownPicture<ShownGradientCheck> &check,
                                     const Network &runNetwork);

/// Reads "gradient_check" at `path` of a state whose run has this network and `samples` samples:
/// null or an id, and when whole a check whose parameters, sample and worst place the checked
/// network has, at most kMaxShownCheckParameters of them, counted before any is read. Throws
/// InputError naming the place.
ShownPicture<ShownGradientCheck> readShownGradientCheck(std::string_view source, const JsonValue &value,
                                                        const std::string &path, const Network &runNetwork,
                                                        std::int64_t samples);

} // namespace bp
