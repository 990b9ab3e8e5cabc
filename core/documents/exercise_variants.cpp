#include "core/documents/worked_example.h"

#include "core/documents/tex_notation.h"
#include "core/formats/error.h"
#include "core/formats/file_io.h"
#include "core/maths/random.h"
#include "core/maths/trace.h"

#include <cmath>
#include <cstdint>
#include <string>

namespace bp {

namespace {

// Uniform in [low, high], to two decimals: numbers a student can work with by hand.
double handNumber(Random &random, double low, double high)
{
    return std::round(random.uniform(low, high) * 100.0) / 100.0;
}

bool sameValues(const Matrix &a, const Matrix &b)
{
    return a.rows() == b.rows() && a.cols() == b.cols() && a == b;
}

// Sheet k's generators: one for the sample and one for the weights, so that varying only one of them
// leaves the other's numbers as they would be with both (and the weights as before samples varied).
std::uint64_t weightSeed(std::uint64_t seed, int k)
{
    return seed * 1000003ULL + static_cast<std::uint64_t>(k);
}

std::uint64_t sampleSeed(std::uint64_t seed, int k)
{
    return weightSeed(seed, k) ^ 0x5A3E'5A3E'5A3E'5A3EULL;
}

} // namespace

std::optional<ExerciseVariation> parseExerciseVariation(std::string_view name)
{
    if (name == "both")
        return ExerciseVariation::SampleAndWeights;
    if (name == "sample")
        return ExerciseVariation::Sample;
    if (name == "weights")
        return ExerciseVariation::Weights;
    return std::nullopt;
}

void drawExerciseSample(const Network &network, const Matrix &givenInput, const Matrix &givenTarget,
                        Random &random, Matrix &input, Matrix &target)
{
    input.resize(network.inputSize(), 1);
    for (Eigen::Index i = 0; i < input.rows(); ++i)
        input(i, 0) = handNumber(random, 0.0, 1.0);
    const Activation output = network.layers().back().activation;
    if (sameValues(givenTarget, givenInput) && network.outputSize() == network.inputSize()) {
        target = input; // an autoencoder learns to give back its input
        return;
    }
    target = Matrix::Zero(network.outputSize(), 1);
    if (output == Activation::Softmax) {
        target(static_cast<Eigen::Index>(random.below(static_cast<std::uint64_t>(target.rows()))), 0) = 1.0;
        return;
    }
    const bool unitRange =
        output == Activation::Logistic || output == Activation::Relu || output == Activation::LeakyRelu;
    for (Eigen::Index j = 0; j < target.rows(); ++j)
        target(j, 0) = handNumber(random, unitRange ? 0.0 : -1.0, 1.0);
}

std::vector<ExerciseSheet> exerciseVariants(const Network &network, const Matrix &input, const Matrix &target,
                                            double learningRate, const WorkedExampleOptions &options,
                                            int count, std::uint64_t seed, ExerciseVariation variation)
{
    if (count < 1 || count > 100)
        throw InputError("the number of variants must be from 1 to 100, not " + std::to_string(count));
    std::vector<ExerciseSheet> sheets;
    const std::string title = options.title.empty() ? "One step of backpropagation" : options.title;
    for (int k = 1; k <= count; ++k) {
        Network variant = network;
        Matrix sampleInput = input;
        Matrix sampleTarget = target;
        if (k > 1 && variation != ExerciseVariation::Sample) {
            Random random(weightSeed(seed, k));
            for (Layer &layer : variant.layers()) {
                for (Eigen::Index i = 0; i < layer.weights.size(); ++i)
                    layer.weights.data()[i] = handNumber(random, -1.0, 1.0);
                for (Eigen::Index i = 0; i < layer.biases.size(); ++i)
                    layer.biases(i) = handNumber(random, -1.0, 1.0);
            }
        }
        if (k > 1 && variation != ExerciseVariation::Weights) {
            Random random(sampleSeed(seed, k));
            drawExerciseSample(network, input, target, random, sampleInput, sampleTarget);
        }
        WorkedExampleOptions numbered = options;
        numbered.title = count > 1 ? title + ", sheet " + index(k) + " of " + index(count) : title;
        const Trace trace = traceSgdStep(variant, sampleInput, sampleTarget, learningRate);
        sheets.push_back(exerciseSheet(trace, numbered));
    }
    return sheets;
}

std::vector<std::string> writeExerciseFiles(const std::vector<ExerciseSheet> &sheets, const std::string &base,
                                            const std::string &extension)
{
    std::vector<std::string> paths;
    for (std::size_t k = 0; k < sheets.size(); ++k) {
        const std::string name = sheets.size() > 1 ? base + "-" + std::to_string(k + 1) : base;
        paths.push_back(name + extension);
        writeFileAtomically(paths.back(), sheets[k].sheet);
        paths.push_back(name + "-key" + extension);
        writeFileAtomically(paths.back(), sheets[k].key);
    }
    return paths;
}

} // namespace bp
