// The controller and its worker thread, driven as the GUI drives them: commands in, snapshots out.
#include "app/training/training_controller.h"

#include "tests/support/matrix_near.h"
#include "tests/support/network_match.h"
#include "tests/support/snapshot_receiver.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace bp {
namespace {

using Receiver = test::SnapshotReceiver;

TEST(TrainingController, LoadsALessonAndTrainsInTheBackground)
{
    TrainingController controller;
    Receiver receiver(controller);
    controller.loadPreset("encoder-8-3-8", 1);
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.network != nullptr; }));
    EXPECT_EQ(receiver.last()->network->sizes(), (std::vector<int>{8, 3, 8}));
    EXPECT_EQ(receiver.last()->sampleActivations.size(), 2u);
    controller.play();
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.running && s.epoch > 50; }));
    controller.pause();
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return !s.running; }));
    // Epoch metrics arrive in order, each once, the newest always included; when training outruns
    // the display (8-3-8 does thousands of epochs a frame) older ones are thinned, never reordered.
    std::int64_t previous = 0;
    for (const SnapshotPointer &snapshot : receiver.snapshots) {
        for (const EpochMetrics &metrics : snapshot->newEpochs) {
            EXPECT_GT(metrics.epoch, previous);
            previous = metrics.epoch;
        }
    }
    EXPECT_EQ(previous, receiver.last()->epoch);
    // Snapshots are consistent: the shown activations are the network's own for that sample.
    const TrainingSnapshot &s = *receiver.last();
    EXPECT_TRUE(test::matrixNear(s.shownActivations[2], s.sampleActivations[1].col(s.shownSample), 1e-15));
}

TEST(TrainingController, LiveChangesReachTheTrainerWhileItRuns)
{
    TrainingController controller;
    Receiver receiver(controller);
    controller.loadPreset("encoder-8-3-8", 2);
    controller.play();
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.running && s.stepCount > 1000; }));
    const Network before = *receiver.last()->network;
    controller.setLearningRate(0.125);
    controller.setActivation(1, Activation::Tanh);
    controller.setOptimizer(Optimizer::Momentum);
    controller.setBatchSize(4);
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) {
        return s.settings.optimizer.learningRate == 0.125 &&
               s.network->layer(1).activation == Activation::Tanh &&
               s.settings.optimizer.kind == Optimizer::Momentum && s.settings.batchSize == 4;
    }));
    // Training went on from the same weights: the step count only grew.
    EXPECT_GE(receiver.last()->stepCount, 1000);
    EXPECT_TRUE(receiver.last()->running);
    controller.pause();
    EXPECT_EQ(before.layer(2).activation, Activation::Logistic);
}

TEST(TrainingController, ResetDropsSnapshotsOfTheOldRun)
{
    TrainingController controller;
    Receiver receiver(controller);
    controller.loadPreset("encoder-8-3-8", 3);
    controller.play();
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.epoch > 100; }));
    controller.reset(3);
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.epoch == 0 && !s.running; }));
    const std::uint64_t run = receiver.last()->runId;
    const std::size_t firstOfRun = receiver.snapshots.size() - 1;
    QTest::qWait(100);
    for (std::size_t i = firstOfRun; i < receiver.snapshots.size(); ++i)
        EXPECT_EQ(receiver.snapshots[i]->runId, run);
    // Same seed: the weights are the preset's initial weights again.
    const Preset preset = makePreset("encoder-8-3-8");
    EXPECT_TRUE(test::matrixIdentical(receiver.last()->network->layer(1).weights,
                                      preset.makeNetwork(3).layer(1).weights));
}

TEST(TrainingController, StepSampleSendsTheTraceOfThatSample)
{
    TrainingController controller;
    Receiver receiver(controller);
    controller.loadPreset("xor", 1);
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.network != nullptr; }));
    controller.stepSample(2);
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.trace != nullptr; }));
    const TrainingSnapshot &s = *receiver.last();
    EXPECT_EQ(s.shownSample, 2);
    EXPECT_EQ(s.trace->input(0, 0), 1.0);
    EXPECT_EQ(s.trace->input(1, 0), 0.0);
    EXPECT_EQ(s.trace->phases.size(), phasesOf(2).size());
    // The snapshot's network is the trace's network after its update.
    EXPECT_TRUE(test::matrixIdentical(s.network->layer(2).weights, s.trace->after.layer(2).weights));
    EXPECT_EQ(s.stepCount, 1);
}

TEST(TrainingController, DivergencePausesAndResetRecovers)
{
    TrainingController controller;
    Receiver receiver(controller);
    controller.loadPreset("xor", 1);
    controller.setActivation(1, Activation::Identity);
    controller.setActivation(2, Activation::Identity);
    controller.setLearningRate(1e5);
    controller.play();
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.diverged; }));
    const TrainingSnapshot &s = *receiver.last();
    EXPECT_FALSE(s.running);
    EXPECT_TRUE(s.network->isFinite());
    EXPECT_NE(s.divergenceMessage.find("learning rate"), std::string::npos);
    // Play while diverged is refused with the explanation.
    QSignalSpy failures(&controller, &TrainingController::commandFailed);
    controller.play();
    ASSERT_TRUE(failures.wait(5000));
    controller.setLearningRate(0.1);
    controller.reset(1);
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return !s.diverged && s.epoch == 0; }));
    controller.play();
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.epoch > 10 && !s.diverged; }));
}

TEST(TrainingController, SavesAndOpensExperimentsAndABadFileChangesNothing)
{
    QTemporaryDir folder;
    const QString path = folder.filePath("run.bpx.json");
    TrainingController controller;
    Receiver receiver(controller);
    controller.loadPreset("encoder-8-3-8", 4);
    controller.stepEpoch();
    controller.stepEpoch();
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.epoch == 2; }));
    QSignalSpy saved(&controller, &TrainingController::experimentSaved);
    controller.saveExperiment(path);
    ASSERT_TRUE(saved.wait(5000));
    const Network atSave = *receiver.last()->network;

    // Train on, then open a broken file: the message comes, the run is left as it was.
    controller.stepEpoch();
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.epoch == 3; }));
    QFile broken(folder.filePath("broken.json"));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": \"backprop-experiment\", \"version\": 1, \"lesson\": ");
    broken.close();
    QSignalSpy failures(&controller, &TrainingController::commandFailed);
    controller.openExperiment(broken.fileName());
    ASSERT_TRUE(failures.wait(5000));
    EXPECT_TRUE(failures.front().front().toString().contains("is the file truncated?"));
    QTest::qWait(50);
    EXPECT_EQ(receiver.last()->epoch, 3);
    controller.stepEpoch();
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.epoch == 4; }));

    // Open the saved run: back at epoch 2, same weights, and the charts get its history.
    controller.openExperiment(path);
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.epoch == 2; }));
    EXPECT_TRUE(test::matrixIdentical(receiver.last()->network->layer(1).weights, atSave.layer(1).weights));
    EXPECT_EQ(receiver.last()->newEpochs.size(), 2u);
    EXPECT_EQ(receiver.last()->presetName, "encoder-8-3-8");
}

TEST(TrainingController, EditsAreAppliedByTheWorkerAndUndoneByIdExactly)
{
    TrainingController controller;
    Receiver receiver(controller);
    QSignalSpy failures(&controller, &TrainingController::commandFailed);
    controller.loadPreset("encoder-8-3-8", 1);
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.network != nullptr; }));
    const Network before = *receiver.last()->network;

    controller.applyParameterEdit(1, ParameterEdit{2, 3, 1, 0.25});
    ModelEdit widen;
    widen.shape = shapeOf(before);
    widen.shape->sizes[1] = 4;
    widen.sourceLayer = {1, 2};
    controller.applyModelEdit(2, widen);
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.editsHandled == 2; }));
    const Network after = *receiver.last()->network;
    EXPECT_EQ(after.sizes(), (std::vector<int>{8, 4, 8}));
    EXPECT_EQ(after.layer(2).weights(3, 1), 0.25);

    // An edit that does not fit is refused with a reason and changes nothing, and an id the worker
    // does not know (an edit it refused, or one dropped from the history) is harmless.
    ModelEdit bad;
    bad.shape = shapeOf(after);
    bad.shape->activations[0] = Activation::Softmax;
    bad.sourceLayer = {1, 2};
    controller.applyModelEdit(3, bad);
    controller.revisitEdit(3, true);
    controller.revisitEdit(99, false);
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.editsHandled == 5; }));
    ASSERT_EQ(failures.size(), 1);
    EXPECT_TRUE(failures.front().front().toString().contains("softmax"))
        << failures.front().front().toString().toStdString();
    EXPECT_TRUE(test::networksIdentical(*receiver.last()->network, after));

    // Undo in reverse order: back to the lesson's network, bit for bit; redo: the same edits again.
    controller.revisitEdit(2, true);
    controller.revisitEdit(1, true);
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.editsHandled == 7; }));
    EXPECT_TRUE(test::networksIdentical(*receiver.last()->network, before));
    controller.revisitEdit(1, false);
    controller.revisitEdit(2, false);
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.editsHandled == 9; }));
    EXPECT_TRUE(test::networksIdentical(*receiver.last()->network, after));
}

TEST(TrainingController, DestroyingWhileTrainingStopsTheThread)
{
    // The destructor raises the abort flag, quits and joins the thread: this test hangs (and
    // ctest's timeout fails it) if the worker does not stop.
    auto controller = std::make_unique<TrainingController>();
    Receiver receiver(*controller);
    controller->loadPreset("vanishing-gradient", 1);
    controller->play();
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.running && s.stepCount > 0; }));
    controller.reset();
    SUCCEED();
}

} // namespace
} // namespace bp
