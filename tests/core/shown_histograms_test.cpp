// The histograms over time from the lecturer's dock to a follower's (#16): a follower that takes
// every state holds the dock's rows bit for bit, one that missed a state waits for the next whole
// set, a rewind starts a new set, and a set over the budget is thinned as a saved file is.
#include "core/session/shown_histograms.h"

#include "core/analysis/histogram.h"
#include "core/data/preset.h"
#include "core/formats/histogram_json.h"
#include "core/formats/json.h"
#include "core/training/trainer.h"

#include "tests/support/histogram_match.h"
#include "tests/support/input_errors.h"

#include <gtest/gtest.h>

namespace bp {
namespace {

using test::histogramRowsIdentical;
using test::messageOf;

// A dock on the XOR lesson: a row at every scheduled epoch, as the worker takes them.
struct Dock {
    Preset preset = makePreset("xor", 5);
    Trainer trainer{preset.makeNetwork(5), preset.dataset, preset.training};
    HistogramHistory history;
    Workspace ws;

    void trainTo(std::int64_t epoch)
    {
        while (trainer.epoch() < epoch) {
            trainer.runEpoch();
            if (HistogramHistory::isScheduled(trainer.epoch()))
                history.append(row());
        }
    }
    HistogramRowPointer row()
    {
        return std::make_shared<const HistogramRow>(
            computeHistograms(trainer.network(), trainer.dataset(), trainer.epoch(), ws));
    }
};

// What a follower's dock does with a state: the rows after the text went over the network.
struct Follower {
    HistogramReceiver receiver;
    HistogramHistory dock;

    void receive(const ShownHistograms &sent, std::int64_t runEpoch)
    {
        const std::string text = shownHistogramsToJson(sent);
        const ShownHistograms got =
            readShownHistograms(text, parseJson(text, "state"), "histograms", runEpoch);
        const HistogramReceiver::Taken taken = receiver.take(got);
        if (taken.restart)
            dock.clear();
        for (const HistogramRowPointer &row : taken.rows)
            dock.append(row);
    }
};

TEST(ShownHistograms, AFollowerOfEveryStateHoldsTheDocksRowsBitForBit)
{
    Dock host;
    host.history.append(host.row());
    HistogramSender sender;
    Follower follower;
    int wholeSets = 0;
    // States at uneven epochs, past the doublings of the grid at 256, 512 and 1,024 epochs.
    for (std::int64_t epoch = 0; epoch <= 1300; epoch += 37 + epoch % 11) {
        host.trainTo(epoch);
        const ShownHistograms sent = sender.next(host.history.rows(), epoch, false);
        wholeSets += sent.whole ? 1 : 0;
        follower.receive(sent, epoch);
        ASSERT_TRUE(histogramRowsIdentical(follower.dock.rows(), host.history.rows())) << "epoch " << epoch;
        ASSERT_TRUE(histogramRowsIdentical(follower.receiver.rows(), host.history.rows()))
            << "epoch " << epoch;
    }
    EXPECT_EQ(wholeSets, 1) << "after the first, every state brings only the new rows";
}

TEST(ShownHistograms, AnIncrementCarriesTheNewRowsOnly)
{
    Dock host;
    host.trainTo(40);
    HistogramSender sender;
    const ShownHistograms first = sender.next(host.history.rows(), 40, false);
    EXPECT_TRUE(first.whole);
    EXPECT_EQ(first.after, -1);
    ASSERT_EQ(first.rows.size(), 40u);
    host.trainTo(43);
    const ShownHistograms next = sender.next(host.history.rows(), 43, false);
    EXPECT_FALSE(next.whole);
    EXPECT_EQ(next.id, first.id);
    EXPECT_EQ(next.after, 40);
    ASSERT_EQ(next.rows.size(), 3u);
    EXPECT_EQ(next.rows.front()->epoch, 41);
    // Rows the dock has past the run's epoch (a step back on the timeline) do not travel.
    EXPECT_TRUE(sender.next(host.history.rows(), 43, false).rows.empty());
}

TEST(ShownHistograms, AFollowerThatMissedAStateWaitsForTheWholeSet)
{
    Dock host;
    host.trainTo(20);
    HistogramSender sender;
    Follower follower;
    follower.receive(sender.next(host.history.rows(), 20, false), 20);
    host.trainTo(30);
    sender.next(host.history.rows(), 30, false); // lost on the way
    host.trainTo(40);
    follower.receive(sender.next(host.history.rows(), 40, false), 40);
    ASSERT_EQ(follower.dock.rows().size(), 20u) << "an increment after a gap is not appended";
    EXPECT_EQ(follower.dock.rows().back()->epoch, 20);
    follower.receive(sender.next(host.history.rows(), 40, true), 40);
    EXPECT_TRUE(histogramRowsIdentical(follower.dock.rows(), host.history.rows()));
}

TEST(ShownHistograms, ARewoundDockStartsANewSet)
{
    Dock host;
    host.trainTo(30);
    HistogramSender sender;
    Follower follower;
    const ShownHistograms first = sender.next(host.history.rows(), 30, false);
    follower.receive(first, 30);
    // The lecturer went back to epoch 10 (the dock forgets rows 11..30) and trained on: a
    // follower must not append the new rows to the old ones.
    host.history.truncateAfter(10);
    host.trainTo(35);
    const ShownHistograms rewound = sender.next(host.history.rows(), 35, false);
    EXPECT_TRUE(rewound.whole);
    EXPECT_NE(rewound.id, first.id);
    follower.receive(rewound, 35);
    EXPECT_TRUE(histogramRowsIdentical(follower.dock.rows(), host.history.rows()));
    // An increment of the old set that arrives late changes nothing.
    ShownHistograms stale = first;
    stale.whole = false;
    stale.after = 30;
    stale.rows.clear();
    EXPECT_TRUE(follower.receiver.take(stale).rows.empty());
    EXPECT_TRUE(histogramRowsIdentical(follower.receiver.rows(), host.history.rows()));
}

TEST(ShownHistograms, ASetOverTheBudgetIsThinnedEvenlyAndKeepsTheNewest)
{
    // Rows of 200 layers (78,403 values each): six of them are over the 400,000 a state carries.
    std::vector<HistogramRowPointer> rows;
    for (int e = 0; e < 6; ++e) {
        auto row = std::make_shared<HistogramRow>();
        row->epoch = e;
        row->layers.resize(200);
        rows.push_back(row);
    }
    ASSERT_GT(histogramRowValues(200) * 6, kMaxShownHistogramValues);
    HistogramSender sender;
    const ShownHistograms sent = sender.next(rows, 5, false);
    std::int64_t values = 0;
    for (const HistogramRowPointer &row : sent.rows)
        values += histogramRowValues(static_cast<std::int64_t>(row->layers.size()));
    EXPECT_LE(values, kMaxShownHistogramValues);
    ASSERT_EQ(sent.rows.size(), 3u);
    EXPECT_EQ(sent.rows[0]->epoch, 1);
    EXPECT_EQ(sent.rows[2]->epoch, 5);
}

class HostileHistograms : public ::testing::Test {
protected:
    HostileHistograms()
    {
        dock.trainTo(12);
        text = shownHistogramsToJson(HistogramSender().next(dock.history.rows(), 12, false));
    }

    std::string refusal(const std::string &changed, std::int64_t runEpoch = 12) const
    {
        return messageOf(
            [&] { readShownHistograms(changed, parseJson(changed, "host"), "histograms", runEpoch); });
    }

    Dock dock;
    std::string text;
};

TEST_F(HostileHistograms, EachBadFieldIsNamed)
{
    using test::replaced;
    EXPECT_EQ(refusal(text), "(no error)");
    EXPECT_NE(refusal(replaced(text, "\"id\": 1", "\"id\": -1")).find("histograms.id"), std::string::npos);
    EXPECT_NE(refusal(replaced(text, "\"whole\": true", "\"whole\": 1")).find("histograms.whole"),
              std::string::npos);
    EXPECT_NE(refusal(replaced(text, "\"after\": -1", "\"after\": 3")).find("histograms.after"),
              std::string::npos);
    EXPECT_NE(refusal(replaced(text, "\"after\": -1", "\"after\": 13")).find("histograms.after"),
              std::string::npos);
    // An increment whose rows do not come after the row it continues.
    const std::string increment =
        replaced(replaced(text, "\"whole\": true", "\"whole\": false"), "\"after\": -1", "\"after\": 5");
    EXPECT_NE(refusal(increment).find("histograms.rows[0].epoch"), std::string::npos) << refusal(increment);
    // Rows of a future the run has not reached.
    EXPECT_NE(refusal(text, 11).find("histograms.rows"), std::string::npos) << refusal(text, 11);
    EXPECT_NE(refusal(replaced(text, "\"rows\": [", "\"rows\": 7, \"x\": [")).find("histograms.rows"),
              std::string::npos);
    EXPECT_NE(refusal(replaced(text, "\"linear\": [", "\"linear\": [1e300, ")).find("histograms.rows[0]"),
              std::string::npos);
}

TEST_F(HostileHistograms, RowsOverTheBudgetAreRefusedFromTheirLayerCounts)
{
    // Two rows of 600 layers whose histograms are empty objects: refused for their size before
    // any row is read (a row's own reader would name a missing member instead).
    std::string layers = "[";
    for (int l = 0; l < 600; ++l)
        layers += l ? ", {}" : "{}";
    layers += "]";
    const std::string huge =
        "{\"id\": 1, \"whole\": true, \"after\": -1, \"rows\": [{\"epoch\": 0, \"layers\": " + layers +
        "}, {\"epoch\": 1, \"layers\": " + layers + "}]}";
    const std::string message = refusal(huge);
    EXPECT_NE(message.find("histograms.rows: rows of"), std::string::npos) << message;
    EXPECT_NE(message.find("a state may carry"), std::string::npos) << message;
}

} // namespace
} // namespace bp
