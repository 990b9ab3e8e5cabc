// What the histograms over time cost training, as the worker takes them: epochs per second (per CPU
// second) of the 8-3-8 encoder and of the digits net (64-16-10, 1437 training samples, batch 16)
//   none:      epochs only (Trainer::runEpoch, which also evaluates the whole training set);
//   every:     a row of histograms after every epoch, as during the first 256 epochs of a run;
//   run:       whole runs of the lesson's length (8-3-8: 1000 epochs, digits: 60) from a fresh
//              network, a row at the epochs HistogramHistory::isScheduled keeps (plus epoch 0).
// Run: build/bench/bench_histograms (docs/performance.md, "Histograms over time").
#include "core/analysis/histogram.h"
#include "core/analysis/histogram_history.h"
#include "core/data/preset.h"
#include "core/training/trainer.h"

#include <benchmark/benchmark.h>

namespace {

enum class Mode { None, Every, Run, ScheduledRun };

void epochs(benchmark::State &state, const char *lesson, Mode mode)
{
    const bp::Preset preset = bp::makePreset(lesson, 1);
    bp::Workspace ws;
    std::int64_t epochs = 0;
    if (mode == Mode::Run || mode == Mode::ScheduledRun) {
        const bool histograms = mode == Mode::ScheduledRun;
        for (auto _ : state) {
            bp::Trainer trainer(preset.makeNetwork(1), preset.dataset, preset.training);
            if (histograms)
                benchmark::DoNotOptimize(bp::computeHistograms(trainer.network(), trainer.dataset(), 0, ws));
            for (int e = 0; e < preset.epochs; ++e) {
                const bp::EpochMetrics metrics = trainer.runEpoch();
                if (histograms && bp::HistogramHistory::isScheduled(metrics.epoch))
                    benchmark::DoNotOptimize(
                        bp::computeHistograms(trainer.network(), trainer.dataset(), metrics.epoch, ws));
            }
            epochs += preset.epochs;
        }
    } else {
        bp::Trainer trainer(preset.makeNetwork(1), preset.dataset, preset.training);
        for (auto _ : state) {
            const bp::EpochMetrics metrics = trainer.runEpoch();
            if (mode == Mode::Every)
                benchmark::DoNotOptimize(
                    bp::computeHistograms(trainer.network(), trainer.dataset(), metrics.epoch, ws));
            ++epochs;
        }
    }
    state.counters["epochs_per_second"] =
        benchmark::Counter(static_cast<double>(epochs), benchmark::Counter::kIsRate);
}

BENCHMARK_CAPTURE(epochs, encoder838_none, "encoder-8-3-8", Mode::None);
BENCHMARK_CAPTURE(epochs, encoder838_every, "encoder-8-3-8", Mode::Every);
BENCHMARK_CAPTURE(epochs, encoder838_run, "encoder-8-3-8", Mode::Run);
BENCHMARK_CAPTURE(epochs, encoder838_run_histograms, "encoder-8-3-8", Mode::ScheduledRun);
BENCHMARK_CAPTURE(epochs, digits_none, "digits", Mode::None);
BENCHMARK_CAPTURE(epochs, digits_every, "digits", Mode::Every);

} // namespace

BENCHMARK_MAIN();
