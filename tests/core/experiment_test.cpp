#include "core/formats/error.h"
#include "core/formats/experiment.h"
#include "core/data/preset.h"
#include "tests/support/input_errors.h"

#include "tests/support/matrix_near.h"
#include "tests/support/network_match.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace bp {
namespace {

using test::matrixIdentical;
using test::networksIdentical;

class ExperimentRoundTrip : public ::testing::TestWithParam<Optimizer> {};

TEST_P(ExperimentRoundTrip, SavedMidEpochContinuesBitForBit)
{
    // Shuffled minibatches and the optimizer's memory are the hard part: stop in the middle of an
    // epoch, save to text, read back, and the continued run must equal one that never stopped.
    Preset preset = makePreset("circle", 3);
    preset.training.optimizer.kind = GetParam();
    preset.training.optimizer.learningRate = GetParam() == Optimizer::Adam ? 0.01 : 0.1;
    Trainer uninterrupted(preset.makeNetwork(3), preset.dataset, preset.training);
    Trainer first(preset.makeNetwork(3), preset.dataset, preset.training);
    for (int e = 0; e < 3; ++e) {
        uninterrupted.runEpoch();
        first.runEpoch();
    }
    for (int s = 0; s < 7; ++s) {
        uninterrupted.step();
        first.step();
    }
    std::vector<EpochMetrics> history = {first.epochMetrics()};
    const std::string text =
        experimentToJson(captureExperiment(first, "circle", 3, history, ExperimentView{5}));
    const Experiment back = parseExperiment(text, "saved.json");
    EXPECT_EQ(back.lesson, "circle");
    EXPECT_EQ(back.seed, 3u);
    EXPECT_EQ(back.view.shownSample, 5);
    ASSERT_EQ(back.history.size(), 1u);
    EXPECT_EQ(back.history[0].loss, history[0].loss);
    EXPECT_TRUE(matrixIdentical(back.dataset.inputs, preset.dataset.inputs));
    EXPECT_TRUE(matrixIdentical(back.dataset.testTargets, preset.dataset.testTargets));
    Trainer resumed = resumeTraining(back);
    EXPECT_EQ(resumed.positionInEpoch(), first.positionInEpoch());
    for (int e = 0; e < 4; ++e) {
        uninterrupted.runEpoch();
        resumed.runEpoch();
    }
    EXPECT_TRUE(networksIdentical(resumed.network(), uninterrupted.network()));
    EXPECT_EQ(resumed.stepCount(), uninterrupted.stepCount());
    EXPECT_EQ(resumed.epochMetrics().loss, uninterrupted.epochMetrics().loss);
}

INSTANTIATE_TEST_SUITE_P(EveryOptimizer, ExperimentRoundTrip,
                         ::testing::Values(Optimizer::Sgd, Optimizer::Momentum, Optimizer::Adam),
                         [](const auto &info) { return std::string(optimizerName(info.param)); });

std::string savedEncoder()
{
    const Preset preset = makePreset("encoder-4-2-4");
    Trainer trainer(preset.makeNetwork(1), preset.dataset, preset.training);
    trainer.runEpoch();
    return experimentToJson(captureExperiment(trainer, "encoder-4-2-4", 1));
}

std::string errorOf(const std::string &text)
{
    return test::messageOf([&] { parseExperiment(text, "e.json"); });
}

using test::replaced;

TEST(ExperimentFile, ProblemsAreNamedWithTheirPlace)
{
    const std::string good = savedEncoder();
    EXPECT_EQ(errorOf(good), "(no error)");
    EXPECT_NE(errorOf(replaced(good, "\"order\": [0, 1, 2, 3]", "\"order\": [0, 1, 1, 3]"))
                  .find("progress: the saved sample order is not a permutation"),
              std::string::npos)
        << errorOf(replaced(good, "\"order\": [0, 1, 2, 3]", "\"order\": [0, 1, 1, 3]"));
    EXPECT_NE(errorOf(replaced(good, "\"order\": [0, 1, 2, 3]", "\"order\": [0, 1, 2]"))
                  .find("progress.order: expected 4 sample indices, found 3"),
              std::string::npos);
    EXPECT_NE(errorOf(replaced(good, "\"batch_size\": 1", "\"batch_size\": -1"))
                  .find("training.batch_size: expected a whole number from 0 to 1000000"),
              std::string::npos);
    EXPECT_NE(errorOf(replaced(good, "\"optimizer\": \"sgd\"", "\"optimizer\": \"lbfgs\""))
                  .find("training.optimizer: unknown optimizer"),
              std::string::npos);
    EXPECT_NE(errorOf(replaced(good, "backprop-experiment", "backprop-model"))
                  .find("format: expected \"backprop-experiment\""),
              std::string::npos);
    EXPECT_NE(errorOf(good.substr(0, good.size() / 2)).find("is the file truncated?"), std::string::npos);
    EXPECT_NE(errorOf(replaced(good, "\"learning_rate\": 2", "\"learning_rate\": 0"))
                  .find("training.learning_rate: the learning rate must be"),
              std::string::npos);
    EXPECT_NE(errorOf(replaced(good, "\"shown_sample\": 0", "\"shown_sample\": 9")).find("view.shown_sample"),
              std::string::npos);
}

TEST(ExperimentFile, WrongShapesInTheDatasetAreRefused)
{
    const std::string good = savedEncoder();
    // The first training sample gets a fifth input: the network has four.
    const std::string bad = replaced(good, "\"inputs\": [[1, 0, 0, 0]", "\"inputs\": [[1, 0, 0, 0, 0]");
    EXPECT_NE(errorOf(bad).find("dataset.inputs[0]: expected 4 numbers, found 5"), std::string::npos)
        << errorOf(bad);
}

TEST(ExperimentFile, ADivergedRunIsSavedAndReadBack)
{
    // A run that diverged has an infinite last loss (JSON has no number for it): the file must
    // still read back, or the autosave of a diverged session would be lost.
    Preset preset = makePreset("xor", 1);
    preset.training.optimizer.learningRate = 1e5;
    Trainer trainer(preset.makeNetwork(1), preset.dataset, preset.training);
    trainer.setActivation(1, Activation::Identity);
    trainer.setActivation(2, Activation::Identity);
    for (int e = 0; e < 100 && !trainer.isDiverged(); ++e)
        trainer.runEpoch();
    ASSERT_TRUE(trainer.isDiverged());
    ASSERT_FALSE(std::isfinite(trainer.lastLoss()));
    EpochMetrics odd;
    odd.epoch = 1;
    odd.loss = std::numeric_limits<double>::infinity();
    odd.accuracy = std::nan("");
    odd.stepLoss = -std::numeric_limits<double>::infinity();
    odd.layers = {{std::nan(""), 1.0}, {2.0, std::numeric_limits<double>::infinity()}};
    const std::string text = experimentToJson(captureExperiment(trainer, "xor", 1, {odd}));
    EXPECT_EQ(errorOf(text), "(no error)");
    const Experiment back = parseExperiment(text, "diverged.json");
    // Inf or NaN, as the build's arithmetic makes them (JSON's "NaN" carries no sign bit).
    auto same = [](double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; };
    EXPECT_PRED2(same, back.progress.lastLoss, trainer.lastLoss());
    EXPECT_PRED2(same, back.progress.epochLossSum, trainer.progress().epochLossSum);
    EXPECT_EQ(back.history[0].loss, odd.loss);
    EXPECT_TRUE(std::isnan(back.history[0].accuracy));
    EXPECT_EQ(back.history[0].stepLoss, odd.stepLoss);
    EXPECT_TRUE(std::isnan(back.history[0].layers[0].gradientNorm));
    EXPECT_EQ(back.history[0].layers[1].meanAbsDelta, odd.layers[1].meanAbsDelta);
    // Other strings are still refused, with the place.
    const std::string lowerCase = replaced(text, "\"accuracy\": \"NaN\"", "\"accuracy\": \"nan\"");
    ASSERT_NE(lowerCase, text);
    EXPECT_NE(errorOf(lowerCase).find("history[0].accuracy: expected a number"), std::string::npos)
        << errorOf(lowerCase);
}

TEST(ExperimentFile, TheViewRoundTrips)
{
    const Preset preset = makePreset("encoder-4-2-4");
    Trainer trainer(preset.makeNetwork(1), preset.dataset, preset.training);
    const ExperimentView view{3, 2.75, 1, 1};
    const Experiment back =
        parseExperiment(experimentToJson(captureExperiment(trainer, "encoder-4-2-4", 1, {}, view)), "v.json");
    EXPECT_EQ(back.view.shownSample, 3);
    EXPECT_EQ(back.view.zoom, 2.75);
    EXPECT_EQ(back.view.selectedLayer, 1);
    EXPECT_EQ(back.view.selectedNeuron, 1);
    // No selection is written as null and read back as none.
    const Experiment plain =
        parseExperiment(experimentToJson(captureExperiment(trainer, "encoder-4-2-4", 1)), "p.json");
    EXPECT_EQ(plain.view.selectedNeuron, -1);
    EXPECT_EQ(plain.view.zoom, 1.0);
}

TEST(ExperimentFile, OldFilesWithoutAViewStillOpen)
{
    const std::string good = savedEncoder();
    const std::size_t view = good.find(",\n  \"view\"");
    ASSERT_NE(view, std::string::npos);
    // A file written before the view existed: no "view" at all.
    const std::string noView = good.substr(0, view) + "\n}\n";
    EXPECT_EQ(errorOf(noView), "(no error)");
    const Experiment opened = parseExperiment(noView, "old.json");
    EXPECT_EQ(opened.view.shownSample, 0);
    EXPECT_EQ(opened.view.zoom, 1.0);
    EXPECT_EQ(opened.view.selectedNeuron, -1);
    // Version 1 files of the first release had the sample alone.
    const std::string sampleOnly = good.substr(0, view) + ",\n  \"view\": {\"shown_sample\": 2}\n}\n";
    EXPECT_EQ(parseExperiment(sampleOnly, "old.json").view.shownSample, 2);
}

TEST(ExperimentFile, ABadViewIsNamed)
{
    const std::string good = savedEncoder();
    EXPECT_NE(errorOf(replaced(good, "\"zoom\": 1", "\"zoom\": 0")).find("view.zoom: expected a zoom factor"),
              std::string::npos)
        << errorOf(replaced(good, "\"zoom\": 1", "\"zoom\": 0"));
    EXPECT_NE(errorOf(replaced(good, "\"selected\": null", "\"selected\": [1, 7]")).find("view.selected[1]"),
              std::string::npos)
        << errorOf(replaced(good, "\"selected\": null", "\"selected\": [1, 7]"));
    EXPECT_NE(errorOf(replaced(good, "\"selected\": null", "\"selected\": 3")).find("view.selected"),
              std::string::npos);
}

} // namespace
} // namespace bp
