#include "core/formats/experiment.h"

#include "core/formats/error.h"
#include "core/formats/file_io.h"
#include "core/formats/histogram_json.h"
#include "core/formats/json_read.h"
#include "core/formats/json_writer.h"
#include "core/formats/model_io.h"
#include "core/formats/number_format.h"

#include <algorithm>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <limits>

namespace bp {

Experiment captureExperiment(const Trainer &trainer, std::string lesson, std::uint64_t seed,
                             std::vector<EpochMetrics> history, ExperimentView view)
{
    Experiment experiment;
    experiment.lesson = std::move(lesson);
    experiment.seed = seed;
    experiment.dataset = trainer.dataset();
    experiment.network = trainer.network();
    experiment.settings = trainer.settings();
    experiment.progress = trainer.progress();
    experiment.history = std::move(history);
    experiment.view = view;
    return experiment;
}

void appendToHistory(std::vector<EpochMetrics> &history, const EpochMetrics &metrics)
{
    history.push_back(metrics);
    if (history.size() <= 2 * kMaxSavedHistory)
        return;
    // Every other entry goes, the newest always stays: memory is flat over any number of epochs,
    // and the spacing stays even, as thinned() on saving expects.
    std::vector<EpochMetrics> kept;
    kept.reserve(history.size() / 2 + 1);
    for (std::size_t i = 0; i < history.size(); i += 2)
        kept.push_back(history[i]);
    if (kept.back().epoch != history.back().epoch)
        kept.push_back(history.back());
    history.swap(kept);
}

void requireSavableExperiment(const Trainer &trainer, std::int64_t epochs, const std::string &path)
{
    // The file without its history, and the history at its largest: what the save will need.
    const std::string text = experimentToJson(captureExperiment(trainer, {}, 0));
    const auto layers = static_cast<std::int64_t>(trainer.network().layerCount());
    const std::int64_t entries = std::min<std::int64_t>(epochs, static_cast<std::int64_t>(kMaxSavedHistory));
    const std::int64_t values = jsonValueCountBound(text) + entries * (6 + 3 * layers);
    const std::int64_t bytes = static_cast<std::int64_t>(text.size()) + entries * (140 + 56 * layers);
    requireLoadableSize(bytes, values, kMaxExperimentBytes, path);
}

Trainer resumeTraining(const Experiment &experiment)
{
    Trainer trainer(experiment.network, experiment.dataset, experiment.settings);
    trainer.restoreProgress(experiment.progress);
    return trainer;
}

std::vector<SiblingRun> captureSiblings(const RunGroup &group, std::vector<std::vector<EpochMetrics>> histories)
{
    std::vector<SiblingRun> siblings;
    for (int run = 1; run < group.runCount(); ++run) {
        const Trainer &trainer = group.run(run);
        const auto index = static_cast<std::size_t>(run - 1);
        siblings.push_back({group.variant(run), trainer.network(), trainer.settings(), trainer.progress(),
                            index < histories.size() ? std::move(histories[index]) : std::vector<EpochMetrics>{}});
    }
    return siblings;
}

RunGroup resumeGroup(const Experiment &experiment)
{
    std::vector<Trainer> runs;
    std::vector<RunVariant> variants(1);
    runs.push_back(resumeTraining(experiment));
    for (const SiblingRun &sibling : experiment.siblings) {
        runs.emplace_back(sibling.network, experiment.dataset, sibling.settings);
        runs.back().restoreProgress(sibling.progress);
        variants.push_back(sibling.variant);
    }
    return RunGroup::restore(std::move(runs), RunOrigin{experiment.seed, experiment.init, experiment.initRange},
                             std::move(variants));
}

namespace {

std::string hex64(std::uint64_t value)
{
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "0x%016" PRIx64, value);
    return buffer;
}

std::string layerList(const std::vector<Matrix> &matrices)
{
    std::string text = "[";
    for (std::size_t i = 0; i < matrices.size(); ++i)
        text += (i ? ", " : "") + jsonRows(matrices[i]);
    return text + "]";
}

std::string vectorList(const std::vector<Vector> &vectors)
{
    std::string text = "[";
    for (std::size_t i = 0; i < vectors.size(); ++i)
        text += (i ? ", " : "") + jsonNumbers(vectors[i]);
    return text + "]";
}

std::string stringList(const std::vector<std::string> &strings)
{
    std::string text = "[";
    for (std::size_t i = 0; i < strings.size(); ++i)
        text += (i ? ", " : "") + jsonQuote(strings[i]);
    return text + "]";
}

// A measurement (a loss, a gradient norm) of a run that diverged may be ±∞ or NaN, which JSON has no
// number for: written as the strings "Infinity", "-Infinity" and "NaN", so the file still reads back.
std::string measurement(double value)
{
    return jsonMeasurement(value);
}

std::string statsList(const std::vector<LayerStats> &stats)
{
    std::string text = "[";
    for (std::size_t i = 0; i < stats.size(); ++i)
        text += (i ? ", [" : "[") + measurement(stats[i].gradientNorm) + ", " +
                measurement(stats[i].meanAbsDelta) + "]";
    return text + "]";
}

// Keeps at most `limit` entries, evenly spread, always the first and the last.
std::vector<EpochMetrics> thinned(const std::vector<EpochMetrics> &history, std::size_t limit)
{
    if (history.size() <= limit)
        return history;
    std::vector<EpochMetrics> kept;
    kept.reserve(limit);
    for (std::size_t i = 0; i < limit; ++i)
        kept.push_back(history[i * (history.size() - 1) / (limit - 1)]);
    return kept;
}

std::string trainingJson(const TrainingSettings &s)
{
    return "{\"optimizer\": " + jsonQuote(optimizerName(s.optimizer.kind)) +
           ", \"learning_rate\": " + formatNumber(s.optimizer.learningRate) +
           ", \"momentum\": " + formatNumber(s.optimizer.momentum) +
           ", \"beta1\": " + formatNumber(s.optimizer.beta1) +
           ", \"beta2\": " + formatNumber(s.optimizer.beta2) +
           ", \"epsilon\": " + formatNumber(s.optimizer.epsilon) +
           ", \"batch_size\": " + std::to_string(s.batchSize) +
           ", \"shuffle\": " + (s.shuffle ? "true" : "false") +
           ", \"shuffle_seed\": " + jsonQuote(hex64(s.shuffleSeed)) + "}";
}

std::string progressJson(const TrainerProgress &p)
{
    const OptimizerState &o = p.optimizerState;
    std::string text = "{\"epoch\": " + std::to_string(p.epoch) + ", \"steps\": " + std::to_string(p.stepCount) +
                       ", \"position\": " + std::to_string(p.positionInEpoch) + ",\n    \"order\": [";
    for (std::size_t i = 0; i < p.order.size(); ++i)
        text += (i ? ", " : "") + std::to_string(p.order[i]);
    text += "],\n    \"shuffle_state\": [" + jsonQuote(hex64(p.shuffleState[0])) + ", " +
            jsonQuote(hex64(p.shuffleState[1])) + ", " + jsonQuote(hex64(p.shuffleState[2])) + ", " +
            jsonQuote(hex64(p.shuffleState[3])) + "],\n";
    text += "    \"last_loss\": " + measurement(p.lastLoss) +
            ", \"epoch_loss_sum\": " + measurement(p.epochLossSum) +
            ", \"epoch_steps\": " + std::to_string(p.epochSteps) +
            ", \"epoch_stat_sums\": " + statsList(p.epochStatSums) +
            ",\n    \"optimizer_state\": {\"kind\": " + jsonQuote(optimizerName(o.kind)) +
            ", \"updates\": " + std::to_string(o.updates) +
            ",\n      \"first_weights\": " + layerList(o.firstWeights) +
            ",\n      \"first_biases\": " + vectorList(o.firstBiases) +
            ",\n      \"second_weights\": " + layerList(o.secondWeights) +
            ",\n      \"second_biases\": " + vectorList(o.secondBiases) + "}}";
    return text;
}

std::string historyJson(const std::vector<EpochMetrics> &all, const std::string &indent)
{
    std::string text = "[";
    const std::vector<EpochMetrics> history = thinned(all, kMaxSavedHistory);
    for (std::size_t i = 0; i < history.size(); ++i) {
        const EpochMetrics &m = history[i];
        text += (i ? ",\n" : "\n") + indent + "  " + "{\"epoch\": " + std::to_string(m.epoch) +
                ", \"loss\": " + measurement(m.loss) + ", \"accuracy\": " + measurement(m.accuracy) +
                ", \"step_loss\": " + measurement(m.stepLoss) + ", \"layers\": " + statsList(m.layers) + "}";
    }
    return text + (history.empty() ? "]" : "\n" + indent + "]");
}

} // namespace

std::string experimentToJson(const Experiment &e, bool withDataset)
{
    const std::vector<HistogramRowPointer> histograms = histogramRowsToSave(e.histograms, e.progress.epoch);
    const char *version = !histograms.empty() ? "3" : !e.siblings.empty() ? "2" : "1";
    std::string text = "{\n  \"format\": \"backprop-experiment\",\n  \"version\": " + std::string(version) + ",\n";
    text += "  \"lesson\": " + jsonQuote(e.lesson) + ",\n  \"seed\": " + jsonQuote(hex64(e.seed)) + ",\n";
    text += "  \"model\": " + modelToJson(e.network, 2) + ",\n";
    text += "  \"training\": " + trainingJson(e.settings) + ",\n";
    text += "  \"progress\": " + progressJson(e.progress) + ",\n";
    const Dataset &d = e.dataset;
    if (withDataset)
        text += "  \"dataset\": {\"name\": " + jsonQuote(d.name) +
                ", \"description\": " + jsonQuote(d.description) +
                ",\n    \"input_names\": " + stringList(d.inputNames) +
                ", \"target_names\": " + stringList(d.targetNames) +
                ",\n    \"inputs\": " + jsonColumns(d.inputs, ",\n      ") +
                ",\n    \"targets\": " + jsonColumns(d.targets, ",\n      ") +
                ",\n    \"test_inputs\": " + jsonColumns(d.testInputs, ",\n      ") +
                ",\n    \"test_targets\": " + jsonColumns(d.testTargets, ",\n      ") + "},\n";
    text += "  \"history\": " + historyJson(e.history, "  ") + ",\n";
    text += "  \"changes\": [";
    for (std::size_t i = 0; i < e.changes.size(); ++i) {
        const LiveChange &c = e.changes[i];
        text += std::string(i ? ",\n    " : "\n    ") + "{\"epoch\": " + std::to_string(c.epoch) +
                ", \"step\": " + std::to_string(c.stepCount) +
                ", \"what\": " + jsonQuote(std::string(changeKindName(c.kind)));
        if (c.layer > 0)
            text += ", \"layer\": " + std::to_string(c.layer);
        if (c.kind == ChangeKind::Parameter)
            text += ", \"neuron\": " + std::to_string(c.neuron) + ", \"input\": " + std::to_string(c.input);
        text += ", \"from\": " + jsonQuote(c.from) + ", \"to\": " + jsonQuote(c.to) + "}";
    }
    text += e.changes.empty() ? "],\n" : "\n  ],\n";
    const ExperimentView &v = e.view;
    text += "  \"view\": {\"shown_sample\": " + std::to_string(v.shownSample) +
            ", \"zoom\": " + formatNumber(v.zoom) + ", \"selected\": " +
            (v.selectedNeuron >= 0
                 ? "[" + std::to_string(v.selectedLayer) + ", " + std::to_string(v.selectedNeuron) + "]"
                 : std::string("null")) +
            "}";
    if (!e.siblings.empty()) {
        text += ",\n  \"init\": " + jsonQuote(initSchemeName(e.init)) + ", \"init_range\": " + formatNumber(e.initRange) +
                ",\n  \"runs\": [";
        for (std::size_t i = 0; i < e.siblings.size(); ++i) {
            const SiblingRun &run = e.siblings[i];
            text += std::string(i ? ",\n    " : "\n    ") + "{\"variant\": " + jsonQuote(runVariantToText(run.variant)) +
                    ",\n    \"model\": " + modelToJson(run.network, 4) + ",\n    \"training\": " +
                    trainingJson(run.settings) + ",\n    \"progress\": " + progressJson(run.progress) +
                    ",\n    \"history\": " + historyJson(run.history, "    ") + "}";
        }
        text += "\n  ]";
    }
    if (!histograms.empty())
        text += ",\n  \"histograms\": " + histogramsToJson(histograms, "  ");
    return text + "\n}\n";
}

namespace {

std::uint64_t readHex64(std::string_view source, const JsonValue &value, const std::string &path)
{
    const std::string &text = json::string(source, value, path);
    std::uint64_t result = 0;
    if (text.size() < 3 || text.size() > 18 || text[0] != '0' || (text[1] != 'x' && text[1] != 'X'))
        json::failAt(source, value, path, "expected a hexadecimal number such as \"0x1f\"");
    for (std::size_t i = 2; i < text.size(); ++i) {
        const char c = text[i];
        const int digit = c >= '0' && c <= '9'   ? c - '0'
                          : c >= 'a' && c <= 'f' ? c - 'a' + 10
                          : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                 : -1;
        if (digit < 0)
            json::failAt(source, value, path, "expected a hexadecimal number such as \"0x1f\"");
        result = result * 16 + static_cast<std::uint64_t>(digit);
    }
    return result;
}

// A measurement: a number, or "Infinity", "-Infinity" or "NaN" (see measurement()).

// layers < 0 accepts any number of layers up to kMaxLayers: the history of a run whose architecture
// was edited holds epochs of networks of other depths.
std::vector<LayerStats> readStats(std::string_view source, const JsonValue &value, const std::string &path,
                                  int layers)
{
    json::array(source, value, path, layers, "layers");
    if (layers < 0) {
        if (static_cast<std::int64_t>(value.items.size()) > kMaxLayers)
            json::failAt(source, value, path,
                         "has " + std::to_string(value.items.size()) + " layers (at most " +
                             std::to_string(kMaxLayers) + ")");
        layers = static_cast<int>(value.items.size());
    }
    std::vector<LayerStats> stats(static_cast<std::size_t>(layers));
    for (int l = 0; l < layers; ++l) {
        const std::string item = json::at(path, static_cast<std::size_t>(l));
        const JsonValue &pair =
            json::array(source, value.items[static_cast<std::size_t>(l)], item, 2, "numbers");
        stats[static_cast<std::size_t>(l)] = {json::measurement(source, pair.items[0], json::at(item, 0)),
                                              json::measurement(source, pair.items[1], json::at(item, 1))};
    }
    return stats;
}

std::vector<std::string> readStrings(std::string_view source, const JsonValue &value, const std::string &path,
                                     Eigen::Index count)
{
    json::array(source, value, path, count, "names");
    std::vector<std::string> strings;
    for (std::size_t i = 0; i < value.items.size(); ++i)
        strings.push_back(json::string(source, value.items[i], json::at(path, i)));
    return strings;
}

// Momentum's or Adam's per-layer moments: either empty or one entry per layer with W's and b's shapes.
void readMoments(std::string_view source, const JsonValue &state, const std::string &path, const char *weightsKey,
                 const char *biasesKey, const Network &network, std::vector<Matrix> &weights,
                 std::vector<Vector> &biases)
{
    const JsonValue &w = json::array(source, json::member(source, state, weightsKey, path),
                                     path + "." + weightsKey, -1, "layers");
    const JsonValue &b =
        json::array(source, json::member(source, state, biasesKey, path), path + "." + biasesKey,
                    static_cast<std::int64_t>(w.items.size()), "layers");
    if (w.items.empty())
        return;
    json::array(source, w, path + "." + weightsKey, network.layerCount(), "layers");
    for (int l = 1; l <= network.layerCount(); ++l) {
        const Layer &layer = network.layer(l);
        const auto index = static_cast<std::size_t>(l - 1);
        weights.push_back(json::rows(source, w.items[index], json::at(path + "." + weightsKey, index),
                                     layer.weights.rows(), layer.weights.cols()));
        biases.push_back(json::vector(source, b.items[index], json::at(path + "." + biasesKey, index),
                                      layer.biases.size()));
    }
}

LiveChange readChange(std::string_view source, const JsonValue &item, const std::string &path)
{
    LiveChange c;
    c.epoch = json::integer(source, json::member(source, item, "epoch", path), path + ".epoch", 0, 1LL << 53);
    c.stepCount = json::integer(source, json::member(source, item, "step", path), path + ".step", 0, 1LL << 53);
    const JsonValue &what = json::member(source, item, "what", path);
    const std::optional<ChangeKind> kind = parseChangeKind(json::string(source, what, path + ".what"));
    if (!kind)
        json::failAt(source, what, path + ".what",
                     "unknown change (known: learning_rate, optimizer, batch_size, activation, loss, "
                     "architecture, data, parameter)");
    c.kind = *kind;
    const bool inLayer = c.kind == ChangeKind::Activation || c.kind == ChangeKind::Parameter;
    if (const JsonValue *layer = item.find("layer"))
        c.layer = static_cast<int>(json::integer(source, *layer, path + ".layer", inLayer ? 1 : 0, kMaxLayers));
    else if (inLayer)
        json::member(source, item, "layer", path);
    if (c.kind == ChangeKind::Parameter) {
        c.neuron = static_cast<int>(json::integer(source, json::member(source, item, "neuron", path),
                                                  path + ".neuron", 0, kMaxLayerSize - 1));
        c.input = static_cast<int>(json::integer(source, json::member(source, item, "input", path),
                                                 path + ".input", -1, kMaxLayerSize - 1));
    }
    auto text = [&](const char *key) {
        const JsonValue &value = json::member(source, item, key, path);
        const std::string &result = json::string(source, value, path + "." + key);
        if (result.size() > kMaxChangeTextLength)
            json::failAt(source, value, path + "." + key,
                         "longer than " + std::to_string(kMaxChangeTextLength) + " characters");
        return result;
    };
    c.from = text("from");
    c.to = text("to");
    return c;
}

TrainingSettings readTraining(std::string_view source, const JsonValue &training, const std::string &path)
{
    TrainingSettings settings;
    const JsonValue &optimizer = json::member(source, training, "optimizer", path);
    const std::optional<Optimizer> kind =
        parseOptimizer(json::string(source, optimizer, path + ".optimizer"));
    if (!kind)
        json::failAt(source, optimizer, path + ".optimizer",
                     "unknown optimizer (known: sgd, momentum, adam)");
    settings.optimizer.kind = *kind;
    auto trainingNumber = [&](const char *key) {
        return json::number(source, json::member(source, training, key, path), path + "." + key);
    };
    settings.optimizer.learningRate = trainingNumber("learning_rate");
    const std::string rateProblem = learningRateProblem(settings.optimizer.learningRate);
    if (!rateProblem.empty())
        json::failAt(source, json::member(source, training, "learning_rate", path),
                     path + ".learning_rate", rateProblem);
    settings.optimizer.momentum = trainingNumber("momentum");
    settings.optimizer.beta1 = trainingNumber("beta1");
    settings.optimizer.beta2 = trainingNumber("beta2");
    settings.optimizer.epsilon = trainingNumber("epsilon");
    settings.batchSize =
        static_cast<int>(json::integer(source, json::member(source, training, "batch_size", path),
                                       path + ".batch_size", 0, 1'000'000));
    settings.shuffle =
        json::boolean(source, json::member(source, training, "shuffle", path), path + ".shuffle");
    settings.shuffleSeed = readHex64(source, json::member(source, training, "shuffle_seed", path),
                                     path + ".shuffle_seed");
    return settings;
}

TrainerProgress readProgress(std::string_view source, const JsonValue &progress, const std::string &path,
                             const Network &network, Eigen::Index samples)
{
    auto progressMember = [&](const char *key) -> const JsonValue & {
        return json::member(source, progress, key, path);
    };
    TrainerProgress p;
    p.epoch = json::integer(source, progressMember("epoch"), path + ".epoch", 0, 1LL << 53);
    p.stepCount = json::integer(source, progressMember("steps"), path + ".steps", 0, 1LL << 53);
    p.positionInEpoch =
        static_cast<int>(json::integer(source, progressMember("position"), path + ".position", 0, samples));
    const JsonValue &order =
        json::array(source, progressMember("order"), path + ".order", samples, "sample indices");
    for (std::size_t i = 0; i < order.items.size(); ++i)
        p.order.push_back(static_cast<int>(
            json::integer(source, order.items[i], json::at(path + ".order", i), 0, samples - 1)));
    const JsonValue &state =
        json::array(source, progressMember("shuffle_state"), path + ".shuffle_state", 4, "words");
    for (std::size_t i = 0; i < 4; ++i)
        p.shuffleState[i] = readHex64(source, state.items[i], json::at(path + ".shuffle_state", i));
    p.lastLoss = json::measurement(source, progressMember("last_loss"), path + ".last_loss");
    p.epochLossSum = json::measurement(source, progressMember("epoch_loss_sum"), path + ".epoch_loss_sum");
    p.epochSteps = json::integer(source, progressMember("epoch_steps"), path + ".epoch_steps", 0, 1LL << 53);
    p.epochStatSums =
        readStats(source, progressMember("epoch_stat_sums"), path + ".epoch_stat_sums", network.layerCount());
    const JsonValue &optimizerState = progressMember("optimizer_state");
    const JsonValue &stateKind = json::member(source, optimizerState, "kind", path + ".optimizer_state");
    const std::optional<Optimizer> stateOptimizer =
        parseOptimizer(json::string(source, stateKind, path + ".optimizer_state.kind"));
    if (!stateOptimizer)
        json::failAt(source, stateKind, path + ".optimizer_state.kind",
                     "unknown optimizer (known: sgd, momentum, adam)");
    p.optimizerState.kind = *stateOptimizer;
    p.optimizerState.updates =
        json::integer(source, json::member(source, optimizerState, "updates", path + ".optimizer_state"),
                      path + ".optimizer_state.updates", 0, 1LL << 53);
    readMoments(source, optimizerState, path + ".optimizer_state", "first_weights", "first_biases", network,
                p.optimizerState.firstWeights, p.optimizerState.firstBiases);
    readMoments(source, optimizerState, path + ".optimizer_state", "second_weights", "second_biases", network,
                p.optimizerState.secondWeights, p.optimizerState.secondBiases);
    return p;
}

std::vector<EpochMetrics> readHistory(std::string_view source, const JsonValue &value, const std::string &where)
{
    const JsonValue &history = json::array(source, value, where, -1, "epochs");
    if (history.items.size() > kMaxSavedHistory)
        json::failAt(source, history, where, "more than " + std::to_string(kMaxSavedHistory) + " entries");
    std::vector<EpochMetrics> result;
    for (std::size_t i = 0; i < history.items.size(); ++i) {
        const JsonValue &item = history.items[i];
        const std::string path = json::at(where, i);
        EpochMetrics m;
        m.epoch =
            json::integer(source, json::member(source, item, "epoch", path), path + ".epoch", 0, 1LL << 53);
        m.loss = json::measurement(source, json::member(source, item, "loss", path), path + ".loss");
        m.accuracy =
            json::measurement(source, json::member(source, item, "accuracy", path), path + ".accuracy");
        m.stepLoss =
            json::measurement(source, json::member(source, item, "step_loss", path), path + ".step_loss");
        m.layers = readStats(source, json::member(source, item, "layers", path), path + ".layers", -1);
        result.push_back(std::move(m));
    }
    return result;
}

// Version 2's runs side by side: each with the experiment's layers, and settings that make a trainer.
void readSiblings(std::string_view source, const JsonValue &root, Experiment &e, Eigen::Index samples)
{
    const JsonValue &init = json::member(source, root, "init", "experiment");
    const std::optional<InitScheme> scheme = parseInitScheme(json::string(source, init, "init"));
    if (!scheme)
        json::failAt(source, init, "init", "unknown initialisation (known: uniform, xavier, he)");
    e.init = *scheme;
    const JsonValue &range = json::member(source, root, "init_range", "experiment");
    e.initRange = json::number(source, range, "init_range");
    if (!(e.initRange > 0.0 && e.initRange <= 100.0))
        json::failAt(source, range, "init_range", "expected a number above 0 and at most 100");
    const JsonValue &runs = json::array(source, json::member(source, root, "runs", "experiment"), "runs", -1, "runs");
    if (runs.items.empty() || runs.items.size() > static_cast<std::size_t>(kMaxSiblings))
        json::failAt(source, runs, "runs",
                     "expected 1 to " + std::to_string(kMaxSiblings) + " runs beside the experiment's own, found " +
                         std::to_string(runs.items.size()));
    for (std::size_t i = 0; i < runs.items.size(); ++i) {
        const JsonValue &item = runs.items[i];
        const std::string path = json::at("runs", i);
        if (!item.isObject())
            json::failAt(source, item, path, "expected an object");
        SiblingRun run;
        const JsonValue &variant = json::member(source, item, "variant", path);
        try {
            run.variant = parseRunVariant(json::string(source, variant, path + ".variant"));
        } catch (const InputError &error) {
            json::failAt(source, variant, path + ".variant", error.what());
        }
        const JsonValue &model = json::member(source, item, "model", path);
        try {
            run.network = networkFromJson(model, source);
        } catch (const InputError &error) {
            throw InputError(std::string(error.what()) + " (in " + path + ".model)");
        }
        if (run.network.sizes() != e.network.sizes())
            json::failAt(source, model, path + ".model", "its layers differ from the experiment's model");
        run.settings = readTraining(source, json::member(source, item, "training", path), path + ".training");
        const JsonValue &progress = json::member(source, item, "progress", path);
        run.progress = readProgress(source, progress, path + ".progress", run.network, samples);
        run.history = readHistory(source, json::member(source, item, "history", path), path + ".history");
        try {
            Trainer trainer(run.network, e.dataset, run.settings);
            trainer.restoreProgress(run.progress);
        } catch (const InputError &error) {
            json::failAt(source, progress, path + ".progress", error.what());
        }
        e.siblings.push_back(std::move(run));
    }
}

} // namespace

Experiment experimentFromJson(const JsonValue &root, std::string_view source, const Dataset *knownDataset)
{
    const std::string top = "experiment";
    if (!root.isObject())
        json::failAt(source, root, top,
                     "expected a JSON object, found " + std::string(jsonTypeName(root.type)));
    const JsonValue &format = json::member(source, root, "format", top);
    if (json::string(source, format, "format") != "backprop-experiment")
        json::failAt(source, format, "format", "expected \"backprop-experiment\"");
    const JsonValue &versionValue = json::member(source, root, "version", top);
    const double version = versionValue.isNumber() ? json::number(source, versionValue, "version") : 0.0;
    if (version != 1 && version != 2 && version != 3)
        json::failAt(source, versionValue, "version", "this program reads versions 1 to 3 of the experiment format");
    // Version 2 always has runs side by side; version 3 when there are.
    const bool withRuns = version == 2 || (version == 3 && root.find("runs"));

    Experiment e;
    e.lesson = json::string(source, json::member(source, root, "lesson", top), "lesson");
    e.seed = readHex64(source, json::member(source, root, "seed", top), "seed");
    e.network = networkFromJson(json::member(source, root, "model", top), source);

    e.settings = readTraining(source, json::member(source, root, "training", top), "training");

    Eigen::Index samples = 0;
    if (knownDataset) {
        // The reader knows the data (a lesson's own, rebuilt from its name): it must fit the model.
        if (knownDataset->inputSize() != e.network.inputSize() ||
            knownDataset->targetSize() != e.network.outputSize() || knownDataset->sampleCount() < 1)
            json::failAt(source, root, "model", "does not fit the lesson's dataset");
        e.dataset = *knownDataset;
        samples = knownDataset->sampleCount();
    } else {
        const JsonValue &dataset = json::member(source, root, "dataset", top);
        auto datasetMember = [&](const char *key) -> const JsonValue & {
            return json::member(source, dataset, key, "dataset");
        };
        e.dataset.name = json::string(source, datasetMember("name"), "dataset.name");
        e.dataset.description = json::string(source, datasetMember("description"), "dataset.description");
        const JsonValue &inputs =
            json::array(source, datasetMember("inputs"), "dataset.inputs", -1, "samples");
        const JsonValue &tests =
            json::array(source, datasetMember("test_inputs"), "dataset.test_inputs", -1, "samples");
        samples = static_cast<Eigen::Index>(inputs.items.size());
        const auto testSamples = static_cast<Eigen::Index>(tests.items.size());
        if (samples < 1)
            json::failAt(source, inputs, "dataset.inputs", "the dataset has no samples");
        e.dataset.inputNames =
            readStrings(source, datasetMember("input_names"), "dataset.input_names", e.network.inputSize());
        e.dataset.targetNames = readStrings(source, datasetMember("target_names"), "dataset.target_names",
                                            e.network.outputSize());
        e.dataset.inputs = json::columns(source, inputs, "dataset.inputs", e.network.inputSize(), samples);
        e.dataset.targets = json::columns(source, datasetMember("targets"), "dataset.targets",
                                          e.network.outputSize(), samples);
        e.dataset.testInputs =
            json::columns(source, tests, "dataset.test_inputs", e.network.inputSize(), testSamples);
        e.dataset.testTargets = json::columns(source, datasetMember("test_targets"), "dataset.test_targets",
                                              e.network.outputSize(), testSamples);
    }

    const JsonValue &progress = json::member(source, root, "progress", top);
    e.progress = readProgress(source, progress, "progress", e.network, samples);

    e.history = readHistory(source, json::member(source, root, "history", top), "history");
    // Older files have no changes.
    if (const JsonValue *changes = root.find("changes")) {
        json::array(source, *changes, "changes", -1, "changes");
        if (changes->items.size() > kMaxLiveChanges)
            json::failAt(source, *changes, "changes", "more than " + std::to_string(kMaxLiveChanges) + " entries");
        for (std::size_t i = 0; i < changes->items.size(); ++i)
            e.changes.push_back(readChange(source, changes->items[i], json::at("changes", i)));
    }
    // The view is optional (older files have none, or only the sample): what is missing stays default.
    if (const JsonValue *view = root.find("view")) {
        if (!view->isObject())
            json::failAt(source, *view, "view", "expected an object");
        ExperimentView &v = e.view;
        if (const JsonValue *shown = view->find("shown_sample"))
            v.shownSample =
                static_cast<int>(json::integer(source, *shown, "view.shown_sample", 0, samples - 1));
        if (const JsonValue *zoom = view->find("zoom")) {
            v.zoom = json::number(source, *zoom, "view.zoom");
            if (!(v.zoom >= kMinViewZoom && v.zoom <= kMaxViewZoom))
                json::failAt(source, *zoom, "view.zoom",
                             "expected a zoom factor from " + formatNumber(kMinViewZoom) + " to " +
                                 formatNumber(kMaxViewZoom));
        }
        if (const JsonValue *selected = view->find("selected");
            selected && selected->type != JsonValue::Type::Null) {
            json::array(source, *selected, "view.selected", 2, "numbers ([layer, neuron])");
            v.selectedLayer = static_cast<int>(
                json::integer(source, selected->items[0], "view.selected[0]", 0, e.network.layerCount()));
            v.selectedNeuron = static_cast<int>(
                json::integer(source, selected->items[1], "view.selected[1]", 0,
                              e.network.sizes()[static_cast<std::size_t>(v.selectedLayer)] - 1));
        }
    }

    // The trainer's own checks (a permutation, shapes of the optimizer's state) name the problem.
    try {
        resumeTraining(e);
    } catch (const InputError &error) {
        json::failAt(source, progress, "progress", error.what());
    }
    if (withRuns)
        readSiblings(source, root, e, samples);
    if (const JsonValue *histograms = root.find("histograms"); histograms && version == 3)
        e.histograms = histogramsFromJson(source, *histograms, "histograms", e.progress.epoch);
    return e;
}

Experiment parseExperiment(std::string_view text, std::string_view source)
{
    return readNumbersOf(text, [&] { return experimentFromJson(parseJson(text, source), source); });
}

Experiment loadExperiment(const std::string &path)
{
    return parseExperiment(readTextFile(path, kMaxExperimentBytes), path);
}

void saveExperiment(const std::string &path, const Experiment &experiment)
{
    const std::string text = experimentToJson(experiment);
    requireLoadableJson(text, kMaxExperimentBytes, path);
    writeFileAtomically(path, text);
}

} // namespace bp
