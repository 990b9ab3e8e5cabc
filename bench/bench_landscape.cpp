// Milliseconds per slice of the loss over two weights (core/analysis/loss_landscape), the whole
// training set, single-threaded, in double precision:
//   (a) the 8-3-8 encoder at a 64 × 64 grid (target: under 50 ms), weights of the output layer and
//       of the first layer;
//   (b) the digits net 64-16-10 (all 1797 samples, softmax and cross-entropy) at 64 × 64 (target: under
//       2 s), weights of the output layer and of the first layer.
#include "core/analysis/loss_landscape.h"
#include "core/data/preset.h"
#include "core/kernels/dense_kernels.h"

#include <benchmark/benchmark.h>

namespace {

void landscape(benchmark::State &state, const char *presetName, bp::ParameterIndex first,
               bp::ParameterIndex second)
{
    bp::Preset preset = bp::makePreset(presetName);
    // Every sample the preset has: the digits lesson holds out a fifth for testing (1438 + 359).
    bp::Dataset &data = preset.dataset;
    if (data.testInputs.cols() > 0) {
        bp::Matrix inputs(data.inputs.rows(), data.inputs.cols() + data.testInputs.cols());
        bp::Matrix targets(data.targets.rows(), inputs.cols());
        inputs << data.inputs, data.testInputs;
        targets << data.targets, data.testTargets;
        data.inputs = std::move(inputs);
        data.targets = std::move(targets);
    }
    const bp::Network network = preset.makeNetwork(1);
    const bp::LandscapeRequest request = bp::centredRequest(network, first, second, 64);
    for (auto _ : state) {
        const bp::LossLandscape slice =
            bp::computeLossLandscape(network, preset.dataset.inputs, preset.dataset.targets, request, 0.5);
        benchmark::DoNotOptimize(slice.loss.data());
    }
    state.counters["grid_points"] = 64 * 64;
    state.counters["samples"] = static_cast<double>(preset.dataset.sampleCount());
}

void encoder838OutputLayer(benchmark::State &state)
{
    landscape(state, "encoder-8-3-8", {2, 0, 0}, {2, 0, 1});
}
void encoder838FirstLayer(benchmark::State &state)
{
    landscape(state, "encoder-8-3-8", {1, 0, 0}, {1, 0, 1});
}
void digitsOutputLayer(benchmark::State &state)
{
    landscape(state, "digits", {2, 0, 0}, {2, 0, 1});
}
void digitsFirstLayer(benchmark::State &state)
{
    landscape(state, "digits", {1, 0, 20}, {1, 0, 21});
}
void digitsAcrossLayers(benchmark::State &state)
{
    landscape(state, "digits", {1, 0, 20}, {2, 3, 0});
}

BENCHMARK(encoder838OutputLayer)->Unit(benchmark::kMillisecond);
BENCHMARK(encoder838FirstLayer)->Unit(benchmark::kMillisecond);
BENCHMARK(digitsOutputLayer)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(digitsFirstLayer)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(digitsAcrossLayers)->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    benchmark::AddCustomContext("dense_kernels", bp::kernels::denseKernels().level);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
