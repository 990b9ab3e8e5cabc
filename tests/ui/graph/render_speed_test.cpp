// Rendering time of a 784-128-10 network at 1920 × 1080. Printed, not asserted: the machines that
// run the tests differ too much for a limit to mean anything.
#include "ui/graph/network_view.h"

#include "tests/ui/graph/graph_test_support.h"

#include <QElapsedTimer>
#include <QImage>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace bp::ui {
namespace {

Matrix digitLikeInput()
{
    // A blurry ring on a 28 × 28 canvas, enough to look like an image.
    Matrix x = Matrix::Zero(784, 1);
    for (int r = 0; r < 28; ++r) {
        for (int c = 0; c < 28; ++c) {
            const double d = std::hypot(r - 13.5, (c - 13.5) * 1.4);
            x(r * 28 + c, 0) = std::clamp(1.0 - std::abs(d - 8.0) / 3.0, 0.0, 1.0);
        }
    }
    return x;
}

struct Timing {
    double medianMs = 0.0;
    // The fastest frame: the least disturbed by other processes on a busy machine.
    double bestMs = 0.0;
};

Timing renderTime(NetworkView &view, QImage &image, int repeats)
{
    view.render(&image); // warm-up: fonts, caches
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        view.render(&image);
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], times.front()};
}

void print(const char *what, const Timing &t)
{
    std::printf("[ render ] 784-128-10 at 1920x1080, %-26s median %6.2f ms, best %6.2f ms per frame\n", what,
                t.medianMs, t.bestMs);
}

TEST(RenderSpeed, Mnist784_128_10At1920x1080)
{
    Network network({784, 128, 10}, {Activation::Logistic, Activation::Logistic});
    network.initialize(InitScheme::Xavier, 3);
    const Matrix x = digitLikeInput();
    Matrix t = Matrix::Zero(10, 1);
    t(0, 0) = 1.0;
    auto trace = std::make_shared<const Trace>(traceSgdStep(network, x, t, 0.1));

    NetworkView view;
    view.resize(1920, 1080);
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);

    NetworkScene live;
    live.network = std::make_shared<const Network>(network);
    live.activations = {x.col(0), trace->forward[0].activation.col(0), trace->forward[1].activation.col(0)};
    view.setScene(live);
    const Timing live10 = renderTime(view, image, 15);

    struct Case {
        const char *name;
        int phase;
        double progress;
    };
    const Case cases[] = {{"forward 1, mid-flow", 0, 0.4},
                          {"backward 1, mid-flow", 3, 0.3},
                          {"gradients 1", 5, 1.0},
                          {"update, mid-morph", 6, 0.5}};
    print("live", live10);
    for (const Case &c : cases) {
        view.setScene(test::traceScene(trace, c.phase, c.progress));
        print(c.name, renderTime(view, image, 15));
    }
    Selection selected{Selection::Kind::Neuron, 1, 5, 0};
    view.setSelection(selected);
    print("a hidden neuron selected", renderTime(view, image, 15));
    EXPECT_GT(live10.bestMs, 0.0);
    // The image is not blank: the input grid shows the ring in the sequential colours.
    const QRectF centreCell = view.neuronRect(0, 14 * 28 + 6);
    EXPECT_FALSE(centreCell.isEmpty());
}

} // namespace
} // namespace bp::ui
