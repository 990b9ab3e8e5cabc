// The histograms' geometry (columns, gaps, the zero band, what lies under a point) and the view's
// hover text, on rows built by hand.
#include "ui/histograms/histogram_strips.h"
#include "ui/histograms/histogram_view.h"

#include <QTest>

#include <gtest/gtest.h>

namespace bp::ui {
namespace {

// A row of one layer whose δ and w are the given values.
HistogramRowPointer row(std::int64_t epoch, const std::vector<double> &values)
{
    auto r = std::make_shared<HistogramRow>();
    r->epoch = epoch;
    r->sampleCount = static_cast<int>(values.size());
    LayerHistograms layer;
    for (int q = 0; q < kHistogramQuantityCount; ++q) {
        layer.of[static_cast<std::size_t>(q)][0] = linearHistogram(values, 4);
        layer.of[static_cast<std::size_t>(q)][1] = logMagnitudeHistogram(values);
    }
    r->layers.push_back(layer);
    return r;
}

const QRectF kPlot(100, 10, 400, 200);

TEST(HistogramStrips, ColumnsReachTheNextRowButAGapStaysEmpty)
{
    // Rows at 0, 1 and 4: with every epoch on the grid, a column is one epoch wide, so 2..4 is a gap
    // (the panel was closed then), not a stretched column.
    const std::vector<HistogramRowPointer> rows = {row(0, {1.0}), row(1, {1.0}), row(4, {1.0})};
    HistogramStrips strips;
    strips.layout(rows, 1, HistogramQuantity::Deltas, HistogramScale::Linear, kPlot, 4.0);
    EXPECT_EQ(strips.firstEpoch(), 0.0);
    EXPECT_EQ(strips.lastEpoch(), 5.0);
    const std::vector<HistogramStrips::Cell> cells = strips.cells(0);
    ASSERT_EQ(cells.size(), 3u);
    EXPECT_DOUBLE_EQ(cells[0].rect.left(), 100.0);
    EXPECT_DOUBLE_EQ(cells[0].rect.width(), 80.0);
    EXPECT_DOUBLE_EQ(cells[1].rect.left(), 180.0);
    EXPECT_DOUBLE_EQ(cells[1].rect.right(), 260.0) << "epoch 1's column ends at epoch 2";
    EXPECT_DOUBLE_EQ(cells[2].rect.left(), 420.0);
    EXPECT_FALSE(strips.hitAt(QPointF(300.0, 100.0))) << "nothing in the gap";
}

TEST(HistogramStrips, OneStripPerLayerOnOneAxisSpanningEveryRowAndLayer)
{
    auto twoLayers = std::make_shared<HistogramRow>(*row(0, {-1.0, 0.0, 1.0}));
    twoLayers->layers.push_back(row(0, {-3.0, 2.0})->layers[0]);
    const std::vector<HistogramRowPointer> rows = {twoLayers, row(1, {0.5, 2.5})};
    HistogramStrips strips;
    strips.layout(rows, 2, HistogramQuantity::Weights, HistogramScale::Linear, kPlot, 10.0);
    ASSERT_EQ(strips.strips().size(), 2u);
    EXPECT_DOUBLE_EQ(strips.strips()[0].rect.height(), 95.0);
    EXPECT_DOUBLE_EQ(strips.strips()[1].rect.top(), 115.0);
    // One axis for both layers, spanning every row of every layer.
    EXPECT_EQ(strips.strips()[0].low, -3.0);
    EXPECT_EQ(strips.strips()[0].high, 2.5);
    EXPECT_EQ(strips.strips()[1].low, -3.0);
    EXPECT_EQ(strips.strips()[1].high, 2.5);
    // The second row has no layer 2 (an edit removed it): its column there stays empty.
    EXPECT_EQ(strips.cells(1).size(), 2u);
    EXPECT_DOUBLE_EQ(strips.yForValue(0, -3.0), strips.strips()[0].values.bottom());
    EXPECT_DOUBLE_EQ(strips.yForValue(1, 2.5), strips.strips()[1].values.top());
}

TEST(HistogramStrips, LogMagnitudeGivesZerosABandAndHitsNameTheBin)
{
    const std::vector<HistogramRowPointer> rows = {row(0, {0.0, 0.0, 1e-3, 1e-3, 1e-6})};
    HistogramStrips strips;
    strips.layout(rows, 1, HistogramQuantity::Deltas, HistogramScale::LogMagnitude, kPlot, 4.0);
    const HistogramStrips::Strip &strip = strips.strips()[0];
    ASSERT_FALSE(strip.zeros.isEmpty());
    EXPECT_LT(strip.values.bottom(), strip.zeros.top());
    EXPECT_DOUBLE_EQ(strip.low, -6.0);
    EXPECT_DOUBLE_EQ(strip.high, -2.75);
    // Levels against the fullest bin of the row: 10⁻³ and 0 hold two values each, 10⁻⁶ one.
    std::vector<double> levels;
    for (const HistogramStrips::Cell &cell : strips.cells(0))
        levels.push_back(cell.level);
    EXPECT_EQ(levels, (std::vector<double>{0.5, 1.0, 1.0}));

    const auto zero = strips.hitAt(QPointF(200.0, strip.zeros.center().y()));
    ASSERT_TRUE(zero);
    EXPECT_EQ(zero->bin, -1);
    EXPECT_EQ(zero->count, 2u);
    EXPECT_EQ(zero->total, 5);
    const auto thousandth = strips.hitAt(QPointF(200.0, strips.yForValue(0, -2.9)));
    ASSERT_TRUE(thousandth);
    EXPECT_EQ(thousandth->bin, 36);
    EXPECT_DOUBLE_EQ(thousandth->binLow, -3.0);
    EXPECT_EQ(thousandth->count, 2u);
    const auto empty = strips.hitAt(QPointF(200.0, strips.yForValue(0, -4.4)));
    ASSERT_TRUE(empty);
    EXPECT_EQ(empty->count, 0u);
    EXPECT_EQ(strips.cells(0).size(), 3u);
}

TEST(HistogramView, HoverShowsEpochBinRangeAndCount)
{
    HistogramView view;
    view.resize(600, 240);
    view.setQuantity(HistogramQuantity::Deltas);
    view.setScale(HistogramScale::LogMagnitude);
    view.setRows({row(0, {1.0}), row(7, {0.0, 0.0, 1e-3, 1e-3, 1e-6})}, 1);
    const HistogramStrips &strips = view.strips();
    const double x = strips.xForEpoch(7.5);
    const QString text = view.describeAt(QPointF(x, strips.yForValue(0, -2.9)));
    EXPECT_TRUE(text.contains(QStringLiteral("epoch 7"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2 of 5 values (40 %)"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("|δ| from 0.001 to 0.00178"))) << text.toStdString();
    const QString zeros = view.describeAt(QPointF(x, strips.strips()[0].zeros.center().y()));
    EXPECT_TRUE(zeros.contains(QStringLiteral("δ = 0 exactly: 2 of 5"))) << zeros.toStdString();
    EXPECT_TRUE(view.describeAt(QPointF(2.0, 2.0)).isEmpty());
    view.setScale(HistogramScale::Linear);
    const QString linear =
        view.describeAt(QPointF(view.strips().xForEpoch(0.5), view.strips().yForValue(0, 1.0)));
    EXPECT_TRUE(linear.contains(QStringLiteral("epoch 0"))) << linear.toStdString();
    EXPECT_TRUE(linear.contains(QStringLiteral("1 of 1 values"))) << linear.toStdString();
}

} // namespace
} // namespace bp::ui
