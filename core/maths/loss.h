#pragma once

#include "core/maths/activation.h"
#include "core/maths/types.h"

#include <optional>
#include <string_view>

namespace bp {

/// The error E of one sample, as a function of the output activations aᴸ and the target t.
enum class Loss {
    /// E = ½ Σⱼ (aᴸⱼ − tⱼ)², the lecture's.
    HalfSquaredError,
    /// With a softmax output: E = −Σⱼ tⱼ log aᴸⱼ (categorical).
    /// With a logistic output: E = −Σⱼ [tⱼ log aᴸⱼ + (1 − tⱼ) log(1 − aᴸⱼ)] (binary, per unit).
    CrossEntropy,
};

std::string_view lossName(Loss loss);
std::optional<Loss> parseLoss(std::string_view name);
inline constexpr Loss kAllLosses[] = {Loss::HalfSquaredError, Loss::CrossEntropy};

/// Whether a loss can follow an output activation (cross-entropy needs softmax or logistic).
bool isLossCompatible(Loss loss, Activation outputActivation);

/// Sum over the columns of E, from the output layer's z and a and the targets, all (n × m).
/// Cross-entropy is computed from z (log-sum-exp, softplus), so it stays finite where a rounds
/// to exactly 0 or 1.
double lossSum(Loss loss, Activation outputActivation, const Matrix &weightedInput,
               const Matrix &activationValue, const Matrix &target);
/// The same for whole columns held in a larger matrix (consecutive columns, as middleCols gives),
/// by the same code: the loss of one network among many evaluated side by side.
double lossSum(Loss loss, Activation outputActivation, const Eigen::Map<const Matrix> &weightedInput,
               const Eigen::Map<const Matrix> &activationValue, const Eigen::Map<const Matrix> &target);

} // namespace bp
