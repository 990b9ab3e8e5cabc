// Samples per second of training, single-threaded, in double precision:
//   (a) the 8-3-8 encoder, logistic, online SGD (one sample per update), as in the lecture;
//   (b) a 784-128-10 network, logistic, minibatch 32, on random data of MNIST's shape.
//   (c) the ceiling of (a): the same step written by hand for the fixed sizes (encoder_838_ceiling.h).
// bench/compare runs these beside the numpy and PyTorch peers in bench/peers/.
#include "bench/encoder_838_ceiling.h"
#include "core/kernels/dense_kernels.h"
#include "core/preset.h"
#include "core/random.h"
#include "core/trainer.h"

#include <benchmark/benchmark.h>

namespace {

void encoder838OnlineSgd(benchmark::State &state)
{
    const bp::Preset preset = bp::makePreset("encoder-8-3-8");
    bp::Trainer trainer(preset.makeNetwork(1), preset.dataset, preset.training);
    std::int64_t samples = 0;
    for (auto _ : state) {
        trainer.step();
        ++samples;
    }
    benchmark::DoNotOptimize(trainer.network().layers().front().weights.data());
    state.counters["samples_per_second"] =
        benchmark::Counter(static_cast<double>(samples), benchmark::Counter::kIsRate);
}
BENCHMARK(encoder838OnlineSgd);

void encoder838Ceiling(benchmark::State &state)
{
    bp::bench::Encoder838Ceiling net;
    std::int64_t samples = 0;
    int sample = 0;
    for (auto _ : state) {
        net.step(sample, 0.5);
        sample = (sample + 1) & 7;
        ++samples;
    }
    benchmark::DoNotOptimize(net.firstWeight());
    state.counters["samples_per_second"] =
        benchmark::Counter(static_cast<double>(samples), benchmark::Counter::kIsRate);
}
BENCHMARK(encoder838Ceiling);

void encoder838Epochs(benchmark::State &state)
{
    const bp::Preset preset = bp::makePreset("encoder-8-3-8");
    bp::Trainer trainer(preset.makeNetwork(1), preset.dataset, preset.training);
    std::int64_t samples = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(trainer.runEpoch());
        samples += 8;
    }
    state.counters["samples_per_second"] =
        benchmark::Counter(static_cast<double>(samples), benchmark::Counter::kIsRate);
}
BENCHMARK(encoder838Epochs);

void mnistShapedMinibatch(benchmark::State &state)
{
    constexpr int kSamples = 60000 / 10; // a tenth of MNIST's training set keeps set-up short
    bp::Dataset dataset;
    dataset.name = "random-784";
    bp::Random random(7);
    dataset.inputs.resize(784, kSamples);
    dataset.targets = bp::Matrix::Zero(10, kSamples);
    for (int i = 0; i < kSamples; ++i) {
        for (int r = 0; r < 784; ++r)
            dataset.inputs(r, i) = random.uniform01();
        dataset.targets(static_cast<Eigen::Index>(random.below(10)), i) = 1.0;
    }
    bp::Network network({784, 128, 10}, {bp::Activation::Logistic, bp::Activation::Logistic});
    network.initialize(bp::InitScheme::Xavier, 1);
    bp::TrainingSettings settings;
    settings.batchSize = 32;
    settings.optimizer.learningRate = 0.1;
    bp::Trainer trainer(std::move(network), std::move(dataset), settings);
    std::int64_t samples = 0;
    for (auto _ : state) {
        trainer.step();
        samples += 32;
    }
    state.counters["samples_per_second"] =
        benchmark::Counter(static_cast<double>(samples), benchmark::Counter::kIsRate);
}
BENCHMARK(mnistShapedMinibatch);

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    // Which dense kernels the large products ran (bench/compare prints it).
    benchmark::AddCustomContext("dense_kernels", bp::kernels::denseKernels().level);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
