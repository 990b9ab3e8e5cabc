// The ring of recent states: its bounds, its spacing, and that a kept state continues bit for bit.
#include "core/data/preset.h"
#include "core/training/timeline.h"

#include "tests/support/network_match.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace bp {
namespace {

using test::networksIdentical;

Trainer encoderTrainer(Optimizer optimizer = Optimizer::Sgd)
{
    Preset preset = makePreset("encoder-4-2-4", 1);
    preset.training.optimizer.kind = optimizer;
    return Trainer(preset.makeNetwork(1), preset.dataset, preset.training);
}

// Trains for `epochs`, offering the timeline every completed epoch as the worker does.
void trainRecording(Trainer &trainer, Timeline &timeline, std::int64_t epochs)
{
    if (timeline.size() == 0)
        timeline.record(trainer, trainer.epochMetrics().loss);
    for (std::int64_t e = 0; e < epochs; ++e) {
        trainer.runEpoch();
        if (timeline.isDue(trainer.epoch()))
            timeline.record(trainer, trainer.epochMetrics().loss);
        ASSERT_LE(timeline.size(), timeline.maxEntries());
        ASSERT_LE(timeline.bytes(), timeline.maxBytes());
    }
}

TEST(Timeline, CountBoundHoldsOverALongRunAndSpacingGrowsIntoThePast)
{
    Trainer trainer = encoderTrainer();
    Timeline timeline(64);
    trainRecording(trainer, timeline, 30'000);
    const auto &entries = timeline.entries();
    ASSERT_EQ(entries.size(), 64u);
    // The start is kept, and the newest is recent: within 1 % of the run.
    EXPECT_EQ(entries.front().epoch, 0);
    EXPECT_GE(entries.back().epoch, 30'000 - 30'000 / 100);
    // Dense near now, sparse in the past: the newest gap is far smaller than the oldest.
    const std::int64_t newestGap = entries[63].epoch - entries[62].epoch;
    const std::int64_t oldestGap = entries[1].epoch - entries[0].epoch;
    EXPECT_LT(newestGap * 10, oldestGap) << newestGap << " vs " << oldestGap;
    // In order, and the bytes are accounted exactly.
    std::size_t bytes = 0;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        bytes += entries[i].bytes;
        if (i > 0) {
            EXPECT_GT(entries[i].stepCount, entries[i - 1].stepCount);
        }
    }
    EXPECT_EQ(bytes, timeline.bytes());
}

TEST(Timeline, MemoryBoundHoldsWhenEntriesAreLarge)
{
    Trainer trainer = encoderTrainer(Optimizer::Adam);
    // After the first update, when Adam has its moments.
    trainer.runEpoch();
    Timeline probe;
    probe.record(trainer, 0.0);
    const std::size_t entryBytes = probe.entries().front().bytes;
    // Adam keeps two moments per parameter: the estimate counts them.
    EXPECT_GT(entryBytes, static_cast<std::size_t>(trainer.network().parameterCount()) * 3 * sizeof(double));
    Timeline timeline(64, entryBytes * 10 + entryBytes / 2);
    trainRecording(trainer, timeline, 5'000);
    EXPECT_EQ(timeline.size(), 10u);
    EXPECT_LE(timeline.bytes(), timeline.maxBytes());
    // A bound smaller than one state keeps nothing rather than break it.
    Timeline tiny(64, entryBytes - 1);
    EXPECT_EQ(tiny.record(trainer, 0.0), 0u);
    EXPECT_EQ(tiny.size(), 0u);
}

TEST(Timeline, AKeptStateContinuesExactlyAsTheRunDidFromThere)
{
    Trainer trainer = encoderTrainer(Optimizer::Momentum);
    Timeline timeline;
    trainRecording(trainer, timeline, 600);
    // An entry from the middle of the run, and an independent run stopped at that very epoch.
    const TimelineEntry &entry = timeline.entries()[timeline.size() / 2];
    ASSERT_GT(entry.epoch, 0);
    Trainer reference = encoderTrainer(Optimizer::Momentum);
    while (reference.epoch() < entry.epoch)
        reference.runEpoch();
    ASSERT_EQ(reference.stepCount(), entry.stepCount);
    EXPECT_TRUE(networksIdentical(entry.network, reference.network()));
    Trainer resumed = resumeFrom(entry, trainer.dataset());
    for (int e = 0; e < 40; ++e) {
        reference.runEpoch();
        resumed.runEpoch();
    }
    EXPECT_TRUE(networksIdentical(resumed.network(), reference.network()));
    EXPECT_EQ(resumed.epochMetrics().loss, reference.epochMetrics().loss);
}

TEST(Timeline, TruncatingDropsTheFutureOfAState)
{
    Trainer trainer = encoderTrainer();
    Timeline timeline;
    trainRecording(trainer, timeline, 50);
    const TimelineEntry kept = timeline.entries()[10];
    timeline.truncateAfter(kept.id);
    ASSERT_EQ(timeline.size(), 11u);
    EXPECT_EQ(timeline.entries().back().id, kept.id);
    // Ids stay unique after truncation.
    Trainer resumed = resumeFrom(kept, trainer.dataset());
    resumed.runEpoch();
    EXPECT_GT(timeline.record(resumed, 0.0), timeline.entries()[9].id);
    EXPECT_GT(timeline.entries().back().id, kept.id);
}

TEST(Timeline, TheLastGoodStateOfADivergedRunIsFinite)
{
    Preset preset = makePreset("encoder-8-3-8", 1);
    preset.training.optimizer.learningRate = 0.5;
    Trainer trainer(preset.makeNetwork(1), preset.dataset, preset.training);
    Timeline timeline;
    trainRecording(trainer, timeline, 20);
    trainer.setLearningRate(kMaxLearningRate);
    for (int l = 1; l <= trainer.network().layerCount(); ++l)
        trainer.setActivation(l,
                              l < trainer.network().layerCount() ? Activation::Relu : Activation::Identity);
    int epochs = 0;
    while (!trainer.isDiverged() && epochs++ < 1000) {
        trainer.runEpoch();
        if (!trainer.isDiverged() && timeline.isDue(trainer.epoch()))
            timeline.record(trainer, trainer.epochMetrics().loss);
    }
    ASSERT_TRUE(trainer.isDiverged());
    const TimelineEntry *good = timeline.lastGood();
    ASSERT_NE(good, nullptr);
    EXPECT_TRUE(good->network.isFinite());
    EXPECT_TRUE(std::isfinite(good->loss));
    Trainer rewound = resumeFrom(*good, trainer.dataset());
    EXPECT_FALSE(rewound.isDiverged());
    EXPECT_EQ(rewound.epoch(), good->epoch);
}

TEST(Timeline, TheLastGoodMarkIsTheNewestBeforeTheLossJumped)
{
    auto marksOf = [](const std::vector<double> &losses) {
        std::vector<TimelineMark> marks;
        for (std::size_t i = 0; i < losses.size(); ++i)
            marks.push_back({i + 1, static_cast<std::int64_t>(i), static_cast<std::int64_t>(i), losses[i]});
        return marks;
    };
    const double inf = std::numeric_limits<double>::infinity();
    // Still finite but on its way out (5 > 10 × 0.2 and 1e300): not good.
    EXPECT_EQ(lastGoodMark(marksOf({0.5, 0.3, 0.2, 0.25, 5.0, 1e300, inf})), 3);
    EXPECT_EQ(lastGoodMark(marksOf({0.5, 0.4, 0.3})), 2);
    EXPECT_EQ(lastGoodMark(marksOf({std::nan(""), inf})), -1);
    EXPECT_EQ(lastGoodMark({}), -1);
}

} // namespace
} // namespace bp
