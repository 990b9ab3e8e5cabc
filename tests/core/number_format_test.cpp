// Numbers in files: exact, shortest and the same in every locale, and a message that names the
// decimal commas of files written by version 0.1.0 under an Italian desktop.
#include "core/experiment.h"
#include "core/model_io.h"
#include "core/number_format.h"
#include "core/preset.h"
#include "core/random.h"
#include "core/trainer.h"

#include "tests/support/comma_locale.h"
#include "tests/support/input_errors.h"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

namespace bp {
namespace {

TEST(NumberFormat, WritesTheShortestTextThatReadsBackToTheSameBits)
{
    EXPECT_EQ(formatNumber(0.1), "0.1");
    EXPECT_EQ(formatNumber(0.5), "0.5");
    EXPECT_EQ(formatNumber(-2.0), "-2");
    EXPECT_EQ(formatNumber(1e-5), "1e-05");
    EXPECT_EQ(formatNumber(0.20292183315885048), "0.20292183315885048");
    Random random(7);
    std::vector<double> values = {std::numeric_limits<double>::min(), std::numeric_limits<double>::max(),
                                  std::numeric_limits<double>::denorm_min(), -0.0, 1.0 / 3.0};
    for (int i = 0; i < 2000; ++i)
        values.push_back(random.uniform(-1.0, 1.0) * std::pow(10.0, random.uniform(-300.0, 300.0)));
    for (double value : values) {
        const std::optional<double> back = parseFiniteNumber(formatNumber(value));
        ASSERT_TRUE(back.has_value()) << formatNumber(value);
        EXPECT_EQ(std::bit_cast<std::uint64_t>(*back), std::bit_cast<std::uint64_t>(value)) << formatNumber(value);
    }
}

TEST(NumberFormat, IgnoresTheLocaleOfTheCLibrary)
{
    test::CommaLocale italian;
    if (!italian.isActive())
        GTEST_SKIP() << "it_IT.UTF-8 is not available (scripts/install-deps installs Debian's locales)";
    EXPECT_EQ(formatNumber(0.25), "0.25");
    EXPECT_EQ(formatSignificant(0.59327, 6), "0.59327");
    EXPECT_EQ(formatSignificant(8.77e-6, 3), "8.77e-06");
    EXPECT_EQ(parseFiniteNumber("0.25"), 0.25);
    EXPECT_FALSE(parseFiniteNumber("0,25").has_value());

    // A whole model written and read under the locale comes back bit for bit.
    const Preset preset = makePreset("encoder-8-3-8", 3);
    Trainer trainer(preset.makeNetwork(3), preset.dataset, preset.training);
    trainer.runEpoch();
    const Network back = parseModel(modelToJson(trainer.network()), "model.json");
    for (int l = 1; l <= back.layerCount(); ++l) {
        for (Eigen::Index i = 0; i < back.layer(l).weights.size(); ++i)
            EXPECT_EQ(std::bit_cast<std::uint64_t>(back.layer(l).weights.data()[i]),
                      std::bit_cast<std::uint64_t>(trainer.network().layer(l).weights.data()[i]));
    }
    const Experiment experiment = parseExperiment(experimentToJson(captureExperiment(trainer, "encoder-8-3-8", 3)),
                                                  "run.json");
    EXPECT_EQ(experiment.settings.optimizer.learningRate, preset.training.optimizer.learningRate);
}

// What 0.1.0 wrote under it_IT.UTF-8 (the issue's example): the weights read "0,2029…".
constexpr const char *kCommaModel = R"({
  "format": "backprop-model",
  "version": 1,
  "layers": [2, 1],
  "activation": ["logistic"],
  "loss": "half-squared-error",
  "weights": [
    [[0,20292183315885048, 0,020436619938856926]]
  ],
  "biases": [[0,5]]
})";

TEST(NumberFormat, AFileWithDecimalCommasIsNamedSo)
{
    const std::string model = test::messageOf([] { parseModel(kCommaModel, "model-it.json"); });
    EXPECT_NE(model.find("model-it.json:"), std::string::npos) << model;
    EXPECT_NE(model.find("decimal comma"), std::string::npos) << model;
    EXPECT_NE(model.find("0.1.0"), std::string::npos) << model;

    // An experiment whose learning rate reads "0,5": the rest of the message stays.
    const Preset preset = makePreset("xor", 1);
    Trainer trainer(preset.makeNetwork(1), preset.dataset, preset.training);
    const std::string good = experimentToJson(captureExperiment(trainer, "xor", 1));
    const std::string comma = test::replaced(good, "\"learning_rate\": 2", "\"learning_rate\": 2,5");
    const std::string experiment = test::messageOf([&] { parseExperiment(comma, "run.json"); });
    EXPECT_NE(experiment.find("run.json:"), std::string::npos) << experiment;
    EXPECT_NE(experiment.find("decimal comma"), std::string::npos) << experiment;

    // A broken file without decimal commas is not blamed on them.
    const std::string cut = test::messageOf([&] { parseExperiment(good.substr(0, good.size() / 2), "run.json"); });
    EXPECT_EQ(cut.find("decimal comma"), std::string::npos) << cut;
}

TEST(NumberFormat, DecimalCommasAreFoundOutsideStringsOnly)
{
    EXPECT_TRUE(hasDecimalCommas("[0,5]"));
    EXPECT_FALSE(hasDecimalCommas("[0, 5]"));
    EXPECT_FALSE(hasDecimalCommas("{\"name\": \"a1,2\"}"));
    EXPECT_FALSE(hasDecimalCommas("{\"name\": \"a\\\"1,2\"}"));
}

} // namespace
} // namespace bp
