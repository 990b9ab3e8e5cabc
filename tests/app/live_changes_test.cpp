// Live changes are data: the worker records each setting change and edit (what, from, to, when)
// beside the run's epochs; snapshots carry them, experiment files keep them, undo and the timeline
// take away those that no longer happened.
#include "app/training/training_controller.h"
#include "core/experiment.h"
#include "core/number_format.h"

#include "tests/support/snapshot_receiver.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace bp {
namespace {

using Receiver = test::SnapshotReceiver;

std::vector<LiveChange> changesOf(const Receiver &receiver)
{
    const auto &changes = receiver.last()->changes;
    return changes ? *changes : std::vector<LiveChange>{};
}

TEST(LiveChanges, SettingsAndEditsAreRecordedWithTheirStepAndUndoTakesAnEditsChangeAway)
{
    TrainingController controller;
    Receiver receiver(controller);
    controller.loadPreset("encoder-8-3-8", 1);
    controller.stepEpoch();
    controller.stepEpoch();
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.epoch == 2; }));
    const double rate = receiver.last()->settings.optimizer.learningRate;
    const std::int64_t steps = receiver.last()->stepCount;
    EXPECT_TRUE(changesOf(receiver).empty());

    // A dragged slider: many previews, one change from the rate before the drag.
    controller.previewLearningRate(0.3);
    controller.previewLearningRate(0.2);
    controller.setLearningRate(0.125);
    controller.setOptimizer(Optimizer::Adam);
    controller.setBatchSize(4);
    ModelEdit resize;
    resize.shape = shapeOf(*receiver.last()->network);
    resize.shape->sizes[1] = 2;
    resize.sourceLayer = {1, 2};
    controller.applyModelEdit(7, resize);
    controller.applyParameterEdit(8, ParameterEdit{2, 0, -1, 0.5});
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.editsHandled == 2; }));
    std::vector<LiveChange> changes = changesOf(receiver);
    ASSERT_EQ(changes.size(), 5u);
    for (const LiveChange &change : changes) {
        EXPECT_EQ(change.epoch, 2);
        EXPECT_EQ(change.stepCount, steps);
    }
    EXPECT_EQ(changes[0].kind, ChangeKind::LearningRate);
    EXPECT_EQ(changes[0].from, formatNumber(rate));
    EXPECT_EQ(changes[0].to, "0.125");
    EXPECT_EQ(changes[1].kind, ChangeKind::Optimizer);
    EXPECT_EQ(changes[1].to, "adam");
    EXPECT_EQ(changes[2].kind, ChangeKind::BatchSize);
    EXPECT_EQ(changes[2].to, "4");
    EXPECT_EQ(changes[3].kind, ChangeKind::Architecture);
    EXPECT_EQ(changes[3].from, "8-3-8");
    EXPECT_EQ(changes[3].to, "8-2-8");
    EXPECT_EQ(changes[3].editId, 7u);
    EXPECT_EQ(changes[4].kind, ChangeKind::Parameter);
    EXPECT_EQ(changes[4].layer, 2);
    EXPECT_EQ(changes[4].input, -1);
    EXPECT_EQ(changes[4].to, "0.5");

    // Undo both edits: their changes go; the settings' stay. Redo one: its change is back.
    controller.revisitEdit(8, true);
    controller.revisitEdit(7, true);
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.editsHandled == 4; }));
    changes = changesOf(receiver);
    ASSERT_EQ(changes.size(), 3u);
    EXPECT_EQ(changes.back().kind, ChangeKind::BatchSize);
    controller.revisitEdit(7, false);
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.editsHandled == 5; }));
    changes = changesOf(receiver);
    ASSERT_EQ(changes.size(), 4u);
    EXPECT_EQ(changes.back().kind, ChangeKind::Architecture);
    EXPECT_EQ(changes.back().to, "8-2-8");
}

TEST(LiveChanges, ASavedAndReopenedRunHasTheSameChanges)
{
    QTemporaryDir folder;
    const QString path = folder.filePath("run.bpx.json");
    TrainingController controller;
    Receiver receiver(controller);
    controller.loadPreset("xor", 1);
    controller.stepEpoch();
    controller.setLearningRate(0.75);
    controller.stepEpoch();
    controller.setActivation(1, Activation::Tanh);
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) {
        return s.epoch == 2 && s.changes && s.changes->size() == 2;
    }));
    const std::vector<LiveChange> before = changesOf(receiver);
    QSignalSpy saved(&controller, &TrainingController::experimentSaved);
    controller.saveExperiment(path);
    ASSERT_TRUE(saved.wait(5000));
    const Experiment file = loadExperiment(path.toStdString());
    ASSERT_EQ(file.changes.size(), 2u);

    controller.loadPreset("xor", 1);
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.epoch == 0 && s.changes && s.changes->empty(); }));
    controller.openExperiment(path);
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.epoch == 2 && s.changes && !s.changes->empty(); }));
    const std::vector<LiveChange> after = changesOf(receiver);
    ASSERT_EQ(after.size(), before.size());
    for (std::size_t i = 0; i < after.size(); ++i) {
        EXPECT_EQ(after[i].kind, before[i].kind) << i;
        EXPECT_EQ(after[i].epoch, before[i].epoch) << i;
        EXPECT_EQ(after[i].stepCount, before[i].stepCount) << i;
        EXPECT_EQ(after[i].layer, before[i].layer) << i;
        EXPECT_EQ(after[i].from, before[i].from) << i;
        EXPECT_EQ(after[i].to, before[i].to) << i;
    }
    EXPECT_EQ(after[0].epoch, 1);
    EXPECT_EQ(after[1].kind, ChangeKind::Activation);
    EXPECT_EQ(after[1].layer, 1);
}

TEST(LiveChanges, ResumingFromAnEarlierStateDropsTheChangesAfterItAndKeepsThoseMadeThere)
{
    TrainingController controller;
    Receiver receiver(controller);
    controller.loadPreset("encoder-8-3-8", 1);
    controller.setLearningRate(0.4);
    for (int e = 0; e < 5; ++e)
        controller.stepEpoch();
    controller.setLearningRate(0.3);
    for (int e = 0; e < 5; ++e)
        controller.stepEpoch();
    controller.setLearningRate(0.2);
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) {
        return s.epoch == 10 && s.changes && s.changes->size() == 3;
    }));
    TimelineMark target;
    for (const TimelineMark &mark : *receiver.last()->timeline) {
        if (mark.epoch == 5)
            target = mark;
    }
    ASSERT_EQ(target.epoch, 5);
    // Put back to epoch 5: the later changes stay while the teacher scrubs (as the epochs do).
    controller.restoreState(target.id);
    ASSERT_TRUE(receiver.waitFor([&](const TrainingSnapshot &s) { return s.timelinePosition == target.id; }));
    EXPECT_EQ(changesOf(receiver).size(), 3u);
    // A change made there belongs to the new course; resuming drops the old future's changes,
    // including the one made at epoch 5 after the state was kept.
    controller.setBatchSize(2);
    controller.stepEpoch();
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.epoch == 6; }));
    const std::vector<LiveChange> changes = changesOf(receiver);
    ASSERT_EQ(changes.size(), 2u);
    EXPECT_EQ(changes[0].to, formatNumber(0.4));
    EXPECT_EQ(changes[1].kind, ChangeKind::BatchSize);
    EXPECT_EQ(changes[1].epoch, 5);
}

} // namespace
} // namespace bp
