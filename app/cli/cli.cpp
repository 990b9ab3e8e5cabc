#include "app/cli/cli.h"

#include "core/error.h"
#include "core/experiment.h"
#include "core/file_io.h"
#include "core/gradient_check.h"
#include "core/json.h"
#include "core/json_writer.h"
#include "core/lesson_registry.h"
#include "core/metrics.h"
#include "core/model_io.h"
#include "core/number_format.h"
#include "core/preset.h"
#include "core/trace.h"
#include "core/trainer.h"
#include "core/worked_example.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <map>
#include <optional>
#include <ostream>
#include <set>
#include <sstream>

#include <unistd.h>

#ifndef BP_VERSION
#define BP_VERSION "0.0.0"
#endif

namespace bp::cli {

namespace {

constexpr const char *kUsageTemplate =
    R"(backprop-cli: train neural networks by backpropagation, and show each step

Usage:
  backprop-cli trace --model FILE --input X --target T [--lr RATE] [--format F]
      One SGD step on one sample; prints z, a, δ, ∂E/∂W, ∂E/∂b of every layer and
      the updated model as JSON (17 significant digits). --format markdown or
      latex prints instead the worked example for a handout: every phase's
      equation with its numbers (LaTeX: a standalone document for pdflatex).
  backprop-cli train (--preset NAME | --data FILE.csv) [options]
      Trains and reports loss and accuracy per epoch.
  backprop-cli gradcheck --model FILE --input X --target T
      Compares backprop's gradient with central differences; prints the worst
      relative error.
  backprop-cli --help | --version

Vectors are comma-separated numbers: --input 0.05,0.10

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
  --init-model FILE       start from this model instead of random weights
  --save-model FILE       write the trained model (atomically)
  --history FILE.csv      per epoch: loss, accuracy, per-layer gradient norms
  --report FILE.json      epochs, loss, accuracy, seconds, samples_per_second, …
  --save-experiment FILE  write the whole run (data, network, settings, progress, history)
  --experiment FILE       continue a saved experiment exactly where it stopped, for --epochs
                          more epochs (default 100); --lr, --batch, --optimizer may change
  --quiet                 print only the final line

Exit codes: 0 done, 1 training diverged, 2 bad input.
Sign convention: δ = ∂E/∂z and w ← w − η ∂E/∂w (the lecture writes + with ∂E/∂a of the
opposite sign; the two agree).
)";

// The help, with the lessons of the core's registry (one line each: identifier and title).
std::string usage()
{
    std::string lessons;
    for (const LessonEntry &lesson : lessonRegistry()) {
        std::string line = "                            " + std::string(lesson.id);
        line.resize(std::max<std::size_t>(line.size() + 2, 48), ' ');
        lessons += line + std::string(lesson.title) + "\n";
    }
    std::string text = kUsageTemplate;
    text.replace(text.find("@LESSONS@"), 9, lessons);
    return text;
}

// Parsed "--name value" options of one command.
class Options {
public:
    Options(const std::vector<std::string> &arguments, std::size_t first,
            const std::set<std::string> &withValue, const std::set<std::string> &flags,
            const std::string &command)
    {
        for (std::size_t i = first; i < arguments.size(); ++i) {
            std::string name = arguments[i];
            std::optional<std::string> value;
            if (name.rfind("--", 0) != 0)
                throw InputError("unexpected argument '" + name + "' for '" + command +
                                 "' (see backprop-cli --help)");
            if (const std::size_t equals = name.find('='); equals != std::string::npos) {
                value = name.substr(equals + 1);
                name = name.substr(0, equals);
            }
            name = name.substr(2);
            if (flags.count(name)) {
                if (value)
                    throw InputError("--" + name + " takes no value");
                m_flags.insert(name);
                continue;
            }
            if (!withValue.count(name))
                throw InputError("unknown option --" + name + " for '" + command +
                                 "' (see backprop-cli --help)");
            if (!value) {
                if (i + 1 >= arguments.size())
                    throw InputError("--" + name + " needs a value");
                value = arguments[++i];
            }
            if (m_values.count(name))
                throw InputError("--" + name + " is given twice");
            m_values[name] = *value;
        }
    }

    bool has(const std::string &name) const { return m_values.count(name) > 0; }
    bool flag(const std::string &name) const { return m_flags.count(name) > 0; }
    std::string value(const std::string &name) const
    {
        const auto it = m_values.find(name);
        if (it == m_values.end())
            throw InputError("--" + name + " is required");
        return it->second;
    }

    double number(const std::string &name) const
    {
        const std::string text = value(name);
        const std::optional<double> parsed = parseFiniteNumber(text);
        if (!parsed)
            throw InputError("--" + name + ": '" + text.substr(0, 40) + "' is not a finite number");
        return *parsed;
    }

    std::int64_t integer(const std::string &name, std::int64_t low, std::int64_t high) const
    {
        const std::string text = value(name);
        const std::optional<double> parsed = parseFiniteNumber(text);
        if (!parsed || *parsed != std::floor(*parsed) || *parsed < static_cast<double>(low) ||
            *parsed > static_cast<double>(high))
            throw InputError("--" + name + ": '" + text.substr(0, 40) + "' is not a whole number from " +
                             std::to_string(low) + " to " + std::to_string(high));
        return static_cast<std::int64_t>(*parsed);
    }

private:
    std::map<std::string, std::string> m_values;
    std::set<std::string> m_flags;
};

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
            throw InputError("--" + name + ": value " + std::to_string(i + 1) + " '" +
                             parts[static_cast<std::size_t>(i)].substr(0, 40) + "' is not a finite number");
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

int runTrace(const std::vector<std::string> &arguments, std::ostream &out)
{
    const Options options(arguments, 1, {"model", "input", "target", "lr", "format"}, {}, "trace");
    std::optional<WorkedExampleFormat> format;
    if (options.has("format") && options.value("format") != "json") {
        format = parseWorkedExampleFormat(options.value("format"));
        if (!format)
            throw InputError("--format: unknown format '" + options.value("format").substr(0, 40) +
                             "' (known: json, markdown, latex)");
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
    if (format) {
        WorkedExampleOptions worked;
        worked.format = *format;
        out << workedExample(trace, worked);
        return kExitOk;
    }
    out << "{\n  \"loss\": " << formatNumber(trace.loss)
        << ",\n  \"learning_rate\": " << formatNumber(learningRate) << ",\n  \"layers\": [";
    for (std::size_t i = 0; i < trace.forward.size(); ++i) {
        const ForwardRecord &forward = trace.forward[i];
        const BackwardRecord &backward = trace.backward[i];
        out << (i ? "," : "") << "\n    {\"layer\": " << i + 1
            << ",\n     \"z\": " << jsonNumbers(forward.weightedInput.data(), forward.weightedInput.size())
            << ",\n     \"a\": " << jsonNumbers(forward.activation.data(), forward.activation.size())
            << ",\n     \"delta\": " << jsonNumbers(backward.delta.data(), backward.delta.size())
            << ",\n     \"grad_weights\": " << jsonRows(backward.gradWeights) << ",\n     \"grad_biases\": "
            << jsonNumbers(backward.gradBiases.data(), backward.gradBiases.size()) << "}";
    }
    out << "\n  ],\n  \"updated\": " << modelToJson(trace.after, 2) << "\n}\n";
    return kExitOk;
}

int runGradcheck(const std::vector<std::string> &arguments, std::ostream &out)
{
    const Options options(arguments, 1, {"model", "input", "target"}, {}, "gradcheck");
    const SampleArguments sample = readSample(options);
    const GradientCheck check = checkGradients(sample.network, sample.input, sample.target);
    std::size_t parameters = 0;
    for (const Matrix &errors : check.relativeErrorWeights)
        parameters += static_cast<std::size_t>(errors.size());
    for (const Vector &errors : check.relativeErrorBiases)
        parameters += static_cast<std::size_t>(errors.size());
    const std::string where =
        check.worstColumn < 0
            ? "b" + std::to_string(check.worstLayer) + "[" + std::to_string(check.worstRow + 1) + "]"
            : "w" + std::to_string(check.worstLayer) + "[" + std::to_string(check.worstRow + 1) + "][" +
                  std::to_string(check.worstColumn + 1) + "]";
    const bool pass = check.worstRelativeError < 1e-6;
    out << "checked " << parameters << " parameters against central differences (h = 1e-5)\n"
        << "worst relative error " << formatNumber(check.worstRelativeError) << " at " << where
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
                           "init", "epochs", "seed", "stop-at-accuracy", "init-model", "save-model",
                           "history", "report", "experiment", "save-experiment"},
                          {"shuffle", "quiet"}, "train");
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

    Preset preset = makePreset(options.has("preset") ? options.value("preset") : "encoder-8-3-8", seed);
    if (options.has("data")) {
        preset.dataset = loadCsvDataset(options.value("data"));
        preset.name = preset.dataset.name;
        const int hidden = std::max(2, (preset.dataset.inputSize() + preset.dataset.targetSize()) / 2);
        preset.layers = {preset.dataset.inputSize(), hidden, preset.dataset.targetSize()};
        preset.activations = {Activation::Logistic, Activation::Logistic};
        preset.loss = Loss::HalfSquaredError;
        preset.training = TrainingSettings{};
        preset.training.optimizer.learningRate = 0.5;
    }
    if (options.has("layers")) {
        std::vector<std::int64_t> sizes;
        for (const std::string &part : splitList(options.value("layers"))) {
            const std::optional<double> size = parseFiniteNumber(part);
            if (!size || *size != std::floor(*size) || *size < 1 ||
                *size > static_cast<double>(kMaxLayerSize))
                throw InputError("--layers: '" + part.substr(0, 40) + "' is not a layer size from 1 to " +
                                 std::to_string(kMaxLayerSize));
            sizes.push_back(static_cast<std::int64_t>(*size));
        }
        if (sizes.size() < 2)
            throw InputError("--layers: a network needs at least an input and an output layer");
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
                throw InputError("--activation: unknown activation '" + name.substr(0, 40) +
                                 "' (known: logistic, tanh, relu, identity, leaky-relu, softmax)");
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
            throw InputError("--loss: unknown loss '" + options.value("loss").substr(0, 40) +
                             "' (known: half-squared-error, cross-entropy)");
        preset.loss = *loss;
    }
    if (options.has("optimizer")) {
        const std::optional<Optimizer> optimizer = parseOptimizer(options.value("optimizer"));
        if (!optimizer)
            throw InputError("--optimizer: unknown optimizer '" + options.value("optimizer").substr(0, 40) +
                             "' (known: sgd, momentum, adam)");
        preset.training.optimizer.kind = *optimizer;
    }
    if (options.has("init")) {
        const std::optional<InitScheme> init = parseInitScheme(options.value("init"));
        if (!init)
            throw InputError("--init: unknown scheme '" + options.value("init").substr(0, 40) +
                             "' (known: uniform, xavier, he)");
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
                             options.value("stop-at-accuracy"));
    }

    const std::string shapeProblem =
        Network::validateShape(std::vector<std::int64_t>(preset.layers.begin(), preset.layers.end()),
                               preset.activations, preset.loss);
    if (!shapeProblem.empty())
        throw InputError(shapeProblem);
    Network network =
        options.has("init-model") ? loadModel(options.value("init-model")) : preset.makeNetwork(seed);
    if (!options.has("init-model"))
        network.initialize(preset.init, seed);

    // Continue a saved experiment exactly where it stopped, or start the lesson afresh.
    std::optional<Trainer> trainerHolder;
    std::vector<EpochMetrics> experimentHistory;
    std::string lessonName = preset.name;
    std::uint64_t experimentSeed = seed;
    std::int64_t epochs = options.has("epochs") ? options.integer("epochs", 1, 100'000'000) : preset.epochs;
    if (options.has("experiment")) {
        Experiment experiment = loadExperiment(options.value("experiment"));
        trainerHolder.emplace(resumeTraining(experiment));
        experimentHistory = std::move(experiment.history);
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
        trainerHolder.emplace(std::move(network), preset.dataset, preset.training);
    }
    Trainer &trainer = *trainerHolder;

    // Open the history file before training, so a bad path fails before the work is done.
    std::string history;
    if (options.has("history")) {
        history = "epoch,loss,accuracy,step_loss";
        for (int l = 1; l <= trainer.network().layerCount(); ++l)
            history += ",grad_norm_" + std::to_string(l);
        for (int l = 1; l <= trainer.network().layerCount(); ++l)
            history += ",mean_abs_delta_" + std::to_string(l);
        history += '\n';
    }

    const bool quiet = options.flag("quiet");
    const bool terminal = isTerminal(out);
    const auto start = std::chrono::steady_clock::now();
    EpochMetrics metrics;
    std::int64_t samples = 0;
    const std::int64_t printEvery = std::max<std::int64_t>(1, epochs / 20);
    for (std::int64_t e = 0; e < epochs; ++e) {
        const int before =
            trainer.positionInEpoch() >= trainer.dataset().sampleCount() ? 0 : trainer.positionInEpoch();
        metrics = trainer.runEpoch();
        samples += trainer.positionInEpoch() - before;
        if (options.has("history")) {
            history += std::to_string(metrics.epoch) + "," + formatNumber(metrics.loss) + "," +
                       formatNumber(metrics.accuracy) + "," + formatNumber(metrics.stepLoss);
            for (const LayerStats &stats : metrics.layers)
                history.append(",").append(formatNumber(stats.gradientNorm));
            for (const LayerStats &stats : metrics.layers)
                history.append(",").append(formatNumber(stats.meanAbsDelta));
            history += '\n';
        }
        if (options.has("save-experiment"))
            experimentHistory.push_back(metrics);
        if (trainer.isDiverged())
            break;
        const bool done = (stopAt && metrics.accuracy >= *stopAt) || e + 1 == epochs;
        if (!quiet && terminal) {
            const int width = 30;
            const int filled = static_cast<int>(width * (e + 1) / epochs);
            out << "\r[" << std::string(static_cast<std::size_t>(filled), '#')
                << std::string(static_cast<std::size_t>(width - filled), '.') << "] epoch " << metrics.epoch
                << "/" << epochs << "  loss " << formatNumber(std::round(metrics.loss * 1e6) / 1e6)
                << "  accuracy " << metrics.accuracy << "   " << std::flush;
        } else if (!quiet && ((e + 1) % printEvery == 0 || done)) {
            out << "epoch " << metrics.epoch << "  loss " << metrics.loss << "  accuracy " << metrics.accuracy
                << "\n";
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
    if (options.has("history"))
        writeFileAtomically(options.value("history"), history);
    if (options.has("save-model") && !trainer.isDiverged())
        saveModel(options.value("save-model"), trainer.network());
    if (options.has("save-experiment"))
        saveExperiment(options.value("save-experiment"),
                       captureExperiment(trainer, lessonName, experimentSeed, std::move(experimentHistory)));
    if (options.has("report")) {
        std::string report = "{\n  \"preset\": " + jsonQuote(preset.name) + ",\n  \"layers\": [";
        for (std::size_t l = 0; l < trainer.network().sizes().size(); ++l)
            report += (l ? ", " : "") + std::to_string(trainer.network().sizes()[l]);
        report += "],\n  \"epochs\": " + std::to_string(trainer.epoch()) +
                  ",\n  \"steps\": " + std::to_string(trainer.stepCount()) +
                  ",\n  \"loss\": " + formatNumber(metrics.loss) +
                  ",\n  \"accuracy\": " + formatNumber(metrics.accuracy) +
                  ",\n  \"seconds\": " + formatNumber(seconds) +
                  ",\n  \"samples_per_second\": " + formatNumber(samplesPerSecond) +
                  ",\n  \"diverged\": " + (trainer.isDiverged() ? "true" : "false");
        if (test)
            report += ",\n  \"test_loss\": " + formatNumber(test->loss) +
                      ",\n  \"test_accuracy\": " + formatNumber(test->accuracy);
        report += "\n}\n";
        writeFileAtomically(options.value("report"), report);
    }
    if (trainer.isDiverged()) {
        err << "backprop-cli: " << trainer.divergenceMessage() << "\n";
        return kExitDiverged;
    }
    char summary[160];
    std::snprintf(
        summary, sizeof summary, "trained %lld epochs in %.3g s (%.3g samples/s): loss %.4g, accuracy %.4g",
        static_cast<long long>(trainer.epoch()), seconds, samplesPerSecond, metrics.loss, metrics.accuracy);
    out << summary;
    if (test)
        out << ", test accuracy " << test->accuracy;
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
        if (command == "--version") {
            out << "backprop-cli " << BP_VERSION << "\n";
            return kExitOk;
        }
        if (command == "trace")
            return runTrace(arguments, out);
        if (command == "train")
            return runTrain(arguments, out, err);
        if (command == "gradcheck")
            return runGradcheck(arguments, out);
        throw InputError("unknown command '" + command.substr(0, 40) +
                         "' (commands: trace, train, gradcheck; see --help)");
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
