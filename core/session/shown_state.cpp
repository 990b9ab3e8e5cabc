#include "core/session/shown_state.h"

#include "core/data/preset.h"
#include "core/formats/error.h"
#include "core/formats/json_read.h"
#include "core/formats/model_io.h"
#include "core/formats/number_format.h"
#include "core/maths/random.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <numeric>

namespace bp {

namespace {

constexpr std::size_t kMaxDivergenceLength = 4'000;
constexpr std::size_t kMaxTimelineMarks = 10'000;
constexpr std::int64_t kMaxId = 1LL << 53;

// The shortest text that reads back to the same double; what JSON has no number for (a diverged
// step's δ) as the strings the experiment format uses for its measurements.
std::string number(double value)
{
    return std::isfinite(value) ? formatNumber(value) : jsonMeasurement(value);
}

std::string numbers(const double *values, Eigen::Index count, Eigen::Index stride = 1)
{
    std::string text = "[";
    for (Eigen::Index i = 0; i < count; ++i)
        text += (i ? ", " : "") + number(values[i * stride]);
    return text + "]";
}

std::string numbers(const Matrix &column)
{
    return numbers(column.data(), column.size());
}

std::string rows(const Matrix &matrix)
{
    std::string text = "[";
    for (Eigen::Index j = 0; j < matrix.rows(); ++j)
        text +=
            (j ? ", " : "") + numbers(matrix.cols() ? &matrix(j, 0) : nullptr, matrix.cols(), matrix.rows());
    return text + "]";
}

std::string boolean(bool value)
{
    return value ? "true" : "false";
}

std::string selectionJson(const ShownSelection &s)
{
    switch (s.kind) {
    case ShownSelection::Kind::None: return "null";
    case ShownSelection::Kind::Neuron:
        return "{\"kind\": \"neuron\", \"layer\": " + std::to_string(s.layer) +
               ", \"neuron\": " + std::to_string(s.neuron) + "}";
    case ShownSelection::Kind::Edge:
        return "{\"kind\": \"edge\", \"layer\": " + std::to_string(s.layer) +
               ", \"neuron\": " + std::to_string(s.neuron) + ", \"from\": " + std::to_string(s.from) + "}";
    }
    return "null";
}

const char *quizKindName(ShownQuiz::Kind kind)
{
    switch (kind) {
    case ShownQuiz::Kind::WeightChangeSign: return "weight_change_sign";
    case ShownQuiz::Kind::LargerOutputDelta: return "larger_output_delta";
    case ShownQuiz::Kind::None: break;
    }
    return "none";
}

std::string saturationJson(const SaturationReport *report)
{
    if (!report)
        return "null";
    std::string text = "{\"samples\": " + std::to_string(report->sampleCount) +
                       ", \"of\": " + std::to_string(report->totalSampleCount) + ", \"layers\": [";
    for (std::size_t l = 0; l < report->layers.size(); ++l) {
        text += l ? ", [" : "[";
        const std::vector<UnitSaturation> &units = report->layers[l].units;
        for (std::size_t j = 0; j < units.size(); ++j) {
            const UnitSaturation &u = units[j];
            text += std::string(j ? ", " : "") + "[" + number(u.meanDerivative) + ", " +
                    number(u.saturatedShare) + ", " + number(u.activeShare) + ", " + boolean(u.saturated) +
                    ", " + boolean(u.dead) + "]";
        }
        text += "]";
    }
    return text + "]}";
}

std::string sampleActivationsJson(const std::vector<Matrix> &layers)
{
    std::string text = "[";
    for (std::size_t l = 0; l < layers.size(); ++l)
        text += (l ? ", " : "") + rows(layers[l]);
    return text + "]";
}

std::string beforeStepJson(const ShownState::BeforeStep *before)
{
    if (!before)
        return "null";
    return "{\"loss\": " + number(before->loss) + ", \"accuracy\": " + number(before->accuracy) +
           ",\n      \"sample_activations\": " + sampleActivationsJson(before->sampleActivations) +
           ",\n      \"saturation\": " + saturationJson(before->saturation.get()) + "}";
}

std::string hex64(std::uint64_t value)
{
    char buffer[24] = "0x";
    const auto result = std::to_chars(buffer + 2, buffer + sizeof buffer, value, 16);
    return std::string(buffer, result.ptr);
}

std::string traceJson(const Trace &trace, std::uint64_t id, const std::string &runModel,
                      const ShownState::BeforeStep *before)
{
    std::string text = "{\"id\": " + std::to_string(id) + ", \"loss\": " + number(trace.loss) +
                       ", \"finite\": " + boolean(trace.finite) +
                       ",\n    \"optimizer\": {\"kind\": " + jsonQuote(optimizerName(trace.optimizer.kind)) +
                       ", \"learning_rate\": " + number(trace.optimizer.learningRate) +
                       ", \"momentum\": " + number(trace.optimizer.momentum) +
                       ", \"beta1\": " + number(trace.optimizer.beta1) +
                       ", \"beta2\": " + number(trace.optimizer.beta2) +
                       ", \"epsilon\": " + number(trace.optimizer.epsilon) + "},\n";
    text += "    \"input\": " + numbers(trace.input) + ", \"target\": " + numbers(trace.target) + ",\n";
    text += "    \"before\": " + modelToJson(trace.before) + ",\n";
    // The step just taken left the run's network as it is: the usual case sends it once.
    const std::string after = modelToJson(trace.after);
    text += "    \"after\": " + (after == runModel ? std::string("null") : after) + ",\n";
    text += "    \"forward\": [";
    for (std::size_t l = 0; l < trace.forward.size(); ++l)
        text += std::string(l ? ", " : "") + "{\"z\": " + numbers(trace.forward[l].weightedInput) +
                ", \"a\": " + numbers(trace.forward[l].activation) + "}";
    text += "],\n    \"backward\": [";
    for (std::size_t l = 0; l < trace.backward.size(); ++l) {
        const BackwardRecord &b = trace.backward[l];
        text += std::string(l ? ",\n      " : "\n      ") + "{\"delta\": " + numbers(b.delta) +
                ", \"grad_weights\": " + rows(b.gradWeights) + ", \"grad_biases\": " + numbers(b.gradBiases) +
                "}";
    }
    return text + "],\n    \"shown_before\": " + beforeStepJson(before) + "}";
}

// Every sample's activations travel while they are few (kMaxShownSampleValues), else none.
std::vector<Matrix> travellingSampleActivations(const std::vector<Matrix> &layers)
{
    std::int64_t values = 0;
    for (const Matrix &m : layers)
        values += m.size();
    return values <= kMaxShownSampleValues ? layers : std::vector<Matrix>{};
}

} // namespace

ShownState shownStateOf(const TrainingSnapshot &snapshot, const std::vector<EpochMetrics> &history)
{
    ShownState state;
    state.hostRunId = snapshot.runId;
    Experiment &run = state.run;
    run.lesson = snapshot.presetName;
    run.seed = snapshot.seed;
    run.dataset = *snapshot.dataset;
    run.network = *snapshot.network;
    run.settings = snapshot.settings;
    TrainerProgress &p = run.progress;
    p.epoch = snapshot.epoch;
    p.stepCount = snapshot.stepCount;
    p.positionInEpoch = snapshot.positionInEpoch;
    // The snapshot holds neither the trainer's order nor its generator (see ShownState): a fresh
    // epoch order in the run's own shuffling seed.
    p.order.resize(static_cast<std::size_t>(run.dataset.sampleCount()));
    std::iota(p.order.begin(), p.order.end(), 0);
    p.shuffleState = Random(snapshot.settings.shuffleSeed).state();
    p.lastLoss = snapshot.lastLoss;
    p.epochStatSums.assign(static_cast<std::size_t>(run.network.layerCount()), LayerStats{});
    p.optimizerState.kind = snapshot.settings.optimizer.kind;
    if (history.size() <= kMaxShownHistory) {
        run.history = history;
    } else {
        run.history.reserve(kMaxShownHistory);
        for (std::size_t i = 0; i < kMaxShownHistory; ++i)
            run.history.push_back(history[i * (history.size() - 1) / (kMaxShownHistory - 1)]);
    }
    if (snapshot.changes)
        run.changes = *snapshot.changes;
    run.view.shownSample = snapshot.shownSample;

    state.running = snapshot.running;
    state.diverged = snapshot.diverged;
    state.divergenceMessage = snapshot.divergenceMessage.substr(0, kMaxDivergenceLength);
    state.loss = snapshot.loss;
    state.accuracy = snapshot.accuracy;
    state.lastLoss = snapshot.lastLoss;
    state.samplesPerSecond = snapshot.samplesPerSecond;
    state.lastStats = snapshot.lastStats;
    state.shownActivations = snapshot.shownActivations;
    state.sampleActivations = travellingSampleActivations(snapshot.sampleActivations);
    state.saturation = snapshot.saturation;
    if (snapshot.timeline) {
        const std::vector<TimelineMark> &marks = *snapshot.timeline;
        const std::size_t first = marks.size() > kMaxTimelineMarks ? marks.size() - kMaxTimelineMarks : 0;
        state.timeline.assign(marks.begin() + static_cast<std::ptrdiff_t>(first), marks.end());
    }
    state.timelinePosition = snapshot.timelinePosition;
    return state;
}

ShownState::BeforeStep shownBeforeStepOf(const TrainingSnapshot &before)
{
    ShownState::BeforeStep numbers;
    numbers.loss = before.loss;
    numbers.accuracy = before.accuracy;
    numbers.sampleActivations = travellingSampleActivations(before.sampleActivations);
    numbers.saturation = before.saturation;
    return numbers;
}

TrainingSnapshot snapshotOf(const ShownState &state, std::uint64_t runId, std::uint64_t serial)
{
    TrainingSnapshot s;
    s.runId = runId;
    s.serial = serial;
    s.running = state.running;
    s.diverged = state.diverged;
    s.divergenceMessage = state.divergenceMessage;
    s.presetName = state.run.lesson;
    s.dataset = std::make_shared<const Dataset>(state.run.dataset);
    s.network = std::make_shared<const Network>(state.run.network);
    s.settings = state.run.settings;
    s.seed = state.run.seed;
    s.epoch = state.run.progress.epoch;
    s.stepCount = state.run.progress.stepCount;
    s.positionInEpoch = state.run.progress.positionInEpoch;
    s.lastLoss = state.lastLoss;
    s.lastStats = state.lastStats;
    s.loss = state.loss;
    s.accuracy = state.accuracy;
    s.newEpochs = state.run.history;
    s.historyRestarted = state.historyWhole;
    s.newHistograms = state.histograms.rows;
    s.histogramsRestarted = state.histograms.whole;
    s.samplesPerSecond = state.samplesPerSecond;
    s.shownSample = state.run.view.shownSample;
    s.shownActivations = state.shownActivations;
    s.sampleActivations = state.sampleActivations;
    s.saturation = state.saturation;
    s.trace = state.trace;
    s.timeline = std::make_shared<const std::vector<TimelineMark>>(state.timeline);
    s.timelinePosition = state.timelinePosition;
    s.changes = std::make_shared<const std::vector<LiveChange>>(state.run.changes);
    s.view = state.run.view;
    return s;
}

TrainingSnapshot beforeStepSnapshotOf(const ShownState &state, const TrainingSnapshot &after)
{
    TrainingSnapshot before = after;
    if (!state.trace || !state.beforeStep)
        return before;
    const Trace &trace = *state.trace;
    before.network = std::make_shared<const Network>(trace.before);
    before.shownActivations.assign(1, trace.input.col(0));
    for (const ForwardRecord &record : trace.forward)
        before.shownActivations.push_back(record.activation.col(0));
    before.loss = state.beforeStep->loss;
    before.accuracy = state.beforeStep->accuracy;
    before.sampleActivations = state.beforeStep->sampleActivations;
    before.saturation = state.beforeStep->saturation;
    before.stepCount = std::max<std::int64_t>(0, after.stepCount - 1);
    // The epochs arrived with the snapshot after the step: the charts take them once.
    before.newEpochs.clear();
    return before;
}

bool isPresetDataset(const Dataset &dataset, const std::string &preset, std::uint64_t seed)
{
    const std::vector<std::string> known = presetNames();
    if (std::find(known.begin(), known.end(), preset) == known.end())
        return false;
    const Dataset own = makePreset(preset, seed).dataset;
    auto same = [](const Matrix &a, const Matrix &b) {
        return a.rows() == b.rows() && a.cols() == b.cols() &&
               std::equal(a.data(), a.data() + a.size(), b.data());
    };
    return own.name == dataset.name && own.description == dataset.description &&
           own.inputNames == dataset.inputNames && own.targetNames == dataset.targetNames &&
           same(own.inputs, dataset.inputs) && same(own.targets, dataset.targets) &&
           same(own.testInputs, dataset.testInputs) && same(own.testTargets, dataset.testTargets);
}

std::string shownStateToJson(const ShownState &state)
{
    const bool presetData = !state.datasetPreset.empty();
    std::string text =
        "{\"format\": \"backprop-shown-state\", \"version\": " + std::to_string(kShownStateVersion) +
        ", \"host_run\": " + std::to_string(state.hostRunId) +
        ", \"serial\": " + std::to_string(state.serial) + ",\n \"dataset_preset\": " +
        (presetData ? "{\"lesson\": " + jsonQuote(state.datasetPreset) +
                          ", \"seed\": " + jsonQuote(hex64(state.run.seed)) + "}"
                    : std::string("null")) +
        ",\n \"run\": " + experimentToJson(state.run, !presetData) + ",\n";
    text += " \"history\": {\"id\": " + std::to_string(state.historyId) +
            ", \"whole\": " + boolean(state.historyWhole) + ", \"end\": " + std::to_string(state.historyEnd) +
            "},\n";
    text += " \"histograms\": " + shownHistogramsToJson(state.histograms) + ",\n";
    text += " \"boundary\": " + shownBoundaryToJson(state.boundary) + ",\n";
    text += " \"landscape\": " + shownLandscapeToJson(state.landscape) + ",\n";
    text += " \"landscape_path\": " + shownLandscapePathToJson(state.landscapePath) + ",\n";
    text +=
        " \"gradient_check\": " + shownGradientCheckToJson(state.gradientCheck, state.run.network) + ",\n";
    text += " \"shown\": {\"running\": " + boolean(state.running) +
            ", \"diverged\": " + boolean(state.diverged) +
            ", \"divergence\": " + jsonQuote(state.divergenceMessage) + ", \"loss\": " + number(state.loss) +
            ", \"accuracy\": " + number(state.accuracy) + ", \"last_loss\": " + number(state.lastLoss) +
            ", \"samples_per_second\": " + number(state.samplesPerSecond) + ",\n  \"last_stats\": [";
    for (std::size_t l = 0; l < state.lastStats.size(); ++l)
        text += std::string(l ? ", " : "") + "[" + number(state.lastStats[l].gradientNorm) + ", " +
                number(state.lastStats[l].meanAbsDelta) + "]";
    text += "],\n  \"activations\": [";
    for (std::size_t l = 0; l < state.shownActivations.size(); ++l)
        text += (l ? ", " : "") + numbers(state.shownActivations[l]);
    text += "],\n  \"sample_activations\": " + sampleActivationsJson(state.sampleActivations);
    text += ",\n  \"saturation\": " + saturationJson(state.saturation.get());
    text += ",\n  \"timeline\": [";
    for (std::size_t i = 0; i < state.timeline.size(); ++i) {
        const TimelineMark &m = state.timeline[i];
        text += std::string(i ? ", " : "") + "[" + std::to_string(m.id) + ", " + std::to_string(m.epoch) +
                ", " + std::to_string(m.stepCount) + ", " + number(m.loss) + "]";
    }
    text += "], \"timeline_position\": " + std::to_string(state.timelinePosition) + "},\n";
    const bool traceTravels = state.trace && state.trace->before.parameterCount() <= kMaxShownTraceParameters;
    text += " \"trace\": " +
            (traceTravels ? traceJson(*state.trace, state.traceId, modelToJson(state.run.network),
                                      state.beforeStep.get())
                          : std::string("null")) +
            ",\n";
    text += " \"phase\": " + std::to_string(traceTravels ? state.phaseIndex : -1) +
            ", \"selection\": " + selectionJson(state.selection) +
            ", \"spotlight\": " + boolean(state.spotlight) +
            ", \"derivative\": " + boolean(state.showDerivative) + ",\n";
    const ShownQuiz &q = state.quiz;
    text += " \"quiz\": " +
            (q.kind == ShownQuiz::Kind::None || !traceTravels
                 ? std::string("null")
                 : "{\"kind\": " + jsonQuote(quizKindName(q.kind)) + ", \"phase\": " +
                       std::to_string(q.phaseIndex) + ", \"subject\": " + selectionJson(q.subject) +
                       ", \"other\": " + selectionJson(q.other) + ", \"revealed\": " + boolean(q.revealed) +
                       "}") +
            "\n}\n";
    return text;
}

namespace {

// Reading, against the shapes of the run read first.
class StateReader {
public:
    explicit StateReader(std::string_view source) : m_source(source) {}

    double measurement(const JsonValue &value, const std::string &path) const
    {
        return json::measurement(m_source, value, path);
    }

    Vector measurements(const JsonValue &value, const std::string &path, Eigen::Index size) const
    {
        json::array(m_source, value, path, size, "numbers");
        Vector result(size);
        for (Eigen::Index i = 0; i < size; ++i)
            result[i] = measurement(value.items[static_cast<std::size_t>(i)],
                                    json::at(path, static_cast<std::size_t>(i)));
        return result;
    }

    Matrix measurementRows(const JsonValue &value, const std::string &path, Eigen::Index rowCount,
                           Eigen::Index colCount) const
    {
        json::array(m_source, value, path, rowCount, "rows");
        Matrix result(rowCount, colCount);
        for (Eigen::Index j = 0; j < rowCount; ++j) {
            const std::string rowPath = json::at(path, static_cast<std::size_t>(j));
            const JsonValue &row = value.items[static_cast<std::size_t>(j)];
            json::array(m_source, row, rowPath, colCount, "numbers");
            for (Eigen::Index k = 0; k < colCount; ++k)
                result(j, k) = measurement(row.items[static_cast<std::size_t>(k)],
                                           json::at(rowPath, static_cast<std::size_t>(k)));
        }
        return result;
    }

    const JsonValue &member(const JsonValue &object, std::string_view key, const std::string &path) const
    {
        if (!object.isObject())
            json::failAt(m_source, object, path, "expected an object");
        return json::member(m_source, object, key, path);
    }

    std::uint64_t id(const JsonValue &object, std::string_view key, const std::string &path) const
    {
        return static_cast<std::uint64_t>(
            json::integer(m_source, member(object, key, path), path + "." + std::string(key), 0, kMaxId));
    }

    bool flag(const JsonValue &object, std::string_view key, const std::string &path) const
    {
        return json::boolean(m_source, member(object, key, path), path + "." + std::string(key));
    }

    std::uint64_t hex(const JsonValue &value, const std::string &path) const
    {
        const std::string &text = json::string(m_source, value, path);
        std::uint64_t result = 0;
        const char *end = text.data() + text.size();
        if (text.size() < 3 || text.size() > 18 || text.compare(0, 2, "0x") != 0 ||
            std::from_chars(text.data() + 2, end, result, 16).ptr != end)
            json::failAt(m_source, value, path, "expected a hexadecimal number such as \"0x1f\"");
        return result;
    }

    ShownSelection selection(const JsonValue &value, const std::string &path,
                             const std::vector<int> &sizes) const
    {
        ShownSelection s;
        if (value.type == JsonValue::Type::Null)
            return s;
        const std::string &kind = json::string(m_source, member(value, "kind", path), path + ".kind");
        const auto layers = static_cast<std::int64_t>(sizes.size()) - 1;
        if (kind == "neuron") {
            s.kind = ShownSelection::Kind::Neuron;
            s.layer = static_cast<int>(
                json::integer(m_source, member(value, "layer", path), path + ".layer", 0, layers));
        } else if (kind == "edge") {
            s.kind = ShownSelection::Kind::Edge;
            s.layer = static_cast<int>(
                json::integer(m_source, member(value, "layer", path), path + ".layer", 1, layers));
            s.from = static_cast<int>(json::integer(m_source, member(value, "from", path), path + ".from", 0,
                                                    sizes[static_cast<std::size_t>(s.layer - 1)] - 1));
        } else {
            json::failAt(m_source, value, path + ".kind", "expected \"neuron\" or \"edge\"");
        }
        s.neuron = static_cast<int>(json::integer(m_source, member(value, "neuron", path), path + ".neuron",
                                                  0, sizes[static_cast<std::size_t>(s.layer)] - 1));
        return s;
    }

    // aˡ of every sample, (nₗ × m) at index l − 1: none, or one per layer within kMaxShownSampleValues.
    std::vector<Matrix> sampleActivations(const JsonValue &value, const std::string &path,
                                          const std::vector<int> &sizes, Eigen::Index samples) const
    {
        std::vector<Matrix> result;
        const JsonValue &layers = json::array(m_source, value, path, -1, "layers");
        if (layers.items.empty())
            return result;
        const auto layerCount = static_cast<Eigen::Index>(sizes.size()) - 1;
        json::array(m_source, layers, path, layerCount, "layers");
        std::int64_t values = 0;
        for (std::size_t l = 1; l < sizes.size(); ++l)
            values += static_cast<std::int64_t>(sizes[l]) * samples;
        if (values > kMaxShownSampleValues)
            json::failAt(m_source, layers, path,
                         "more than " + std::to_string(kMaxShownSampleValues) + " values");
        for (std::size_t l = 0; l < layers.items.size(); ++l)
            result.push_back(measurementRows(layers.items[l], json::at(path, l), sizes[l + 1], samples));
        return result;
    }

    // One entry per unit of layers 1..L: [mean σ′ share, saturated share, active share, saturated, dead].
    std::shared_ptr<const SaturationReport> saturation(const JsonValue &value, const std::string &path,
                                                       const std::vector<int> &sizes) const
    {
        if (value.type == JsonValue::Type::Null)
            return nullptr;
        auto report = std::make_shared<SaturationReport>();
        report->sampleCount =
            json::integer(m_source, member(value, "samples", path), path + ".samples", 0, kMaxId);
        report->totalSampleCount =
            json::integer(m_source, member(value, "of", path), path + ".of", 0, kMaxId);
        const std::string layersPath = path + ".layers";
        const JsonValue &layers = json::array(m_source, member(value, "layers", path), layersPath,
                                              static_cast<std::int64_t>(sizes.size()) - 1, "layers");
        for (std::size_t l = 0; l < layers.items.size(); ++l) {
            const std::string layerPath = json::at(layersPath, l);
            const JsonValue &units = json::array(m_source, layers.items[l], layerPath, sizes[l + 1], "units");
            LayerSaturation layer;
            for (std::size_t j = 0; j < units.items.size(); ++j) {
                const std::string unitPath = json::at(layerPath, j);
                const JsonValue &unit = json::array(m_source, units.items[j], unitPath, 5,
                                                    "values ([σ′, saturated, active, flags])");
                UnitSaturation u;
                u.meanDerivative = measurement(unit.items[0], json::at(unitPath, 0));
                u.saturatedShare = measurement(unit.items[1], json::at(unitPath, 1));
                u.activeShare = measurement(unit.items[2], json::at(unitPath, 2));
                u.saturated = json::boolean(m_source, unit.items[3], json::at(unitPath, 3));
                u.dead = json::boolean(m_source, unit.items[4], json::at(unitPath, 4));
                layer.saturatedCount += u.saturated ? 1 : 0;
                layer.deadCount += u.dead ? 1 : 0;
                layer.units.push_back(u);
            }
            report->layers.push_back(std::move(layer));
        }
        return report;
    }

    std::shared_ptr<const ShownState::BeforeStep> beforeStep(const JsonValue &value, const std::string &path,
                                                             const std::vector<int> &sizes,
                                                             Eigen::Index samples) const
    {
        if (value.type == JsonValue::Type::Null)
            return nullptr;
        auto before = std::make_shared<ShownState::BeforeStep>();
        before->loss = measurement(member(value, "loss", path), path + ".loss");
        before->accuracy = measurement(member(value, "accuracy", path), path + ".accuracy");
        before->sampleActivations = sampleActivations(member(value, "sample_activations", path),
                                                      path + ".sample_activations", sizes, samples);
        before->saturation = saturation(member(value, "saturation", path), path + ".saturation", sizes);
        return before;
    }

    std::shared_ptr<const Trace> trace(const JsonValue &value, const Network &runNetwork) const
    {
        const std::string path = "trace";
        auto trace = std::make_shared<Trace>();
        trace->before = networkFromJson(member(value, "before", path), m_source);
        const JsonValue &after = member(value, "after", path);
        trace->after = after.type == JsonValue::Type::Null ? runNetwork : networkFromJson(after, m_source);
        const std::vector<int> &sizes = trace->before.sizes();
        if (trace->after.sizes() != sizes)
            json::failAt(m_source, value, path + ".after",
                         "the network after the step has other layer sizes");
        const int layers = trace->before.layerCount();
        trace->loss = measurement(member(value, "loss", path), path + ".loss");
        trace->finite = flag(value, "finite", path);
        const JsonValue &optimizer = member(value, "optimizer", path);
        const std::string optimizerPath = path + ".optimizer";
        const JsonValue &kind = member(optimizer, "kind", optimizerPath);
        const std::optional<Optimizer> parsed =
            parseOptimizer(json::string(m_source, kind, optimizerPath + ".kind"));
        if (!parsed)
            json::failAt(m_source, kind, optimizerPath + ".kind",
                         "unknown optimizer (known: sgd, momentum, adam)");
        OptimizerSettings &o = trace->optimizer;
        o.kind = *parsed;
        auto setting = [&](const char *key) {
            return json::number(m_source, member(optimizer, key, optimizerPath), optimizerPath + "." + key);
        };
        o.learningRate = setting("learning_rate");
        o.momentum = setting("momentum");
        o.beta1 = setting("beta1");
        o.beta2 = setting("beta2");
        o.epsilon = setting("epsilon");
        trace->input = measurements(member(value, "input", path), path + ".input", sizes.front());
        trace->target = measurements(member(value, "target", path), path + ".target", sizes.back());
        const JsonValue &forward =
            json::array(m_source, member(value, "forward", path), path + ".forward", layers, "layers");
        const JsonValue &backward =
            json::array(m_source, member(value, "backward", path), path + ".backward", layers, "layers");
        for (int l = 1; l <= layers; ++l) {
            const auto i = static_cast<std::size_t>(l - 1);
            const Eigen::Index n = sizes[i + 1];
            const std::string f = json::at(path + ".forward", i);
            const JsonValue &fl = forward.items[i];
            trace->forward.push_back({measurements(member(fl, "z", f), f + ".z", n),
                                      measurements(member(fl, "a", f), f + ".a", n)});
            const std::string b = json::at(path + ".backward", i);
            const JsonValue &bl = backward.items[i];
            BackwardRecord record;
            record.delta = measurements(member(bl, "delta", b), b + ".delta", n);
            record.gradWeights =
                measurementRows(member(bl, "grad_weights", b), b + ".grad_weights", n, sizes[i]);
            record.gradBiases = measurements(member(bl, "grad_biases", b), b + ".grad_biases", n);
            trace->backward.push_back(std::move(record));
        }
        trace->phases = phasesOf(layers);
        return trace;
    }

private:
    std::string_view m_source;
};

ShownState readShownState(std::string_view text, std::string_view source)
{
    const JsonValue root = parseJson(text, source);
    const StateReader read(source);
    const std::string top = "state";
    if (!root.isObject())
        json::failAt(source, root, top,
                     "expected a JSON object, found " + std::string(jsonTypeName(root.type)));
    if (json::string(source, read.member(root, "format", top), "format") != "backprop-shown-state")
        json::failAt(source, read.member(root, "format", top), "format", "expected \"backprop-shown-state\"");
    json::integer(source, read.member(root, "version", top), "version", kShownStateVersion,
                  kShownStateVersion);

    ShownState state;
    state.hostRunId = read.id(root, "host_run", top);
    state.serial = read.id(root, "serial", top);
    const JsonValue &preset = read.member(root, "dataset_preset", top);
    Dataset presetData;
    if (preset.type != JsonValue::Type::Null) {
        state.datasetPreset =
            json::string(source, read.member(preset, "lesson", "dataset_preset"), "dataset_preset.lesson");
        const std::vector<std::string> known = presetNames();
        if (std::find(known.begin(), known.end(), state.datasetPreset) == known.end())
            json::failAt(source, preset, "dataset_preset.lesson", "not a lesson this program knows");
        presetData = makePreset(state.datasetPreset, read.hex(read.member(preset, "seed", "dataset_preset"),
                                                              "dataset_preset.seed"))
                         .dataset;
    }
    state.run = experimentFromJson(read.member(root, "run", top), source,
                                   state.datasetPreset.empty() ? nullptr : &presetData);
    if (state.run.history.size() > kMaxShownHistory)
        json::failAt(source, root, "run.history",
                     "more than " + std::to_string(kMaxShownHistory) + " entries");
    const std::vector<int> &sizes = state.run.network.sizes();
    const int layers = state.run.network.layerCount();
    const Eigen::Index samples = state.run.dataset.sampleCount();
    const JsonValue &history = read.member(root, "history", top);
    state.historyId = read.id(history, "id", "history");
    state.historyWhole = read.flag(history, "whole", "history");
    state.historyEnd = read.id(history, "end", "history");
    if (state.historyEnd < state.run.history.size())
        json::failAt(source, history, "history.end",
                     "fewer epochs than the " + std::to_string(state.run.history.size()) + " the run brings");

    state.histograms =
        readShownHistograms(source, read.member(root, "histograms", top), "histograms", state.run.progress.epoch);
    state.boundary = readShownBoundary(source, read.member(root, "boundary", top), "boundary", state.run.network);
    state.landscape =
        readShownLandscape(source, read.member(root, "landscape", top), "landscape", state.run.network);
    state.landscapePath =
        readShownLandscapePath(source, read.member(root, "landscape_path", top), "landscape_path");
    state.gradientCheck =
        readShownGradientCheck(source, read.member(root, "gradient_check", top), "gradient_check",
                               state.run.network, state.run.dataset.sampleCount());

    const JsonValue &shown = read.member(root, "shown", top);
    const std::string s = "shown";
    state.running = read.flag(shown, "running", s);
    state.diverged = read.flag(shown, "diverged", s);
    state.divergenceMessage = json::string(source, read.member(shown, "divergence", s), "shown.divergence");
    if (state.divergenceMessage.size() > kMaxDivergenceLength)
        json::failAt(source, shown, "shown.divergence",
                     "longer than " + std::to_string(kMaxDivergenceLength) + " bytes");
    state.loss = read.measurement(read.member(shown, "loss", s), "shown.loss");
    state.accuracy = read.measurement(read.member(shown, "accuracy", s), "shown.accuracy");
    state.lastLoss = read.measurement(read.member(shown, "last_loss", s), "shown.last_loss");
    state.samplesPerSecond =
        read.measurement(read.member(shown, "samples_per_second", s), "shown.samples_per_second");
    // Before the first step there are no statistics and no activations yet: none or one per layer.
    const JsonValue &stats =
        json::array(source, read.member(shown, "last_stats", s), "shown.last_stats", -1, "layers");
    if (!stats.items.empty()) {
        json::array(source, stats, "shown.last_stats", layers, "layers");
        for (std::size_t l = 0; l < stats.items.size(); ++l) {
            const Vector pair = read.measurements(stats.items[l], json::at("shown.last_stats", l), 2);
            state.lastStats.push_back({pair[0], pair[1]});
        }
    }
    const JsonValue &activations =
        json::array(source, read.member(shown, "activations", s), "shown.activations", -1, "layers");
    if (!activations.items.empty()) {
        json::array(source, activations, "shown.activations", layers + 1, "layers (the input first)");
        for (std::size_t l = 0; l < activations.items.size(); ++l)
            state.shownActivations.push_back(
                read.measurements(activations.items[l], json::at("shown.activations", l), sizes[l]));
    }
    state.sampleActivations = read.sampleActivations(read.member(shown, "sample_activations", s),
                                                     "shown.sample_activations", sizes, samples);
    state.saturation = read.saturation(read.member(shown, "saturation", s), "shown.saturation", sizes);
    const JsonValue &timeline =
        json::array(source, read.member(shown, "timeline", s), "shown.timeline", -1, "marks");
    if (timeline.items.size() > kMaxTimelineMarks)
        json::failAt(source, timeline, "shown.timeline",
                     "more than " + std::to_string(kMaxTimelineMarks) + " marks");
    for (std::size_t i = 0; i < timeline.items.size(); ++i) {
        const std::string path = json::at("shown.timeline", i);
        const JsonValue &mark =
            json::array(source, timeline.items[i], path, 4, "values ([id, epoch, step, loss])");
        state.timeline.push_back(
            {static_cast<std::uint64_t>(json::integer(source, mark.items[0], path, 0, kMaxId)),
             json::integer(source, mark.items[1], json::at(path, 1), 0, kMaxId),
             json::integer(source, mark.items[2], json::at(path, 2), 0, kMaxId),
             read.measurement(mark.items[3], json::at(path, 3))});
    }
    state.timelinePosition = read.id(shown, "timeline_position", s);

    const JsonValue &trace = read.member(root, "trace", top);
    int phases = 0;
    if (trace.type != JsonValue::Type::Null) {
        state.trace = read.trace(trace, state.run.network);
        state.traceId = read.id(trace, "id", "trace");
        phases = static_cast<int>(state.trace->phases.size());
        state.beforeStep = read.beforeStep(read.member(trace, "shown_before", "trace"), "trace.shown_before",
                                           state.trace->before.sizes(), samples);
    }
    state.phaseIndex =
        static_cast<int>(json::integer(source, read.member(root, "phase", top), "phase", -1, phases - 1));
    // What the lecturer points at belongs to the network on show: the step's, else the run's.
    const std::vector<int> &shownSizes = state.trace ? state.trace->before.sizes() : sizes;
    state.selection = read.selection(read.member(root, "selection", top), "selection", shownSizes);
    state.spotlight = read.flag(root, "spotlight", top);
    state.showDerivative = read.flag(root, "derivative", top);
    const JsonValue &quiz = read.member(root, "quiz", top);
    if (quiz.type != JsonValue::Type::Null) {
        if (!state.trace)
            json::failAt(source, quiz, "quiz", "a question without a step to ask it about");
        const std::string &kind = json::string(source, read.member(quiz, "kind", "quiz"), "quiz.kind");
        if (kind == "weight_change_sign")
            state.quiz.kind = ShownQuiz::Kind::WeightChangeSign;
        else if (kind == "larger_output_delta")
            state.quiz.kind = ShownQuiz::Kind::LargerOutputDelta;
        else
            json::failAt(source, quiz, "quiz.kind",
                         "expected \"weight_change_sign\" or \"larger_output_delta\"");
        state.quiz.phaseIndex = static_cast<int>(
            json::integer(source, read.member(quiz, "phase", "quiz"), "quiz.phase", 0, phases - 1));
        state.quiz.subject = read.selection(read.member(quiz, "subject", "quiz"), "quiz.subject", shownSizes);
        state.quiz.other = read.selection(read.member(quiz, "other", "quiz"), "quiz.other", shownSizes);
        state.quiz.revealed = read.flag(quiz, "revealed", "quiz");
    }
    return state;
}

} // namespace

ShownState parseShownState(std::string_view text, std::string_view source)
{
    if (static_cast<std::int64_t>(text.size()) > kMaxShownStateBytes)
        throw InputError(std::string(source) + ": the state is " + std::to_string(text.size()) +
                         " bytes, more than the " + std::to_string(kMaxShownStateBytes) +
                         " a state may have");
    return readShownState(text, source);
}

} // namespace bp
