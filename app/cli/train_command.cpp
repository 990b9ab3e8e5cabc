#include "app/cli/train_command.h"

#include "app/cli/cli.h"
#include "app/cli/cli_options.h"
#include "app/cli/progress_throttle.h"
#include "app/cli/train_compare.h"

#include "core/data/lesson_registry.h"
#include "core/data/preset.h"
#include "core/formats/error.h"
#include "core/formats/experiment.h"
#include "core/formats/file_io.h"
#include "core/formats/json_writer.h"
#include "core/formats/message_text.h"
#include "core/formats/model_io.h"
#include "core/formats/number_format.h"
#include "core/kernels/dense_kernels.h"
#include "core/maths/metrics.h"
#include "core/maths/parameter_check.h"
#include "core/training/memory_estimate.h"
#include "core/training/timeline.h"
#include "core/training/trainer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <iostream>
#include <optional>
#include <ostream>

#include <unistd.h>

namespace bp::cli {

const char *const kTrainSection = R"(  backprop-cli train (--preset NAME | --data FILE.csv) [options]
      Trains and reports loss and accuracy per epoch.
)";

namespace {

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

// "8,3,8"
std::string layerList(const std::vector<int> &sizes)
{
    std::string text;
    for (std::size_t l = 0; l < sizes.size(); ++l)
        text += (l ? "," : "") + std::to_string(sizes[l]);
    return text;
}

// Whether stdout is a terminal, so progress can redraw one line.
bool isTerminal(const std::ostream &out)
{
    return &out == &std::cout && ::isatty(STDOUT_FILENO);
}

} // namespace

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

} // namespace bp::cli
