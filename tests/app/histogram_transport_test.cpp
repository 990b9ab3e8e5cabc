// Histograms over time through the worker: taken only while wanted, at the epochs the bounded
// history keeps, one at once when turned on or when a run starts.
#include "app/training/training_controller.h"
#include "core/analysis/histogram_history.h"

#include "tests/support/snapshot_receiver.h"

#include <gtest/gtest.h>

namespace bp {
namespace {

using Receiver = test::SnapshotReceiver;

std::size_t rowsIn(const std::vector<SnapshotPointer> &snapshots, std::size_t from = 0)
{
    std::size_t rows = 0;
    for (std::size_t i = from; i < snapshots.size(); ++i)
        rows += snapshots[i]->newHistograms.size();
    return rows;
}

TEST(HistogramTransport, NoneWhileClosedThenTheScheduledEpochsWhileWanted)
{
    TrainingController controller;
    Receiver receiver(controller);
    controller.loadPreset("encoder-8-3-8", 1);
    controller.play();
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.running && s.epoch > 300; }));
    EXPECT_EQ(rowsIn(receiver.snapshots), 0u) << "nothing is computed while the histograms are not wanted";

    const std::size_t turnedOn = receiver.snapshots.size();
    controller.setHistogramsEnabled(true);
    // Training runs on meanwhile (thousands of epochs a second): from the epoch they were turned on
    // at, far enough for rows at several strides of the grid.
    ASSERT_TRUE(QTest::qWaitFor([&] { return rowsIn(receiver.snapshots, turnedOn) > 0; }, 10000));
    std::int64_t enabledAt = 0;
    for (std::size_t i = turnedOn; i < receiver.snapshots.size() && enabledAt == 0; ++i)
        if (!receiver.snapshots[i]->newHistograms.empty())
            enabledAt = receiver.snapshots[i]->newHistograms.front()->epoch;
    ASSERT_TRUE(receiver.waitFor(
        [enabledAt](const TrainingSnapshot &s) { return s.epoch > 2 * enabledAt + 3000; }, 30000));
    controller.pause();
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return !s.running; }));
    // The first row is the state when they were turned on; then only scheduled epochs, in order.
    std::vector<std::int64_t> epochs;
    for (std::size_t i = turnedOn; i < receiver.snapshots.size(); ++i) {
        for (const HistogramRowPointer &row : receiver.snapshots[i]->newHistograms) {
            ASSERT_EQ(row->layers.size(), 2u);
            EXPECT_EQ(row->sampleCount, 8);
            epochs.push_back(row->epoch);
        }
    }
    ASSERT_GE(epochs.size(), 2u);
    EXPECT_GT(epochs.front(), 300);
    for (std::size_t i = 1; i < epochs.size(); ++i) {
        EXPECT_GT(epochs[i], epochs[i - 1]);
        EXPECT_TRUE(HistogramHistory::isScheduled(epochs[i])) << "epoch " << epochs[i];
    }

    controller.setHistogramsEnabled(false);
    controller.stepEpoch();
    const std::int64_t pausedAt = receiver.last()->epoch;
    ASSERT_TRUE(receiver.waitFor([pausedAt](const TrainingSnapshot &s) { return s.epoch == pausedAt + 1; }));
    const std::size_t turnedOff = receiver.snapshots.size();
    controller.play();
    ASSERT_TRUE(
        receiver.waitFor([pausedAt](const TrainingSnapshot &s) { return s.epoch > pausedAt + 2000; }));
    EXPECT_EQ(rowsIn(receiver.snapshots, turnedOff - 1), 0u) << "turned off, none are computed";
}

TEST(HistogramTransport, ANewRunStartsWithTheRowOfItsInitialWeights)
{
    TrainingController controller;
    Receiver receiver(controller);
    controller.setHistogramsEnabled(true);
    controller.loadPreset("vanishing-gradient", 2);
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return !s.newHistograms.empty(); }));
    const TrainingSnapshot &first = *receiver.last();
    ASSERT_EQ(first.newHistograms.size(), 1u);
    EXPECT_EQ(first.newHistograms[0]->epoch, 0);
    EXPECT_EQ(first.newHistograms[0]->layers.size(), 6u);
    EXPECT_EQ(first.newHistograms[0]->sampleCount, first.dataset->sampleCount());
    controller.stepEpoch();
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.epoch == 1; }));
    ASSERT_EQ(receiver.last()->newHistograms.size(), 1u);
    EXPECT_EQ(receiver.last()->newHistograms[0]->epoch, 1);
}

} // namespace
} // namespace bp
