// The exported NumPy and PyTorch scripts, run by python3, against the core: the JSON they print must
// equal `backprop-cli trace` with the same arguments, and their training the Trainer's losses.

#include "app/cli/cli.h"

#include "core/formats/error.h"
#include "core/formats/json.h"
#include "core/formats/model_io.h"
#include "core/formats/number_format.h"
#include "core/maths/random.h"
#include "core/documents/script_export.h"
#include "core/training/trainer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#ifndef BP_PYTHON3
#define BP_PYTHON3 "python3"
#endif

namespace bp {
namespace {

namespace fs = std::filesystem;

const std::string kHandModel = R"({"format": "backprop-model", "version": 1, "layers": [2, 2, 2],
 "activation": ["logistic", "logistic"], "loss": "half-squared-error",
 "weights": [[[0.15, 0.20], [0.25, 0.30]], [[0.40, 0.45], [0.50, 0.55]]],
 "biases": [[0.35, 0.35], [0.60, 0.60]]})";

std::string readText(const fs::path &path)
{
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// Why the scripts cannot run here (no python3, or no numpy/torch in it), or "".
std::string pythonMissing(ScriptFramework framework)
{
    const std::string module = framework == ScriptFramework::NumPy ? "numpy" : "torch";
    const std::string command = std::string(BP_PYTHON3) + " -c 'import " + module + "' >/dev/null 2>&1";
    if (std::system(command.c_str()) != 0)
        return std::string(BP_PYTHON3) + " cannot import " + module +
               " (scripts/test installs python3-numpy and python3-torch)";
    return {};
}

// Runs every script in one python3 process (PyTorch takes seconds to import), each as __main__ with
// its stdout captured; returns the printed texts in order.
std::vector<std::string> runScripts(const fs::path &folder, const std::vector<std::string> &scripts)
{
    std::string driver = "import contextlib, io, runpy, sys\n";
    for (std::size_t i = 0; i < scripts.size(); ++i) {
        const fs::path script = folder / ("script-" + std::to_string(i) + ".py");
        std::ofstream(script) << scripts[i];
        driver += "with open(" + jsonQuote((folder / ("out-" + std::to_string(i) + ".json")).string()) +
                  ", 'w') as out, open(" +
                  jsonQuote((folder / ("err-" + std::to_string(i) + ".txt")).string()) +
                  ", 'w') as err:\n"
                  "    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):\n"
                  "        runpy.run_path(" +
                  jsonQuote(script.string()) + ", run_name='__main__')\n";
    }
    std::ofstream(folder / "driver.py") << driver;
    const std::string command = std::string(BP_PYTHON3) + " " + (folder / "driver.py").string() + " 2>" +
                                (folder / "driver-err.txt").string();
    const int status = std::system(command.c_str());
    EXPECT_EQ(status, 0) << readText(folder / "driver-err.txt");
    std::vector<std::string> outputs;
    for (std::size_t i = 0; i < scripts.size(); ++i)
        outputs.push_back(readText(folder / ("out-" + std::to_string(i) + ".json")));
    return outputs;
}

// The largest relative difference between two JSON documents of the same shape, where it is, and
// the first difference of shape (names, lengths, strings) if any.
struct Difference {
    double worst = 0.0;
    std::string where;
    std::string shape;
};

void compare(const JsonValue &expected, const JsonValue &actual, const std::string &path,
             Difference &difference)
{
    if (!difference.shape.empty())
        return;
    if (expected.type != actual.type) {
        difference.shape = path + ": expected " + std::string(jsonTypeName(expected.type)) + ", found " +
                           std::string(jsonTypeName(actual.type));
        return;
    }
    switch (expected.type) {
    case JsonValue::Type::Number: {
        const double scale = std::max(std::abs(expected.number), std::abs(actual.number));
        // Relative, except for values at the level of rounding (a sum that cancels to ~1e-17).
        const double relative = scale < 1e-15 ? 0.0 : std::abs(expected.number - actual.number) / scale;
        if (relative > difference.worst || std::isnan(relative)) {
            difference.worst = relative;
            difference.where = path;
        }
        return;
    }
    case JsonValue::Type::String:
        if (expected.text() != actual.text())
            difference.shape = path + ": \"" + expected.text() + "\" != \"" + actual.text() + "\"";
        return;
    case JsonValue::Type::Array:
        if (expected.items.size() != actual.items.size()) {
            difference.shape = path + ": " + std::to_string(expected.items.size()) + " items, found " +
                               std::to_string(actual.items.size());
            return;
        }
        for (std::size_t i = 0; i < expected.items.size(); ++i)
            compare(expected.items[i], actual.items[i], path + "[" + std::to_string(i) + "]", difference);
        return;
    case JsonValue::Type::Object:
        if (expected.names().size() != actual.names().size()) {
            difference.shape = path + ": " + std::to_string(expected.names().size()) + " members, found " +
                               std::to_string(actual.names().size());
            return;
        }
        for (std::size_t i = 0; i < expected.names().size(); ++i) {
            const JsonValue *other = actual.find(expected.names()[i]);
            if (!other) {
                difference.shape = path + ": no member \"" + expected.names()[i] + "\"";
                return;
            }
            compare(expected.items[i], *other, path + "." + expected.names()[i], difference);
        }
        return;
    default: return;
    }
}

Difference differenceOf(const std::string &expected, const std::string &actual)
{
    Difference difference;
    try {
        compare(parseJson(expected, "trace"), parseJson(actual, "script"), "", difference);
    } catch (const InputError &error) {
        difference.shape = error.what();
    }
    return difference;
}

// The JSON of `backprop-cli trace` for this network and sample.
std::string traceJson(const fs::path &folder, const Network &network, const Matrix &input,
                      const Matrix &target, double learningRate)
{
    const fs::path model = folder / "model.json";
    std::ofstream(model) << modelToJson(network);
    const auto list = [](const Matrix &values) {
        std::string text;
        for (Eigen::Index i = 0; i < values.size(); ++i)
            text.append(i ? "," : "").append(formatNumber(values(i)));
        return text;
    };
    std::ostringstream out, err;
    const int code = cli::run({"trace", "--model", model.string(), "--input", list(input), "--target",
                               list(target), "--lr", formatNumber(learningRate)},
                              out, err);
    EXPECT_EQ(code, 0) << err.str();
    return out.str();
}

Matrix randomMatrix(Random &random, Eigen::Index rows, Eigen::Index cols, double low, double high)
{
    Matrix values(rows, cols);
    for (Eigen::Index col = 0; col < cols; ++col) {
        for (Eigen::Index row = 0; row < rows; ++row)
            values(row, col) = random.uniform(low, high);
    }
    return values;
}

// Targets that suit the loss, in [0, 1]; for softmax, probabilities that sum to 1 per column, or with
// `aboveOne` values from 0.6 to 1 whose sums (1.2 or more) are not 1: the cross-entropy's δᴸ is then
// aᴸ Σt − t, not aᴸ − t.
Matrix targetsFor(Random &random, Activation output, Eigen::Index rows, Eigen::Index cols,
                  bool aboveOne = false)
{
    if (aboveOne)
        return randomMatrix(random, rows, cols, 0.6, 1.0);
    Matrix targets = randomMatrix(random, rows, cols, 0.0, 1.0);
    if (output == Activation::Softmax) {
        for (Eigen::Index col = 0; col < cols; ++col)
            targets.col(col) /= targets.col(col).sum();
    }
    return targets;
}

// One random network for every pair of hidden and output activation and every loss the core has.
struct Case {
    std::string name;
    Network network;
    Matrix input;
    Matrix target;
};

std::vector<Case> everyActivationAndLoss()
{
    std::vector<Case> cases;
    std::uint64_t seed = 11;
    for (Loss loss : kAllLosses) {
        for (Activation output : kAllActivations) {
            if (!isLossCompatible(loss, output))
                continue;
            for (Activation hidden : kAllActivations) {
                if (hidden == Activation::Softmax)
                    continue;
                Random random(seed);
                Network network({3, 4, 3, 3}, {hidden, hidden, output}, loss);
                network.initialize(InitScheme::Uniform, seed++, 0.9);
                const std::string name = std::string(lossName(loss)) + "/" +
                                         std::string(activationName(hidden)) + "-" +
                                         std::string(activationName(output));
                const Matrix input = randomMatrix(random, 3, 1, -1.0, 1.0);
                cases.push_back({name, network, input, targetsFor(random, output, 3, 1)});
                // After softmax, also targets whose sum is not 1.
                if (output == Activation::Softmax) {
                    const Matrix target = targetsFor(random, output, 3, 1, true);
                    cases.push_back({name + ", targets summing to " + formatNumber(target.sum()), network,
                                     input, target});
                }
            }
        }
    }
    return cases;
}

class ScriptExport : public ::testing::TestWithParam<ScriptFramework> {
protected:
    void SetUp() override
    {
        std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
        for (char &c : name) {
            if (c == '/')
                c = '-';
        }
        m_folder = fs::temp_directory_path() / ("bp-script-test-" + name + "-" + std::to_string(::getpid()));
        fs::create_directories(m_folder);
    }
    void TearDown() override { fs::remove_all(m_folder); }

    fs::path m_folder;
};

TEST_P(ScriptExport, HandNetworkPrintsTheTraceOfTheCommandLine)
{
    const std::string missing = pythonMissing(GetParam());
    if (!missing.empty())
        GTEST_SKIP() << missing;
    const fs::path model = m_folder / "hand.json";
    std::ofstream(model) << kHandModel;
    const std::vector<std::string> sample = {"--model",  model.string(), "--input", "0.05,0.10",
                                             "--target", "0.01,0.99",    "--lr",    "0.5"};
    std::vector<std::string> exportArguments = {"export-script", "--framework",
                                                std::string(scriptFrameworkName(GetParam()))};
    exportArguments.insert(exportArguments.end(), sample.begin(), sample.end());
    std::ostringstream script, err;
    ASSERT_EQ(cli::run(exportArguments, script, err), 0) << err.str();
    std::vector<std::string> traceArguments = {"trace"};
    traceArguments.insert(traceArguments.end(), sample.begin(), sample.end());
    std::ostringstream trace;
    ASSERT_EQ(cli::run(traceArguments, trace, err), 0) << err.str();

    const std::vector<std::string> outputs = runScripts(m_folder, {script.str()});
    const Difference difference = differenceOf(trace.str(), outputs.at(0));
    EXPECT_EQ(difference.shape, "");
    EXPECT_LE(difference.worst, 1e-12) << "at " << difference.where;
    // The hand-worked numbers of the 2-2-2 example: E = 0.298371109, updated w²₁₁ = 0.35891648.
    const JsonValue printed = parseJson(outputs.at(0), "script");
    EXPECT_NEAR(printed.find("loss")->number, 0.298371109, 1e-9);
    EXPECT_NEAR(printed.find("updated")->find("weights")->items[1].items[0].items[0].number, 0.35891648,
                1e-8);
}

TEST_P(ScriptExport, EveryActivationAndLossPrintsTheTrace)
{
    const std::string missing = pythonMissing(GetParam());
    if (!missing.empty())
        GTEST_SKIP() << missing;
    const std::vector<Case> cases = everyActivationAndLoss();
    // Half-squared-error after all six, cross-entropy after two; after softmax a second target each.
    ASSERT_EQ(cases.size(), 5u * 6u + 5u * 2u + 5u * 2u);
    std::vector<std::string> scripts;
    std::vector<std::string> traces;
    for (const Case &item : cases) {
        ScriptRequest request;
        request.framework = GetParam();
        request.network = item.network;
        request.input = item.input;
        request.target = item.target;
        request.learningRate = 0.3;
        scripts.push_back(exportScript(request));
        traces.push_back(traceJson(m_folder, item.network, item.input, item.target, 0.3));
    }
    const std::vector<std::string> outputs = runScripts(m_folder, scripts);
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const Difference difference = differenceOf(traces[i], outputs.at(i));
        EXPECT_EQ(difference.shape, "") << cases[i].name;
        EXPECT_LE(difference.worst, 1e-12) << cases[i].name << " at " << difference.where;
    }
}

TEST_P(ScriptExport, TrainingGivesTheTrainersLossesEpochByEpoch)
{
    const std::string missing = pythonMissing(GetParam());
    if (!missing.empty())
        GTEST_SKIP() << missing;
    struct Setting {
        Optimizer optimizer;
        int batch;
        Activation hidden;
        Activation output;
        Loss loss;
        bool aboveOne = false;
    };
    const std::vector<Setting> settings = {
        {Optimizer::Sgd, 1, Activation::Logistic, Activation::Logistic, Loss::HalfSquaredError},
        {Optimizer::Sgd, 3, Activation::Tanh, Activation::Softmax, Loss::CrossEntropy},
        {Optimizer::Momentum, 0, Activation::Relu, Activation::Logistic, Loss::CrossEntropy},
        {Optimizer::Adam, 2, Activation::LeakyRelu, Activation::Identity, Loss::HalfSquaredError},
        // Targets whose sums are not 1: the cross-entropy's gradient is aᴸ Σt − t.
        {Optimizer::Momentum, 2, Activation::Logistic, Activation::Softmax, Loss::CrossEntropy, true},
    };
    constexpr int kEpochs = 6;
    std::vector<std::string> scripts;
    std::vector<std::vector<double>> expected;
    for (std::size_t i = 0; i < settings.size(); ++i) {
        const Setting &setting = settings[i];
        Random random(100 + i);
        Network network({3, 5, 2}, {setting.hidden, setting.output}, setting.loss);
        network.initialize(InitScheme::Uniform, 200 + i, 0.8);
        Dataset data;
        data.name = "random";
        data.inputs = randomMatrix(random, 3, 7, -1.0, 1.0);
        data.targets = targetsFor(random, setting.output, 2, 7, setting.aboveOne);
        TrainingSettings training;
        training.optimizer.kind = setting.optimizer;
        training.optimizer.learningRate = setting.optimizer == Optimizer::Adam ? 0.01 : 0.2;
        training.batchSize = setting.batch;

        ScriptRequest request;
        request.framework = GetParam();
        request.network = network;
        request.input = data.inputs.col(0);
        request.target = data.targets.col(0);
        request.training = ScriptTraining{data, training, kEpochs};
        scripts.push_back(exportScript(request));

        Trainer trainer(network, data, training);
        std::vector<double> losses;
        for (int e = 0; e < kEpochs; ++e)
            losses.push_back(trainer.runEpoch().loss);
        expected.push_back(losses);
    }
    const std::vector<std::string> outputs = runScripts(m_folder, scripts);
    for (std::size_t i = 0; i < settings.size(); ++i) {
        JsonValue printed;
        ASSERT_NO_THROW(printed = parseJson(outputs.at(i), "script")) << outputs.at(i);
        const JsonValue *training = printed.find("training");
        ASSERT_TRUE(training && training->find("epoch_loss")) << outputs.at(i);
        const JsonValue &losses = *training->find("epoch_loss");
        ASSERT_EQ(losses.items.size(), static_cast<std::size_t>(kEpochs));
        for (int e = 0; e < kEpochs; ++e) {
            const double want = expected[i][static_cast<std::size_t>(e)];
            EXPECT_NEAR(losses.items[static_cast<std::size_t>(e)].number, want, 1e-9 * std::abs(want))
                << "setting " << i << " (" << optimizerName(settings[i].optimizer) << "), epoch " << e + 1;
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Frameworks, ScriptExport,
                         ::testing::Values(ScriptFramework::NumPy, ScriptFramework::PyTorch),
                         [](const ::testing::TestParamInfo<ScriptFramework> &info) {
                             return info.param == ScriptFramework::NumPy ? std::string("NumPy")
                                                                         : std::string("PyTorch");
                         });

TEST(ScriptExportRefuses, WhatAFrameworkCannotComputeExactly)
{
    Network network({2, 3, 3}, {Activation::Tanh, Activation::Softmax}, Loss::CrossEntropy);
    network.initialize(InitScheme::Uniform, 5);
    ScriptRequest request;
    request.network = network;
    request.input = Matrix::Constant(2, 1, 0.5);
    // Targets that sum to 1.5 are exported: both scripts compute the core's δᴸ = aᴸ Σt − t (run above).
    request.target = Matrix::Constant(3, 1, 0.5);
    Dataset data;
    data.inputs = Matrix::Zero(2, 4);
    data.targets = Matrix::Constant(3, 4, 0.5);
    TrainingSettings settings;
    request.training = ScriptTraining{data, settings, 3};
    for (ScriptFramework framework : {ScriptFramework::PyTorch, ScriptFramework::NumPy}) {
        request.framework = framework;
        EXPECT_EQ(scriptExportProblem(request), "");
        EXPECT_NO_THROW(exportScript(request));
    }
    // Shuffled training is not: its order comes from our own generator.
    request.training->settings.shuffle = true;
    EXPECT_NE(scriptExportProblem(request).find("shuffle"), std::string::npos)
        << scriptExportProblem(request);
    EXPECT_THROW(exportScript(request), InputError);
}

TEST(ScriptExportRefuses, BadArgumentsOnTheCommandLineWithAClearMessage)
{
    const fs::path model =
        fs::temp_directory_path() / ("bp-script-cli-" + std::to_string(::getpid()) + ".json");
    std::ofstream(model) << kHandModel;
    const auto expectBad = [&](std::vector<std::string> arguments, const std::string &expected) {
        std::ostringstream out, err;
        EXPECT_EQ(cli::run(arguments, out, err), cli::kExitBadInput);
        EXPECT_NE(err.str().find(expected), std::string::npos) << err.str();
        EXPECT_EQ(out.str(), "");
    };
    const std::vector<std::string> sample = {"--model",   model.string(), "--input",
                                             "0.05,0.10", "--target",     "0.01,0.99"};
    std::vector<std::string> arguments = {"export-script", "--framework", "tensorflow"};
    arguments.insert(arguments.end(), sample.begin(), sample.end());
    expectBad(arguments, "unknown framework 'tensorflow'");
    arguments = {"export-script", "--framework", "numpy", "--epochs", "3"};
    arguments.insert(arguments.end(), sample.begin(), sample.end());
    expectBad(arguments, "--epochs needs training data");
    arguments = {"export-script", "--framework", "numpy", "--preset", "xor"};
    arguments.insert(arguments.end(), sample.begin(), sample.end());
    expectBad(arguments, "--epochs is required");
    arguments = {"export-script", "--framework", "numpy", "--preset", "encoder-8-3-8", "--epochs", "2"};
    arguments.insert(arguments.end(), sample.begin(), sample.end());
    expectBad(arguments, "the training data has 8 inputs");
    fs::remove(model);
}

} // namespace
} // namespace bp
