#pragma once

#include "core/maths/gradient_check.h"
#include "core/maths/network.h"
#include "core/session/shown_gradient_check.h"
#include "ui/gradcheck/parameter_check.h"

#include <QString>
#include <QTime>

#include <cstdint>
#include <memory>
#include <vector>

namespace bp::ui {

/// Above this worst relative error the panel raises the alarm.
inline constexpr double kAgreementThreshold = 1e-6;
/// Above this, the two derivatives do not merely differ in their last digits: they disagree.
inline constexpr double kDisagreementThreshold = 1e-3;

/// One finished gradient check, with what it was computed for: immutable once made, so it can be
/// shared with the graph (to colour edges by error) while the panel shows it.
struct GradientCheckReport {
    /// The network exactly as it was checked, and the sample (x and t, one column per sample).
    std::shared_ptr<const Network> network;
    Matrix input;
    Matrix target;
    QString sampleName;
    /// The sample's index in the run's dataset (−1: not from a dataset).
    int sample = -1;
    /// The wall-clock time the check was asked for.
    QTime requestedAt;
    double step = 1e-5;
    CheckPlan plan;
    bool sampled = false;
    /// Per layer l (index l − 1): how many parameters it has and how many were checked.
    std::vector<std::int64_t> layerParameters;
    std::vector<std::int64_t> layerChecked;
    /// Backprop's derivatives of every parameter; central differences and relative errors of the
    /// checked ones (NaN where a parameter was not checked).
    std::shared_ptr<const GradientCheck> check;
    /// The checked parameters in the network's order.
    std::vector<CheckedParameter> parameters;
    std::int64_t forwardPasses = 0;
    double backpropSeconds = 0.0;
    double differenceSeconds = 0.0;
    KinkProximity nearestKink;
    /// E at the checked parameters.
    double loss = 0.0;

    std::int64_t parameterCount() const;
    /// The rounding error to expect in a central difference: ε·|E| / h, with ε the spacing of
    /// doubles near 1 (each of E(w + h) and E(w − h) is off by about ε·|E|/2).
    double roundingNoise() const;
    int checkedCount() const { return static_cast<int>(parameters.size()); }
    double worstRelativeError() const { return check ? check->worstRelativeError : 0.0; }
    /// The parameter with the worst error (the first of them in the network's order).
    const CheckedParameter *worst() const;
    /// How many checked parameters have a relative error above the threshold (or NaN).
    int countAbove(double threshold) const;
    /// True when the result calls for the alarm: a worst error above kAgreementThreshold or NaN.
    bool isAlarming() const;
    /// True when any layer has a ReLU or leaky-ReLU kink.
    bool hasKinks() const;
};

/// Fills `sampled`, `layerParameters` and `layerChecked` from the report's network and plan.
void fillCoverage(GradientCheckReport &report);

/// The report as a class session carries it to the students' windows (stale: the lecturer's
/// network or sample has changed since), and the report a follower shows for it: the lecturer's
/// numbers, with NaN in the matrices for the parameters the check did not nudge.
std::shared_ptr<const ShownGradientCheck> shownCheckOf(const GradientCheckReport &report, bool stale);
std::shared_ptr<const GradientCheckReport> reportOf(const ShownGradientCheck &shown);

/// "3.1e−9": two significant digits, always scientific, with the real minus sign; "0" and "NaN".
QString formatRelativeError(double error);
/// "3.1 × 10⁻⁹", and "10⁻⁵" when the digits are a plain 1; "0" for zero, "NaN", "∞".
QString formatPowerOfTen(double value, int digits = 2);
/// "101,770": grouped by thousands, as the lecture slides write counts.
QString formatCount(std::int64_t count);
/// "0.4 ms", "55 ms", "1.8 s".
QString formatDuration(double seconds);
/// "w²₁₂" or "b¹₃": the parameter in the lecture's notation (1-based indices).
QString parameterSymbol(const ParameterIndex &index);
/// "8-3-8".
QString networkShape(const Network &network);

/// The one-line verdict in large type, e.g. "Backprop agrees with the numerical derivative: worst
/// relative error 3.1 × 10⁻⁹ over 59 parameters (h = 10⁻⁵)".
QString summaryText(const GradientCheckReport &report);
/// What the check was computed for: the sample, the network and the time it was asked for.
QString provenanceText(const GradientCheckReport &report);
/// Plain words for the class: what backprop did, what the check did and what came out.
QString explanationText(const GradientCheckReport &report);
/// When the result is alarming: the likely causes (a ReLU kink within h, rounding, or a bug).
QString alarmAdviceText(const GradientCheckReport &report);

/// Before a check: what pressing the button will do for this network, in plain words.
QString plannedCheckText(const Network &network, const CheckPlan &plan);

} // namespace bp::ui
