#include "core/data/preset.h"

#include "core/data/embedded_datasets.h"
#include "core/formats/error.h"
#include "core/data/lesson_registry.h"

#include <cmath>

namespace bp {

Network Preset::makeNetwork(std::uint64_t seed) const
{
    Network network(layers, activations, loss);
    network.initialize(init, seed, initRange);
    return network;
}

std::vector<std::string> presetNames()
{
    std::vector<std::string> names;
    for (const LessonEntry &lesson : lessonRegistry())
        names.emplace_back(lesson.id);
    return names;
}

namespace {

Preset encoderPreset(int n, int code)
{
    Preset preset;
    preset.dataset = makeEncoder(n);
    preset.name = preset.dataset.name;
    preset.layers = {n, code, n};
    preset.activations = {Activation::Logistic, Activation::Logistic};
    const bool lecture = n == 8;
    preset.training.optimizer.learningRate = lecture ? kEncoder838LearningRate : kEncoderLearningRate;
    preset.epochs = lecture ? kEncoder838Epochs : n < 8 ? 2000 : 5000;
    return preset;
}

Preset planarPreset(std::string_view kind, std::uint64_t seed)
{
    Preset preset;
    preset.dataset = makePlanar(kind, 200, 100, seed);
    preset.name = std::string(kind);
    const int hidden = kind == "spiral" ? 16 : 8;
    preset.layers = {2, hidden, hidden, 1};
    preset.activations = {Activation::Tanh, Activation::Tanh, Activation::Logistic};
    preset.loss = Loss::CrossEntropy;
    preset.init = InitScheme::Xavier;
    preset.training.optimizer.kind = Optimizer::Adam;
    preset.training.optimizer.learningRate = 0.01;
    preset.training.batchSize = 10;
    preset.training.shuffle = true;
    preset.training.shuffleSeed = seed;
    preset.epochs = kind == "spiral" ? 1000 : 200;
    return preset;
}

// Moves every fifth sample (4, 9, 14, …) to the test set: deterministic, and it keeps every class
// in both halves of files that are sorted by class.
void holdOutEveryFifth(Dataset &dataset)
{
    const Eigen::Index count = dataset.inputs.cols();
    const Eigen::Index tests = count / 5;
    Matrix trainInputs(dataset.inputs.rows(), count - tests),
        trainTargets(dataset.targets.rows(), count - tests);
    dataset.testInputs.resize(dataset.inputs.rows(), tests);
    dataset.testTargets.resize(dataset.targets.rows(), tests);
    Eigen::Index train = 0;
    Eigen::Index test = 0;
    for (Eigen::Index i = 0; i < count; ++i) {
        if (i % 5 == 4 && test < tests) {
            dataset.testInputs.col(test) = dataset.inputs.col(i);
            dataset.testTargets.col(test++) = dataset.targets.col(i);
        } else {
            trainInputs.col(train) = dataset.inputs.col(i);
            trainTargets.col(train++) = dataset.targets.col(i);
        }
    }
    dataset.inputs = std::move(trainInputs);
    dataset.targets = std::move(trainTargets);
}

Preset digitsPreset()
{
    Preset preset;
    preset.dataset = parseCsvDataset(embeddedDataset("uci-digits-8x8"), "uci-digits-8x8.csv");
    preset.dataset.inputs /= 16.0; // pixel counts 0..16 → 0..1
    holdOutEveryFifth(preset.dataset);
    preset.dataset.name = preset.name = "digits";
    preset.dataset.description =
        "Optical Recognition of Handwritten Digits: 1797 8×8 images of the digits 0–9, each pixel the count "
        "of "
        "set bits in a 4×4 block (0–16, scaled to 0–1); every fifth image is held out for testing. "
        "E. Alpaydin and C. Kaynak (1998), UCI Machine Learning Repository, CC BY 4.0.";
    preset.layers = {64, 16, 10};
    preset.activations = {Activation::Logistic, Activation::Softmax};
    preset.loss = Loss::CrossEntropy;
    preset.init = InitScheme::Xavier;
    preset.training.optimizer.learningRate = 0.5;
    preset.training.batchSize = 16;
    preset.training.shuffle = true;
    preset.epochs = 60;
    return preset;
}

Preset irisPreset()
{
    Preset preset;
    preset.dataset = parseCsvDataset(embeddedDataset("uci-iris"), "uci-iris.csv");
    // Each feature to mean 0 and standard deviation 1, so no centimetre scale dominates.
    Matrix &x = preset.dataset.inputs;
    for (Eigen::Index row = 0; row < x.rows(); ++row) {
        const double mean = x.row(row).mean();
        const double deviation = std::sqrt((x.row(row).array() - mean).square().mean());
        x.row(row) = (x.row(row).array() - mean) / deviation;
    }
    holdOutEveryFifth(preset.dataset);
    preset.dataset.name = preset.name = "iris";
    preset.dataset.description =
        "Iris: sepal and petal length and width (standardised) of 150 flowers of three species; every fifth "
        "flower is held out for testing. R. A. Fisher (1936), UCI Machine Learning Repository, CC BY 4.0.";
    preset.layers = {4, 5, 3};
    preset.activations = {Activation::Logistic, Activation::Softmax};
    preset.loss = Loss::CrossEntropy;
    preset.init = InitScheme::Xavier;
    preset.training.optimizer.learningRate = 0.1;
    preset.training.shuffle = true;
    preset.epochs = 200;
    return preset;
}

Preset xorPreset()
{
    Preset preset;
    preset.dataset = makeXor();
    preset.name = "xor";
    preset.layers = {2, 2, 1};
    preset.activations = {Activation::Logistic, Activation::Logistic};
    preset.init = InitScheme::Uniform;
    preset.training.optimizer.learningRate = 2.0;
    preset.epochs = 5000;
    return preset;
}

// Six logistic layers on the circle: δ shrinks by σ′ ≤ ¼ at every layer on the way back.
Preset vanishingGradientPreset(std::uint64_t seed)
{
    Preset preset = planarPreset("circle", seed);
    preset.name = "vanishing-gradient";
    preset.layers = {2, 8, 8, 8, 8, 8, 1};
    preset.activations.assign(6, Activation::Logistic);
    preset.loss = Loss::HalfSquaredError;
    preset.training.optimizer.kind = Optimizer::Sgd;
    // At 0.1 a live switch of the hidden layers to relu revives the first layers; at 0.5 the
    // first relu steps overshoot and every unit dies (measured over seeds 1–5).
    preset.training.optimizer.learningRate = 0.1;
    preset.training.batchSize = 1;
    return preset;
}

// The lecture's "optimization rules" on its own net: online SGD on the 8-3-8, with momentum and
// Adam beside it once runs side by side are there (the loss over two weights shows their paths).
Preset optimizersPreset()
{
    Preset preset = encoderPreset(8, 3);
    preset.name = "optimizers";
    preset.training.optimizer.kind = Optimizer::Sgd;
    preset.training.optimizer.learningRate = kOptimizersLearningRate;
    preset.epochs = kOptimizersEpochs;
    // The rates measured in docs/lessons.md: each of the three at its best on this net.
    preset.siblings = {parseRunVariant("optimizer=momentum,lr=0.5"), parseRunVariant("optimizer=adam,lr=0.1")};
    return preset;
}

// The 8-3-8 with weights and biases drawn from U(−r, r) with r = kSaturationInitRange instead of
// the lecture's 0.5 (the same draws, scaled): many units start saturated and learning starts slowly.
Preset saturationPreset()
{
    Preset preset = encoderPreset(8, 3);
    preset.name = "saturation";
    preset.initRange = kSaturationInitRange;
    preset.epochs = kSaturationEpochs;
    preset.siblings = {parseRunVariant("init-range=0.5")};
    return preset;
}

// The vanishing-gradient net with relu hidden layers, first with the lecture's uniform ±0.5: the
// initialisation decides whether a signal (and a gradient) gets through six layers.
Preset initialisationPreset(std::uint64_t seed)
{
    Preset preset = vanishingGradientPreset(seed);
    preset.name = "initialisation";
    preset.activations.assign(5, Activation::Relu);
    preset.activations.push_back(Activation::Logistic);
    preset.init = InitScheme::Uniform;
    preset.epochs = kInitialisationEpochs;
    preset.siblings = {parseRunVariant("init=xavier"), parseRunVariant("init=he")};
    return preset;
}

// The one table of built-in lessons.
constexpr LessonEntry kLessons[] = {
    {"encoder-8-3-8", "8-3-8 autoencoder",
     "the lecture's net: eight one-hot patterns through three hidden units", "8-3-8", "generated",
     [](std::uint64_t) { return encoderPreset(8, 3); }},
    {"encoder-4-2-4", "4-2-4 autoencoder", "four one-hot patterns through two hidden units", "4-2-4",
     "generated", [](std::uint64_t) { return encoderPreset(4, 2); }},
    {"encoder-16-4-16", "16-4-16 autoencoder", "sixteen one-hot patterns through four hidden units",
     "16-4-16", "generated", [](std::uint64_t) { return encoderPreset(16, 4); }},
    {"xor", "XOR (2-2-1)", "the classic problem a single layer cannot solve", "2-2-1", "generated",
     [](std::uint64_t) { return xorPreset(); }},
    {"circle", "2-D circle (binary classification)", "points inside or outside a circle", "2-8-8-1",
     "generated from the seed", [](std::uint64_t seed) { return planarPreset("circle", seed); }},
    {"quadrants", "2-D quadrants (binary classification)", "class 1 where x1 and x2 have the same sign",
     "2-8-8-1", "generated from the seed",
     [](std::uint64_t seed) { return planarPreset("quadrants", seed); }},
    {"gaussians", "2-D gaussians (binary classification)", "two overlapping clouds of points", "2-8-8-1",
     "generated from the seed", [](std::uint64_t seed) { return planarPreset("gaussians", seed); }},
    {"spiral", "2-D spiral (binary classification)", "two interleaved spirals", "2-16-16-1",
     "generated from the seed", [](std::uint64_t seed) { return planarPreset("spiral", seed); }},
    {"vanishing-gradient", "Vanishing gradient (2-8-8-8-8-8-1, logistic)",
     "six logistic layers on the circle: the first layers' gradients vanish", "2-8-8-8-8-8-1",
     "generated from the seed", vanishingGradientPreset, {.saturationMarks = true, .histograms = true}},
    {"optimizers", "Optimizers: SGD, momentum and Adam (8-3-8)",
     "the lecture's net trained by three optimization rules side by side", "8-3-8", "generated",
     [](std::uint64_t) { return optimizersPreset(); }, {.saturationMarks = true, .lossLandscape = true}},
    {"saturation", "Saturation: large against small initial weights (8-3-8)",
     "weights from ±5 saturate the units and learning starts slowly; ±0.5 beside it", "8-3-8", "generated",
     [](std::uint64_t) { return saturationPreset(); }, {.saturationMarks = true}},
    {"initialisation", "Initialisation: uniform, Xavier and He (2-8-8-8-8-8-1, relu)",
     "six layers on the circle: the initial weights decide whether signal and gradient get through",
     "2-8-8-8-8-8-1", "generated from the seed", initialisationPreset,
     {.saturationMarks = true, .histograms = true, .histogramQuantity = HistogramQuantity::Activations}},
    {"digits", "Handwritten digits (64-16-10)",
     "UCI handwritten digits 8×8, E. Alpaydin and C. Kaynak (1998), CC BY 4.0", "64-16-10",
     "resources/datasets/uci-digits-8x8.csv", [](std::uint64_t) { return digitsPreset(); }},
    {"iris", "Iris flowers (4-5-3)", "UCI iris, R. A. Fisher (1936), CC BY 4.0", "4-5-3",
     "resources/datasets/uci-iris.csv", [](std::uint64_t) { return irisPreset(); }},
};

} // namespace

std::span<const LessonEntry> lessonRegistry()
{
    return kLessons;
}

const LessonEntry *findLesson(std::string_view id)
{
    for (const LessonEntry &lesson : kLessons)
        if (lesson.id == id)
            return &lesson;
    return nullptr;
}

Preset makePreset(std::string_view name, std::uint64_t seed)
{
    if (const LessonEntry *lesson = findLesson(name)) {
        Preset preset = lesson->build(seed);
        preset.name = std::string(lesson->id);
        preset.title = std::string(lesson->title);
        return preset;
    }
    std::string known;
    for (const LessonEntry &lesson : kLessons)
        known += (known.empty() ? "" : ", ") + std::string(lesson.id);
    throw InputError("unknown preset '" + std::string(name) + "' (known: " + known + ")");
}

} // namespace bp
