// backprop-cli tried as an attacker and as an unlucky user would: memory and time stay bounded
// before the work starts, and a diverged run leaves what the user needs.
#include "app/cli/cli.h"

#include "core/formats/experiment.h"
#include "core/formats/file_io.h"
#include "core/formats/json.h"
#include "core/formats/message_text.h"
#include "core/maths/metrics.h"
#include "core/formats/model_io.h"
#include "core/maths/network.h"
#include "core/maths/random.h"
#include "tests/support/cli_fixture.h"
#include "tests/support/fifo_sink.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace bp {
namespace {

using Cli = test::CliFixture;
using Result = test::CliResult;

// The peak resident size of this process so far, in bytes (VmHWM of /proc/self/status). Each test
// runs in a process of its own (gtest_discover_tests), so the peak is this test's.
std::int64_t peakResidentBytes()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stoll(line.substr(6)) * 1024;
    }
    ADD_FAILURE() << "no VmHWM in /proc/self/status";
    return 0;
}

constexpr std::int64_t kMiB = 1024 * 1024;

TEST_F(Cli, AHeaderOfMillionsOfColumnsIsRefusedWhileReadingIt)
{
    std::string header;
    for (int i = 0; i < 10'000'000; ++i)
        header += "x,";
    const std::string path = write("h.csv", header + "t\n0\n");
    header = std::string();
    header.shrink_to_fit();
    expectBadInput({"train", "--data", path},
                   path +
                       ":1:200001: column 100001: more than 100000 input columns (a layer has at most 100000 "
                       "neurons)");
    // The 20 MB file is read whole once; its 10 million fields are never split into lists.
    EXPECT_LT(peakResidentBytes(), 120 * kMiB);
}

TEST_F(Cli, TenMillionEpochsKeepMemoryFlatWithHistoryAndExperiment)
{
    const std::string experiment = (m_folder / "xor.json").string();
    const std::string history = (m_folder / "history.csv").string();
    // The history goes into a pipe that a thread drains (a pipe is written directly: it cannot be
    // replaced), so the test does not fill the disk with 10⁷ lines of about 170 bytes.
    test::FifoSink sink((m_folder / "history.pipe").string());
    ASSERT_TRUE(sink.isOpen());
    const Result result = run({"train", "--preset", "xor", "--epochs", "10000000", "--batch", "0",
                               "--history", sink.path(), "--save-experiment", experiment, "--quiet"});
    ASSERT_EQ(result.code, 0) << result.err;
    EXPECT_LT(peakResidentBytes(), 100 * kMiB);
    sink.stop();
    EXPECT_EQ(sink.lines(), 10'000'001) << "the header and every epoch";
    EXPECT_EQ(sink.head().rfind("epoch,loss,accuracy,step_loss,grad_norm_1", 0), 0u);
    const Experiment saved = loadExperiment(experiment);
    EXPECT_EQ(saved.progress.epoch, 10'000'000);
    ASSERT_FALSE(saved.history.empty());
    EXPECT_LE(saved.history.size(), kMaxSavedHistory);
    EXPECT_EQ(saved.history.front().epoch, 1);
    EXPECT_EQ(saved.history.back().epoch, 10'000'000);
    // The history file streamed to a real file holds every epoch, once, in order.
    ASSERT_EQ(run({"train", "--preset", "xor", "--epochs", "3000", "--history", history, "--quiet"}).code, 0);
    std::istringstream lines(readTextFile(history, 1 << 24));
    std::string line;
    std::getline(lines, line);
    EXPECT_EQ(line.rfind("epoch,loss,accuracy", 0), 0u) << line;
    std::int64_t expected = 1;
    while (std::getline(lines, line))
        EXPECT_EQ(std::stoll(line.substr(0, line.find(','))), expected++);
    EXPECT_EQ(expected, 3001);
}

TEST_F(Cli, AnExperimentTooLargeToSaveIsRefusedBeforeTraining)
{
    std::string csv = "x1,t1\n";
    for (int i = 0; i < 900'000; ++i)
        csv += i % 2 ? "0,1\n" : "1,0\n";
    const std::string data = write("big.csv", csv);
    const std::string experiment = (m_folder / "big.json").string();
    const Result result = run({"train", "--data", data, "--epochs", "1", "--save-experiment", experiment});
    EXPECT_EQ(result.code, cli::kExitBadInput);
    EXPECT_NE(result.err.find(experiment + ": not saved: it would hold about "), std::string::npos)
        << result.err;
    EXPECT_EQ(result.out.find("epoch"), std::string::npos) << "trained before refusing: " << result.out;
    EXPECT_FALSE(std::filesystem::exists(experiment));
}

TEST_F(Cli, ARunTooLargeForTheMemoryBudgetIsRefusedWithTheEstimate)
{
    // 2-100000-490-1 with Adam: 49 million parameters, seven copies of them: about 2.6 GB.
    const Result result = run({"train", "--preset", "xor", "--layers", "2,100000,490,1", "--optimizer",
                               "adam", "--max-memory", "1G"});
    EXPECT_EQ(result.code, cli::kExitBadInput);
    EXPECT_NE(result.err.find("this run would need about 2."), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("GB of memory, more than the 1 GB allowed (--max-memory)"), std::string::npos)
        << result.err;
    EXPECT_LT(peakResidentBytes(), 200 * kMiB) << "refused before allocating";
    expectBadInput({"train", "--preset", "xor", "--max-memory", "lots"},
                   "--max-memory: 'lots' is not a size such as 800M or 4G");
    // Within the budget the same option lets a run through.
    EXPECT_EQ(run({"train", "--preset", "xor", "--epochs", "2", "--max-memory", "200M", "--quiet"}).code, 0);
}

TEST_F(Cli, GradcheckOfALargeNetworkChecksASeededSampleUnlessAll)
{
    Network network({60, 100, 1}, {Activation::Logistic, Activation::Logistic}); // 6201 parameters
    network.initialize(InitScheme::Xavier, 3);
    const std::string model = (m_folder / "large.json").string();
    saveModel(model, network);
    const std::string input = [] {
        std::string text;
        for (int i = 0; i < 60; ++i)
            text.append(i ? "," : "").append(std::to_string(0.01 * i));
        return text;
    }();
    const std::vector<std::string> arguments = {"gradcheck", "--model",  model, "--input",
                                                input,       "--target", "0.5"};
    const Result sampled = run(arguments);
    EXPECT_EQ(sampled.code, 0) << sampled.err;
    // Layer 1 has 6100 parameters (1000 of them drawn), layer 2 has 101 (all of them).
    EXPECT_NE(sampled.out.find("checked a seeded sample of 1101 of the 6201 parameters"), std::string::npos)
        << sampled.out;
    std::vector<std::string> all = arguments;
    all.push_back("--all");
    const Result whole = run(all);
    EXPECT_EQ(whole.code, 0) << whole.err;
    EXPECT_NE(whole.out.find("checked 6201 parameters"), std::string::npos) << whole.out;
}

// XOR with identity activations and a huge learning rate diverges within its first epochs.
std::vector<std::string> divergingRun()
{
    return {"train", "--preset", "xor",      "--activation", "identity",
            "--lr",  "100000",   "--epochs", "1000",         "--quiet"};
}

TEST_F(Cli, ADivergedRunSavesTheLastGoodModelAndSaysSo)
{
    const std::string model = (m_folder / "model-out.json").string();
    std::vector<std::string> arguments = divergingRun();
    arguments.insert(arguments.end(), {"--save-model", model});
    const Result result = run(arguments);
    ASSERT_EQ(result.code, cli::kExitDiverged) << result.err;
    EXPECT_NE(result.err.find(model + " holds the last good state, epoch "), std::string::npos) << result.err;
    ASSERT_TRUE(std::filesystem::exists(model)) << result.err;
    const Network saved = loadModel(model);
    EXPECT_TRUE(saved.isFinite());
}

TEST_F(Cli, ADivergedRunsReportIsJsonWithTheExperimentFilesSpellings)
{
    const std::string report = (m_folder / "report.json").string();
    std::vector<std::string> arguments = divergingRun();
    arguments.insert(arguments.end(), {"--report", report});
    ASSERT_EQ(run(arguments).code, cli::kExitDiverged);
    const std::string text = readTextFile(report, 1 << 20);
    const JsonValue json = parseJson(text, report);
    EXPECT_TRUE(json.find("diverged")->boolean);
    const JsonValue &loss = *json.find("loss");
    if (loss.isString()) {
        EXPECT_TRUE(loss.text() == "Infinity" || loss.text() == "NaN") << loss.text();
    }
    EXPECT_EQ(text.find("inf,"), std::string::npos) << text;
    EXPECT_EQ(text.find("nan,"), std::string::npos) << text;
}

TEST_F(Cli, ADivergedRunsExperimentKeepsTheLastGoodStateToContinueFrom)
{
    const std::string experiment = (m_folder / "diverged.json").string();
    const std::string history = (m_folder / "history.csv").string();
    // Iris with ReLU and a learning rate of 1000: the loss becomes NaN in the second epoch.
    const std::vector<std::string> arguments = {
        "train",    "--preset", "iris",    "--activation",      "relu,softmax", "--lr",      "1000",
        "--epochs", "200",      "--quiet", "--save-experiment", experiment,     "--history", history};
    const Result result = run(arguments);
    ASSERT_EQ(result.code, cli::kExitDiverged);
    EXPECT_NE(result.err.find(experiment + " holds the last good state, epoch "), std::string::npos)
        << result.err;
    EXPECT_NE(result.err.find("not a number"), std::string::npos) << result.err;
    EXPECT_EQ(result.err.find("nan"), std::string::npos) << result.err;
    const Experiment saved = loadExperiment(experiment);
    EXPECT_TRUE(saved.network.isFinite());
    if (!saved.history.empty()) {
        EXPECT_EQ(saved.history.back().epoch, saved.progress.epoch);
    }
    // Continued with a sensible rate, the saved state trains on.
    const Result continued =
        run({"train", "--experiment", experiment, "--lr", "0.01", "--epochs", "5", "--quiet"});
    EXPECT_EQ(continued.code, 0) << continued.err;
    // Every epoch of the history once: the cut-short epoch of the divergence is not a line.
    std::istringstream lines(readTextFile(history, 1 << 20));
    std::string line;
    std::getline(lines, line);
    std::int64_t previous = 0;
    while (std::getline(lines, line)) {
        const std::int64_t epoch = std::stoll(line.substr(0, line.find(',')));
        EXPECT_EQ(epoch, previous + 1) << line;
        previous = epoch;
    }
}

TEST_F(Cli, ArgumentsSayExactlyWhatIsWrongWithThem)
{
    // A seed above 2⁵³ would be rounded through a double: refused.
    expectBadInput({"train", "--seed", "9007199254740993"},
                   "--seed: '9007199254740993' is not a whole number from 0 to 9007199254740992");
    EXPECT_EQ(
        run({"train", "--preset", "xor", "--seed", "9007199254740992", "--epochs", "1", "--quiet"}).code, 0);
    // Softmax over one output is always 1.
    expectBadInput({"train", "--preset", "xor", "--activation", "logistic,softmax"},
                   "softmax on a single output");
    // 1e-400 is 0, as in JSON files: the rate is refused for being 0, not for not being a number.
    expectBadInput({"train", "--lr", "1e-400"}, "the learning rate must be a number greater than 0");
    // A long value is cut in the message.
    const std::string huge(100'000, 'a');
    for (const std::vector<std::string> &arguments :
         {std::vector<std::string>{"train", "--stop-at-accuracy", "7" + huge},
          std::vector<std::string>{"train", "--" + huge}, std::vector<std::string>{huge},
          std::vector<std::string>{"train", "--lr", huge}}) {
        const Result result = run(arguments);
        EXPECT_EQ(result.code, cli::kExitBadInput);
        EXPECT_LT(result.err.size(), 300u) << result.err.substr(0, 300);
        EXPECT_NE(result.err.find(" bytes)"), std::string::npos) << result.err.substr(0, 300);
    }
}

TEST_F(Cli, FilesThatAreNotWhatTheySeemGetTheRightMessage)
{
    const Result proc = run({"train", "--data", "/proc/self/status"});
    EXPECT_EQ(proc.code, cli::kExitBadInput);
    EXPECT_EQ(proc.err.find("empty"), std::string::npos) << proc.err;
    EXPECT_NE(proc.err.find("/proc/self/status:1:1: column 1 is named 'Name:\\x09"), std::string::npos)
        << proc.err;
    const std::string loop = (m_folder / "loop.csv").string();
    std::filesystem::create_symlink(loop, loop);
    expectBadInput({"train", "--data", loop}, loop + ": a symbolic link that leads back to itself");
}

TEST_F(Cli, WhatTheProgramWritesIsUtf8WhateverItWasGiven)
{
    const std::string data = write("d\xff\xfe.csv", "x1,t1\n0,1\n1,0\n");
    const std::string report = (m_folder / "report.json").string();
    ASSERT_EQ(run({"train", "--data", data, "--epochs", "1", "--report", report, "--quiet"}).code, 0);
    const std::string text = readTextFile(report, 1 << 20);
    EXPECT_TRUE(isValidUtf8(text)) << describeFirstInvalidByte(text);
    EXPECT_EQ(parseJson(text, report).find("preset")->text(), "d\xef\xbf\xbd\xef\xbf\xbd");
    const std::string header = write("h.csv", "x1,t\xff\n0,1\n");
    expectBadInput({"train", "--data", header},
                   header + ":1:4: column 2's name is not UTF-8 text (byte 0xff at offset 1)");
}

} // namespace
} // namespace bp
