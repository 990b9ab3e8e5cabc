// The measurements behind the Optimizers, Saturation and Initialisation lessons' settings
// (docs/lessons.md): each lesson's runs over many seeds, printed as a table.
//   build/bench/lesson_measure saturation|optimizers|initialisation [--seeds N]
#include "core/data/preset.h"
#include "core/maths/metrics.h"
#include "core/maths/saturation.h"
#include "core/training/trainer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using namespace bp;

struct Outcome {
    int saturatedAtStart = 0;
    int deadAtStart = 0;
    double lossAt[4] = {0, 0, 0, 0};
    // First epoch with 8 distinct codes and accuracy 1 (0: never within the budget).
    int solvedAt = 0;
    double firstLayerGradient = 0.0;
    double lastLayerGradient = 0.0;
    double accuracy = 0.0;
    bool diverged = false;
};

Outcome runEncoder(Preset preset, std::uint64_t seed, int epochs)
{
    Outcome outcome;
    const Network start = preset.makeNetwork(seed);
    const SaturationReport report = saturationOf(start, preset.dataset.inputs);
    outcome.saturatedAtStart = report.saturatedCount();
    outcome.deadAtStart = report.deadCount();
    Trainer trainer(start, preset.dataset, preset.training);
    const int marks[4] = {0, 100, 500, epochs};
    outcome.lossAt[0] =
        evaluate(start, preset.dataset.inputs, preset.dataset.targets, preset.dataset.targetKind()).loss;
    for (int epoch = 1; epoch <= epochs; ++epoch) {
        const EpochMetrics metrics = trainer.runEpoch();
        if (trainer.isDiverged()) {
            outcome.diverged = true;
            break;
        }
        for (int i = 1; i < 4; ++i)
            if (epoch == marks[i])
                outcome.lossAt[i] = metrics.loss;
        if (epoch == 1 && !metrics.layers.empty()) {
            outcome.firstLayerGradient = metrics.layers.front().gradientNorm;
            outcome.lastLayerGradient = metrics.layers.back().gradientNorm;
        }
        outcome.accuracy = metrics.accuracy;
        if (!outcome.solvedAt && metrics.accuracy >= 1.0 &&
            (bottleneckLayer(preset.layers) == 0 ||
             distinctHiddenCodes(trainer.network(), preset.dataset.inputs) == preset.dataset.sampleCount()))
            outcome.solvedAt = epoch;
    }
    return outcome;
}

void printRow(const std::string &name, const std::vector<Outcome> &outcomes)
{
    int solved = 0;
    int diverged = 0;
    std::vector<int> epochs;
    double saturated = 0.0;
    int fewestSaturated = 1 << 30;
    double dead = 0.0;
    double loss[4] = {0, 0, 0, 0};
    double first = 0.0;
    double ratio = 0.0;
    double accuracy = 0.0;
    for (const Outcome &o : outcomes) {
        solved += o.solvedAt > 0;
        diverged += o.diverged;
        if (o.solvedAt > 0)
            epochs.push_back(o.solvedAt);
        saturated += o.saturatedAtStart;
        fewestSaturated = std::min(fewestSaturated, o.saturatedAtStart);
        dead += o.deadAtStart;
        for (int i = 0; i < 4; ++i)
            loss[i] += o.lossAt[i];
        first += o.firstLayerGradient;
        ratio += o.lastLayerGradient > 0 && o.firstLayerGradient > 0
                     ? std::log10(o.lastLayerGradient / o.firstLayerGradient)
                     : 99;
        accuracy += o.accuracy;
    }
    const double n = static_cast<double>(outcomes.size());
    std::sort(epochs.begin(), epochs.end());
    const int median = epochs.empty() ? 0 : epochs[epochs.size() / 2];
    std::printf("%-28s solved %2d/%zu median epoch %5d diverged %d | saturated@0 %.2f (fewest %d) dead@0 "
                "%.2f | loss 0/100/500/end "
                "%.4f %.4f %.4f %.4f | |dE/dW1| epoch1 %.3g log10(last/first) %.2f | accuracy %.3f\n",
                name.c_str(), solved, outcomes.size(), median, diverged, saturated / n, fewestSaturated,
                dead / n, loss[0] / n, loss[1] / n, loss[2] / n, loss[3] / n, first / n, ratio / n,
                accuracy / n);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s saturation|optimizers|initialisation [--seeds N]\n", argv[0]);
        return 2;
    }
    const std::string what = argv[1];
    int seeds = 20;
    for (int i = 2; i + 1 < argc; ++i)
        if (std::string(argv[i]) == "--seeds")
            seeds = std::atoi(argv[i + 1]);
    auto measure = [&](const std::string &name, const Preset &preset, int epochs) {
        std::vector<Outcome> outcomes;
        for (int seed = 1; seed <= seeds; ++seed)
            outcomes.push_back(runEncoder(preset, static_cast<std::uint64_t>(seed), epochs));
        printRow(name, outcomes);
    };
    if (what == "saturation") {
        for (const double range : {0.5, 2.0, 3.0, 5.0, 6.0, 7.0, 8.0, 10.0}) {
            Preset preset = makePreset("saturation");
            preset.initRange = range;
            measure("r = " + std::to_string(range), preset, preset.epochs);
        }
    } else if (what == "optimizers") {
        struct Choice {
            Optimizer kind;
            double rate;
            int batch;
        };
        for (const Choice c : {Choice{Optimizer::Sgd, 2.0, 1}, Choice{Optimizer::Sgd, 10.0, 1},
                               Choice{Optimizer::Momentum, 0.5, 1}, Choice{Optimizer::Momentum, 1.0, 1},
                               Choice{Optimizer::Momentum, 2.0, 1}, Choice{Optimizer::Adam, 0.01, 1},
                               Choice{Optimizer::Adam, 0.05, 1}, Choice{Optimizer::Adam, 0.1, 1},
                               Choice{Optimizer::Sgd, 2.0, 0}, Choice{Optimizer::Sgd, 10.0, 0},
                               Choice{Optimizer::Momentum, 2.0, 0}, Choice{Optimizer::Adam, 0.05, 0},
                               Choice{Optimizer::Adam, 0.1, 0}}) {
            Preset preset = makePreset("optimizers");
            preset.training.optimizer.kind = c.kind;
            preset.training.optimizer.learningRate = c.rate;
            preset.training.batchSize = c.batch;
            measure(std::string(optimizerName(c.kind)) + " lr " + std::to_string(c.rate) + " batch " +
                        std::to_string(c.batch),
                    preset, preset.epochs);
        }
    } else if (what == "initialisation") {
        for (const InitScheme init : {InitScheme::Uniform, InitScheme::Xavier, InitScheme::He}) {
            Preset preset = makePreset("initialisation");
            preset.init = init;
            measure(std::string(initSchemeName(init)), preset, preset.epochs);
        }
    } else {
        std::fprintf(stderr, "unknown lesson %s\n", what.c_str());
        return 2;
    }
    return 0;
}
