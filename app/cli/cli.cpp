#include "app/cli/cli.h"

#include "app/cli/cli_options.h"
#include "app/cli/landscape_command.h"
#include "app/cli/train_command.h"

#include "core/formats/error.h"
#include "core/formats/file_io.h"
#include "core/maths/gradient_check.h"
#include "core/formats/json.h"
#include "core/formats/message_text.h"
#include "core/maths/metrics.h"
#include "core/formats/model_io.h"
#include "core/formats/number_format.h"
#include "core/maths/parameter_check.h"
#include "core/data/preset.h"
#include "core/documents/script_export.h"
#include "core/maths/trace.h"
#include "core/training/trainer.h"
#include "core/documents/trace_json.h"
#include "core/documents/worked_example.h"

#include <atomic>
#include <chrono>
#include <exception>
#include <iostream>
#include <optional>
#include <ostream>
#include <thread>

#include <unistd.h>

#ifndef BP_VERSION
#define BP_VERSION "0.0.0"
#endif

namespace bp::cli {

namespace {

// The help is built from one section per command, so "backprop-cli COMMAND --help" prints that
// command's part of "backprop-cli --help".
constexpr const char *kIntro = R"(backprop-cli: train neural networks by backpropagation, and show each step

Usage:
)";

constexpr const char *kTraceSection = R"(  backprop-cli trace --model FILE --input X --target T [--lr RATE] [--format F]
                    [--exercise LEVEL --output PREFIX [--variants N] [--seed S]
                     [--vary sample|weights|both]]
      One SGD step on one sample; prints z, a, δ, ∂E/∂W, ∂E/∂b of every layer and
      the updated model as JSON (each number exact: it reads back to the same
      double). --format markdown or latex prints instead the worked example for a
      handout: every phase's equation with its numbers (LaTeX: a standalone
      document for pdflatex). --exercise LEVEL --output PREFIX makes it an
      exercise sheet faded backwards (1: the update left blank, each level one
      phase more, 6: the whole step) in numbered boxes, and its answer key in a
      separate file; --variants N writes N sheets with different numbers, each
      with its key: sheet 1 as given, the others with a new sample and new
      weights drawn from --seed S (--vary sample or --vary weights: only that).
)";

constexpr const char *kExportScriptSection =
    R"(  backprop-cli export-script --framework numpy|pytorch --model FILE --input X --target T
                            [--lr RATE] [(--data FILE.csv | --preset NAME) --epochs N
                            [--optimizer NAME] [--batch N]]
      Prints a self-contained Python 3 script of the same network, written as the
      lecture does (NumPy) or with nn.Linear, autograd and torch.optim (PyTorch).
      Run with python3, it prints the JSON that trace prints for the same
      arguments; with data it then trains N epochs and adds the loss per epoch.
)";

constexpr const char *kGradcheckSection = R"(  backprop-cli gradcheck --model FILE --input X --target T [--all] [--seed N]
      Compares backprop's gradient with central differences; prints the worst
      relative error. Above 5000 parameters a seeded sample of 1000 per layer
      is checked (each parameter costs two forward passes); --all checks every
      one, with a progress bar on a terminal.
)";

constexpr const char *kGeneralSection = R"(  backprop-cli --help | -h | --version | -V
  backprop-cli COMMAND --help      the usage of one command
  "--" ends the options of a command.
)";

constexpr const char *kVectors = R"(
Vectors are comma-separated numbers: --input 0.05,0.10
)";

constexpr const char *kExitCodes = R"(
Files are written atomically, through symbolic links, keeping their permissions.
When training diverges, --save-model and --save-experiment write the last good
state (the newest whose loss was finite and at most 10 times the lowest before it)
and say so on stderr.

Exit codes: 0 done, 1 training diverged, 2 bad input.
Sign convention: δ = ∂E/∂z and w ← w − η ∂E/∂w (the lecture writes + with ∂E/∂a of the
opposite sign; the two agree).
)";

std::string usage()
{
    return std::string(kIntro) + kTraceSection + kTrainSection + kExportScriptSection + kGradcheckSection +
           kLandscapeSection + kGeneralSection + kVectors + trainOptions() + kExitCodes;
}

// The help of one command, or "" for a name that is not a command.
std::string commandUsage(const std::string &command)
{
    if (command == "trace")
        return std::string(kIntro) + kTraceSection + kVectors + kExitCodes;
    if (command == "train")
        return std::string(kIntro) + kTrainSection + trainOptions() + kExitCodes;
    if (command == "gradcheck")
        return std::string(kIntro) + kGradcheckSection + kVectors + kExitCodes;
    if (command == "export-script")
        return std::string(kIntro) + kExportScriptSection + kVectors + kExitCodes;
    if (command == "landscape")
        return std::string(kIntro) + kLandscapeSection + kExitCodes;
    return {};
}

// Whether the arguments of a command (up to "--") ask for its help.
bool asksForHelp(const std::vector<std::string> &arguments)
{
    for (std::size_t i = 1; i < arguments.size() && arguments[i] != "--"; ++i) {
        if (arguments[i] == "--help" || arguments[i] == "-h")
            return true;
    }
    return false;
}

Matrix parseVector(const Options &options, const std::string &name, int expectedSize, const std::string &what)
{
    const std::vector<std::string> parts = splitList(options.value(name));
    if (static_cast<int>(parts.size()) != expectedSize)
        throw InputError("--" + name + ": expected " + std::to_string(expectedSize) + " numbers (" + what +
                         "), found " + std::to_string(parts.size()));
    Matrix column(expectedSize, 1);
    for (int i = 0; i < expectedSize; ++i) {
        const std::optional<double> value = parseFiniteNumber(parts[static_cast<std::size_t>(i)]);
        if (!value)
            throw InputError("--" + name + ": value " + std::to_string(i + 1) + " " +
                             quotedForMessage(parts[static_cast<std::size_t>(i)]) +
                             " is not a finite number");
        column(i, 0) = *value;
    }
    return column;
}

// The input and target of trace and gradcheck, checked against the model's widths.
struct SampleArguments {
    Network network;
    Matrix input;
    Matrix target;
};

SampleArguments readSample(const Options &options)
{
    SampleArguments sample{loadModel(options.value("model")), {}, {}};
    sample.input = parseVector(options, "input", sample.network.inputSize(),
                               "the model has " + std::to_string(sample.network.inputSize()) + " inputs");
    sample.target = parseVector(options, "target", sample.network.outputSize(),
                                "the model has " + std::to_string(sample.network.outputSize()) + " outputs");
    return sample;
}

// trace --exercise: the sheets and their keys as files PREFIX[-K].EXT and PREFIX[-K]-key.EXT.
int writeExerciseSheets(const Options &options, std::optional<WorkedExampleFormat> format,
                        const SampleArguments &sample, double learningRate, std::ostream &out)
{
    if (!options.has("exercise"))
        throw InputError(
            "--variants, --seed, --vary, --output belong to an exercise sheet: add --exercise LEVEL");
    if (!format)
        throw InputError("--exercise needs --format markdown or --format latex");
    if (!options.has("output"))
        throw InputError(
            "--exercise writes each sheet and its answer key to separate files: give --output PREFIX "
            "(PREFIX.md and PREFIX-key.md, or PREFIX-1.md, PREFIX-1-key.md, … with --variants)");
    WorkedExampleOptions worked;
    worked.format = *format;
    worked.exerciseLevel = static_cast<int>(options.integer("exercise", 1, kExerciseLevels));
    const int count = options.has("variants") ? static_cast<int>(options.integer("variants", 1, 100)) : 1;
    const std::uint64_t seed =
        options.has("seed") ? static_cast<std::uint64_t>(options.integer("seed", 0, 1LL << 53)) : 1;
    const std::optional<ExerciseVariation> variation =
        parseExerciseVariation(options.has("vary") ? options.value("vary") : "both");
    if (!variation)
        throw InputError("--vary: unknown " + quotedForMessage(options.value("vary")) +
                         " (known: sample, weights, both)");
    const std::vector<ExerciseSheet> sheets = exerciseVariants(sample.network, sample.input, sample.target,
                                                               learningRate, worked, count, seed, *variation);
    const std::string extension = *format == WorkedExampleFormat::Latex ? ".tex" : ".md";
    const std::vector<std::string> paths = writeExerciseFiles(sheets, options.value("output"), extension);
    for (std::size_t i = 0; i < paths.size(); ++i)
        out << paths[i] << (i % 2 ? "" : " (" + std::to_string(sheets[i / 2].blanks.size()) + " boxes)")
            << "\n";
    return kExitOk;
}

int runTrace(const std::vector<std::string> &arguments, std::ostream &out)
{
    const Options options(
        arguments, 1,
        {"model", "input", "target", "lr", "format", "exercise", "variants", "seed", "vary", "output"}, {},
        "trace");
    std::optional<WorkedExampleFormat> format;
    if (options.has("format") && options.value("format") != "json") {
        format = parseWorkedExampleFormat(options.value("format"));
        if (!format)
            throw InputError("--format: unknown format " + quotedForMessage(options.value("format")) +
                             " (known: json, markdown, latex)");
    }
    SampleArguments sample = readSample(options);
    const double learningRate = options.has("lr") ? options.number("lr") : 0.5;
    const std::string problem = learningRateProblem(learningRate);
    if (!problem.empty())
        throw InputError("--lr: " + problem);
    const Trace trace = traceSgdStep(sample.network, sample.input, sample.target, learningRate);
    if (!trace.finite)
        throw InputError("the step is not finite (loss " + formatNumber(trace.loss) +
                         "): the model's values overflow; check its weights and --lr");
    if (options.has("exercise") || options.has("variants") || options.has("vary") || options.has("output"))
        return writeExerciseSheets(options, format, sample, learningRate, out);
    if (format) {
        WorkedExampleOptions worked;
        worked.format = *format;
        out << workedExample(trace, worked);
        return kExitOk;
    }
    out << traceToJson(trace);
    return kExitOk;
}

int runExportScript(const std::vector<std::string> &arguments, std::ostream &out)
{
    const Options options(
        arguments, 1,
        {"framework", "model", "input", "target", "lr", "data", "preset", "epochs", "optimizer", "batch"}, {},
        "export-script");
    const std::optional<ScriptFramework> framework = parseScriptFramework(options.value("framework"));
    if (!framework)
        throw InputError("--framework: unknown framework " + quotedForMessage(options.value("framework")) +
                         " (known: numpy, pytorch)");
    if (options.has("preset") && options.has("data"))
        throw InputError("give either --preset or --data, not both");
    const bool trains = options.has("preset") || options.has("data");
    if (!trains) {
        for (const char *name : {"epochs", "optimizer", "batch"}) {
            if (options.has(name))
                throw InputError(std::string("--") + name +
                                 " needs training data: add --data FILE or --preset NAME");
        }
    }
    SampleArguments sample = readSample(options);
    ScriptRequest request;
    request.framework = *framework;
    request.origin = options.value("model");
    request.learningRate = options.has("lr") ? options.number("lr") : 0.5;
    const std::string problem = learningRateProblem(request.learningRate);
    if (!problem.empty())
        throw InputError("--lr: " + problem);
    if (trains) {
        ScriptTraining training;
        training.dataset = options.has("data") ? loadCsvDataset(options.value("data"))
                                               : makePreset(options.value("preset")).dataset;
        if (!options.has("epochs"))
            throw InputError("--epochs is required with training data (how many epochs the script trains)");
        training.epochs = options.integer("epochs", 1, 1'000'000);
        training.settings.optimizer.learningRate = request.learningRate;
        if (options.has("optimizer")) {
            const std::optional<Optimizer> optimizer = parseOptimizer(options.value("optimizer"));
            if (!optimizer)
                throw InputError("--optimizer: unknown optimizer " +
                                 quotedForMessage(options.value("optimizer")) +
                                 " (known: sgd, momentum, adam)");
            training.settings.optimizer.kind = *optimizer;
        }
        if (options.has("batch"))
            training.settings.batchSize = static_cast<int>(options.integer("batch", 0, 1'000'000));
        request.training = std::move(training);
    }
    request.network = std::move(sample.network);
    request.input = std::move(sample.input);
    request.target = std::move(sample.target);
    const std::string refusal = scriptExportProblem(request);
    if (!refusal.empty())
        throw InputError("cannot export the script: " + refusal);
    out << exportScript(request);
    return kExitOk;
}

// Networks above this many parameters are checked on a seeded sample unless --all is given: each
// parameter costs two forward passes, so 1000-1000-1 checked whole takes minutes.
constexpr std::int64_t kCliFullCheckLimit = 5'000;
constexpr int kCliSamplePerLayer = 1'000;

// Whether a stream is the process's stderr on a terminal, so progress can redraw one line there.
bool isTerminalError(const std::ostream &err)
{
    return &err == &std::cerr && ::isatty(STDERR_FILENO);
}

int runGradcheck(const std::vector<std::string> &arguments, std::ostream &out, std::ostream &err)
{
    const Options options(arguments, 1, {"model", "input", "target", "seed"}, {"all"}, "gradcheck");
    const SampleArguments sample = readSample(options);
    CheckPlan plan;
    plan.fullCheckLimit = kCliFullCheckLimit;
    plan.samplePerLayer = kCliSamplePerLayer;
    plan.checkAll = options.flag("all");
    plan.seed = options.has("seed") ? static_cast<std::uint64_t>(options.integer("seed", 0, 1LL << 53)) : 1;
    const std::vector<ParameterIndex> selection = selectParameters(sample.network, plan);
    const std::int64_t total = sample.network.parameterCount();

    // With a terminal to draw on, the check runs beside a loop that draws its progress there.
    std::atomic<int> done{0};
    ParameterCheckResult result;
    auto runCheck = [&] {
        result =
            checkParameters(sample.network, sample.input, sample.target, 1e-5, selection, nullptr, &done);
    };
    if (isTerminalError(err) && selection.size() > 1000) {
        std::exception_ptr failure;
        std::thread worker([&] {
            try {
                runCheck();
            } catch (...) {
                failure = std::current_exception();
            }
        });
        const int width = 30;
        for (int now = 0; now < static_cast<int>(selection.size()) && !failure;) {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            now = done.load();
            const auto filled = static_cast<std::size_t>(width * static_cast<double>(now) /
                                                         static_cast<double>(selection.size()));
            err << "\r[" << std::string(filled, '#')
                << std::string(static_cast<std::size_t>(width) - filled, '.') << "] " << now << "/"
                << selection.size() << " parameters" << std::flush;
        }
        worker.join();
        err << "\n";
        if (failure)
            std::rethrow_exception(failure);
    } else {
        runCheck();
    }

    const GradientCheck &check = result.check;
    const bool pass = check.worstRelativeError < 1e-6;
    if (static_cast<std::int64_t>(selection.size()) < total)
        out << "checked a seeded sample of " << selection.size() << " of the " << total
            << " parameters (up to " << plan.samplePerLayer << " per layer, seed " << plan.seed
            << "; --all checks every one) against central differences (h = 1e-5)\n";
    else
        out << "checked " << selection.size() << " parameters against central differences (h = 1e-5)\n";
    out << "worst relative error " << formatNumber(check.worstRelativeError) << " at "
        << (check.worstColumn < 0 ? 'b' : 'w') << check.worstLayer << '[' << check.worstRow + 1 << ']';
    if (check.worstColumn >= 0)
        out << '[' << check.worstColumn + 1 << ']';
    out << (pass ? " — backprop agrees with the numerical derivative\n"
                 : " — larger than 1e-6: the derivative may be wrong, or a ReLU kink lies within h\n");
    return pass ? kExitOk : kExitDiverged;
}

} // namespace

int run(const std::vector<std::string> &arguments, std::ostream &out, std::ostream &err)
{
    try {
        if (arguments.empty()) {
            err << usage();
            return kExitBadInput;
        }
        const std::string &command = arguments.front();
        if (command == "--help" || command == "-h" || command == "help") {
            out << usage();
            return kExitOk;
        }
        if (command == "--version" || command == "-V") {
            out << "backprop-cli " << BP_VERSION << "\n";
            return kExitOk;
        }
        if (const std::string help = commandUsage(command); !help.empty() && asksForHelp(arguments)) {
            out << help;
            return kExitOk;
        }
        if (command == "trace")
            return runTrace(arguments, out);
        if (command == "train")
            return runTrain(arguments, out, err);
        if (command == "gradcheck")
            return runGradcheck(arguments, out, err);
        if (command == "export-script")
            return runExportScript(arguments, out);
        if (command == "landscape")
            return runLandscape(arguments, out, err);
        throw InputError("unknown command " + quotedForMessage(command) +
                         " (commands: trace, train, gradcheck, export-script, landscape; see --help)");
    } catch (const InputError &error) {
        err << "backprop-cli: " << error.what() << "\n";
        return kExitBadInput;
    } catch (const std::bad_alloc &) {
        err << "backprop-cli: out of memory\n";
        return kExitBadInput;
    } catch (const std::exception &error) {
        err << "backprop-cli: " << error.what() << "\n";
        return kExitBadInput;
    }
}

} // namespace bp::cli
