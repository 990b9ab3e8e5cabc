#include "core/session/shown_state.h"

#include "core/analysis/histogram.h"
#include "core/data/preset.h"
#include "core/formats/error.h"
#include "core/maths/metrics.h"
#include "core/maths/network.h"
#include "tests/support/histogram_match.h"
#include "tests/support/input_errors.h"
#include "tests/support/matrix_near.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>

namespace bp {
namespace {

using test::matrixIdentical;
using test::messageOf;
using test::replaced;

// Bits, not values: -0.0 and 0.0, or two NaNs, are told apart.
bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

// The lecturer's window after three epochs of the 8-3-8 autoencoder and one recorded step of
// sample 2, at the backward phase of the hidden layer, with its hidden neuron 1 selected.
struct Lecture {
    Preset preset = makePreset("encoder-8-3-8", 7);
    TrainingSnapshot snapshot;
    std::vector<EpochMetrics> history;
    std::shared_ptr<const Trace> trace;

    Lecture()
    {
        Trainer trainer(preset.makeNetwork(7), preset.dataset, preset.training);
        Workspace ws;
        for (int e = 0; e < 3; ++e) {
            // The histograms dock's rows at epochs 0 and 2 (rows of its thinned grid, say).
            if (e != 1)
                histogramRows.push_back(std::make_shared<const HistogramRow>(
                    computeHistograms(trainer.network(), trainer.dataset(), trainer.epoch(), ws)));
            history.push_back(trainer.runEpoch());
        }
        trainer.step();
        const Network before = trainer.network();
        trace = std::make_shared<const Trace>(traceSgdStep(before, preset.dataset.inputs.col(2),
                                                           preset.dataset.targets.col(2),
                                                           preset.training.optimizer.learningRate));
        TrainingSnapshot &s = snapshot;
        s.runId = 4;
        s.presetName = "encoder-8-3-8";
        s.seed = 7;
        s.dataset = std::make_shared<const Dataset>(preset.dataset);
        s.network = std::make_shared<const Network>(trace->after);
        s.settings = preset.training;
        s.epoch = trainer.epoch();
        s.stepCount = trainer.stepCount();
        s.positionInEpoch = trainer.positionInEpoch();
        s.lastLoss = trace->loss;
        s.lastStats = trainer.lastLayerStats();
        s.loss = 0.1 + 0.2; // not the shortest decimal of itself: a rounding writer would lose it
        s.accuracy = 0.625;
        s.shownSample = 2;
        s.shownActivations.push_back(trace->input);
        for (const ForwardRecord &f : trace->forward)
            s.shownActivations.push_back(f.activation.col(0));
        for (int l = 1; l <= trace->after.layerCount(); ++l)
            s.sampleActivations.push_back(Matrix::Constant(trace->after.sizes()[static_cast<std::size_t>(l)],
                                                           preset.dataset.sampleCount(), 1.0 / 3.0));
        s.timeline = std::make_shared<const std::vector<TimelineMark>>(
            std::vector<TimelineMark>{{1, 0, 0, 0.7}, {2, 1, 8, 0.69}});
        s.timelinePosition = 2;
        s.trace = trace;
        s.saturation =
            std::make_shared<const SaturationReport>(saturationOf(trace->after, s.sampleActivations));
        // The numbers before the step, as the host's panels show them until the update.
        beforeNumbers.loss = 0.8;
        beforeNumbers.accuracy = 0.375;
        for (int l = 1; l <= trace->before.layerCount(); ++l)
            beforeNumbers.sampleActivations.push_back(Matrix::Constant(
                trace->before.sizes()[static_cast<std::size_t>(l)], preset.dataset.sampleCount(), 2.0 / 3.0));
        beforeNumbers.saturation =
            std::make_shared<const SaturationReport>(saturationOf(trace->before, preset.dataset.inputs));
    }

    ShownState::BeforeStep beforeNumbers;
    std::vector<HistogramRowPointer> histogramRows;

    ShownState state(bool presetData) const
    {
        ShownState state = shownStateOf(snapshot, history);
        state.serial = 12;
        state.historyId = 5;
        state.historyEnd = 3;
        state.histograms = {6, true, -1, histogramRows};
        state.beforeStep = std::make_shared<const ShownState::BeforeStep>(beforeNumbers);
        if (presetData)
            state.datasetPreset = "encoder-8-3-8";
        state.trace = trace;
        state.traceId = 3;
        state.phaseIndex = 3; // forward 1, forward 2, output error, backward 1
        state.selection = {ShownSelection::Kind::Neuron, 1, 1, 0};
        state.spotlight = true;
        state.quiz = {ShownQuiz::Kind::WeightChangeSign, 6, {ShownSelection::Kind::Edge, 2, 4, 1}, {}, false};
        return state;
    }
};

void expectSameNetwork(const Network &a, const Network &b)
{
    ASSERT_EQ(a.sizes(), b.sizes());
    for (int l = 1; l <= a.layerCount(); ++l) {
        EXPECT_TRUE(matrixIdentical(a.layer(l).weights, b.layer(l).weights)) << "layer " << l;
        EXPECT_TRUE(matrixIdentical(a.layer(l).biases, b.layer(l).biases)) << "layer " << l;
    }
}

TEST(ShownState, TravelsBitForBit)
{
    const Lecture lecture;
    const ShownState sent = lecture.state(false);
    const std::string text = shownStateToJson(sent);
    const ShownState got = parseShownState(text, "state");

    EXPECT_EQ(got.hostRunId, 4u);
    EXPECT_EQ(got.serial, 12u);
    EXPECT_EQ(got.run.lesson, "encoder-8-3-8");
    expectSameNetwork(got.run.network, *lecture.snapshot.network);
    EXPECT_TRUE(matrixIdentical(got.run.dataset.inputs, lecture.preset.dataset.inputs));
    EXPECT_EQ(got.run.progress.epoch, lecture.snapshot.epoch);
    EXPECT_EQ(got.run.view.shownSample, 2);
    EXPECT_TRUE(sameBits(got.loss, 0.1 + 0.2)) << got.loss;
    EXPECT_TRUE(sameBits(got.accuracy, 0.625));
    ASSERT_EQ(got.run.history.size(), 3u);
    EXPECT_TRUE(sameBits(got.run.history[2].loss, lecture.history[2].loss));
    ASSERT_EQ(got.lastStats.size(), lecture.snapshot.lastStats.size());
    EXPECT_TRUE(sameBits(got.lastStats[1].gradientNorm, lecture.snapshot.lastStats[1].gradientNorm));
    ASSERT_EQ(got.shownActivations.size(), 3u);
    for (std::size_t l = 0; l < 3; ++l)
        EXPECT_TRUE(matrixIdentical(got.shownActivations[l], lecture.snapshot.shownActivations[l])) << l;
    ASSERT_EQ(got.sampleActivations.size(), 2u);
    EXPECT_TRUE(matrixIdentical(got.sampleActivations[0], lecture.snapshot.sampleActivations[0]));
    ASSERT_EQ(got.timeline.size(), 2u);
    EXPECT_EQ(got.timeline[1].id, 2u);
    EXPECT_TRUE(sameBits(got.timeline[1].loss, 0.69));
    EXPECT_EQ(got.timelinePosition, 2u);

    ASSERT_TRUE(got.trace);
    const Trace &t = *got.trace;
    const Trace &u = *lecture.trace;
    EXPECT_EQ(got.traceId, 3u);
    expectSameNetwork(t.before, u.before);
    expectSameNetwork(t.after, u.after);
    EXPECT_TRUE(matrixIdentical(t.input, u.input));
    EXPECT_TRUE(matrixIdentical(t.target, u.target));
    ASSERT_EQ(t.forward.size(), 2u);
    ASSERT_EQ(t.backward.size(), 2u);
    for (std::size_t l = 0; l < 2; ++l) {
        EXPECT_TRUE(matrixIdentical(t.forward[l].weightedInput, u.forward[l].weightedInput)) << l;
        EXPECT_TRUE(matrixIdentical(t.forward[l].activation, u.forward[l].activation)) << l;
        EXPECT_TRUE(matrixIdentical(t.backward[l].delta, u.backward[l].delta)) << l;
        EXPECT_TRUE(matrixIdentical(t.backward[l].gradWeights, u.backward[l].gradWeights)) << l;
        EXPECT_TRUE(matrixIdentical(t.backward[l].gradBiases, u.backward[l].gradBiases)) << l;
    }
    EXPECT_TRUE(sameBits(t.loss, u.loss));
    EXPECT_TRUE(sameBits(t.optimizer.learningRate, u.optimizer.learningRate));
    EXPECT_EQ(t.phases.size(), u.phases.size());
    EXPECT_EQ(got.phaseIndex, 3);
    EXPECT_EQ(got.selection, sent.selection);
    EXPECT_TRUE(got.spotlight);
    EXPECT_EQ(got.quiz, sent.quiz);
    EXPECT_EQ(got.historyId, 5u);
    EXPECT_TRUE(got.historyWhole);
    EXPECT_EQ(got.historyEnd, 3u);
    EXPECT_EQ(got.histograms.id, 6u);
    EXPECT_TRUE(got.histograms.whole);
    EXPECT_TRUE(test::histogramRowsIdentical(got.histograms.rows, lecture.histogramRows));
    ASSERT_TRUE(got.saturation);
    const SaturationReport &saturation = *lecture.snapshot.saturation;
    ASSERT_EQ(got.saturation->layers.size(), saturation.layers.size());
    EXPECT_EQ(got.saturation->sampleCount, saturation.sampleCount);
    for (std::size_t l = 0; l < saturation.layers.size(); ++l) {
        EXPECT_EQ(got.saturation->layers[l].saturatedCount, saturation.layers[l].saturatedCount) << l;
        EXPECT_EQ(got.saturation->layers[l].deadCount, saturation.layers[l].deadCount) << l;
        for (std::size_t j = 0; j < saturation.layers[l].units.size(); ++j)
            EXPECT_TRUE(sameBits(got.saturation->layers[l].units[j].meanDerivative,
                                 saturation.layers[l].units[j].meanDerivative))
                << l << ", " << j;
    }
    ASSERT_TRUE(got.beforeStep);
    EXPECT_TRUE(sameBits(got.beforeStep->loss, 0.8));
    EXPECT_TRUE(sameBits(got.beforeStep->accuracy, 0.375));
    ASSERT_EQ(got.beforeStep->sampleActivations.size(), 2u);
    EXPECT_TRUE(
        matrixIdentical(got.beforeStep->sampleActivations[1], lecture.beforeNumbers.sampleActivations[1]));
    ASSERT_TRUE(got.beforeStep->saturation);
    EXPECT_TRUE(sameBits(got.beforeStep->saturation->layers[1].units[2].meanDerivative,
                         lecture.beforeNumbers.saturation->layers[1].units[2].meanDerivative));
    // Written again, the state is the same text: nothing was rounded on the way.
    EXPECT_EQ(shownStateToJson(got), text);
}

TEST(ShownState, FollowerSnapshotHoldsTheHostsNumbers)
{
    const Lecture lecture;
    const ShownState got = parseShownState(shownStateToJson(lecture.state(true)), "state");
    const TrainingSnapshot s = snapshotOf(got, 9, 1);
    EXPECT_EQ(s.runId, 9u);
    expectSameNetwork(*s.network, *lecture.snapshot.network);
    EXPECT_EQ(s.shownSample, 2);
    EXPECT_TRUE(sameBits(s.loss, lecture.snapshot.loss));
    EXPECT_EQ(s.newEpochs.size(), 3u);
    EXPECT_TRUE(s.historyRestarted);
    ASSERT_TRUE(s.trace);
    EXPECT_TRUE(matrixIdentical(s.trace->backward[0].delta, lecture.trace->backward[0].delta));
    // A private copy can train on from it.
    Trainer copy = resumeTraining(got.run);
    EXPECT_TRUE(copy.step());
}

TEST(ShownState, BeforeTheUpdateAFollowerShowsTheHostsNumbersAsTheyArrive)
{
    // The host's numbers before the step, altered on the way on purpose: the follower's snapshot
    // shows the altered ones (it computes nothing), and the trace's own activations of the sample.
    const Lecture lecture;
    std::string text = shownStateToJson(lecture.state(true));
    text = test::replaced(text, "\"shown_before\": {\"loss\": 0.8", "\"shown_before\": {\"loss\": 12.5");
    const ShownState got = parseShownState(text, "state");
    const TrainingSnapshot after = snapshotOf(got, 9, 1);
    const TrainingSnapshot before = beforeStepSnapshotOf(got, after);
    EXPECT_EQ(before.loss, 12.5);
    const Evaluation truth = evaluate(lecture.trace->before, lecture.preset.dataset.inputs,
                                      lecture.preset.dataset.targets, lecture.preset.dataset.targetKind());
    EXPECT_NE(before.loss, truth.loss);
    EXPECT_TRUE(sameBits(before.accuracy, 0.375));
    expectSameNetwork(*before.network, lecture.trace->before);
    ASSERT_EQ(before.sampleActivations.size(), 2u);
    EXPECT_TRUE(matrixIdentical(before.sampleActivations[0], lecture.beforeNumbers.sampleActivations[0]));
    EXPECT_EQ(before.saturation, got.beforeStep->saturation);
    ASSERT_EQ(before.shownActivations.size(), 3u);
    EXPECT_TRUE(matrixIdentical(before.shownActivations[2], lecture.trace->forward[1].activation));
    EXPECT_EQ(before.stepCount, after.stepCount - 1);
    EXPECT_TRUE(before.newEpochs.empty());
    // Without the host's numbers the follower shows the run's in every phase, as the host does.
    ShownState none = got;
    none.beforeStep.reset();
    EXPECT_TRUE(sameBits(beforeStepSnapshotOf(none, after).loss, after.loss));
    EXPECT_EQ(beforeStepSnapshotOf(none, after).network, after.network);
}

TEST(ShownState, AnIncrementOfTheHistoryTravelsAsSuch)
{
    const Lecture lecture;
    ShownState sent = lecture.state(true);
    sent.historyWhole = false;
    sent.run.history.erase(sent.run.history.begin());
    sent.historyEnd = 40;
    const ShownState got = parseShownState(shownStateToJson(sent), "state");
    EXPECT_FALSE(got.historyWhole);
    EXPECT_EQ(got.historyEnd, 40u);
    ASSERT_EQ(got.run.history.size(), 2u);
    EXPECT_EQ(got.run.history[0].epoch, lecture.history[1].epoch);
    const TrainingSnapshot s = snapshotOf(got, 9, 1);
    EXPECT_FALSE(s.historyRestarted);
    EXPECT_EQ(s.newEpochs.size(), 2u);
}

TEST(ShownState, ALessonsDatasetTravelsByName)
{
    const Lecture lecture;
    const std::string whole = shownStateToJson(lecture.state(false));
    const std::string named = shownStateToJson(lecture.state(true));
    EXPECT_EQ(named.find("\"inputs\""), std::string::npos);
    EXPECT_NE(whole.find("\"inputs\""), std::string::npos);
    const ShownState got = parseShownState(named, "state");
    EXPECT_EQ(got.datasetPreset, "encoder-8-3-8");
    EXPECT_TRUE(matrixIdentical(got.run.dataset.inputs, lecture.preset.dataset.inputs));
    EXPECT_TRUE(matrixIdentical(got.run.dataset.targets, lecture.preset.dataset.targets));
    EXPECT_TRUE(isPresetDataset(lecture.preset.dataset, "encoder-8-3-8", 7));
    Dataset edited = lecture.preset.dataset;
    edited.targets(0, 0) = 0.5;
    EXPECT_FALSE(isPresetDataset(edited, "encoder-8-3-8", 7));
    EXPECT_FALSE(isPresetDataset(lecture.preset.dataset, "no-such-lesson", 7));
}

TEST(ShownState, ADivergedStepsNumbersTravel)
{
    Lecture lecture;
    Trace diverged = *lecture.trace;
    diverged.backward[0].delta(1) = std::numeric_limits<double>::quiet_NaN();
    diverged.backward[1].gradWeights(0, 0) = -std::numeric_limits<double>::infinity();
    diverged.loss = std::numeric_limits<double>::infinity();
    diverged.finite = false;
    ShownState sent = lecture.state(true);
    sent.trace = std::make_shared<const Trace>(diverged);
    const ShownState got = parseShownState(shownStateToJson(sent), "state");
    EXPECT_TRUE(std::isnan(got.trace->backward[0].delta(1)));
    EXPECT_EQ(got.trace->backward[1].gradWeights(0, 0), -std::numeric_limits<double>::infinity());
    EXPECT_EQ(got.trace->loss, std::numeric_limits<double>::infinity());
    EXPECT_FALSE(got.trace->finite);
}

TEST(ShownState, ALargeNetworksStepStaysHome)
{
    // 784-64-10: 50,890 parameters, over the cap; the run travels, the step and its phase do not.
    Preset preset = makePreset("encoder-8-3-8", 1);
    const Network network({784, 64, 10}, {Activation::Logistic, Activation::Logistic},
                          Loss::HalfSquaredError);
    TrainingSnapshot s;
    s.presetName = "";
    Dataset data;
    data.inputs = Matrix::Zero(784, 2);
    data.targets = Matrix::Zero(10, 2);
    data.testInputs = Matrix::Zero(784, 0);
    data.testTargets = Matrix::Zero(10, 0);
    data.inputNames.assign(784, "x");
    data.targetNames.assign(10, "t");
    s.dataset = std::make_shared<const Dataset>(data);
    s.network = std::make_shared<const Network>(network);
    s.settings = preset.training;
    ShownState state = shownStateOf(s, {});
    state.trace =
        std::make_shared<const Trace>(traceSgdStep(network, data.inputs.col(0), data.targets.col(0), 0.1));
    state.phaseIndex = 2;
    const ShownState got = parseShownState(shownStateToJson(state), "state");
    EXPECT_FALSE(got.trace);
    EXPECT_EQ(got.phaseIndex, -1);
    expectSameNetwork(got.run.network, network);
}

class HostileState : public ::testing::Test {
protected:
    Lecture lecture;
    std::string text = shownStateToJson(lecture.state(true));

    std::string refusal(const std::string &from, const std::string &to) const
    {
        const std::string changed = replaced(text, from, to);
        return messageOf([&] { parseShownState(changed, "host"); });
    }
};

TEST_F(HostileState, EachBadFieldIsNamed)
{
    EXPECT_NE(refusal("\"phase\": 3", "\"phase\": 30").find("phase"), std::string::npos);
    EXPECT_NE(refusal("\"phase\": 3", "\"phase\": -2").find("phase"), std::string::npos);
    EXPECT_NE(refusal("\"selection\": {\"kind\": \"neuron\", \"layer\": 1, \"neuron\": 1}",
                      "\"selection\": {\"kind\": \"neuron\", \"layer\": 1, \"neuron\": 3}")
                  .find("selection.neuron"),
              std::string::npos);
    EXPECT_NE(refusal("\"kind\": \"neuron\"", "\"kind\": \"bias\"").find("selection.kind"),
              std::string::npos);
    EXPECT_NE(refusal("\"layer\": 2, \"neuron\": 4, \"from\": 1", "\"layer\": 2, \"neuron\": 4, \"from\": 3")
                  .find("quiz.subject.from"),
              std::string::npos);
    EXPECT_NE(refusal("\"lesson\": \"encoder-8-3-8\", \"seed\"", "\"lesson\": \"no-such\", \"seed\"")
                  .find("dataset_preset.lesson"),
              std::string::npos);
    EXPECT_NE(refusal("backprop-shown-state", "backprop-experiment").find("format"), std::string::npos);
    EXPECT_NE(refusal("\"running\": false", "\"running\": 0").find("shown.running"), std::string::npos);
    EXPECT_NE(refusal("\"host_run\": 4", "\"host_run\": -4").find("host_run"), std::string::npos);
    EXPECT_NE(refusal("\"finite\": true", "\"finite\": \"yes\"").find("trace.finite"), std::string::npos);
    EXPECT_NE(refusal("\"timeline_position\": 2", "\"timeline_position\": 1e300").find("timeline_position"),
              std::string::npos);
    EXPECT_NE(refusal("\"version\": 3, \"host_run\"", "\"version\": 2, \"host_run\"").find("version"),
              std::string::npos);
    EXPECT_NE(refusal("\"after\": -1", "\"after\": 0").find("histograms.after"), std::string::npos);
    EXPECT_NE(
        refusal("{\"epoch\": 2, \"samples\"", "{\"epoch\": 4, \"samples\"").find("histograms.rows[1].epoch"),
        std::string::npos);
    EXPECT_NE(refusal("\"whole\": true, \"end\": 3", "\"whole\": true, \"end\": 2").find("history.end"),
              std::string::npos);
    EXPECT_NE(refusal("\"whole\": true", "\"whole\": 1").find("history.whole"), std::string::npos);
    EXPECT_NE(refusal("\"shown_before\": {\"loss\": 0.8", "\"shown_before\": {\"loss\": \"low\"")
                  .find("trace.shown_before.loss"),
              std::string::npos);
    EXPECT_NE(refusal("\"shown_before\": {\"loss\"", "\"shown_before\": {\"los\"").find("trace.shown_before"),
              std::string::npos);
    // A question cannot come without the step it is about.
    const std::size_t traceAt = text.find("\"trace\": {");
    const std::size_t phaseAt = text.find(",\n \"phase\"");
    ASSERT_NE(traceAt, std::string::npos);
    ASSERT_NE(phaseAt, std::string::npos);
    std::string noTrace = text;
    noTrace.replace(traceAt, phaseAt - traceAt, "\"trace\": null");
    noTrace = replaced(noTrace, "\"phase\": 3", "\"phase\": -1");
    EXPECT_NE(messageOf([&] { parseShownState(noTrace, "host"); }).find("quiz"), std::string::npos);
}

TEST_F(HostileState, ShapesOfTheNumbersMustFitTheNetwork)
{
    // One activation too many in the output layer of the shown sample.
    const std::size_t at = text.find("\"activations\": [");
    ASSERT_NE(at, std::string::npos);
    std::string changed = text;
    changed.insert(at + std::strlen("\"activations\": ["), "[1], ");
    EXPECT_NE(messageOf([&] { parseShownState(changed, "host"); }).find("shown.activations"),
              std::string::npos);
    EXPECT_NE(refusal("\"delta\": [", "\"delta\": [0.5, ").find("trace.backward[0].delta"),
              std::string::npos);
    // A unit too many in the saturation of the first layer, one value too few for a unit, and a
    // flag that is not one.
    const std::size_t saturationAt = text.find("\"saturation\": {");
    ASSERT_NE(saturationAt, std::string::npos);
    const std::size_t layersAt = text.find("\"layers\": [[", saturationAt);
    ASSERT_NE(layersAt, std::string::npos);
    std::string extraUnit = text;
    extraUnit.insert(layersAt + std::strlen("\"layers\": [["), "[0.5, 0, 1, false, false], ");
    EXPECT_NE(messageOf([&] { parseShownState(extraUnit, "host"); }).find("shown.saturation.layers[0]"),
              std::string::npos)
        << messageOf([&] { parseShownState(extraUnit, "host"); });
    std::string shortUnit = text;
    const std::size_t unitEnd = text.find(", false]", layersAt);
    ASSERT_NE(unitEnd, std::string::npos);
    shortUnit.erase(unitEnd, std::strlen(", false"));
    EXPECT_NE(messageOf([&] { parseShownState(shortUnit, "host"); }).find("shown.saturation.layers[0][0]"),
              std::string::npos)
        << messageOf([&] { parseShownState(shortUnit, "host"); });
    std::string badFlag = text;
    badFlag.replace(unitEnd, std::strlen(", false]"), ", 0]");
    EXPECT_NE(messageOf([&] { parseShownState(badFlag, "host"); }).find("shown.saturation.layers[0][0][4]"),
              std::string::npos)
        << messageOf([&] { parseShownState(badFlag, "host"); });
    // The numbers before the step have the shapes of the network before the step.
    const std::size_t beforeAt = text.find("\"shown_before\"");
    ASSERT_NE(beforeAt, std::string::npos);
    std::string wideBefore = text;
    const std::size_t rowsAt = text.find("\"sample_activations\": [[[", beforeAt);
    ASSERT_NE(rowsAt, std::string::npos);
    wideBefore.insert(rowsAt + std::strlen("\"sample_activations\": [[["), "1, ");
    EXPECT_NE(messageOf([&] {
                  parseShownState(wideBefore, "host");
              }).find("trace.shown_before.sample_activations[0][0]"),
              std::string::npos)
        << messageOf([&] { parseShownState(wideBefore, "host"); });
}

TEST_F(HostileState, OversizedStatesAreRefusedBeforeParsing)
{
    const std::string huge(static_cast<std::size_t>(kMaxShownStateBytes) + 1, ' ');
    const std::string message = messageOf([&] { parseShownState(huge, "host"); });
    EXPECT_NE(message.find("more than the"), std::string::npos) << message;
}

TEST_F(HostileState, EveryCutOrFlippedByteIsRefusedCleanly)
{
    // Whatever arrives, the reader throws InputError or reads a valid state: nothing else.
    for (std::size_t cut = 0; cut < text.size(); cut += 97) {
        const std::string part = text.substr(0, cut);
        EXPECT_NO_THROW({
            try {
                parseShownState(part, "host");
            } catch (const InputError &) {
            }
        }) << "cut at "
           << cut;
    }
    for (std::size_t at = 0; at < text.size(); at += 61) {
        std::string flipped = text;
        flipped[at] = flipped[at] == '1' ? '9' : '1';
        EXPECT_NO_THROW({
            try {
                parseShownState(flipped, "host");
            } catch (const InputError &) {
            }
        }) << "byte "
           << at;
    }
}

} // namespace
} // namespace bp
