#pragma once

#include "core/formats/json.h"
#include "core/maths/network.h"

#include <string>
#include <string_view>

namespace bp {

/// Largest model file read (checked before reading).
inline constexpr std::int64_t kMaxModelBytes = 64LL * 1024 * 1024;

/// The model format, version 1:
///   {"format": "backprop-model", "version": 1, "layers": [n₀, …, n_L],
///    "activation": [one name per non-input layer], "loss": "half-squared-error",
///    "weights": [[[w¹₁₁, …], …], …], "biases": [[b¹₁, …], …]}
/// weights[l][j][k] is wˡ⁺¹ⱼₖ (row j of Wˡ⁺¹), biases[l][j] is bˡ⁺¹ⱼ.
std::string modelToJson(const Network &network, int indent = 0);

/// Builds a network from a parsed model object, validating everything before allocating. Throws
/// InputError naming the first problem and its place, e.g.
/// "model.json:7:12: weights[1][0]: expected 2 numbers, found 3".
Network networkFromJson(const JsonValue &model, std::string_view sourceName);

/// parseJson + networkFromJson.
Network parseModel(std::string_view text, std::string_view sourceName);
/// Reads and parses a model file.
Network loadModel(const std::string &path);
/// Writes a model file atomically.
void saveModel(const std::string &path, const Network &network);

} // namespace bp
