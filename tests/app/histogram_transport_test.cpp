// Histograms over time through the worker: taken only while wanted, at the epochs the bounded
// history keeps, one at once when turned on or when a run starts.
#include "app/training/training_controller.h"
#include "core/analysis/histogram_history.h"
#include "core/formats/experiment.h"

#include "tests/support/snapshot_receiver.h"

#include <QSignalSpy>
#include <QTemporaryDir>

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

// The rows the window has taken are saved with the run, and opening the file gives them back to the
// histograms panel, whether it is open or not (#17).
TEST(HistogramTransport, SavedRowsComeBackWhenTheFileIsOpened)
{
    QTemporaryDir folder;
    const QString path = folder.filePath("rows.bpx.json");
    TrainingController controller;
    Receiver receiver(controller);
    controller.setHistogramsEnabled(true);
    controller.loadPreset("encoder-8-3-8", 4);
    for (int i = 0; i < 12; ++i)
        controller.stepEpoch();
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.epoch == 12; }));
    HistogramHistory shown;
    for (const SnapshotPointer &snapshot : receiver.snapshots)
        for (const HistogramRowPointer &row : snapshot->newHistograms)
            shown.append(row);
    ASSERT_EQ(shown.rows().size(), 13u);
    QSignalSpy saved(&controller, &TrainingController::experimentSaved);
    controller.saveExperiment(path);
    ASSERT_TRUE(saved.wait(10000));

    controller.setHistogramsEnabled(false);
    controller.loadPreset("xor", 1);
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.presetName == "xor"; }));
    const std::size_t before = receiver.snapshots.size();
    controller.openExperiment(path);
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.presetName == "encoder-8-3-8"; }));
    std::vector<HistogramRowPointer> opened;
    for (std::size_t i = before; i < receiver.snapshots.size(); ++i)
        opened.insert(opened.end(), receiver.snapshots[i]->newHistograms.begin(),
                      receiver.snapshots[i]->newHistograms.end());
    ASSERT_EQ(opened.size(), shown.rows().size());
    for (std::size_t r = 0; r < opened.size(); ++r) {
        EXPECT_EQ(opened[r]->epoch, shown.rows()[r]->epoch);
        const Histogram &got = opened[r]->layers[0].histogram(HistogramQuantity::Deltas, HistogramScale::LogMagnitude);
        const Histogram &was =
            shown.rows()[r]->layers[0].histogram(HistogramQuantity::Deltas, HistogramScale::LogMagnitude);
        EXPECT_EQ(got.counts, was.counts) << "row " << r;
        EXPECT_EQ(opened[r]->layers[1].histogram(HistogramQuantity::Weights, HistogramScale::Linear).low,
                  shown.rows()[r]->layers[1].histogram(HistogramQuantity::Weights, HistogramScale::Linear).low);
    }
}

// Another run in focus: its rows start afresh, the panel is told to forget the other run's.
TEST(HistogramTransport, AnotherRunInFocusRestartsTheRows)
{
    TrainingController controller;
    Receiver receiver(controller);
    controller.setHistogramsEnabled(true);
    controller.loadPreset("xor", 2);
    controller.compareWith({"lr=0.5"});
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.runs.size() == 2; }));
    for (int i = 0; i < 5; ++i)
        controller.stepEpoch();
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.epoch == 5; }));
    controller.setFocusRun(1);
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.focusRun == 1; }));
    const TrainingSnapshot &focused = *receiver.last();
    EXPECT_TRUE(focused.histogramsRestarted);
    ASSERT_EQ(focused.newHistograms.size(), 1u);
    EXPECT_EQ(focused.newHistograms[0]->epoch, 5);
}

} // namespace
} // namespace bp
