// Architecture, data and parameter edits of a trainer's model: what is kept, what is new, and that
// the edit an undo sends brings back the model exactly.
#include "core/data/preset.h"
#include "core/formats/error.h"
#include "core/formats/experiment.h"
#include "core/training/model_edit.h"
#include "core/training/trainer.h"

#include "tests/support/network_match.h"

#include <gtest/gtest.h>

#include <cmath>

namespace bp {
namespace {

using test::datasetsIdentical;
using test::matrixIdentical;
using test::networksIdentical;

constexpr std::uint64_t kSeed = 1;
// The 8-3-8 lesson's own initialisation: U(±0.5) from the seed.
const RunOrigin kOrigin{kSeed, InitScheme::Uniform, 0.5};

Trainer encoderTrainer()
{
    const Preset preset = makePreset("encoder-8-3-8");
    Trainer trainer(preset.makeNetwork(kSeed), preset.dataset, preset.training);
    // A few epochs, so the weights are not the seed's any more.
    for (int i = 0; i < 20; ++i)
        trainer.runEpoch();
    return trainer;
}

// Applies the edit, its inverse and the edit again: before, after, before, after, exactly.
void expectRoundTrip(Trainer &trainer, const ModelEdit &edit)
{
    const Network before = trainer.network();
    const Dataset beforeData = trainer.dataset();
    const ModelEdit inverse = applyModelEdit(trainer, edit, kOrigin);
    const Network after = trainer.network();
    const Dataset afterData = trainer.dataset();
    const ModelEdit redo = applyModelEdit(trainer, inverse, kOrigin);
    EXPECT_TRUE(networksIdentical(trainer.network(), before));
    EXPECT_TRUE(datasetsIdentical(trainer.dataset(), beforeData));
    applyModelEdit(trainer, redo, kOrigin);
    EXPECT_TRUE(networksIdentical(trainer.network(), after));
    EXPECT_TRUE(datasetsIdentical(trainer.dataset(), afterData));
}

TEST(ModelEdit, AddingAHiddenNeuronKeepsEveryWeightAndDrawsTheNewOnesFromTheSeed)
{
    Trainer trainer = encoderTrainer();
    const Network before = trainer.network();
    ModelEdit edit;
    edit.shape = shapeOf(before);
    edit.shape->sizes = {8, 4, 8};
    edit.sourceLayer = {1, 2};
    applyModelEdit(trainer, edit, kOrigin);
    const Network &after = trainer.network();
    ASSERT_EQ(after.sizes(), (std::vector<int>{8, 4, 8}));
    EXPECT_TRUE(matrixIdentical(after.layer(1).weights.topRows(3), before.layer(1).weights));
    EXPECT_TRUE(matrixIdentical(after.layer(1).biases.head(3), before.layer(1).biases));
    EXPECT_TRUE(matrixIdentical(after.layer(2).weights.leftCols(3), before.layer(2).weights));
    EXPECT_TRUE(matrixIdentical(after.layer(2).biases, before.layer(2).biases));
    // The new neuron's weights are those of an 8-4-8 network drawn with the run's seed.
    Network fresh({8, 4, 8}, {Activation::Logistic, Activation::Logistic});
    fresh.initialize(InitScheme::Uniform, kSeed);
    EXPECT_TRUE(matrixIdentical(after.layer(1).weights.row(3), fresh.layer(1).weights.row(3)));
    EXPECT_TRUE(matrixIdentical(after.layer(2).weights.col(3), fresh.layer(2).weights.col(3)));
    EXPECT_EQ(after.layer(1).biases(3), fresh.layer(1).biases(3));
}

TEST(ModelEdit, NewWeightsAreDrawnWithTheRunsOwnSchemeAndRange)
{
    // The Saturation lesson draws from U(±5): a neuron added there starts as large as the others.
    const Preset preset = makePreset("saturation");
    Trainer trainer(preset.makeNetwork(kSeed), preset.dataset, preset.training);
    ModelEdit edit;
    edit.shape = shapeOf(trainer.network());
    edit.shape->sizes = {8, 4, 8};
    edit.sourceLayer = {1, 2};
    applyModelEdit(trainer, edit, RunOrigin{kSeed, preset.init, preset.initRange});
    Network fresh({8, 4, 8}, {Activation::Logistic, Activation::Logistic});
    fresh.initialize(InitScheme::Uniform, kSeed, 5.0);
    const Network &after = trainer.network();
    EXPECT_TRUE(matrixIdentical(after.layer(1).weights.row(3), fresh.layer(1).weights.row(3)));
    EXPECT_TRUE(matrixIdentical(after.layer(2).weights.col(3), fresh.layer(2).weights.col(3)));
    EXPECT_GT(after.layer(1).weights.row(3).cwiseAbs().maxCoeff(), 0.5);

    // He on a relu net: r = √(6 / nₗ₋₁) for the new layer's incoming weights, biases at zero.
    ModelEdit insert;
    insert.shape = NetworkShape{
        {8, 4, 6, 8}, {Activation::Logistic, Activation::Relu, Activation::Logistic}, Loss::HalfSquaredError};
    insert.sourceLayer = {1, 0, 2};
    applyModelEdit(trainer, insert, RunOrigin{kSeed, InitScheme::He, 0.5});
    Network he(insert.shape->sizes, insert.shape->activations);
    he.initialize(InitScheme::He, kSeed);
    EXPECT_TRUE(matrixIdentical(trainer.network().layer(2).weights, he.layer(2).weights));
    EXPECT_LE(trainer.network().layer(2).weights.cwiseAbs().maxCoeff(), std::sqrt(6.0 / 4.0));
}

TEST(ModelEdit, EveryKindOfArchitectureEditIsUndoneExactly)
{
    Trainer trainer = encoderTrainer();
    ModelEdit addNeuron;
    addNeuron.shape = shapeOf(trainer.network());
    addNeuron.shape->sizes = {8, 5, 8};
    addNeuron.sourceLayer = {1, 2};
    expectRoundTrip(trainer, addNeuron);

    ModelEdit removeNeuron;
    removeNeuron.shape = shapeOf(trainer.network());
    removeNeuron.shape->sizes[1] -= 1;
    removeNeuron.sourceLayer = {1, 2};
    expectRoundTrip(trainer, removeNeuron);

    ModelEdit insertLayer;
    const NetworkShape shape = shapeOf(trainer.network());
    insertLayer.shape = NetworkShape{{8, shape.sizes[1], 6, 8},
                                     {Activation::Logistic, Activation::Tanh, Activation::Logistic},
                                     shape.loss};
    insertLayer.sourceLayer = {1, 0, 2};
    expectRoundTrip(trainer, insertLayer);

    // Remove the first hidden layer of an 8-n-6-8 network.
    applyModelEdit(trainer, insertLayer, kOrigin);
    ModelEdit removeLayer;
    removeLayer.shape = NetworkShape{{8, 6, 8}, {Activation::Tanh, Activation::Logistic}, shape.loss};
    removeLayer.sourceLayer = {2, 3};
    expectRoundTrip(trainer, removeLayer);

    ModelEdit activation;
    activation.shape = shapeOf(trainer.network());
    activation.shape->activations[0] = Activation::Relu;
    activation.sourceLayer = {1, 2};
    expectRoundTrip(trainer, activation);
}

TEST(ModelEdit, DataEditsAreUndoneExactlyAndNewColumnsWidenTheNetwork)
{
    Trainer trainer = encoderTrainer();
    ModelEdit cell;
    cell.dataset = trainer.dataset();
    cell.dataset->inputs(2, 5) = 0.5;
    expectRoundTrip(trainer, cell);

    ModelEdit row;
    row.dataset = trainer.dataset();
    row.dataset->inputs.conservativeResize(Eigen::NoChange, 9);
    row.dataset->targets.conservativeResize(Eigen::NoChange, 9);
    row.dataset->inputs.col(8).setZero();
    row.dataset->targets.col(8).setZero();
    expectRoundTrip(trainer, row);
    EXPECT_EQ(trainer.dataset().sampleCount(), 9);
    EXPECT_TRUE(trainer.step());

    ModelEdit column;
    column.dataset = trainer.dataset();
    column.dataset->inputs.conservativeResize(9, Eigen::NoChange);
    column.dataset->inputs.row(8).setConstant(1.0);
    column.dataset->inputNames.push_back("x9");
    column.shape = shapeOf(trainer.network());
    column.shape->sizes.front() = 9;
    column.sourceLayer = {1, 2};
    expectRoundTrip(trainer, column);
    EXPECT_EQ(trainer.network().inputSize(), 9);
    EXPECT_TRUE(trainer.step());
}

TEST(ModelEdit, AnEditThatDoesNotFitChangesNothing)
{
    Trainer trainer = encoderTrainer();
    const Network before = trainer.network();
    const Dataset beforeData = trainer.dataset();
    const std::int64_t steps = trainer.stepCount();

    ModelEdit wider;
    wider.dataset = trainer.dataset();
    wider.dataset->inputs.conservativeResize(9, Eigen::NoChange);
    EXPECT_THROW(applyModelEdit(trainer, wider, kOrigin), InputError);

    ModelEdit softmaxHidden;
    softmaxHidden.shape = shapeOf(before);
    softmaxHidden.shape->activations[0] = Activation::Softmax;
    softmaxHidden.sourceLayer = {1, 2};
    EXPECT_THROW(applyModelEdit(trainer, softmaxHidden, kOrigin), InputError);

    ModelEdit badSource;
    badSource.shape = shapeOf(before);
    badSource.sourceLayer = {1, 7};
    EXPECT_THROW(applyModelEdit(trainer, badSource, kOrigin), InputError);

    EXPECT_THROW(applyParameterEdit(trainer, {2, 8, 0, 1.0}), InputError);
    EXPECT_THROW(applyParameterEdit(trainer, {1, 0, 8, 1.0}), InputError);
    EXPECT_THROW(applyParameterEdit(trainer, {1, 0, 0, std::nan("")}), InputError);

    EXPECT_TRUE(networksIdentical(trainer.network(), before));
    EXPECT_TRUE(datasetsIdentical(trainer.dataset(), beforeData));
    EXPECT_EQ(trainer.stepCount(), steps);
}

TEST(ModelEdit, AParameterEditSetsExactlyThatWeightOrBias)
{
    Trainer trainer = encoderTrainer();
    const Network before = trainer.network();
    Network expected = before;
    const ParameterEdit undoWeight = applyParameterEdit(trainer, {2, 4, 1, 0.625});
    const ParameterEdit undoBias = applyParameterEdit(trainer, {1, 2, -1, -1.5});
    expected.layer(2).weights(4, 1) = 0.625;
    expected.layer(1).biases(2) = -1.5;
    EXPECT_TRUE(networksIdentical(trainer.network(), expected));
    applyParameterEdit(trainer, undoBias);
    applyParameterEdit(trainer, undoWeight);
    EXPECT_TRUE(networksIdentical(trainer.network(), before));
}

TEST(ModelEdit, AWiderHiddenLayerStillLearnsTheEncoder)
{
    const Preset preset = makePreset("encoder-8-3-8");
    Trainer trainer(preset.makeNetwork(kSeed), preset.dataset, preset.training);
    ModelEdit edit;
    edit.shape = shapeOf(trainer.network());
    edit.shape->sizes = {8, 4, 8};
    edit.sourceLayer = {1, 2};
    applyModelEdit(trainer, edit, kOrigin);
    EpochMetrics metrics;
    for (int i = 0; i < 1000 && metrics.accuracy < 1.0; ++i)
        metrics = trainer.runEpoch();
    EXPECT_EQ(metrics.accuracy, 1.0) << "loss " << metrics.loss << " after " << trainer.epoch() << " epochs";
}

TEST(ModelEdit, AnEditedRunSavesOpensAndContinuesBitForBit)
{
    Trainer trainer = encoderTrainer();
    std::vector<EpochMetrics> history{trainer.epochMetrics()};
    ModelEdit edit;
    edit.shape = NetworkShape{
        {8, 3, 4, 8}, {Activation::Logistic, Activation::Tanh, Activation::Logistic}, Loss::HalfSquaredError};
    edit.sourceLayer = {1, 0, 2};
    edit.dataset = trainer.dataset();
    edit.dataset->inputs(0, 1) = 0.5;
    applyModelEdit(trainer, edit, kOrigin);
    for (int i = 0; i < 3; ++i)
        history.push_back(trainer.runEpoch());
    ASSERT_NE(history.front().layers.size(), history.back().layers.size());
    const std::string json = experimentToJson(captureExperiment(trainer, "encoder-8-3-8", kSeed, history));
    const Experiment opened = parseExperiment(json, "edited.bpx.json");
    ASSERT_EQ(opened.history.size(), history.size());
    EXPECT_EQ(opened.history.front().layers.size(), 2u);
    EXPECT_EQ(opened.history.back().layers.size(), 3u);
    Trainer resumed = resumeTraining(opened);
    EXPECT_TRUE(networksIdentical(resumed.network(), trainer.network()));
    EXPECT_TRUE(datasetsIdentical(resumed.dataset(), trainer.dataset()));
    trainer.runEpoch();
    resumed.runEpoch();
    EXPECT_TRUE(networksIdentical(resumed.network(), trainer.network()));
}

} // namespace
} // namespace bp
