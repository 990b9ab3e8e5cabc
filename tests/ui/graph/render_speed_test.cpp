// Rendering time of a 784-128-10 network at 1920 × 1080. Printed, not asserted: the machines that
// run the tests differ too much for a limit to mean anything.
#include "ui/graph/network_view.h"

#include "tests/ui/graph/graph_test_support.h"

#include <QElapsedTimer>
#include <QImage>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <ctime>

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
    double wallMs = 0.0;
    // Processor time of the whole process (Qt's fill threads included): on a busy machine the
    // wall time also counts the time other processes had the processor.
    double cpuMs = 0.0;
};

Timing renderTime(NetworkView &view, QImage &image, int repeats)
{
    view.render(&image); // warm-up: fonts, caches
    QElapsedTimer timer;
    const std::clock_t cpuStart = std::clock();
    timer.start();
    for (int i = 0; i < repeats; ++i)
        view.render(&image);
    Timing t;
    t.wallMs = static_cast<double>(timer.nsecsElapsed()) / 1e6 / repeats;
    t.cpuMs = 1000.0 * static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC / repeats;
    return t;
}

void print(const char *what, const Timing &t)
{
    std::printf("[ render ] 784-128-10 at 1920x1080, %s: %.2f ms per frame (%.2f ms of processor time)\n", what,
                t.wallMs, t.cpuMs);
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
    const Timing live10 = renderTime(view, image, 10);

    struct Case {
        const char *name;
        int phase;
        double progress;
    };
    const Case cases[] = {{"forward 1, mid-flow", 0, 0.4}, {"backward 1, mid-flow", 3, 0.3},
                          {"gradients 1", 5, 1.0},        {"update, mid-morph", 6, 0.5}};
    print("live", live10);
    for (const Case &c : cases) {
        view.setScene(test::traceScene(trace, c.phase, c.progress));
        print(c.name, renderTime(view, image, 10));
    }
    Selection selected{Selection::Kind::Neuron, 1, 5, 0};
    view.setSelection(selected);
    print("a hidden neuron selected", renderTime(view, image, 10));
    EXPECT_GT(live10.wallMs, 0.0);
    // The image is not blank: the input grid shows the ring in the sequential colours.
    const QRectF centreCell = view.neuronRect(0, 14 * 28 + 6);
    EXPECT_FALSE(centreCell.isEmpty());
}

} // namespace
} // namespace bp::ui
