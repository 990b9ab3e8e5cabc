// The markers of live changes: one per moment, listing its changes; labels that never overlap.
#include "core/live_change.h"
#include "core/trainer.h"
#include "ui/charts/change_markers.h"
#include "ui/charts/loss_chart.h"
#include "ui/charts/marker_layout.h"

#include <QApplication>
#include <QTest>

#include <gtest/gtest.h>

#include <random>

namespace bp::ui {
namespace {

LiveChange change(ChangeKind kind, std::string from, std::string to, std::int64_t epoch, int layer = 0)
{
    LiveChange c;
    c.kind = kind;
    c.from = std::move(from);
    c.to = std::move(to);
    c.epoch = epoch;
    c.layer = layer;
    return c;
}

TEST(ChangeMarkers, ChangesAtOneEpochMakeOneMarkerThatListsThem)
{
    std::vector<LiveChange> changes{change(ChangeKind::LearningRate, "0.5", "0.1", 0),
                                    change(ChangeKind::Activation, "logistic", "tanh", 0, 1),
                                    change(ChangeKind::Activation, "logistic", "tanh", 0, 2),
                                    change(ChangeKind::Architecture, "2-3-3-1", "2-4-3-1", 0),
                                    change(ChangeKind::BatchSize, "1", "0", 7)};
    changes[1].editId = 3;
    changes[2].editId = 3;
    const QList<ChartMarker> markers = changeMarkers(changes);
    ASSERT_EQ(markers.size(), 2);
    EXPECT_EQ(markers[0].epoch, 0.0);
    EXPECT_EQ(markers[0].labels,
              (QStringList{QStringLiteral("η 0.5 → 0.1"), QStringLiteral("layers 1, 2: logistic → tanh"),
                           QStringLiteral("layers 2-3-3-1 → 2-4-3-1")}));
    EXPECT_EQ(markers[1].epoch, 7.0);
    EXPECT_EQ(markers[1].labels, QStringList{QStringLiteral("batch 1 → all")});
}

TEST(ChangeMarkers, AChartGivenTheChangesOfOneEpochShowsOneMarker)
{
    LossChart chart;
    chart.resize(600, 300);
    chart.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&chart));
    // As the window used to add them, one by one at the epoch on show.
    chart.addMarker(0, QStringLiteral("layer 1: 3 → 2 neurons"));
    chart.addMarker(0, QStringLiteral("layer 1: 2 → 3 neurons"));
    chart.addMarker(0, QStringLiteral("η 0.5 → 0.1"));
    chart.addMarker(0, QStringLiteral("hidden → tanh"));
    chart.flush();
    ASSERT_EQ(chart.markerCount(), 1);
    EXPECT_EQ(chart.markerLabel(0), QStringLiteral("layer 1: 3 → 2 neurons · layer 1: 2 → 3 neurons · "
                                                   "η 0.5 → 0.1 · hidden → tanh"));
    // Set from the run's changes: an undone change's marker goes.
    chart.setMarkers({ChartMarker{0.0, {QStringLiteral("η 0.5 → 0.1")}}});
    chart.flush();
    ASSERT_EQ(chart.markerCount(), 1);
    EXPECT_EQ(chart.markerLabel(0), QStringLiteral("η 0.5 → 0.1"));
    chart.setMarkers({});
    EXPECT_EQ(chart.markerCount(), 0);
}

TEST(ChangeMarkers, PlacedLabelsNeverOverlap)
{
    // Many markers close together, of many widths: whatever is placed is clear of the rest.
    std::mt19937 random(7);
    std::uniform_real_distribution<double> position(50.0, 550.0);
    std::uniform_real_distribution<double> width(20.0, 160.0);
    for (int round = 0; round < 50; ++round) {
        std::vector<double> xs;
        std::vector<double> widths;
        for (int i = 0; i < 12; ++i) {
            xs.push_back(position(random));
            widths.push_back(width(random));
        }
        const std::vector<MarkerPlacement> placed = placeMarkerLabels(xs, widths, 40.0, 600.0, 3);
        ASSERT_EQ(placed.size(), xs.size());
        for (std::size_t i = 0; i < placed.size(); ++i) {
            if (placed[i].row < 0)
                continue;
            EXPECT_GE(placed[i].left, 40.0 - 0.5);
            EXPECT_LE(placed[i].left + placed[i].width, 600.0 + 0.5);
            // A label touches its own line.
            EXPECT_TRUE(placed[i].left <= xs[i] + 0.5 && placed[i].left + placed[i].width >= xs[i] - 0.5);
            for (std::size_t j = i + 1; j < placed.size(); ++j) {
                if (placed[j].row != placed[i].row)
                    continue;
                const bool apart = placed[i].left + placed[i].width <= placed[j].left ||
                                   placed[j].left + placed[j].width <= placed[i].left;
                EXPECT_TRUE(apart) << "round " << round << ": labels " << i << " and " << j << " overlap";
            }
        }
    }
}

TEST(ChangeMarkers, LabelsOnAChartNeverOverlapEvenWhenCrowded)
{
    LossChart chart;
    chart.resize(500, 260);
    chart.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&chart));
    for (int epoch = 1; epoch <= 100; ++epoch) {
        EpochMetrics metrics;
        metrics.epoch = epoch;
        metrics.loss = 1.0 / epoch;
        metrics.accuracy = 0.5;
        metrics.stepLoss = metrics.loss;
        chart.appendEpoch(metrics);
    }
    QList<ChartMarker> markers;
    for (int epoch = 10; epoch <= 30; epoch += 2)
        markers << ChartMarker{static_cast<double>(epoch), {QStringLiteral("η 0.5 → 0.%1").arg(epoch)}};
    chart.setMarkers(markers);
    chart.flush();
    QApplication::processEvents();
    int drawn = 0;
    for (int i = 0; i < chart.markerCount(); ++i) {
        const QRectF a = chart.markerLabelRect(i);
        if (a.isEmpty())
            continue;
        ++drawn;
        for (int j = i + 1; j < chart.markerCount(); ++j)
            EXPECT_FALSE(a.intersects(chart.markerLabelRect(j))) << i << " and " << j;
    }
    EXPECT_GE(drawn, 1);
    EXPECT_LT(drawn, chart.markerCount());
    // A marker left without its label still tells what changed, on hover.
    for (int i = 0; i < chart.markerCount(); ++i) {
        if (chart.markerLabelRect(i).isEmpty()) {
            EXPECT_FALSE(chart.markerLabel(i).isEmpty());
            break;
        }
    }
}

} // namespace
} // namespace bp::ui
