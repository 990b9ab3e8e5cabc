#include "core/maths/gradient_check.h"

#include <algorithm>
#include <cmath>

namespace bp {

double relativeError(double analytic, double numeric, double floor)
{
    return std::abs(analytic - numeric) / std::max({std::abs(analytic), std::abs(numeric), floor});
}

double centralDifference(Network &probe, Workspace &ws, double &parameter, double step)
{
    const double w = parameter;
    auto lossAt = [&](double value) {
        parameter = value;
        forwardPass(probe, ws);
        return batchLoss(probe, ws);
    };
    // ∂E/∂w ≈ (E(w + h) − E(w − h)) / 2h
    const double derivative = (lossAt(w + step) - lossAt(w - step)) / (2.0 * step);
    parameter = w;
    return derivative;
}

GradientCheck checkGradients(const Network &network, const Matrix &inputs, const Matrix &targets, double step)
{
    Workspace ws(network, static_cast<int>(inputs.cols()));
    ws.input = inputs;
    ws.target = targets;
    forwardPass(network, ws);
    backwardPass(network, ws);

    GradientCheck check;
    Network probe = network;
    auto consider = [&](double error, int layer, Eigen::Index row, Eigen::Index column) {
        if (error > check.worstRelativeError || check.worstLayer == 0) {
            check.worstRelativeError = error;
            check.worstLayer = layer;
            check.worstRow = static_cast<int>(row);
            check.worstColumn = static_cast<int>(column);
        }
    };

    for (int l = 1; l <= network.layerCount(); ++l) {
        const BackwardRecord &record = ws.backward[static_cast<std::size_t>(l - 1)];
        const Matrix analyticW = record.gradWeights;
        const Vector analyticB = record.gradBiases;
        Layer &layer = probe.layer(l);
        Matrix numericW(analyticW.rows(), analyticW.cols());
        Matrix errorW(analyticW.rows(), analyticW.cols());
        Vector numericB(analyticB.size());
        Vector errorB(analyticB.size());
        for (Eigen::Index j = 0; j < analyticW.rows(); ++j) {
            for (Eigen::Index k = 0; k < analyticW.cols(); ++k) {
                numericW(j, k) = centralDifference(probe, ws, layer.weights(j, k), step);
                errorW(j, k) = relativeError(analyticW(j, k), numericW(j, k));
                consider(errorW(j, k), l, j, k);
            }
            numericB(j) = centralDifference(probe, ws, layer.biases(j), step);
            errorB(j) = relativeError(analyticB(j), numericB(j));
            consider(errorB(j), l, j, -1);
        }
        check.analyticWeights.push_back(analyticW);
        check.numericWeights.push_back(numericW);
        check.relativeErrorWeights.push_back(errorW);
        check.analyticBiases.push_back(analyticB);
        check.numericBiases.push_back(numericB);
        check.relativeErrorBiases.push_back(errorB);
    }
    return check;
}

} // namespace bp
