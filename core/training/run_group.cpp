#include "core/training/run_group.h"

#include "core/formats/error.h"
#include "core/formats/message_text.h"
#include "core/formats/number_format.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace bp {

namespace {

/// The largest r of U(−r, r) a variant may ask for: far beyond saturation, still finite sums.
constexpr double kMaxInitRange = 100.0;

std::string quoted(std::string_view text)
{
    constexpr std::size_t kMaxEcho = 40;
    std::string echo(1, '\'');
    echo += text.substr(0, kMaxEcho);
    echo += text.size() > kMaxEcho ? "…'" : "'";
    return echo;
}

std::optional<int> parseWholeNumber(std::string_view text)
{
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

void applyPart(RunVariant &variant, std::string_view key, std::string_view value)
{
    const std::string where = "in " + quoted(std::string(key) + "=" + std::string(value)) + ": ";
    if (key == "lr" || key == "eta" || key == "η") {
        if (variant.learningRate)
            throw InputError("the learning rate is given twice");
        const std::optional<double> rate = parseFiniteNumber(value);
        const std::string problem = rate ? learningRateProblem(*rate) : "the learning rate is not a number";
        if (!problem.empty())
            throw InputError(where + problem);
        variant.learningRate = rate;
    } else if (key == "optimizer") {
        if (variant.optimizer)
            throw InputError("the optimizer is given twice");
        variant.optimizer = parseOptimizer(value);
        if (!variant.optimizer)
            throw InputError(where + "the optimizer must be sgd, momentum or adam");
    } else if (key == "batch") {
        if (variant.batchSize)
            throw InputError("the batch size is given twice");
        variant.batchSize = parseWholeNumber(value);
        if (!variant.batchSize || *variant.batchSize < 0)
            throw InputError(where + "the batch size must be a whole number, 0 (full batch) or more");
    } else if (key == "init") {
        if (variant.init)
            throw InputError("the initialisation is given twice");
        variant.init = parseInitScheme(value);
        if (!variant.init)
            throw InputError(where + "the initialisation must be uniform, xavier or he");
    } else if (key == "init-range") {
        if (variant.initRange)
            throw InputError("the initial range is given twice");
        variant.initRange = parseFiniteNumber(value);
        if (!variant.initRange || !(*variant.initRange > 0.0) || *variant.initRange > kMaxInitRange)
            throw InputError(where + "the initial range r of U(−r, r) must be a number above 0 and at most " +
                             formatNumber(kMaxInitRange));
    } else if (key.starts_with("activation")) {
        int layer = 0;
        if (key.size() > 10) {
            const std::optional<int> number = parseWholeNumber(key.substr(10));
            if (!number || *number < 1 || *number > kMaxLayers)
                throw InputError(where + "activationN needs a layer number N from 1");
            layer = *number;
        }
        for (const auto &[existing, activation] : variant.activations)
            if (existing == layer)
                throw InputError(
                    "the activation of " +
                    (layer == 0 ? std::string("the hidden layers") : "layer " + std::to_string(layer)) +
                    " is given twice");
        const std::optional<Activation> activation = parseActivation(value);
        if (!activation)
            throw InputError(where +
                             "unknown activation (logistic, tanh, relu, leaky-relu, identity, softmax)");
        variant.activations.emplace_back(layer, *activation);
    } else {
        throw InputError("unknown setting " + quoted(key) +
                         " (lr, optimizer, batch, init, init-range, activation or activationN)");
    }
}

std::string activationKey(int layer)
{
    return layer == 0 ? "f" : 'f' + std::to_string(layer);
}

} // namespace

bool RunVariant::isEmpty() const
{
    return *this == RunVariant{};
}

RunVariant parseRunVariant(std::string_view text)
{
    RunVariant variant;
    // Nothing different: a sibling with the original's settings (its curves are the original's).
    if (trimmed(text).empty())
        return variant;
    std::string_view rest = text;
    int index = 0;
    while (true) {
        ++index;
        const std::size_t comma = rest.find(',');
        const std::string_view part = trimmed(rest.substr(0, comma));
        const std::size_t equals = part.find('=');
        if (part.empty() || equals == std::string_view::npos || equals == 0)
            throw InputError("setting " + std::to_string(index) + " of " + quoted(text) +
                             " is not KEY=VALUE (e.g. lr=2,optimizer=adam)");
        applyPart(variant, trimmed(part.substr(0, equals)), trimmed(part.substr(equals + 1)));
        if (comma == std::string_view::npos)
            break;
        rest.remove_prefix(comma + 1);
    }
    return variant;
}

std::string runVariantToText(const RunVariant &variant)
{
    std::vector<std::string> parts;
    if (variant.learningRate)
        parts.push_back("lr=" + formatNumber(*variant.learningRate));
    if (variant.optimizer)
        parts.push_back("optimizer=" + std::string(optimizerName(*variant.optimizer)));
    if (variant.batchSize)
        parts.push_back("batch=" + std::to_string(*variant.batchSize));
    if (variant.init)
        parts.push_back("init=" + std::string(initSchemeName(*variant.init)));
    if (variant.initRange)
        parts.push_back("init-range=" + formatNumber(*variant.initRange));
    for (const auto &[layer, activation] : variant.activations)
        parts.push_back("activation" + (layer == 0 ? std::string() : std::to_string(layer)) + "=" +
                        std::string(activationName(activation)));
    std::string text;
    for (const std::string &part : parts)
        text += (text.empty() ? "" : ",") + part;
    return text;
}

Network variantNetwork(const Network &original, const RunOrigin &origin, const RunVariant &variant)
{
    Network network = original;
    const int layers = network.layerCount();
    for (const auto &[layer, activation] : variant.activations) {
        if (layer > layers)
            throw InputError("there is no layer " + std::to_string(layer) + " (the network has layers 1 to " +
                             std::to_string(layers) + ")");
        if (layer == 0) {
            for (int l = 1; l < layers; ++l)
                network.setActivation(l, activation);
        } else {
            network.setActivation(layer, activation);
        }
    }
    if (variant.redrawsWeights())
        network.initialize(variant.init.value_or(origin.init), origin.seed,
                           variant.initRange.value_or(origin.initRange));
    return network;
}

TrainingSettings variantSettings(const TrainingSettings &original, const RunVariant &variant)
{
    TrainingSettings settings = original;
    if (variant.learningRate)
        settings.optimizer.learningRate = *variant.learningRate;
    if (variant.optimizer)
        settings.optimizer.kind = *variant.optimizer;
    if (variant.batchSize)
        settings.batchSize = *variant.batchSize;
    return settings;
}

RunGroup::RunGroup(Trainer original, RunOrigin origin, std::vector<RunVariant> variants) : m_origin(origin)
{
    if (variants.size() > static_cast<std::size_t>(kMaxSiblings))
        throw InputError("at most " + std::to_string(kMaxSiblings) +
                         " runs can be compared with the original, not " + std::to_string(variants.size()));
    m_runs.reserve(variants.size() + 1);
    m_runs.push_back(std::move(original));
    m_variants.emplace_back();
    const Trainer &first = m_runs.front();
    for (std::size_t i = 0; i < variants.size(); ++i) {
        const RunVariant &variant = variants[i];
        try {
            const TrainingSettings settings = variantSettings(first.settings(), variant);
            Trainer sibling(variantNetwork(first.network(), origin, variant), first.dataset(), settings);
            // Same sample order, shuffling state and counters: the runs walk the data together.
            TrainerProgress progress = first.progress();
            if (variant.redrawsWeights() || settings.optimizer.kind != first.settings().optimizer.kind) {
                progress.optimizerState = OptimizerState{};
                progress.optimizerState.kind = settings.optimizer.kind;
            }
            sibling.restoreProgress(progress);
            m_runs.push_back(std::move(sibling));
        } catch (const InputError &error) {
            throw InputError("run " + std::to_string(i + 2) + " (" + runVariantToText(variant) +
                             "): " + error.what());
        }
        m_variants.push_back(variant);
    }
}

RunGroup RunGroup::restore(std::vector<Trainer> runs, RunOrigin origin, std::vector<RunVariant> variants)
{
    if (runs.empty() || runs.size() != variants.size() ||
        runs.size() > static_cast<std::size_t>(kMaxSiblings) + 1)
        throw InputError("a comparison holds 1 to " + std::to_string(kMaxSiblings + 1) + " runs, not " +
                         std::to_string(runs.size()));
    for (std::size_t i = 1; i < runs.size(); ++i)
        if (runs[i].network().sizes() != runs[0].network().sizes() ||
            runs[i].dataset().sampleCount() != runs[0].dataset().sampleCount())
            throw InputError("run " + std::to_string(i + 1) +
                             " does not have the layers and samples of run 1");
    RunGroup group;
    group.m_origin = origin;
    group.m_runs = std::move(runs);
    group.m_variants = std::move(variants);
    group.m_variants.front() = RunVariant{};
    return group;
}

std::vector<EpochMetrics> RunGroup::runEpoch(const std::atomic<bool> *abort)
{
    std::vector<EpochMetrics> metrics;
    metrics.reserve(m_runs.size());
    for (Trainer &trainer : m_runs)
        metrics.push_back(trainer.isDiverged() ? trainer.epochMetrics() : trainer.runEpoch(abort));
    return metrics;
}

bool RunGroup::step()
{
    bool stepped = false;
    for (Trainer &trainer : m_runs)
        stepped = trainer.step() || stepped;
    return stepped;
}

std::vector<std::vector<LabelPart>> labelPartsOf(const std::vector<const Trainer *> &runs,
                                                 const std::vector<RunVariant> &variants,
                                                 const RunOrigin &origin)
{
    bool rate = false, optimizer = false, batch = false, init = false, range = false;
    std::vector<int> activationLayers;
    for (const RunVariant &variant : variants) {
        rate = rate || variant.learningRate.has_value();
        optimizer = optimizer || variant.optimizer.has_value();
        batch = batch || variant.batchSize.has_value();
        init = init || variant.init.has_value();
        range = range || variant.initRange.has_value();
        for (const auto &[layer, activation] : variant.activations)
            if (std::find(activationLayers.begin(), activationLayers.end(), layer) == activationLayers.end())
                activationLayers.push_back(layer);
    }
    std::vector<std::vector<LabelPart>> labels;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const Trainer &trainer = *runs[i];
        const RunVariant &variant = variants[i];
        std::vector<LabelPart> parts;
        if (rate)
            parts.push_back({"η", formatNumber(trainer.settings().optimizer.learningRate)});
        if (optimizer)
            parts.push_back({"optimizer", std::string(optimizerName(trainer.settings().optimizer.kind))});
        if (batch)
            parts.push_back({"batch", std::to_string(trainer.settings().batchSize)});
        if (init)
            parts.push_back({"init", std::string(initSchemeName(variant.init.value_or(origin.init)))});
        if (range)
            parts.push_back({"init-range", formatNumber(variant.initRange.value_or(origin.initRange))});
        for (int layer : activationLayers)
            parts.push_back(
                {activationKey(layer),
                 std::string(activationName(trainer.network().layer(layer == 0 ? 1 : layer).activation))});
        labels.push_back(std::move(parts));
    }
    return labels;
}

std::vector<std::vector<LabelPart>> RunGroup::labelParts() const
{
    std::vector<const Trainer *> runs;
    for (const Trainer &trainer : m_runs)
        runs.push_back(&trainer);
    return labelPartsOf(runs, m_variants, m_origin);
}

std::string labelText(const std::vector<LabelPart> &parts)
{
    std::string text;
    for (const LabelPart &part : parts) {
        std::string piece;
        if (part.key == "η")
            piece = "η = " + part.value;
        else if (part.key == "optimizer")
            piece = part.value == "sgd" ? "SGD" : part.value == "adam" ? "Adam" : part.value;
        else if (part.key == "batch")
            piece = part.value == "0" ? "full batch" : "batch " + part.value;
        else if (part.key == "init")
            piece = part.value + " init";
        else if (part.key == "init-range")
            piece = "U(±" + part.value + ")";
        else if (part.key == "f")
            piece = "hidden " + part.value;
        else
            piece = "layer " + part.key.substr(1) + " " + part.value;
        text += (text.empty() ? "" : ", ") + piece;
    }
    return text;
}

std::vector<std::string> RunGroup::labels() const
{
    std::vector<std::string> labels;
    for (const std::vector<LabelPart> &parts : labelParts())
        labels.push_back(labelText(parts));
    return labels;
}

std::string RunGroup::title() const
{
    std::string title;
    for (const std::string &label : labels())
        title += (title.empty() ? "" : " vs ") + label;
    return title;
}

} // namespace bp
