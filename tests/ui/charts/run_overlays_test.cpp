// Runs side by side (#17) in the charts: one stroke per run, the other runs drawn over the focus's.
#include "ui/charts/gradient_chart.h"
#include "ui/charts/loss_chart.h"
#include "ui/charts/run_overlays.h"
#include "ui/style/run_style.h"

#include "core/training/trainer.h"

#include <gtest/gtest.h>

#include <set>

namespace bp::ui {
namespace {

EpochMetrics epochOf(std::int64_t epoch, double loss, int layers = 2)
{
    EpochMetrics metrics;
    metrics.epoch = epoch;
    metrics.loss = loss;
    metrics.accuracy = 0.5;
    metrics.stepLoss = loss;
    metrics.layers.assign(static_cast<std::size_t>(layers), LayerStats{loss / 10.0, loss / 20.0});
    return metrics;
}

TEST(RunStyle, EveryRunHasItsOwnStrokeAndTheFocusIsSolid)
{
    for (int focus = 0; focus < 4; ++focus) {
        std::set<int> styles;
        std::set<QRgb> colors;
        for (int run = 0; run < 4; ++run) {
            styles.insert(static_cast<int>(runPenStyle(run, focus)));
            colors.insert(runColor(run, focus).rgb());
        }
        EXPECT_EQ(styles.size(), 4u) << "focus " << focus;
        EXPECT_EQ(colors.size(), 4u) << "focus " << focus;
        EXPECT_EQ(runPenStyle(focus, focus), Qt::SolidLine);
        // The gradient chart's δ lines are dashed: no run may look like them.
        for (int run = 0; run < 4; ++run)
            EXPECT_NE(runPenStyle(run, focus), Qt::DashLine);
    }
    EXPECT_EQ(runLabel({{"η", "0.5"}, {"optimizer", "adam"}, {"batch", "0"}, {"f", "relu"}, {"init", "he"}}),
              QStringLiteral("η = 0.5, Adam, full batch, hidden relu, He init"));
}

TrainingSnapshot comparing(int focus)
{
    TrainingSnapshot snapshot;
    snapshot.focusRun = focus;
    for (int run = 0; run < 3; ++run) {
        RunSummary summary;
        summary.index = run;
        summary.label = {{"η", std::to_string(run + 1)}};
        if (run != focus)
            summary.newEpochs = {epochOf(1, 1.0 + run), epochOf(2, 0.5 + run), epochOf(30, 0.1 + run)};
        snapshot.runs.push_back(summary);
    }
    return snapshot;
}

TEST(RunOverlays, TheOtherRunsAreDrawnOverTheFocusAndNamedInTheKey)
{
    LossChart loss;
    GradientChart gradients;
    gradients.setLayerCount(2);
    loss.appendEpoch(epochOf(1, 0.9));
    showOtherRuns(comparing(1), loss, gradients, false);
    ASSERT_EQ(loss.otherRuns().size(), 2);
    EXPECT_EQ(loss.otherRuns()[0].label, QStringLiteral("η = 1"));
    EXPECT_EQ(loss.trackCount(), 3 + 2 * 2);
    EXPECT_EQ(gradients.trackCount(), 2 * 2 + 2 * 2);
    const int run2 = loss.runLossTrack(2);
    ASSERT_GE(run2, 0);
    EXPECT_EQ(loss.trackBuffer(run2).appendedCount(), 3);
    EXPECT_EQ(loss.trackBuffer(run2).lastPoint()->y(), 2.1);
    EXPECT_EQ(gradients.trackBuffer(gradients.runGradientTrack(0, 2)).appendedCount(), 3);
    // A sibling ahead in epochs (a larger batch) never makes the focus's next epoch look like a new run.
    loss.appendEpoch(epochOf(2, 0.8));
    gradients.appendEpoch(epochOf(2, 0.8));
    EXPECT_EQ(loss.trackBuffer(LossChart::kLossTrack).appendedCount(), 2);
    EXPECT_EQ(loss.trackBuffer(run2).appendedCount(), 3);
    EXPECT_EQ(gradients.trackBuffer(GradientChart::gradientTrack(1)).appendedCount(), 1);
    // A changed label keeps the points; a new focus starts the overlays over.
    TrainingSnapshot relabelled = comparing(1);
    relabelled.runs[2].label = {{"η", "7"}};
    relabelled.runs[2].newEpochs.clear();
    relabelled.runs[0].newEpochs.clear();
    showOtherRuns(relabelled, loss, gradients, false);
    EXPECT_EQ(loss.otherRuns()[1].label, QStringLiteral("η = 7"));
    EXPECT_EQ(loss.trackBuffer(run2).appendedCount(), 3);
    showOtherRuns(comparing(0), loss, gradients, false);
    EXPECT_EQ(loss.otherRuns()[0].run, 1);
    // Alone again: the overlays go.
    showOtherRuns(TrainingSnapshot{}, loss, gradients, false);
    EXPECT_EQ(loss.trackCount(), 3);
    EXPECT_EQ(gradients.trackCount(), 4);
}

} // namespace
} // namespace bp::ui
