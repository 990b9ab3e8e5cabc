#include "core/data/preset.h"
#include "core/formats/error.h"
#include "core/formats/experiment.h"
#include "core/training/run_group.h"

#include "tests/support/input_errors.h"
#include "tests/support/network_match.h"

#include <gtest/gtest.h>

namespace bp {
namespace {

using test::messageOf;
using test::networksIdentical;
using test::replaced;

// A shuffled XOR compared with a higher rate and with Adam, stopped mid-epoch after 4 epochs.
struct SavedGroup {
    RunGroup group;
    std::vector<std::vector<EpochMetrics>> histories;
};

SavedGroup trainedGroup()
{
    Preset preset = makePreset("xor");
    preset.training.shuffle = true;
    preset.training.batchSize = 2;
    RunGroup group(Trainer(preset.makeNetwork(5), preset.dataset, preset.training), RunOrigin{5},
                   {parseRunVariant("lr=4"), parseRunVariant("optimizer=adam,lr=0.05,init=xavier")});
    std::vector<std::vector<EpochMetrics>> histories(3);
    for (int e = 0; e < 4; ++e) {
        const std::vector<EpochMetrics> metrics = group.runEpoch();
        for (std::size_t run = 0; run < 3; ++run)
            histories[run].push_back(metrics[run]);
    }
    group.step();
    return {std::move(group), std::move(histories)};
}

std::string savedText(const SavedGroup &saved)
{
    Experiment experiment = captureExperiment(saved.group.run(0), "xor", 5, saved.histories[0]);
    experiment.siblings =
        captureSiblings(saved.group, std::vector<std::vector<EpochMetrics>>(saved.histories.begin() + 1,
                                                                            saved.histories.end()));
    return experimentToJson(experiment);
}

TEST(ExperimentRuns, RunsSideBySideRoundTripAndContinueBitForBit)
{
    SavedGroup saved = trainedGroup();
    const std::string text = savedText(saved);
    EXPECT_NE(text.find("\"version\": 2"), std::string::npos);
    const Experiment back = parseExperiment(text, "runs.json");
    ASSERT_EQ(back.siblings.size(), 2u);
    EXPECT_EQ(runVariantToText(back.siblings[1].variant), "lr=0.05,optimizer=adam,init=xavier");
    ASSERT_EQ(back.siblings[1].history.size(), 4u);
    EXPECT_EQ(back.siblings[1].history[3].loss, saved.histories[2][3].loss);
    EXPECT_EQ(experimentToJson(back), text);

    RunGroup resumed = resumeGroup(back);
    ASSERT_EQ(resumed.runCount(), 3);
    EXPECT_EQ(resumed.title(), saved.group.title());
    for (int e = 0; e < 3; ++e) {
        const std::vector<EpochMetrics> expected = saved.group.runEpoch();
        const std::vector<EpochMetrics> got = resumed.runEpoch();
        for (std::size_t run = 0; run < 3; ++run)
            EXPECT_EQ(got[run].loss, expected[run].loss) << "run " << run + 1 << ", epoch " << got[run].epoch;
    }
    for (int run = 0; run < 3; ++run)
        EXPECT_TRUE(networksIdentical(resumed.run(run).network(), saved.group.run(run).network()))
            << "run " << run + 1;
}

TEST(ExperimentRuns, AFileWithoutRunsSideBySideStaysVersion1)
{
    const Preset preset = makePreset("xor");
    const std::string text = experimentToJson(
        captureExperiment(Trainer(preset.makeNetwork(1), preset.dataset, preset.training), "xor", 1));
    EXPECT_NE(text.find("\"version\": 1"), std::string::npos);
    EXPECT_EQ(text.find("\"runs\""), std::string::npos);
    EXPECT_TRUE(parseExperiment(text, "one.json").siblings.empty());
}

TEST(ExperimentRuns, MalformedRunsAreNamedByPlace)
{
    const std::string text = savedText(trainedGroup());
    auto problem = [&](const std::string &from, const std::string &to) {
        return messageOf([&] { parseExperiment(replaced(text, from, to), "runs.json"); });
    };
    auto expectIn = [](const std::string &message, const std::string &part) {
        EXPECT_NE(message.find(part), std::string::npos) << "expected '" << part << "' in: " << message;
    };
    expectIn(problem("\"version\": 2", "\"version\": 4"), "versions 1 to 3");
    expectIn(problem("\"variant\": \"lr=4\"", "\"variant\": \"speed=4\""), "runs[0].variant");
    expectIn(problem("\"variant\": \"lr=4\"", "\"variant\": 4"), "runs[0].variant");
    expectIn(problem("\"runs\": [", "\"runs\": [7, 8, "), "expected 1 to 3 runs");
    expectIn(problem("\"runs\": [", "\"runs\": [], \"x\": ["), "runs");
    expectIn(problem("\"init\": \"uniform\"", "\"init\": \"big\""), "init: unknown initialisation");
    expectIn(problem("\"init_range\": 0.5", "\"init_range\": -1"), "init_range");
    // The second run's learning rate is its first "learning_rate" after "runs".
    const std::size_t runs = text.find("\"runs\"");
    const std::size_t rate = text.find("\"learning_rate\": 4", runs);
    ASSERT_NE(rate, std::string::npos);
    std::string badRate = text;
    badRate.replace(rate, 18, "\"learning_rate\": -4");
    expectIn(messageOf([&] { parseExperiment(badRate, "runs.json"); }), "runs[0].training.learning_rate");
    const std::size_t order = text.find("\"order\": [", runs);
    ASSERT_NE(order, std::string::npos);
    std::string badOrder = text;
    badOrder.replace(order, 10, "\"order\": [9, ");
    expectIn(messageOf([&] { parseExperiment(badOrder, "runs.json"); }), "runs[0].progress.order");
    const std::size_t layers = text.find("\"layers\": [2, 2, 1]", runs);
    ASSERT_NE(layers, std::string::npos);
    std::string badLayers = text;
    badLayers.replace(layers, 19, "\"layers\": [2, 3, 1]");
    expectIn(messageOf([&] { parseExperiment(badLayers, "runs.json"); }), "runs[0].model");
    std::string missing = text;
    const std::size_t history = text.find("\"history\": [", runs);
    missing.replace(history, 11, "\"chronicle\":");
    expectIn(messageOf([&] { parseExperiment(missing, "runs.json"); }), "runs[0]");
}

} // namespace
} // namespace bp
