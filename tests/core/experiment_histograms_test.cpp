// Histograms over time in experiment files (#17): saved with the run (version 3), read back count
// for count, older files still read, malformed entries named by place, bounded however long the run.
#include "core/analysis/histogram.h"
#include "core/analysis/histogram_history.h"
#include "core/data/preset.h"
#include "core/formats/experiment.h"
#include "core/formats/histogram_json.h"
#include "core/training/run_group.h"

#include "tests/support/comma_locale.h"
#include "tests/support/histogram_match.h"
#include "tests/support/input_errors.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace bp {
namespace {

using test::messageOf;
using test::replaced;

// The vanishing-gradient net (six layers) trained 41 epochs, with the rows a window keeping 8 would.
struct Trained {
    Preset preset = makePreset("vanishing-gradient", 3);
    Trainer trainer{preset.makeNetwork(3), preset.dataset, preset.training};
    HistogramHistory history{8};

    Trained()
    {
        Workspace ws;
        history.append(std::make_shared<const HistogramRow>(
            computeHistograms(trainer.network(), trainer.dataset(), 0, ws)));
        // Rows at 0, 8, …, 40 on the grid, and the newest, 41, off it.
        for (int e = 1; e <= 41; ++e) {
            trainer.runEpoch();
            if (HistogramHistory::isScheduled(e, history.capacity()) || e == 41)
                history.append(std::make_shared<const HistogramRow>(
                    computeHistograms(trainer.network(), trainer.dataset(), e, ws)));
        }
    }
    Experiment experiment() const
    {
        Experiment e = captureExperiment(trainer, preset.name, 3);
        e.histograms = history.rows();
        return e;
    }
};

void expectSameRows(const std::vector<HistogramRowPointer> &got, const std::vector<HistogramRowPointer> &expected)
{
    EXPECT_TRUE(test::histogramRowsIdentical(got, expected));
}

TEST(ExperimentHistograms, RowsRoundTripCountForCountInVersion3)
{
    const Trained trained;
    ASSERT_EQ(trained.history.rows().size(), 7u);
    const std::string text = experimentToJson(trained.experiment());
    EXPECT_NE(text.find("\"version\": 3"), std::string::npos);
    EXPECT_EQ(text.find("\"runs\""), std::string::npos) << "no runs side by side: none written";
    const Experiment back = parseExperiment(text, "histograms.json");
    expectSameRows(back.histograms, trained.history.rows());
    EXPECT_EQ(experimentToJson(back), text);
    // Back in a history, the rows are the same strip: the grid keeps every one of them.
    HistogramHistory reopened(trained.history.capacity());
    for (const HistogramRowPointer &row : back.histograms)
        reopened.append(row);
    expectSameRows(reopened.rows(), trained.history.rows());
}

TEST(ExperimentHistograms, SavedWithRunsSideBySideBothComeBack)
{
    const Trained trained;
    Experiment experiment = trained.experiment();
    RunGroup group(trained.trainer, RunOrigin{3}, {parseRunVariant("lr=0.5")});
    experiment.siblings = captureSiblings(group, std::vector<std::vector<EpochMetrics>>(1));
    const Experiment back = parseExperiment(experimentToJson(experiment), "both.json");
    ASSERT_EQ(back.siblings.size(), 1u);
    EXPECT_EQ(runVariantToText(back.siblings[0].variant), "lr=0.5");
    expectSameRows(back.histograms, trained.history.rows());
}

TEST(ExperimentHistograms, OlderFilesWithoutThemStillLoad)
{
    const Trained trained;
    Experiment none = trained.experiment();
    none.histograms.clear();
    const std::string text = experimentToJson(none);
    EXPECT_NE(text.find("\"version\": 1"), std::string::npos) << "without histograms the file stays version 1";
    EXPECT_EQ(text.find("\"histograms\""), std::string::npos);
    EXPECT_TRUE(parseExperiment(text, "old.json").histograms.empty());
    // A version 1 or 2 file with a "histograms" member (no program wrote one) ignores it.
    const std::string withRows = experimentToJson(trained.experiment());
    EXPECT_TRUE(parseExperiment(replaced(withRows, "\"version\": 3", "\"version\": 1"), "v1.json").histograms.empty());
}

TEST(ExperimentHistograms, NumbersDoNotFollowTheLocale)
{
    const Trained trained;
    const std::string plain = experimentToJson(trained.experiment());
    test::CommaLocale italian;
    if (!italian.isActive())
        GTEST_SKIP() << "no Italian locale on this machine";
    const std::string text = experimentToJson(trained.experiment());
    EXPECT_EQ(text, plain);
    expectSameRows(parseExperiment(text, "it.json").histograms, trained.history.rows());
}

TEST(ExperimentHistograms, RowsOfAFutureThatDidNotHappenAreNotWritten)
{
    const Trained trained;
    Experiment experiment = trained.experiment();
    // The run put back to epoch 20: the rows after it are not the run's.
    Trainer rewound(trained.preset.makeNetwork(3), trained.preset.dataset, trained.preset.training);
    for (int e = 0; e < 20; ++e)
        rewound.runEpoch();
    experiment.progress = rewound.progress();
    experiment.network = rewound.network();
    const Experiment back = parseExperiment(experimentToJson(experiment), "rewound.json");
    ASSERT_EQ(back.histograms.size(), 3u);
    EXPECT_EQ(back.histograms.back()->epoch, 16);
}

TEST(ExperimentHistograms, AHistoryOverTheBudgetKeepsEveryOtherRowAndTheNewest)
{
    std::vector<HistogramRowPointer> rows;
    for (int e = 0; e <= 20; ++e) {
        auto row = std::make_shared<HistogramRow>();
        row->epoch = e;
        row->layers.resize(1);
        rows.push_back(row);
    }
    // A row of one layer costs 3 + 4 × (32 + 60 + 6) = 395 values.
    EXPECT_EQ(histogramRowsToSave(rows, 20, 21 * 395).size(), 21u);
    const std::vector<HistogramRowPointer> kept = histogramRowsToSave(rows, 20, 11 * 395);
    ASSERT_EQ(kept.size(), 11u);
    for (std::size_t i = 0; i < kept.size(); ++i)
        EXPECT_EQ(kept[i]->epoch, static_cast<std::int64_t>(2 * i));
    EXPECT_EQ(histogramRowsToSave(rows, 20, 6 * 395).back()->epoch, 20);
    EXPECT_LE(histogramRowsToSave(rows, 20, 6 * 395).size(), 6u);
    EXPECT_TRUE(histogramRowsToSave(rows, 20, 100).empty());
    EXPECT_EQ(histogramRowsToSave(rows, 9).back()->epoch, 9);
}

TEST(ExperimentHistograms, SavingWritesThemWholeOverThePreviousFile)
{
    const Trained trained;
    const std::filesystem::path folder = std::filesystem::temp_directory_path() / "bp-histograms-save";
    std::filesystem::create_directories(folder);
    const std::string path = (folder / "run.bpx.json").string();
    Experiment first = trained.experiment();
    first.histograms.resize(2);
    saveExperiment(path, first);
    saveExperiment(path, trained.experiment());
    expectSameRows(loadExperiment(path).histograms, trained.history.rows());
    std::filesystem::remove_all(folder);
}

TEST(ExperimentHistograms, MalformedRowsAreNamedByPlace)
{
    const Trained trained;
    const std::string text = experimentToJson(trained.experiment());
    auto problem = [&](const std::string &from, const std::string &to) {
        return messageOf([&] { parseExperiment(replaced(text, from, to), "h.json"); });
    };
    auto expectIn = [](const std::string &message, const std::string &part) {
        EXPECT_NE(message.find(part), std::string::npos) << "expected '" << part << "' in: " << message;
    };
    expectIn(problem("\"version\": 3", "\"version\": 4"), "versions 1 to 3");
    expectIn(problem("\"histograms\": [", "\"histograms\": 7, \"x\": ["), "histograms: expected an array");
    expectIn(problem("{\"epoch\": 0, \"samples\"", "{\"epoch\": 42, \"samples\""), "histograms[0].epoch");
    expectIn(problem("{\"epoch\": 8, \"samples\"", "{\"epoch\": 0, \"samples\""), "histograms[1].epoch");
    expectIn(problem("{\"epoch\": 0, \"samples\"", "{\"epoch\": -1, \"samples\""), "histograms[0].epoch");
    const std::string samples = "\"samples\": " + std::to_string(trained.history.rows()[0]->sampleCount);
    expectIn(problem(samples, "\"samples\": 257"), "histograms[0].samples");
    expectIn(problem("\"layers\": [\n", "\"layers\": [], \"x\": [\n"), "histograms[0].layers: expected 1 to 64");
    expectIn(problem("\"linear\": [", "\"linear\": [1, "), "histograms[0].layers[0].weights.linear");
    expectIn(problem("\"linear\": [", "\"linear\": [-1, "), "histograms[0].layers[0].weights.linear");
    // The first count replaced: each must be a 32-bit whole number.
    const std::string firstCount =
        "\"linear\": [" +
        std::to_string(trained.history.rows()[0]->layers[0].histogram(HistogramQuantity::Weights, HistogramScale::Linear).counts[0]) +
        ", ";
    expectIn(problem(firstCount, "\"linear\": [0.5, "), "histograms[0].layers[0].weights.linear[0]");
    expectIn(problem(firstCount, "\"linear\": [4294967296, "), "histograms[0].layers[0].weights.linear[0]");
    expectIn(problem("\"zeros\": 0", "\"zeros\": 1"),
             "histograms[0].layers[0].weights: the linear bins count 16 values, the log-magnitude bins and zeros 17");
    expectIn(problem("\"log_first\": ", "\"log_first\": 99, \"x\": "), "histograms[0].layers[0].weights.log_first");
    std::string tooLong;
    for (int i = 0; i < 61; ++i)
        tooLong += "0, ";
    expectIn(problem("\"log\": [", "\"log\": [" + tooLong), "histograms[0].layers[0].weights.log");
    expectIn(problem("\"low\": ", "\"low\": 1e300, \"x\": "), "histograms[0].layers[0].weights.high");
    expectIn(problem("\"low\": ", "\"low\": \"nan\", \"x\": "), "histograms[0].layers[0].weights.low");
    expectIn(problem("\"activations\": {", "\"activity\": {"), "histograms[0].layers[0]");
    expectIn(problem("\"non_finite\": 0", "\"non_finite\": true"), "histograms[0].layers[0].weights.non_finite");
    // Too many rows: the 258th is refused before it is read.
    std::string many = "[";
    for (int r = 0; r < kMaxSavedHistogramRows + 1; ++r)
        many += std::string(r ? ", " : "") + "{}";
    many += "]";
    expectIn(problem("\"histograms\": [", "\"histograms\": " + many + ", \"x\": ["), "at most 257");
}

} // namespace
} // namespace bp
