#include "app/cli/cli.h"

#include "app/cli/cli_options.h"
#include "app/cli/landscape_command.h"
#include "app/cli/progress_throttle.h"
#include "app/cli/train_compare.h"

#include "core/formats/error.h"
#include "core/formats/experiment.h"
#include "core/formats/file_io.h"
#include "core/maths/gradient_check.h"
#include "core/formats/json.h"
#include "core/formats/json_writer.h"
#include "core/kernels/dense_kernels.h"
#include "core/data/lesson_registry.h"
#include "core/training/memory_estimate.h"
#include "core/formats/message_text.h"
#include "core/maths/metrics.h"
#include "core/formats/model_io.h"
#include "core/formats/number_format.h"
#include "core/maths/parameter_check.h"
#include "core/data/preset.h"
#include "core/documents/script_export.h"
#include "core/training/timeline.h"
#include "core/maths/trace.h"
#include "core/training/trainer.h"
#include "core/documents/trace_json.h"
#include "core/documents/worked_example.h"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <ostream>
#include <set>
#include <sstream>
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

constexpr const char *kTrainSection = R"(  backprop-cli train (--preset NAME | --data FILE.csv) [options]
      Trains and reports loss and accuracy per epoch.
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

constexpr const char *kTrainOptions = R"(
Options of train:
  --preset NAME           a built-in lesson (default encoder-8-3-8):
@LESSONS@  --data FILE.csv         a CSV file with a header: columns x… are inputs, t… targets
  --layers N,N,…          layer sizes from input to output (default: the preset's)
  --activation NAME[,…]   one name for every layer, or one per non-input layer:
                          logistic, tanh, relu, identity, leaky-relu, softmax
  --loss NAME             half-squared-error (E = ½Σ(a−t)²) or cross-entropy
  --optimizer NAME        sgd, momentum or adam
  --lr RATE               learning rate η (w ← w − η ∂E/∂w)
  --batch N               samples per update: 1 = online (default), 0 = full batch
  --shuffle               visit the samples in a new random order each epoch
  --init NAME             uniform, xavier or he
  --epochs N              epochs to train (default: the preset's)
  --seed N                seed of the initial weights and the shuffling (default 1)
  --stop-at-accuracy A    stop once the accuracy reaches A (0..1)
  --stop-at-codes N       stop once the samples use N distinct hidden codes (a network with
                          a bottleneck: its narrowest hidden layer, each unit ≥ 0.5 read as 1)
  --init-model FILE       start from this model instead of random weights; --activation
                          and --loss change the model's (its weights stay), --layers
                          must be the model's and --init cannot be given
  --save-model FILE       write the trained model (atomically)
  --history FILE.csv      per epoch: loss, accuracy, per-layer gradient norms (and the
                          distinct hidden codes when the network has a bottleneck)
  --report FILE.json      epochs, loss, accuracy, seconds, samples_per_second, distinct
                          hidden codes (with a bottleneck), … (a loss that is not finite
                          is written "Infinity" or "NaN")
  --save-experiment FILE  write the whole run (data, network, settings, progress, history)
  --compare KEY=VALUE[,…] train a run side by side with this one (1 to 3 times): the same
                          seed and weights, differing in lr, optimizer, batch, init,
                          init-range (r of U(−r, r); init and init-range re-draw the
                          weights from the seed), activation (every hidden layer) or
                          activationN (layer N), e.g. --compare lr=2 --compare optimizer=adam,lr=0.05.
                          The runs train in lockstep, one epoch each in turn; --history
                          FILE.csv writes run 1 (this one) to FILE.csv and run N to
                          FILE-runN.csv; --save-experiment keeps every run
  --experiment FILE       continue a saved experiment exactly where it stopped, for --epochs
                          more epochs (default 100); --lr, --batch, --optimizer may change
  --max-memory SIZE       refuse a run estimated to need more memory (e.g. 800M, 4G;
                          default: half of this machine's memory)
  --quiet                 print only the final line
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

// The options of train, with the lessons of the core's registry (one line each: identifier and title).
std::string trainOptions()
{
    std::string lessons;
    for (const LessonEntry &lesson : lessonRegistry()) {
        std::string line = "                            " + std::string(lesson.id);
        line.resize(std::max<std::size_t>(line.size() + 2, 48), ' ');
        lessons += line + std::string(lesson.title) + "\n";
    }
    std::string text = kTrainOptions;
    text.replace(text.find("@LESSONS@"), 9, lessons);
    return text;
}

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

// "8,3,8"
std::string layerList(const std::vector<int> &sizes)
{
    std::string text;
    for (std::size_t l = 0; l < sizes.size(); ++l)
        text += (l ? "," : "") + std::to_string(sizes[l]);
    return text;
}

std::vector<std::string> splitList(const std::string &text)
{
    std::vector<std::string> parts;
    std::stringstream stream(text);
    std::string part;
    while (std::getline(stream, part, ','))
        parts.push_back(part);
    if (!text.empty() && text.back() == ',')
        parts.emplace_back();
    return parts;
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
    const std::string where =
        check.worstColumn < 0
            ? "b" + std::to_string(check.worstLayer) + "[" + std::to_string(check.worstRow + 1) + "]"
            : "w" + std::to_string(check.worstLayer) + "[" + std::to_string(check.worstRow + 1) + "][" +
                  std::to_string(check.worstColumn + 1) + "]";
    const bool pass = check.worstRelativeError < 1e-6;
    if (static_cast<std::int64_t>(selection.size()) < total)
        out << "checked a seeded sample of " << selection.size() << " of the " << total
            << " parameters (up to " << plan.samplePerLayer << " per layer, seed " << plan.seed
            << "; --all checks every one) against central differences (h = 1e-5)\n";
    else
        out << "checked " << selection.size() << " parameters against central differences (h = 1e-5)\n";
    out << "worst relative error " << formatNumber(check.worstRelativeError) << " at " << where
        << (pass ? " — backprop agrees with the numerical derivative\n"
                 : " — larger than 1e-6: the derivative may be wrong, or a ReLU kink lies within h\n");
    return pass ? kExitOk : kExitDiverged;
}

// Whether stdout is a terminal, so progress can redraw one line.
bool isTerminal(const std::ostream &out)
{
    return &out == &std::cout && ::isatty(STDOUT_FILENO);
}

int runTrain(const std::vector<std::string> &arguments, std::ostream &out, std::ostream &err)
{
    const Options options(arguments, 1,
                          {"preset", "data", "layers", "activation", "loss", "optimizer", "lr", "batch",
                           "init", "epochs", "seed", "stop-at-accuracy", "stop-at-codes", "init-model", "save-model",
                           "history", "report", "experiment", "save-experiment", "max-memory"},
                          {"shuffle", "quiet"}, "train", {"compare"});
    if (options.has("preset") && options.has("data"))
        throw InputError("give either --preset or --data, not both");
    if (options.has("experiment")) {
        for (const char *name :
             {"preset", "data", "layers", "activation", "loss", "init", "seed", "init-model"}) {
            if (options.has(name))
                throw InputError(
                    std::string("--") + name +
                    " cannot change an experiment that continues (--experiment); start a new one instead");
        }
    }
    const std::uint64_t seed =
        options.has("seed") ? static_cast<std::uint64_t>(options.integer("seed", 0, 1LL << 53)) : 1;

    std::int64_t budget = defaultMemoryBudget();
    if (options.has("max-memory")) {
        budget = parseMemorySize(options.value("max-memory"));
        if (budget <= 0)
            throw InputError("--max-memory: " + quotedForMessage(options.value("max-memory")) +
                             " is not a size such as 800M or 4G");
    }
    // A run estimated from its shapes to need more than the budget is refused before it allocates.
    auto requireMemory = [&](const RunShape &shape, const std::string &what) {
        const std::int64_t needed = estimateRunBytes(shape);
        if (needed > budget)
            throw InputError(what + " would need about " + describeBytes(needed) +
                             " of memory, more than the " + describeBytes(budget) + " allowed (" +
                             (options.has("max-memory")
                                  ? "--max-memory"
                                  : "half of this machine's memory; --max-memory changes it") +
                             ")");
    };

    Preset preset = makePreset(options.has("preset") ? options.value("preset") : "encoder-8-3-8", seed);
    if (options.has("data")) {
        std::error_code sizeError;
        const std::uintmax_t fileBytes = std::filesystem::file_size(options.value("data"), sizeError);
        if (!sizeError) {
            // Reading holds the text and at most one number per two bytes of it.
            RunShape reading;
            reading.fileBytes = static_cast<std::int64_t>(fileBytes) * 5;
            requireMemory(reading, "reading " + options.value("data"));
        }
        preset.dataset = loadCsvDataset(options.value("data"));
        preset.name = preset.dataset.name;
        const int hidden = std::max(2, (preset.dataset.inputSize() + preset.dataset.targetSize()) / 2);
        preset.layers = {preset.dataset.inputSize(), hidden, preset.dataset.targetSize()};
        preset.activations = {Activation::Logistic, Activation::Logistic};
        preset.loss = Loss::HalfSquaredError;
        preset.training = TrainingSettings{};
        preset.training.optimizer.learningRate = 0.5;
    }
    // An initial model brings its shape: an option that changes it is applied where the weights stay
    // valid (activations, loss) and refused where they would not (layers, init); never ignored.
    std::optional<Network> initialModel;
    if (options.has("init-model")) {
        initialModel = loadModel(options.value("init-model"));
        if (options.has("init"))
            throw InputError("--init cannot be given with --init-model: the weights come from the model");
        preset.layers = initialModel->sizes();
        preset.activations.clear();
        for (const Layer &layer : initialModel->layers())
            preset.activations.push_back(layer.activation);
        preset.loss = initialModel->loss();
    }
    if (options.has("layers")) {
        std::vector<std::int64_t> sizes;
        for (const std::string &part : splitList(options.value("layers"))) {
            const std::optional<double> size = parseFiniteNumber(part);
            if (!size || *size != std::floor(*size) || *size < 1 ||
                *size > static_cast<double>(kMaxLayerSize))
                throw InputError("--layers: " + quotedForMessage(part) + " is not a layer size from 1 to " +
                                 std::to_string(kMaxLayerSize));
            sizes.push_back(static_cast<std::int64_t>(*size));
        }
        if (sizes.size() < 2)
            throw InputError("--layers: a network needs at least an input and an output layer");
        if (initialModel && std::vector<std::int64_t>(preset.layers.begin(), preset.layers.end()) != sizes)
            throw InputError("--layers " + options.value("layers").substr(0, 40) +
                             " differs from the layers of the --init-model, " + layerList(preset.layers) +
                             "; its weights fit only those (leave --layers out)");
        preset.layers.assign(sizes.begin(), sizes.end());
        if (preset.activations.size() != sizes.size() - 1) {
            const Activation hidden = preset.activations.front();
            const Activation output = preset.activations.back();
            preset.activations.assign(sizes.size() - 1, hidden);
            preset.activations.back() = output;
        }
    }
    if (options.has("activation")) {
        const std::vector<std::string> names = splitList(options.value("activation"));
        std::vector<Activation> activations;
        for (const std::string &name : names) {
            const std::optional<Activation> activation = parseActivation(name);
            if (!activation)
                throw InputError("--activation: unknown activation " + quotedForMessage(name) +
                                 " (known: logistic, tanh, relu, identity, leaky-relu, softmax)");
            activations.push_back(*activation);
        }
        const std::size_t layers = preset.layers.size() - 1;
        if (activations.size() == 1)
            activations.assign(layers, activations.front());
        if (activations.size() != layers)
            throw InputError("--activation: expected 1 name or " + std::to_string(layers) +
                             " (one per non-input layer), found " + std::to_string(names.size()));
        preset.activations = activations;
    }
    if (options.has("loss")) {
        const std::optional<Loss> loss = parseLoss(options.value("loss"));
        if (!loss)
            throw InputError("--loss: unknown loss " + quotedForMessage(options.value("loss")) +
                             " (known: half-squared-error, cross-entropy)");
        preset.loss = *loss;
    }
    if (options.has("optimizer")) {
        const std::optional<Optimizer> optimizer = parseOptimizer(options.value("optimizer"));
        if (!optimizer)
            throw InputError("--optimizer: unknown optimizer " +
                             quotedForMessage(options.value("optimizer")) + " (known: sgd, momentum, adam)");
        preset.training.optimizer.kind = *optimizer;
    }
    if (options.has("init")) {
        const std::optional<InitScheme> init = parseInitScheme(options.value("init"));
        if (!init)
            throw InputError("--init: unknown scheme " + quotedForMessage(options.value("init")) +
                             " (known: uniform, xavier, he)");
        preset.init = *init;
    }
    if (options.has("lr")) {
        const double learningRate = options.number("lr");
        const std::string problem = learningRateProblem(learningRate);
        if (!problem.empty())
            throw InputError("--lr: " + problem);
        preset.training.optimizer.learningRate = learningRate;
    }
    if (options.has("batch"))
        preset.training.batchSize = static_cast<int>(options.integer("batch", 0, 1'000'000));
    if (options.flag("shuffle"))
        preset.training.shuffle = true;
    preset.training.shuffleSeed = seed;
    std::optional<double> stopAt;
    if (options.has("stop-at-accuracy")) {
        stopAt = options.number("stop-at-accuracy");
        if (*stopAt < 0.0 || *stopAt > 1.0)
            throw InputError("--stop-at-accuracy: expected a number from 0 to 1, found " +
                             shownText(options.value("stop-at-accuracy")));
    }

    const std::string shapeProblem =
        Network::validateShape(std::vector<std::int64_t>(preset.layers.begin(), preset.layers.end()),
                               preset.activations, preset.loss);
    if (!shapeProblem.empty())
        throw InputError(shapeProblem);
    std::int64_t epochs = options.has("epochs") ? options.integer("epochs", 1, 100'000'000) : preset.epochs;

    // Continue a saved experiment exactly where it stopped, or start the lesson afresh.
    std::optional<Trainer> trainerHolder;
    std::vector<EpochMetrics> experimentHistory;
    // The live changes of a continued run stay with it (its charts' markers).
    std::vector<LiveChange> experimentChanges;
    std::string lessonName = preset.name;
    std::uint64_t experimentSeed = seed;
    if (options.has("experiment")) {
        Experiment experiment = loadExperiment(options.value("experiment"));
        if (!experiment.siblings.empty() || options.has("compare"))
            return trainSideBySide(sideBySide(options, std::move(experiment), options.has("epochs") ? epochs : 100), out,
                                   err);
        RunShape shape;
        shape.layers = experiment.network.sizes();
        shape.optimizer =
            options.has("optimizer") ? preset.training.optimizer.kind : experiment.settings.optimizer.kind;
        shape.samples = experiment.dataset.sampleCount();
        shape.testSamples = experiment.dataset.testInputs.cols();
        shape.batchSize = options.has("batch") ? preset.training.batchSize : experiment.settings.batchSize;
        requireMemory(shape, "continuing " + options.value("experiment"));
        trainerHolder.emplace(resumeTraining(experiment));
        experimentHistory = std::move(experiment.history);
        experimentChanges = std::move(experiment.changes);
        lessonName = experiment.lesson;
        experimentSeed = experiment.seed;
        if (!options.has("epochs"))
            epochs = 100;
        if (options.has("lr"))
            trainerHolder->setLearningRate(preset.training.optimizer.learningRate);
        if (options.has("batch"))
            trainerHolder->setBatchSize(preset.training.batchSize);
        if (options.has("optimizer"))
            trainerHolder->setOptimizer(preset.training.optimizer.kind);
        if (options.flag("shuffle"))
            trainerHolder->setShuffle(true);
    } else {
        RunShape shape;
        shape.layers.assign(preset.layers.begin(), preset.layers.end());
        shape.optimizer = preset.training.optimizer.kind;
        shape.samples = preset.dataset.sampleCount();
        shape.testSamples = preset.dataset.testInputs.cols();
        shape.batchSize = preset.training.batchSize;
        requireMemory(shape, "this run");
        Network network = initialModel ? std::move(*initialModel) : preset.makeNetwork(seed);
        if (initialModel) {
            // validateShape accepted this combination, so the layers can take it one by one.
            for (int l = 1; l <= network.layerCount(); ++l)
                network.layer(l).activation = preset.activations[static_cast<std::size_t>(l - 1)];
            network.setLoss(preset.loss);
        } else {
            network.initialize(preset.init, seed, preset.initRange);
        }
        trainerHolder.emplace(std::move(network), std::move(preset.dataset), preset.training);
    }
    Trainer &trainer = *trainerHolder;
    if (options.has("compare") || !preset.siblings.empty()) {
        Experiment start = captureExperiment(trainer, lessonName, seed);
        start.init = preset.init;
        start.initRange = preset.initRange;
        return trainSideBySide(sideBySide(options, std::move(start), epochs, preset.siblings), out, err);
    }
    // The lecture's picture of 8-3-8 is 8 different codes, which accuracy 1 does not promise.
    const bool bottleneck = bottleneckLayer(trainer.network().sizes()) > 0;
    std::optional<std::int64_t> stopAtCodes;
    if (options.has("stop-at-codes")) {
        if (!bottleneck)
            throw InputError("--stop-at-codes: the network " + layerList(trainer.network().sizes()) +
                             " has no hidden layer narrower than its input, so no code to count");
        stopAtCodes = options.integer("stop-at-codes", 1, trainer.dataset().sampleCount());
    }
    auto distinctCodes = [&] { return distinctHiddenCodes(trainer.network(), trainer.dataset().inputs); };

    // What would be refused after training is refused now, before the work is done: an experiment
    // too large for its file, a history file in a folder that is not there.
    if (options.has("save-experiment"))
        requireSavableExperiment(trainer, static_cast<std::int64_t>(experimentHistory.size()) + epochs,
                                 options.value("save-experiment"));
    // The history goes to its file as it grows, so memory stays flat however many epochs run.
    std::optional<AtomicFile> history;
    std::string historyLines;
    if (options.has("history")) {
        history.emplace(options.value("history"));
        historyLines = historyHeader(trainer.network().layerCount(), bottleneck);
    }

    // States kept to fall back on when the run diverges: the GUI's rewind rule, the same timeline.
    // A network too large for the timeline's memory is not copied at all.
    Timeline timeline(16, static_cast<std::size_t>(kMaxKeptStateBytes));
    const auto stateBytes = static_cast<std::size_t>(trainer.network().parameterCount()) * sizeof(double) *
                            (1 + (trainer.settings().optimizer.kind == Optimizer::Adam       ? 2
                                  : trainer.settings().optimizer.kind == Optimizer::Momentum ? 1
                                                                                             : 0));
    const bool keepStates = stateBytes <= timeline.maxBytes();
    if (keepStates)
        timeline.record(trainer, trainer.epochMetrics().loss);

    const bool quiet = options.flag("quiet");
    const bool terminal = isTerminal(out);
    const auto start = std::chrono::steady_clock::now();
    EpochMetrics metrics;
    std::int64_t samples = 0;
    const std::int64_t printEvery = std::max<std::int64_t>(1, epochs / 20);
    ProgressThrottle throttle;
    for (std::int64_t e = 0; e < epochs; ++e) {
        const int before =
            trainer.positionInEpoch() >= trainer.dataset().sampleCount() ? 0 : trainer.positionInEpoch();
        metrics = trainer.runEpoch();
        samples += trainer.positionInEpoch() - before;
        // A diverged epoch is cut short: its metrics repeat the last whole epoch's number.
        if (trainer.isDiverged())
            break;
        const int codes = bottleneck && (history || stopAtCodes) ? distinctCodes() : 0;
        if (history) {
            historyLines += historyLine(metrics, bottleneck, codes);
            if (historyLines.size() >= 1 << 16) {
                history->write(historyLines);
                historyLines.clear();
            }
        }
        if (options.has("save-experiment"))
            appendToHistory(experimentHistory, metrics);
        if (keepStates && timeline.isDue(trainer.epoch()))
            timeline.record(trainer, metrics.loss);
        const bool done =
            (stopAt && metrics.accuracy >= *stopAt) || (stopAtCodes && codes >= *stopAtCodes) || e + 1 == epochs;
        if (!quiet && terminal) {
            if (!throttle.due(ProgressThrottle::Clock::now(), done))
                continue;
            const int width = 30;
            const int filled = static_cast<int>(width * (e + 1) / epochs);
            out << "\r[" << std::string(static_cast<std::size_t>(filled), '#')
                << std::string(static_cast<std::size_t>(width - filled), '.') << "] epoch " << metrics.epoch
                << "/" << epochs << "  loss " << formatNumber(std::round(metrics.loss * 1e6) / 1e6)
                << "  accuracy " << formatSignificant(metrics.accuracy, 6) << "   " << std::flush;
        } else if (!quiet && ((e + 1) % printEvery == 0 || done)) {
            out << "epoch " << metrics.epoch << "  loss " << formatSignificant(metrics.loss, 6) << "  accuracy "
                << formatSignificant(metrics.accuracy, 6) << "\n";
        }
        if (done)
            break;
    }
    if (!quiet && terminal)
        out << "\n";
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double samplesPerSecond = seconds > 0 ? static_cast<double>(samples) / seconds : 0.0;

    // Held-out samples (the 2-D sets, digits, iris) are judged once, at the end.
    std::optional<Evaluation> test;
    if (trainer.dataset().testInputs.cols() > 0)
        test = evaluate(trainer.network(), trainer.dataset().testInputs, trainer.dataset().testTargets,
                        trainer.dataset().targetKind());
    if (history) {
        history->write(historyLines);
        history->commit();
    }

    if (trainer.isDiverged())
        err << "backprop-cli: " << trainer.divergenceMessage() << "\n";
    // After a divergence the files get the last good state, by the GUI's rewind rule, and say so.
    const TimelineEntry *good = trainer.isDiverged() ? timeline.lastGood() : nullptr;
    const std::string goodState = good ? "the last good state, epoch " + std::to_string(good->epoch) +
                                             " (loss " + formatSignificant(good->loss, 6) +
                                             ", learning rate " +
                                             formatNumber(good->settings.optimizer.learningRate) + ")"
                                       : std::string();
    if (options.has("save-model")) {
        const std::string path = options.value("save-model");
        if (!trainer.isDiverged()) {
            saveModel(path, trainer.network());
        } else if (good) {
            saveModel(path, good->network);
            err << "backprop-cli: training diverged: " << path << " holds " << goodState << "\n";
        } else {
            err << "backprop-cli: training diverged: nothing was written to " << path
                << (keepStates ? " (no state before the divergence had a finite loss near the lowest)\n"
                               : " (the network is too large to keep earlier states of)\n");
        }
    }
    if (options.has("save-experiment")) {
        const std::string path = options.value("save-experiment");
        if (good) {
            Trainer rewound = resumeFrom(*good, trainer.dataset());
            while (!experimentHistory.empty() && experimentHistory.back().epoch > good->epoch)
                experimentHistory.pop_back();
            Experiment saved = captureExperiment(rewound, lessonName, experimentSeed, std::move(experimentHistory));
            std::erase_if(experimentChanges, [&](const LiveChange &change) { return change.epoch > good->epoch; });
            saved.changes = std::move(experimentChanges);
            saveExperiment(path, saved);
            err << "backprop-cli: training diverged: " << path << " holds " << goodState
                << ", to continue from with a lower learning rate\n";
        } else {
            Experiment saved = captureExperiment(trainer, lessonName, experimentSeed, std::move(experimentHistory));
            saved.changes = std::move(experimentChanges);
            saveExperiment(path, saved);
            if (trainer.isDiverged())
                err << "backprop-cli: training diverged: " << path
                    << " holds the state after the divergence (no good state was kept)\n";
        }
    }
    if (options.has("report")) {
        std::string report = "{\n  \"preset\": " + jsonQuote(preset.name) + ",\n  \"layers\": [";
        for (std::size_t l = 0; l < trainer.network().sizes().size(); ++l)
            report += (l ? ", " : "") + std::to_string(trainer.network().sizes()[l]);
        report += "],\n  \"epochs\": " + std::to_string(trainer.epoch()) +
                  ",\n  \"steps\": " + std::to_string(trainer.stepCount()) +
                  ",\n  \"loss\": " + jsonMeasurement(metrics.loss) +
                  ",\n  \"accuracy\": " + jsonMeasurement(metrics.accuracy) +
                  ",\n  \"seconds\": " + jsonMeasurement(seconds) +
                  ",\n  \"samples_per_second\": " + jsonMeasurement(samplesPerSecond) +
                  ",\n  \"dense_kernels\": " + jsonQuote(kernels::denseKernels().level) +
                  ",\n  \"diverged\": " + (trainer.isDiverged() ? "true" : "false");
        if (bottleneck)
            report += ",\n  \"distinct_codes\": " + std::to_string(distinctCodes());
        if (test)
            report += ",\n  \"test_loss\": " + jsonMeasurement(test->loss) +
                      ",\n  \"test_accuracy\": " + jsonMeasurement(test->accuracy);
        report += "\n}\n";
        writeFileAtomically(options.value("report"), report);
    }
    if (trainer.isDiverged())
        return kExitDiverged;
    out << "trained " << trainer.epoch() << " epochs in " << formatSignificant(seconds, 3) << " s ("
        << formatSignificant(samplesPerSecond, 3) << " samples/s): loss " << formatSignificant(metrics.loss, 4)
        << ", accuracy " << formatSignificant(metrics.accuracy, 4);
    if (test)
        out << ", test accuracy " << formatSignificant(test->accuracy, 6);
    if (bottleneck)
        out << ", distinct codes " << distinctCodes() << "/" << trainer.dataset().sampleCount();
    out << "\n";
    return kExitOk;
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
