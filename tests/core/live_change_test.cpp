#include "core/experiment.h"
#include "core/live_change.h"
#include "core/preset.h"
#include "tests/support/input_errors.h"

#include <gtest/gtest.h>

namespace bp {
namespace {

LiveChange change(ChangeKind kind, std::string from, std::string to, std::int64_t epoch = 0)
{
    LiveChange c;
    c.kind = kind;
    c.from = std::move(from);
    c.to = std::move(to);
    c.epoch = epoch;
    c.stepCount = epoch * 4;
    return c;
}

TEST(LiveChange, AModelEditIsToldAsWhatChangedFromWhatToWhat)
{
    const Preset preset = makePreset("encoder-8-3-8", 1);
    const Network before = preset.makeNetwork(1);
    // Same network and data: nothing changed.
    EXPECT_TRUE(describeModelChange(before, preset.dataset, before, preset.dataset).empty());

    Network tanh = before;
    tanh.setActivation(1, Activation::Tanh);
    std::vector<LiveChange> changes = describeModelChange(before, preset.dataset, tanh, preset.dataset);
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].kind, ChangeKind::Activation);
    EXPECT_EQ(changes[0].layer, 1);
    EXPECT_EQ(changes[0].from, "logistic");
    EXPECT_EQ(changes[0].to, "tanh");

    const Network narrower({8, 2, 8}, {Activation::Logistic, Activation::Logistic}, before.loss());
    Dataset fewer = preset.dataset;
    fewer.inputs.conservativeResize(Eigen::NoChange, 7);
    fewer.targets.conservativeResize(Eigen::NoChange, 7);
    changes = describeModelChange(before, preset.dataset, narrower, fewer);
    ASSERT_EQ(changes.size(), 2u);
    EXPECT_EQ(changes[0].kind, ChangeKind::Architecture);
    EXPECT_EQ(changes[0].from, "8-3-8");
    EXPECT_EQ(changes[0].to, "8-2-8");
    EXPECT_EQ(changes[1].kind, ChangeKind::Data);
    EXPECT_EQ(changes[1].from, "8");
    EXPECT_EQ(changes[1].to, "7");

    // One value changed in the data, same number of samples: still a data change.
    Dataset edited = preset.dataset;
    edited.targets(0, 0) = 0.5;
    changes = describeModelChange(before, preset.dataset, before, edited);
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].kind, ChangeKind::Data);
}

TEST(LiveChange, UndoRemovesOnlyTheChangesOfThatEdit)
{
    std::vector<LiveChange> changes{change(ChangeKind::LearningRate, "0.5", "0.1"),
                                    change(ChangeKind::Activation, "logistic", "tanh"),
                                    change(ChangeKind::Activation, "logistic", "tanh"),
                                    change(ChangeKind::Architecture, "2-2-1", "2-3-1")};
    changes[1].editId = 4;
    changes[2].editId = 4;
    changes[3].editId = 5;
    EXPECT_EQ(removeChangesOfEdit(changes, 4), 2u);
    ASSERT_EQ(changes.size(), 2u);
    EXPECT_EQ(changes[0].kind, ChangeKind::LearningRate);
    EXPECT_EQ(changes[1].editId, 5u);
    // Settings (edit 0) are never taken away by an undo.
    EXPECT_EQ(removeChangesOfEdit(changes, 0), 0u);
    EXPECT_EQ(changes.size(), 2u);
}

TEST(LiveChange, ResumingFromAKeptStateDropsTheChangesMadeBetweenItAndTheRestore)
{
    std::vector<LiveChange> changes;
    for (std::uint64_t serial = 1; serial <= 6; ++serial) {
        LiveChange c = change(ChangeKind::BatchSize, "1", std::to_string(serial));
        c.serial = serial;
        changes.push_back(c);
    }
    // The state was kept after change 2; the run was put back when change 4 was the newest; 5 and 6
    // were made at the restored state.
    dropChangesBetween(changes, 2, 4);
    ASSERT_EQ(changes.size(), 4u);
    EXPECT_EQ(changes[0].serial, 1u);
    EXPECT_EQ(changes[1].serial, 2u);
    EXPECT_EQ(changes[2].serial, 5u);
    EXPECT_EQ(changes[3].serial, 6u);
}

TEST(LiveChange, TheListIsBounded)
{
    std::vector<LiveChange> changes;
    for (std::size_t i = 0; i < kMaxLiveChanges + 5; ++i)
        appendChange(changes, change(ChangeKind::BatchSize, "1", std::to_string(i)));
    ASSERT_EQ(changes.size(), kMaxLiveChanges);
    EXPECT_EQ(changes.front().to, "5");
    EXPECT_EQ(changes.back().to, std::to_string(kMaxLiveChanges + 4));
}

Experiment encoderExperiment()
{
    const Preset preset = makePreset("encoder-4-2-4");
    Trainer trainer(preset.makeNetwork(1), preset.dataset, preset.training);
    trainer.runEpoch();
    return captureExperiment(trainer, "encoder-4-2-4", 1);
}

TEST(LiveChange, ExperimentFilesKeepTheMarkersOfTheRun)
{
    Experiment experiment = encoderExperiment();
    experiment.changes.push_back(change(ChangeKind::LearningRate, "2", "0.125", 1));
    LiveChange weight = change(ChangeKind::Parameter, "0.25", "-1.5", 1);
    weight.layer = 2;
    weight.neuron = 3;
    weight.input = 1;
    experiment.changes.push_back(weight);
    LiveChange bias = weight;
    bias.input = -1;
    experiment.changes.push_back(bias);
    LiveChange activation = change(ChangeKind::Activation, "logistic", "relu", 1);
    activation.layer = 1;
    experiment.changes.push_back(activation);
    experiment.changes.push_back(change(ChangeKind::Architecture, "4-2-4", "4-3-4", 1));
    experiment.changes.push_back(change(ChangeKind::Data, "4", "5", 1));
    experiment.changes.push_back(change(ChangeKind::Optimizer, "sgd", "adam", 1));
    experiment.changes.push_back(change(ChangeKind::Loss, "half-squared-error", "cross-entropy", 1));
    experiment.changes.push_back(change(ChangeKind::BatchSize, "1", "0", 1));
    const Experiment back = parseExperiment(experimentToJson(experiment), "markers.json");
    EXPECT_EQ(back.changes, experiment.changes);
}

TEST(LiveChange, OldExperimentFilesWithoutChangesStillOpen)
{
    const std::string text = experimentToJson(encoderExperiment());
    const std::string line = "  \"changes\": [],\n";
    const std::size_t at = text.find(line);
    ASSERT_NE(at, std::string::npos) << text;
    const std::string old = text.substr(0, at) + text.substr(at + line.size());
    EXPECT_TRUE(parseExperiment(old, "old.json").changes.empty());
}

TEST(LiveChange, ABadChangeInAFileIsNamedWithItsPlace)
{
    Experiment experiment = encoderExperiment();
    experiment.changes.push_back(change(ChangeKind::LearningRate, "2", "0.125", 1));
    const std::string good = experimentToJson(experiment);
    auto errorOf = [](const std::string &text) {
        return test::messageOf([&] { parseExperiment(text, "e.json"); });
    };
    EXPECT_EQ(errorOf(good), "(no error)");
    const std::string unknown = test::replaced(good, "\"what\": \"learning_rate\"", "\"what\": \"mood\"");
    EXPECT_NE(errorOf(unknown).find("changes[0].what: unknown change"), std::string::npos) << errorOf(unknown);
    const std::string negative = test::replaced(good, "\"step\": 4", "\"step\": -4");
    EXPECT_NE(errorOf(negative).find("changes[0].step"), std::string::npos) << errorOf(negative);
    const std::string longText = test::replaced(good, "\"to\": \"0.125\"", "\"to\": \"" + std::string(300, 'x') + "\"");
    EXPECT_NE(errorOf(longText).find("changes[0].to: longer than 200 characters"), std::string::npos)
        << errorOf(longText);
    const std::string notList = test::replaced(good, "\"changes\": [", "\"changes\": {\"a\": [");
    EXPECT_NE(errorOf(notList), "(no error)");
}

} // namespace
} // namespace bp
