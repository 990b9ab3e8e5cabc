#include "core/preset.h"

#include "core/error.h"

namespace bp {

Network Preset::makeNetwork(std::uint64_t seed) const
{
    Network network(layers, activations, loss);
    network.initialize(init, seed);
    return network;
}

std::vector<std::string> presetNames()
{
    return {"encoder-8-3-8", "encoder-4-2-4", "encoder-16-4-16", "xor", "circle",
            "quadrants", "gaussians", "spiral", "vanishing-gradient"};
}

namespace {

Preset encoderPreset(int n, int code)
{
    Preset preset;
    preset.dataset = makeEncoder(n);
    preset.name = preset.dataset.name;
    preset.title = std::to_string(n) + "-" + std::to_string(code) + "-" + std::to_string(n) + " autoencoder";
    preset.layers = {n, code, n};
    preset.activations = {Activation::Logistic, Activation::Logistic};
    preset.training.optimizer.learningRate = kEncoderLearningRate;
    preset.epochs = n <= 8 ? 2000 : 5000;
    return preset;
}

Preset planarPreset(std::string_view kind, std::uint64_t seed)
{
    Preset preset;
    preset.dataset = makePlanar(kind, 200, 100, seed);
    preset.name = std::string(kind);
    preset.title = "2-D " + preset.name + " (binary classification)";
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

} // namespace

Preset makePreset(std::string_view name, std::uint64_t seed)
{
    if (name == "encoder-8-3-8")
        return encoderPreset(8, 3);
    if (name == "encoder-4-2-4")
        return encoderPreset(4, 2);
    if (name == "encoder-16-4-16")
        return encoderPreset(16, 4);
    if (name == "xor") {
        Preset preset;
        preset.dataset = makeXor();
        preset.name = "xor";
        preset.title = "XOR (2-2-1)";
        preset.layers = {2, 2, 1};
        preset.activations = {Activation::Logistic, Activation::Logistic};
        preset.init = InitScheme::Uniform;
        preset.training.optimizer.learningRate = 2.0;
        preset.epochs = 5000;
        return preset;
    }
    if (name == "circle" || name == "quadrants" || name == "gaussians" || name == "spiral")
        return planarPreset(name, seed);
    if (name == "vanishing-gradient") {
        // Six logistic layers on the circle: δ shrinks by σ′ ≤ ¼ at every layer on the way back.
        Preset preset = planarPreset("circle", seed);
        preset.name = "vanishing-gradient";
        preset.title = "Vanishing gradient (2-8-8-8-8-8-1, logistic)";
        preset.layers = {2, 8, 8, 8, 8, 8, 1};
        preset.activations.assign(6, Activation::Logistic);
        preset.loss = Loss::HalfSquaredError;
        preset.training.optimizer.kind = Optimizer::Sgd;
        preset.training.optimizer.learningRate = 0.5;
        preset.training.batchSize = 1;
        return preset;
    }
    std::string known;
    for (const std::string &preset : presetNames())
        known += (known.empty() ? "" : ", ") + preset;
    throw InputError("unknown preset '" + std::string(name) + "' (known: " + known + ")");
}

} // namespace bp
