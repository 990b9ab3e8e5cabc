#pragma once

#include "core/data/dataset.h"
#include "core/maths/network.h"
#include "ui/boundary/decision_boundary_view.h"

#include <QImage>
#include <QTest>

#include <memory>

namespace bp::ui::test {

/// 2-1 with a logistic output, w = [steepness, 0], b = shift: a = σ(steepness · x₁ + shift), a
/// vertical boundary at x₁ = −shift / steepness.
inline std::shared_ptr<const Network> stepNetwork(double steepness = 10.0, double shift = 0.0)
{
    auto network =
        std::make_shared<Network>(std::vector<int>{2, 1}, std::vector<Activation>{Activation::Logistic});
    network->layer(1).weights << steepness, 0.0;
    network->layer(1).biases << shift;
    return network;
}

/// A small 2-D dataset: four points, one per quadrant, class 1 on the right.
inline std::shared_ptr<const Dataset> planarDataset()
{
    auto dataset = std::make_shared<Dataset>();
    dataset->name = "four points";
    dataset->inputs.resize(2, 4);
    dataset->inputs << 0.5, -0.5, 0.5, -0.5, 0.5, 0.5, -0.5, -0.5;
    dataset->targets.resize(1, 4);
    dataset->targets << 1, 0, 1, 0;
    dataset->testInputs.resize(2, 2);
    dataset->testInputs << 0.8, -0.8, 0.0, 0.0;
    dataset->testTargets.resize(1, 2);
    dataset->testTargets << 1, 0;
    dataset->inputNames = {"x1", "x2"};
    dataset->targetNames = {"t1"};
    return dataset;
}

/// Waits (running the event loop) until the view has caught up with its newest network.
inline bool waitUntilIdle(const DecisionBoundaryView &view, int timeoutMs = 5000)
{
    return QTest::qWaitFor([&] { return !view.isComputing(); }, timeoutMs);
}

inline QImage renderView(QWidget &view)
{
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    view.render(&image);
    return image;
}

} // namespace bp::ui::test
