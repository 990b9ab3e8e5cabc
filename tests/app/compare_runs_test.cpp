// Runs side by side (#17) through the controller and its worker, as the GUI drives them.
#include "app/training/training_controller.h"

#include "core/data/preset.h"
#include "core/formats/experiment.h"

#include "tests/support/network_match.h"
#include "tests/support/snapshot_receiver.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace bp {
namespace {

using Receiver = test::SnapshotReceiver;

TEST(CompareRuns, SiblingsTrainInLockstepAndEqualTheRunTrainedAlone)
{
    TrainingController controller;
    Receiver receiver(controller);
    controller.loadPreset("xor", 4);
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.network != nullptr; }));
    controller.compareWith({"", "lr=0.5"});
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.runs.size() == 3; }));
    EXPECT_TRUE(receiver.last()->runsRestarted);
    for (int i = 0; i < 25; ++i)
        controller.stepEpoch();
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.epoch == 25; }));
    const TrainingSnapshot &s = *receiver.last();
    ASSERT_EQ(s.runs.size(), 3u);
    EXPECT_EQ(s.runs[1].epoch, 25);
    EXPECT_EQ(s.runs[2].epoch, 25);
    // The sibling with the same settings is the original, bit for bit.
    EXPECT_TRUE(test::networksIdentical(*s.runs[1].network, *s.network));
    EXPECT_EQ(s.runs[1].loss, s.loss);
    // The other is the lesson trained alone at η = 0.5.
    Preset preset = makePreset("xor", 4);
    preset.training.optimizer.learningRate = 0.5;
    Trainer alone(preset.makeNetwork(4), preset.dataset, preset.training);
    std::vector<EpochMetrics> aloneEpochs;
    for (int e = 0; e < 25; ++e)
        aloneEpochs.push_back(alone.runEpoch());
    EXPECT_TRUE(test::networksIdentical(*s.runs[2].network, alone.network()));
    EXPECT_EQ(s.runs[2].label[0].value, "0.5");
    // Every epoch of the sibling reached the GUI once, in order.
    std::vector<EpochMetrics> received;
    for (const SnapshotPointer &snapshot : receiver.snapshots)
        if (snapshot->runs.size() == 3)
            received.insert(received.end(), snapshot->runs[2].newEpochs.begin(),
                            snapshot->runs[2].newEpochs.end());
    ASSERT_EQ(received.size(), aloneEpochs.size());
    for (std::size_t i = 0; i < received.size(); ++i)
        EXPECT_EQ(received[i].loss, aloneEpochs[i].loss) << "epoch " << i + 1;
}

TEST(CompareRuns, FocusMovesToAnotherRunAndStoppingKeepsIt)
{
    TrainingController controller;
    Receiver receiver(controller);
    controller.loadPreset("encoder-8-3-8", 2);
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.network != nullptr; }));
    controller.compareWith({"optimizer=adam,lr=0.05"});
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.runs.size() == 2; }));
    controller.play();
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.epoch > 30; }));
    controller.pause();
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return !s.running; }));
    const Network sibling = *receiver.last()->runs[1].network;
    const std::int64_t siblingEpoch = receiver.last()->runs[1].epoch;
    EXPECT_GT(siblingEpoch, 30);
    EXPECT_GE(receiver.last()->runs[0].distinctCodes, 1);
    controller.setFocusRun(1);
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.focusRun == 1; }));
    const TrainingSnapshot &focused = *receiver.last();
    EXPECT_EQ(focused.settings.optimizer.kind, Optimizer::Adam);
    EXPECT_TRUE(test::networksIdentical(*focused.network, sibling));
    EXPECT_TRUE(focused.historyRestarted);
    ASSERT_FALSE(focused.newEpochs.empty());
    EXPECT_EQ(focused.newEpochs.back().epoch, siblingEpoch);
    // The original's whole history comes again for its overlay.
    EXPECT_TRUE(focused.runsRestarted);
    EXPECT_EQ(focused.runs[0].newEpochs.size(), static_cast<std::size_t>(focused.runs[0].epoch));
    // The settings now steer the run in focus only.
    controller.setLearningRate(0.01);
    ASSERT_TRUE(receiver.waitFor(
        [](const TrainingSnapshot &s) { return s.settings.optimizer.learningRate == 0.01; }));
    EXPECT_EQ(receiver.last()->runs[0].settings.optimizer.learningRate, 10.0);
    controller.stopComparing();
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.runs.empty(); }));
    EXPECT_EQ(receiver.last()->settings.optimizer.kind, Optimizer::Adam);
}

TEST(CompareRuns, SavedAndOpenedRunsSideBySideComeBack)
{
    QTemporaryDir folder;
    const QString path = folder.filePath("runs.bpx.json");
    TrainingController controller;
    Receiver receiver(controller);
    controller.loadPreset("xor", 3);
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.network != nullptr; }));
    controller.compareWith({"lr=1", "init=xavier"});
    for (int i = 0; i < 5; ++i)
        controller.stepEpoch();
    ASSERT_TRUE(
        receiver.waitFor([](const TrainingSnapshot &s) { return s.runs.size() == 3 && s.epoch == 5; }));
    const SnapshotPointer before = receiver.last();
    QSignalSpy saved(&controller, &TrainingController::experimentSaved);
    controller.saveExperiment(path);
    ASSERT_TRUE(saved.wait(5000));
    const Experiment file = loadExperiment(path.toStdString());
    ASSERT_EQ(file.siblings.size(), 2u);
    EXPECT_EQ(runVariantToText(file.siblings[1].variant), "init=xavier");
    EXPECT_EQ(file.siblings[1].history.size(), 5u);

    controller.loadPreset("encoder-8-3-8", 1);
    ASSERT_TRUE(
        receiver.waitFor([](const TrainingSnapshot &s) { return s.runs.empty() && s.presetName != "xor"; }));
    controller.openExperiment(path);
    ASSERT_TRUE(receiver.waitFor(
        [](const TrainingSnapshot &s) { return s.runs.size() == 3 && s.presetName == "xor"; }));
    const TrainingSnapshot &opened = *receiver.last();
    for (std::size_t run = 0; run < 3; ++run)
        EXPECT_TRUE(test::networksIdentical(*opened.runs[run].network, *before->runs[run].network)) << run;
    EXPECT_EQ(opened.runs[2].newEpochs.size(), 5u);
}

TEST(CompareRuns, ALessonCanAskForSiblings)
{
    TrainingController controller;
    Receiver receiver(controller);
    Preset lesson = makePreset("xor", 1);
    lesson.siblings = {parseRunVariant("optimizer=momentum"), parseRunVariant("optimizer=adam,lr=0.05")};
    controller.loadLesson(lesson, 1);
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.runs.size() == 3; }));
    EXPECT_EQ(receiver.last()->runs[2].settings.optimizer.kind, Optimizer::Adam);
    EXPECT_EQ(receiver.last()->runs[1].label[0].key, "η");
    QSignalSpy failed(&controller, &TrainingController::commandFailed);
    controller.compareWith({"activation9=relu"});
    ASSERT_TRUE(failed.wait(5000));
    EXPECT_TRUE(failed.first().first().toString().contains("there is no layer 9"));
    // A refused comparison leaves the runs as they were.
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.runs.size() == 3; }));
}

// An architecture edit draws the new weights as the run in focus drew its own: the Saturation
// lesson's U(±5) (not the ±0.5 it once used), and a sibling's He once that sibling is in focus.
TEST(CompareRuns, AnArchitectureEditDrawsNewWeightsWithTheRunsInitialisation)
{
    TrainingController controller;
    Receiver receiver(controller);
    controller.loadPreset("saturation", 2);
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.runs.size() == 2; }));
    ModelEdit widen;
    widen.shape = shapeOf(*receiver.last()->network);
    widen.shape->sizes = {8, 4, 8};
    widen.sourceLayer = {1, 2};
    controller.applyModelEdit(1, widen);
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.editsHandled == 1; }));
    Network fresh(widen.shape->sizes, widen.shape->activations);
    fresh.initialize(InitScheme::Uniform, 2, kSaturationInitRange);
    const Network &wide = *receiver.last()->network;
    ASSERT_EQ(wide.sizes(), widen.shape->sizes);
    EXPECT_TRUE(test::matrixIdentical(wide.layer(1).weights.row(3), fresh.layer(1).weights.row(3)));
    EXPECT_TRUE(test::matrixIdentical(wide.layer(2).weights.col(3), fresh.layer(2).weights.col(3)));
    EXPECT_GT(wide.layer(1).weights.row(3).cwiseAbs().maxCoeff(), 0.5);

    controller.loadPreset("initialisation", 3);
    ASSERT_TRUE(receiver.waitFor(
        [](const TrainingSnapshot &s) { return s.runs.size() == 3 && s.presetName == "initialisation"; }));
    controller.setFocusRun(2);
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.focusRun == 2; }));
    ModelEdit deeper;
    const NetworkShape shape = shapeOf(*receiver.last()->network);
    deeper.shape = shape;
    deeper.shape->sizes.insert(deeper.shape->sizes.begin() + 1, 5);
    deeper.shape->activations.insert(deeper.shape->activations.begin(), Activation::Relu);
    deeper.sourceLayer = {0};
    for (int l = 1; l <= static_cast<int>(shape.activations.size()); ++l)
        deeper.sourceLayer.push_back(l);
    controller.applyModelEdit(2, deeper);
    ASSERT_TRUE(receiver.waitFor([](const TrainingSnapshot &s) { return s.editsHandled == 2; }));
    Network he(deeper.shape->sizes, deeper.shape->activations, deeper.shape->loss);
    he.initialize(InitScheme::He, 3);
    EXPECT_TRUE(test::matrixIdentical(receiver.last()->network->layer(1).weights, he.layer(1).weights));
}

} // namespace
} // namespace bp
