#include "app/cli/cli.h"
#include "core/experiment.h"
#include "core/lesson_registry.h"

#include "core/file_io.h"
#include "core/json.h"
#include "core/model_io.h"
#include "tests/support/cli_fixture.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace bp {
namespace {

using test::kModel;
using Cli = test::CliFixture;
using Result = test::CliResult;

TEST_F(Cli, TracePrintsTheWorkedExampleAsLatexOrMarkdown)
{
    const std::vector<std::string> sample = {"trace",    "--model",   m_model, "--input", "0.05,0.10",
                                             "--target", "0.01,0.99", "--lr",  "0.5",     "--format"};
    std::vector<std::string> arguments = sample;
    arguments.push_back("latex");
    const Result latex = run(arguments);
    ASSERT_EQ(latex.code, 0) << latex.err;
    EXPECT_EQ(latex.out.rfind("\\documentclass", 0), 0u);
    EXPECT_NE(latex.out.find("\\delta^{2}_{1} &= (a^{2}_{1} - t_{1})"), std::string::npos);
    EXPECT_NE(latex.out.find("= 0.138499\n"), std::string::npos) << "δ²₁ of the hand-worked step";
    arguments.back() = "markdown";
    const Result markdown = run(arguments);
    ASSERT_EQ(markdown.code, 0) << markdown.err;
    EXPECT_NE(markdown.out.find("w^{2}_{11} \\leftarrow 0.4 - 0.5 \\cdot 0.082167 = 0.358916"),
              std::string::npos);
    arguments.back() = "json";
    EXPECT_NO_THROW(parseJson(run(arguments).out, "stdout"));
    arguments.back() = "pdf";
    expectBadInput(arguments, "--format: unknown format 'pdf' (known: json, markdown, latex)");
}

TEST_F(Cli, TracePrintsEveryRecordAndTheUpdatedModel)
{
    const Result result =
        run({"trace", "--model", m_model, "--input", "0.05,0.10", "--target", "0.01,0.99", "--lr", "0.5"});
    ASSERT_EQ(result.code, 0) << result.err;
    const JsonValue json = parseJson(result.out, "stdout");
    EXPECT_NEAR(json.find("loss")->number, 0.298371108760003, 1e-15);
    const JsonValue &layers = *json.find("layers");
    ASSERT_EQ(layers.items.size(), 2u);
    EXPECT_NEAR(layers.items[1].find("delta")->items[0].number, 0.138498561628557, 1e-15);
    EXPECT_NEAR(layers.items[0].find("grad_weights")->items[1].items[1].number, 0.10 * 0.009954254705217,
                1e-15);
    const Network updated = networkFromJson(*json.find("updated"), "updated");
    EXPECT_NEAR(updated.layer(2).weights(0, 0), 0.358916479717885, 1e-15);
    // The shortest text that reads back to the same double (17 digits would print ...0272).
    EXPECT_NE(result.out.find("\"loss\": 0.2983711087600027,"), std::string::npos) << result.out.substr(0, 80);
}

TEST_F(Cli, GradcheckAgrees)
{
    const Result result =
        run({"gradcheck", "--model", m_model, "--input", "0.05,0.10", "--target", "0.01,0.99"});
    EXPECT_EQ(result.code, 0) << result.out << result.err;
    EXPECT_NE(result.out.find("checked 12 parameters"), std::string::npos) << result.out;
}

TEST_F(Cli, TrainWritesReportHistoryAndModel)
{
    const std::string report = (m_folder / "report.json").string();
    const std::string history = (m_folder / "history.csv").string();
    const std::string saved = (m_folder / "trained.json").string();
    const Result result =
        run({"train", "--preset", "encoder-8-3-8", "--epochs", "600", "--seed", "2", "--stop-at-accuracy",
             "1", "--report", report, "--history", history, "--save-model", saved, "--quiet"});
    ASSERT_EQ(result.code, 0) << result.err;
    const JsonValue json = parseJson(readTextFile(report, 1 << 20), report);
    EXPECT_EQ(json.find("accuracy")->number, 1.0);
    const double epochs = json.find("epochs")->number;
    EXPECT_GT(epochs, 10);
    EXPECT_LT(epochs, 600); // stopped at accuracy 1
    EXPECT_EQ(json.find("steps")->number, epochs * 8);
    EXPECT_GT(json.find("samples_per_second")->number, 0.0);
    for (const char *key : {"loss", "seconds"})
        EXPECT_NE(json.find(key), nullptr) << key;
    const std::string csv = readTextFile(history, 1 << 20);
    EXPECT_EQ(csv.substr(0, csv.find('\n')),
              "epoch,loss,accuracy,step_loss,grad_norm_1,grad_norm_2,mean_abs_delta_1,mean_abs_delta_2,"
              "distinct_codes");
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), static_cast<long>(epochs) + 1);
    EXPECT_EQ(loadModel(saved).sizes(), (std::vector<int>{8, 3, 8}));
}

TEST_F(Cli, TrainFromCsvAndFromAnInitialModel)
{
    const std::string csv = write("xor.csv", "x1,x2,t1\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n");
    const Result fromCsv =
        run({"train", "--data", csv, "--layers", "2,3,1", "--lr", "2", "--epochs", "50", "--quiet"});
    EXPECT_EQ(fromCsv.code, 0) << fromCsv.err;
    const Result fromModel = run({"train", "--data", csv, "--init-model",
                                  write("m.json", R"({"format": "backprop-model", "version": 1,
        "layers": [2, 1], "activation": ["logistic"], "loss": "half-squared-error", "weights": [[[0.1, 0.2]]], "biases": [[0]]})"),
                                  "--epochs", "5", "--quiet"});
    EXPECT_EQ(fromModel.code, 0) << fromModel.err;
}

TEST_F(Cli, AnExperimentContinuesExactlyWhereItStopped)
{
    // 10 epochs, saved; 7 more from the file: the same weights, to the bit, as 17 in one go.
    const std::string saved = (m_folder / "run.json").string();
    const std::string split = (m_folder / "split.json").string();
    const std::string whole = (m_folder / "whole.json").string();
    ASSERT_EQ(
        run({"train", "--preset", "circle", "--epochs", "10", "--save-experiment", saved, "--quiet"}).code,
        0);
    const Result continued =
        run({"train", "--experiment", saved, "--epochs", "7", "--save-model", split, "--quiet"});
    ASSERT_EQ(continued.code, 0) << continued.err;
    ASSERT_EQ(run({"train", "--preset", "circle", "--epochs", "17", "--save-model", whole, "--quiet"}).code,
              0);
    EXPECT_EQ(readTextFile(split, 1 << 20), readTextFile(whole, 1 << 20));
    EXPECT_NE(continued.out.find("trained 17 epochs"), std::string::npos) << continued.out;
    expectBadInput({"train", "--experiment", saved, "--layers", "2,3,1"},
                   "--layers cannot change an experiment that continues (--experiment)");
    expectBadInput({"train", "--experiment",
                    write("broken.json", "{\"format\": \"backprop-experiment\", \"version\": 1}")},
                   "broken.json:1:1: experiment: the member \"lesson\" is missing");
}

TEST_F(Cli, AContinuedExperimentKeepsTheChangesOfTheRun)
{
    // A run with a live change (the GUI's), continued and saved by the CLI: the marker stays.
    const std::string saved = (m_folder / "run.json").string();
    const std::string continued = (m_folder / "continued.json").string();
    ASSERT_EQ(run({"train", "--preset", "xor", "--epochs", "3", "--save-experiment", saved, "--quiet"}).code, 0);
    Experiment experiment = loadExperiment(saved);
    LiveChange change;
    change.epoch = 2;
    change.stepCount = 8;
    change.from = "2";
    change.to = "0.5";
    experiment.changes.push_back(change);
    saveExperiment(saved, experiment);
    ASSERT_EQ(run({"train", "--experiment", saved, "--epochs", "2", "--save-experiment", continued, "--quiet"}).code,
              0);
    const Experiment after = loadExperiment(continued);
    ASSERT_EQ(after.changes.size(), 1u);
    EXPECT_EQ(after.changes[0], change);
}

TEST_F(Cli, DivergenceExitsOneWithAnExplanation)
{
    const Result result = run({"train", "--preset", "xor", "--activation", "identity", "--lr", "100000",
                               "--epochs", "1000", "--quiet"});
    EXPECT_EQ(result.code, cli::kExitDiverged);
    EXPECT_NE(result.err.find("Training diverged at epoch"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("lower the learning rate"), std::string::npos) << result.err;
}

TEST_F(Cli, HelpAndVersion)
{
    EXPECT_EQ(run({"--help"}).code, 0);
    EXPECT_NE(run({"--help"}).out.find("backprop-cli trace"), std::string::npos);
    EXPECT_EQ(run({"--version"}).out.rfind("backprop-cli ", 0), 0u);
    EXPECT_EQ(run({"-V"}).code, 0);
    EXPECT_EQ(run({"-V"}).out, run({"--version"}).out);
}

TEST_F(Cli, EachCommandHasItsOwnHelp)
{
    for (const std::vector<std::string> &arguments :
         std::vector<std::vector<std::string>>{{"train", "--help"}, {"trace", "-h"}, {"gradcheck", "--help"},
                                               {"train", "--preset", "xor", "--help"}}) {
        const Result help = run(arguments);
        EXPECT_EQ(help.code, 0) << arguments[0] << ": " << help.err;
        EXPECT_NE(help.out.find("backprop-cli " + arguments[0]), std::string::npos) << help.out;
        EXPECT_TRUE(help.err.empty()) << help.err;
    }
    EXPECT_NE(run({"train", "--help"}).out.find("--stop-at-codes"), std::string::npos);
    EXPECT_EQ(run({"trace", "--help"}).out.find("--stop-at-codes"), std::string::npos);
}

TEST_F(Cli, DoubleDashEndsTheOptions)
{
    const Result ended = run({"train", "--preset", "xor", "--epochs", "1", "--quiet", "--"});
    EXPECT_EQ(ended.code, 0) << ended.err;
    // After "--", "--help" is not an option (and no command takes other arguments).
    expectBadInput({"train", "--preset", "xor", "--", "--help"}, "unexpected argument '--help' after '--'");
}

// The options that shape the network are applied to an initial model where its weights stay
// valid, and refused where they would not: never silently ignored.
TEST_F(Cli, OptionsThatConflictWithAnInitialModelAreAppliedOrRefused)
{
    const std::string csv = write("xor.csv", "x1,x2,t1\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n");
    const std::string initial = write("m.json", R"({"format": "backprop-model", "version": 1,
        "layers": [2, 2, 1], "activation": ["logistic", "logistic"], "loss": "half-squared-error",
        "weights": [[[0.1, 0.2], [-0.3, 0.4]], [[0.5, -0.6]]], "biases": [[0, 0.1], [0.2]]})");
    const std::string saved = (m_folder / "saved.json").string();
    const Result changed = run({"train", "--data", csv, "--init-model", initial, "--activation", "relu,logistic",
                                "--loss", "cross-entropy", "--epochs", "1", "--lr", "1e-9", "--save-model", saved,
                                "--quiet"});
    ASSERT_EQ(changed.code, 0) << changed.err;
    const Network network = loadModel(saved);
    EXPECT_EQ(network.layer(1).activation, Activation::Relu);
    EXPECT_EQ(network.layer(2).activation, Activation::Logistic);
    EXPECT_EQ(network.loss(), Loss::CrossEntropy);
    EXPECT_NEAR(network.layer(1).weights(1, 0), -0.3, 1e-6); // the model's weights, barely trained

    expectBadInput({"train", "--data", csv, "--init-model", initial, "--layers", "2,3,1"},
                   "--layers 2,3,1 differs from the layers of the --init-model, 2,2,1");
    expectBadInput({"train", "--data", csv, "--init-model", initial, "--init", "he"},
                   "--init cannot be given with --init-model");
    expectBadInput({"train", "--data", csv, "--init-model", initial, "--activation", "relu", "--loss",
                    "cross-entropy"},
                   "the cross-entropy loss needs a softmax or logistic output layer");
}

// Accuracy 1 (the right argmax) is not the lecture's picture of 8-3-8; distinct hidden codes are.
TEST_F(Cli, DistinctHiddenCodesAreReportedAndCanStopTraining)
{
    const std::string report = (m_folder / "report.json").string();
    const std::string history = (m_folder / "history.csv").string();
    const Result result = run({"train", "--preset", "encoder-8-3-8", "--seed", "1", "--epochs", "3000",
                               "--stop-at-codes", "8", "--report", report, "--history", history, "--quiet"});
    ASSERT_EQ(result.code, 0) << result.err;
    const JsonValue json = parseJson(readTextFile(report, 1 << 20), report);
    ASSERT_NE(json.find("distinct_codes"), nullptr);
    EXPECT_EQ(json.find("distinct_codes")->number, 8.0);
    const auto epochs = static_cast<long>(json.find("epochs")->number);
    EXPECT_LT(epochs, 3000);
    EXPECT_NE(result.out.find("distinct codes 8/8"), std::string::npos) << result.out;
    // The history's last column: 8 only at the last epoch, where training stopped.
    const std::string csv = readTextFile(history, 1 << 20);
    std::istringstream lines(csv);
    std::string line;
    std::vector<int> codes;
    std::getline(lines, line);
    while (std::getline(lines, line))
        codes.push_back(std::stoi(line.substr(line.rfind(',') + 1)));
    ASSERT_EQ(static_cast<long>(codes.size()), epochs);
    EXPECT_EQ(codes.back(), 8);
    EXPECT_LT(*std::max_element(codes.begin(), codes.end() - 1), 8);

    // A network without a bottleneck has no code: no column, and --stop-at-codes is refused.
    expectBadInput({"train", "--preset", "xor", "--stop-at-codes", "2"}, "no hidden layer narrower than its input");
    const std::string xorHistory = (m_folder / "xor.csv").string();
    ASSERT_EQ(run({"train", "--preset", "xor", "--epochs", "1", "--history", xorHistory, "--quiet"}).code, 0);
    EXPECT_EQ(readTextFile(xorHistory, 1 << 20).find("distinct_codes"), std::string::npos);
}

TEST_F(Cli, HelpListsEveryLessonOfTheRegistryWithItsTitle)
{
    const std::string help = run({"--help"}).out;
    for (const LessonEntry &lesson : lessonRegistry()) {
        std::string spaced(1, ' ');
        spaced.append(lesson.id).push_back(' ');
        const std::size_t at = help.find(spaced);
        ASSERT_NE(at, std::string::npos) << lesson.id << " missing from\n" << help;
        EXPECT_EQ(help.find(std::string(lesson.title), at), help.find('\n', at) - lesson.title.size())
            << "the title of " << lesson.id << " ends its line";
    }
}

TEST_F(Cli, BadCommandLinesAreNamed)
{
    expectBadInput({"fly"}, "unknown command 'fly'");
    expectBadInput({"train", "--colour", "red"}, "unknown option --colour for 'train'");
    expectBadInput({"train", "--lr"}, "--lr needs a value");
    expectBadInput({"train", "--lr", "0"}, "--lr: the learning rate must be a number greater than 0");
    expectBadInput({"train", "--lr", "-1"}, "the learning rate must be");
    expectBadInput({"train", "--lr", "nan"}, "--lr: 'nan' is not a finite number");
    expectBadInput({"train", "--lr", "fast"}, "--lr: 'fast' is not a finite number");
    expectBadInput({"train", "--epochs", "1e12"},
                   "--epochs: '1e12' is not a whole number from 1 to 100000000");
    expectBadInput({"train", "--batch", "-3"}, "--batch: '-3' is not a whole number");
    expectBadInput({"train", "--preset", "mnist"}, "unknown preset 'mnist'");
    expectBadInput({"train", "--layers", "8,2000000000,8"},
                   "--layers: '2000000000' is not a layer size from 1 to 100000");
    expectBadInput({"train", "--layers", "8,90000,90000,8"}, "the network would have 8101620008 parameters");
    expectBadInput({"train", "--layers", "9,3,8"},
                   "the dataset 'encoder-8-3-8' has 8 inputs but the network's input layer has 9 neurons");
    expectBadInput({"train", "--activation", "swish"}, "--activation: unknown activation 'swish'");
    expectBadInput({"train", "--activation", "softmax,logistic"},
                   "softmax is only allowed on the output layer");
    expectBadInput({"train", "--loss", "cross-entropy", "--activation", "relu"},
                   "the cross-entropy loss needs a softmax or logistic output layer");
    expectBadInput({"train", "--stop-at-accuracy", "2"}, "--stop-at-accuracy: expected a number from 0 to 1");
    expectBadInput({"train", "--preset", "xor", "--data", "x.csv"},
                   "give either --preset or --data, not both");
    expectBadInput({"train", "--lr", "1", "--lr", "2"}, "--lr is given twice");
}

TEST_F(Cli, BadFilesAreNamed)
{
    expectBadInput(
        {"trace", "--model", (m_folder / "absent.json").string(), "--input", "1,2", "--target", "1,2"},
        "absent.json: no such file");
    expectBadInput({"trace", "--model", m_folder.string(), "--input", "1,2", "--target", "1,2"},
                   "is a folder, not a file");
    expectBadInput(
        {"trace", "--model", write("t.json", kModel.substr(0, 100)), "--input", "1,2", "--target", "1,2"},
        "t.json:2:37: the document ends inside a string (is the file truncated?)");
    expectBadInput({"trace", "--model",
                    write("w.json", "{\"format\": \"backprop-model\", \"version\": 1, \"layers\": [2, 1], "
                                    "\"activation\": [\"logistic\"], \"loss\": \"half-squared-error\", "
                                    "\"weights\": [[[0.1, 0.2, 0.3]]], \"biases\": [[0]]}"),
                    "--input", "1,2", "--target", "1"},
                   "weights[0][0]: expected 2 numbers, found 3");
    expectBadInput({"train", "--data", write("bad.csv", "x1,t1\n1,2\n3,NaN\n")},
                   "bad.csv:3:3: 'NaN' in column t1 is not a finite number");
    expectBadInput({"train", "--preset", "xor", "--save-model", (m_folder / "no" / "dir" / "m.json").string(),
                    "--epochs", "1"},
                   "cannot write");
}

TEST_F(Cli, BadVectorsAreNamed)
{
    expectBadInput({"trace", "--model", m_model, "--input", "0.05,0.10,0.2", "--target", "0.01,0.99"},
                   "--input: expected 2 numbers (the model has 2 inputs), found 3");
    expectBadInput({"trace", "--model", m_model, "--input", "0.05,x", "--target", "0.01,0.99"},
                   "--input: value 2 'x' is not a finite number");
    expectBadInput({"trace", "--model", m_model, "--input", "0.05,inf", "--target", "0.01,0.99"},
                   "--input: value 2 'inf' is not a finite number");
    expectBadInput({"trace", "--model", m_model, "--input", "0.05,0.1"}, "--target is required");
    expectBadInput({"trace", "--model", m_model, "--input", "1,2", "--target", "1,2", "--lr", "1e300"},
                   "the learning rate must be");
}

} // namespace
} // namespace bp
