#include "core/trainer.h"
#include "ui/charts/chart_style.h"
#include "ui/charts/gradient_chart.h"
#include "ui/charts/loss_chart.h"
#include "ui/charts/training_charts.h"
#include "ui/style/palette.h"

#include <QApplication>
#include <QFile>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QLogValueAxis>
#include <QtCharts/QValueAxis>

#include <QApplication>
#include <QGraphicsView>
#include <QMouseEvent>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace bp::ui {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// The tests reach inside through Qt's object tree, the way a user's eye would: the chart view
// is a child widget, its chart holds the series and axes.
QChart *chartOf(const QWidget &widget)
{
    auto *view = widget.findChild<QChartView *>();
    return view ? view->chart() : nullptr;
}

QLineSeries *seriesNamed(const QWidget &widget, const QString &name)
{
    for (QAbstractSeries *series : chartOf(widget)->series()) {
        if (series->name() == name)
            return qobject_cast<QLineSeries *>(series);
    }
    return nullptr;
}

QAbstractAxis *axisAt(const QWidget &widget, Qt::Alignment alignment)
{
    const QList<QAbstractAxis *> axes = chartOf(widget)->axes();
    for (QAbstractAxis *axis : axes) {
        if (axis->alignment() == alignment)
            return axis;
    }
    return nullptr;
}

EpochMetrics metricsAt(std::int64_t epoch, int layers, double scale = 1.0)
{
    EpochMetrics metrics;
    metrics.epoch = epoch;
    metrics.loss = 0.5 * std::exp(-0.03 * static_cast<double>(epoch));
    metrics.accuracy = std::min(1.0, 0.5 + 0.005 * static_cast<double>(epoch));
    metrics.stepLoss = 1.25 * metrics.loss;
    for (int l = 1; l <= layers; ++l) {
        LayerStats stats;
        stats.gradientNorm = scale * std::pow(10.0, -l) * (1.0 + 0.1 * std::sin(static_cast<double>(epoch)));
        stats.meanAbsDelta = 0.5 * stats.gradientNorm;
        metrics.layers.push_back(stats);
    }
    return metrics;
}

// Counts pixels close to `color` in an image (antialiasing softens the edges of a line).
int pixelsNear(const QImage &image, const QColor &color, int tolerance = 40)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - color.red()) + std::abs(pixel.green() - color.green()) +
                    std::abs(pixel.blue() - color.blue()) <
                tolerance)
                ++count;
        }
    }
    return count;
}

void assertLogSafe(const QWidget &widget)
{
    for (QAbstractSeries *abstract : chartOf(widget)->series()) {
        auto *series = qobject_cast<QLineSeries *>(abstract);
        ASSERT_NE(series, nullptr);
        for (const QPointF &point : series->points()) {
            ASSERT_TRUE(std::isfinite(point.x()) && std::isfinite(point.y())) << series->name().toStdString();
            ASSERT_GT(point.y(), 0.0) << series->name().toStdString();
        }
    }
    auto *log = qobject_cast<QLogValueAxis *>(axisAt(widget, Qt::AlignLeft));
    ASSERT_NE(log, nullptr);
    EXPECT_TRUE(std::isfinite(log->min()) && std::isfinite(log->max()));
    EXPECT_GT(log->min(), 0.0);
    EXPECT_GT(log->max(), log->min() * 1.5) << "collapsed log axis";
}

TEST(LossChart, SeriesHoldWhatWasAppended)
{
    LossChart chart;
    constexpr int n = 75;
    for (int epoch = 1; epoch <= n; ++epoch)
        chart.appendEpoch(metricsAt(epoch, 2));
    chart.flush();

    QLineSeries *loss = seriesNamed(chart, QStringLiteral("loss E"));
    QLineSeries *accuracy = seriesNamed(chart, QStringLiteral("accuracy"));
    ASSERT_NE(loss, nullptr);
    ASSERT_NE(accuracy, nullptr);
    ASSERT_EQ(loss->count(), n);
    ASSERT_EQ(accuracy->count(), n);
    EXPECT_EQ(loss->points().back(), QPointF(n, metricsAt(n, 2).loss));
    EXPECT_EQ(accuracy->points().back(), QPointF(n, metricsAt(n, 2).accuracy));
    EXPECT_EQ(loss->points().front(), QPointF(1, metricsAt(1, 2).loss));
    EXPECT_EQ(loss->color(), palette::inkColor());
    EXPECT_NE(accuracy->color(), loss->color());
}

TEST(LossChart, AxesTitlesScalesAndProjectorFonts)
{
    LossChart chart;
    chart.appendEpoch(metricsAt(1, 1));
    chart.flush();
    QChart *qchart = chartOf(chart);
    EXPECT_EQ(qchart->animationOptions(), QChart::NoAnimation);
    for (QAbstractSeries *series : qchart->series())
        EXPECT_FALSE(series->useOpenGL());

    auto *x = qobject_cast<QValueAxis *>(axisAt(chart, Qt::AlignBottom));
    ASSERT_NE(x, nullptr);
    EXPECT_EQ(x->titleText(), QStringLiteral("epoch"));
    QAbstractAxis *left = axisAt(chart, Qt::AlignLeft);
    ASSERT_NE(qobject_cast<QLogValueAxis *>(left), nullptr) << "loss is on a log axis by default";
    EXPECT_EQ(left->titleText(), QStringLiteral("loss E"));
    auto *right = qobject_cast<QValueAxis *>(axisAt(chart, Qt::AlignRight));
    ASSERT_NE(right, nullptr);
    EXPECT_EQ(right->titleText(), QStringLiteral("accuracy"));
    EXPECT_LE(right->min(), 0.0);
    EXPECT_GE(right->max(), 1.0);
    for (QAbstractAxis *axis : qchart->axes()) {
        EXPECT_GE(axis->labelsFont().pointSizeF(), 11.0);
        EXPECT_GE(axis->titleFont().pointSizeF(), 11.0);
    }
}

TEST(LossChart, SwitchesBetweenLogAndLinear)
{
    LossChart chart;
    QSignalSpy spy(&chart, &EpochChart::logScaleChanged);
    chart.appendPoint(1, 0.0, 0.5);
    chart.appendPoint(2, 0.25, 0.75);
    chart.flush();
    EXPECT_TRUE(chart.isLogScale());
    // On the log axis the zero loss is drawn on the floor, never at 0.
    EXPECT_GT(seriesNamed(chart, QStringLiteral("loss E"))->points().front().y(), 0.0);

    chart.setLogScale(false);
    EXPECT_FALSE(chart.isLogScale());
    EXPECT_EQ(spy.count(), 1);
    auto *linear = qobject_cast<QValueAxis *>(axisAt(chart, Qt::AlignLeft));
    ASSERT_NE(linear, nullptr);
    EXPECT_EQ(linear->titleText(), QStringLiteral("loss E"));
    QLineSeries *loss = seriesNamed(chart, QStringLiteral("loss E"));
    ASSERT_EQ(loss->count(), 2);
    EXPECT_EQ(loss->points().front(), QPointF(1, 0.0)) << "linear axis shows the true zero";
    EXPECT_EQ(loss->attachedAxes().size(), 2);
    EXPECT_LE(linear->min(), 0.0);
    EXPECT_GE(linear->max(), 0.25);

    chart.setLogScale(true);
    EXPECT_NE(qobject_cast<QLogValueAxis *>(axisAt(chart, Qt::AlignLeft)), nullptr);
    EXPECT_EQ(seriesNamed(chart, QStringLiteral("loss E"))->count(), 2);
}

TEST(LossChart, AppendingOnlyBuffersUntilTheNextFrame)
{
    LossChart chart;
    chart.resize(600, 300);
    chart.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&chart));
    QLineSeries *loss = seriesNamed(chart, QStringLiteral("loss E"));
    QSignalSpy replaced(loss, &QXYSeries::pointsReplaced);
    QSignalSpy added(loss, &QXYSeries::pointAdded);
    for (int epoch = 1; epoch <= 200; ++epoch)
        chart.appendEpoch(metricsAt(epoch, 1));
    EXPECT_EQ(loss->count(), 0) << "appending must not touch the series";
    EXPECT_TRUE(QTest::qWaitFor([&] { return loss->count() == 200; }, 2000))
        << "the refresh timer never drew";
    EXPECT_EQ(added.count(), 0) << "points must not be added one by one";
    EXPECT_EQ(replaced.count(), 1) << "one replace() for 200 appends";
}

TEST(LossChart, EpochGoingBackwardsStartsANewRun)
{
    LossChart chart;
    for (int epoch = 1; epoch <= 10; ++epoch)
        chart.appendEpoch(metricsAt(epoch, 1));
    chart.addMarker(5, QStringLiteral("lr 0.5 → 0.1"));
    chart.appendEpoch(metricsAt(1, 1));
    chart.flush();
    EXPECT_EQ(seriesNamed(chart, QStringLiteral("loss E"))->count(), 1);
    EXPECT_EQ(chart.markerCount(), 0);
}

TEST(GradientChart, OneSolidAndOneDashedLinePerLayerInTheLayerColour)
{
    GradientChart chart;
    chart.setLayerCount(3);
    constexpr int n = 40;
    for (int epoch = 1; epoch <= n; ++epoch)
        chart.appendEpoch(metricsAt(epoch, 3));
    chart.flush();

    EXPECT_EQ(chartOf(chart)->series().size(), 6);
    const QString superscripts[] = {QStringLiteral("¹"), QStringLiteral("²"), QStringLiteral("³")};
    for (int l = 1; l <= 3; ++l) {
        QLineSeries *gradient = seriesNamed(chart, QStringLiteral("‖∂E/∂W%1‖").arg(superscripts[l - 1]));
        QLineSeries *delta = seriesNamed(chart, QStringLiteral("mean |δ%1|").arg(superscripts[l - 1]));
        ASSERT_NE(gradient, nullptr) << "layer " << l;
        ASSERT_NE(delta, nullptr) << "layer " << l;
        EXPECT_EQ(gradient->color(), palette::layerColor(l));
        EXPECT_EQ(delta->color(), palette::layerColor(l));
        EXPECT_EQ(gradient->pen().style(), Qt::SolidLine);
        EXPECT_NE(delta->pen().style(), Qt::SolidLine);
        ASSERT_EQ(gradient->count(), n);
        ASSERT_EQ(delta->count(), n);
        const LayerStats last = metricsAt(n, 3).layers[static_cast<std::size_t>(l - 1)];
        EXPECT_EQ(gradient->points().back(), QPointF(n, last.gradientNorm));
        EXPECT_EQ(delta->points().back(), QPointF(n, last.meanAbsDelta));
    }
    assertLogSafe(chart);
    // The axis spans the data: 10⁻⁴ … 10⁰ here.
    auto *log = qobject_cast<QLogValueAxis *>(axisAt(chart, Qt::AlignLeft));
    EXPECT_LE(log->min(), 0.5 * 0.9e-3);
    EXPECT_GE(log->max(), 1.1e-1);
}

TEST(GradientChart, AdoptsTheLayerCountOfTheMetrics)
{
    GradientChart chart;
    chart.appendEpoch(metricsAt(1, 4));
    chart.flush();
    EXPECT_EQ(chart.layerCount(), 4);
    EXPECT_EQ(chartOf(chart)->series().size(), 8);
    chart.appendEpoch(metricsAt(2, 2));
    chart.flush();
    EXPECT_EQ(chart.layerCount(), 2);
    EXPECT_EQ(chartOf(chart)->series().size(), 4);
    EXPECT_EQ(seriesNamed(chart, QStringLiteral("‖∂E/∂W¹‖"))->count(), 1);
}

TEST(GradientChart, NaNInfAndZeroNeitherCrashNorBlankTheChart)
{
    GradientChart chart;
    chart.resize(600, 300);
    chart.setLayerCount(2);
    int notFinite = 0;
    for (int epoch = 1; epoch <= 60; ++epoch) {
        EpochMetrics metrics = metricsAt(epoch, 2);
        if (epoch % 10 == 0) {
            metrics.layers[0].gradientNorm = kNaN;
            metrics.layers[1].meanAbsDelta = kInf;
            notFinite += 2;
        }
        if (epoch % 7 == 0)
            metrics.layers[1].gradientNorm = 0.0;
        if (epoch > 50)
            metrics.layers[0].meanAbsDelta = 0.0;
        chart.appendEpoch(metrics);
    }
    chart.flush();
    assertLogSafe(chart);
    EXPECT_EQ(chart.notShownCount(), notFinite);
    EXPECT_TRUE(chart.noteText().contains(QStringLiteral("%1 values not shown (not finite)").arg(notFinite)))
        << chart.noteText().toStdString();
    // In the chart's words, not the axis's: 8 zero ‖∂E/∂W²‖ and 10 zero mean |δ¹|.
    EXPECT_TRUE(chart.noteText().contains(QStringLiteral("18 zero gradients drawn at the bottom")))
        << chart.noteText().toStdString();
    EXPECT_EQ(seriesNamed(chart, QStringLiteral("‖∂E/∂W¹‖"))->count(), 60 - 6);

    // Not blank: the lines are in the picture.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("nan.png"));
    ASSERT_TRUE(chart.exportPng(path));
    const QImage image(path);
    EXPECT_GT(pixelsNear(image, palette::layerColor(1)), 200);
    EXPECT_GT(pixelsNear(image, palette::layerColor(2)), 200);
}

TEST(GradientChart, OnlyZerosOrOnlyNaNKeepAValidAxis)
{
    GradientChart zeros;
    for (int epoch = 1; epoch <= 5; ++epoch) {
        EpochMetrics metrics = metricsAt(epoch, 2, 0.0);
        zeros.appendEpoch(metrics);
    }
    zeros.flush();
    assertLogSafe(zeros);
    EXPECT_EQ(seriesNamed(zeros, QStringLiteral("‖∂E/∂W²‖"))->count(), 5);

    GradientChart nans;
    for (int epoch = 1; epoch <= 5; ++epoch)
        nans.appendEpoch(metricsAt(epoch, 2, kNaN));
    nans.flush();
    assertLogSafe(nans);
    EXPECT_EQ(nans.notShownCount(), 20);
    auto *x = qobject_cast<QValueAxis *>(axisAt(nans, Qt::AlignBottom));
    EXPECT_LT(x->min(), x->max());
}

TEST(EpochChart, MarkersAreDrawnAtTheirEpoch)
{
    LossChart chart;
    chart.resize(600, 300);
    chart.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&chart));
    for (int epoch = 1; epoch <= 100; ++epoch)
        chart.appendEpoch(metricsAt(epoch, 1));
    chart.addMarker(40, QStringLiteral("lr 0.5 → 0.1"));
    chart.addMarker(41, QStringLiteral("activation → relu"));
    chart.flush();
    QApplication::processEvents();
    ASSERT_EQ(chart.markerCount(), 2);
    EXPECT_EQ(chart.markerLabel(1), QStringLiteral("activation → relu"));
    EXPECT_EQ(chart.markerEpoch(0), 40.0);

    QList<QGraphicsSimpleTextItem *> labels;
    for (QGraphicsItem *item : chartOf(chart)->scene()->items()) {
        if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item);
            text && text->text().contains(QStringLiteral("→")))
            labels.append(text);
    }
    ASSERT_EQ(labels.size(), 2);
    QRectF first;
    QRectF second;
    for (QGraphicsSimpleTextItem *label : labels) {
        EXPECT_TRUE(label->isVisible());
        (label->text().startsWith(QStringLiteral("lr")) ? first : second) = label->sceneBoundingRect();
    }
    // Labels of two markers a single epoch apart must not overlap.
    EXPECT_FALSE(first.intersects(second));
    const QRectF plot = chartOf(chart)->plotArea();
    const double x40 = chartOf(chart)->mapToPosition(QPointF(40, 0.1), chartOf(chart)->series().front()).x();
    const double x41 = chartOf(chart)->mapToPosition(QPointF(41, 0.1), chartOf(chart)->series().front()).x();
    // Each label hangs from its own line, like a flag, and covers no other marker's line.
    EXPECT_LT(std::min(std::abs(first.left() - x40), std::abs(first.right() - x40)), 8.0);
    EXPECT_LT(std::min(std::abs(second.left() - x41), std::abs(second.right() - x41)), 8.0);
    EXPECT_FALSE(first.left() < x41 && x41 < first.right());
    EXPECT_FALSE(second.left() < x40 && x40 < second.right());
    // Above the plot, clear of the data, and inside the chart.
    EXPECT_LE(first.bottom(), plot.top() + 1.0);
    EXPECT_GE(first.top(), 0.0);
    EXPECT_LE(second.bottom(), plot.top() + 1.0);
    EXPECT_GE(second.top(), 0.0);
}

TEST(EpochChart, AutoScaleFollowsTheDataOrFreezes)
{
    LossChart chart;
    for (int epoch = 1; epoch <= 50; ++epoch)
        chart.appendEpoch(metricsAt(epoch, 1));
    chart.flush();
    auto *x = qobject_cast<QValueAxis *>(axisAt(chart, Qt::AlignBottom));
    EXPECT_GE(x->max(), 50.0);
    QSignalSpy spy(&chart, &EpochChart::autoScaleChanged);
    chart.setAutoScale(false);
    const double frozen = x->max();
    for (int epoch = 51; epoch <= 500; ++epoch)
        chart.appendEpoch(metricsAt(epoch, 1));
    chart.flush();
    EXPECT_EQ(x->max(), frozen);
    EXPECT_EQ(seriesNamed(chart, QStringLiteral("loss E"))->count(), 500) << "data still drawn";
    chart.setAutoScale(true);
    EXPECT_GE(x->max(), 500.0);
    EXPECT_EQ(spy.count(), 2);

    // Zooming (a range set from outside) stops following.
    x->setRange(100, 200);
    EXPECT_FALSE(chart.isAutoScale());
}

TEST(EpochChart, DraggingZoomsAndADoubleClickFollowsTheDataAgain)
{
    LossChart chart;
    chart.resize(600, 300);
    chart.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&chart));
    for (int epoch = 1; epoch <= 100; ++epoch)
        chart.appendEpoch(metricsAt(epoch, 1));
    chart.flush();
    QApplication::processEvents();
    QWidget *viewport = chart.findChild<QChartView *>()->viewport();
    const double loss = metricsAt(20, 1).loss;
    const QPoint from = viewport->mapFrom(&chart, chart.positionOf(LossChart::kLossTrack, 20, loss));
    const QPoint to = viewport->mapFrom(&chart, chart.positionOf(LossChart::kLossTrack, 60, loss));
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QTest::mouseMove(viewport, to);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    EXPECT_FALSE(chart.isAutoScale());
    auto *x = qobject_cast<QValueAxis *>(axisAt(chart, Qt::AlignBottom));
    EXPECT_NEAR(x->min(), 20.0, 1.0);
    EXPECT_NEAR(x->max(), 60.0, 1.0);

    QTest::mouseDClick(viewport, Qt::LeftButton, {}, to);
    EXPECT_TRUE(chart.isAutoScale());
    EXPECT_GE(x->max(), 100.0);
}

TEST(EpochChart, HoverNamesTheNearestPoint)
{
    GradientChart chart;
    chart.resize(600, 300);
    chart.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&chart));
    for (int epoch = 1; epoch <= 30; ++epoch)
        chart.appendEpoch(metricsAt(epoch, 3));
    chart.flush();
    QApplication::processEvents();
    const double value = metricsAt(20, 3).layers[1].gradientNorm;
    const QPoint at = chart.positionOf(GradientChart::gradientTrack(2), 20, value);
    const QString tip = chart.toolTipAt(at + QPoint(2, 1));
    EXPECT_TRUE(tip.contains(QStringLiteral("epoch 20"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("‖∂E/∂W²‖"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("= ") + chart_style::formatValue(value))) << tip.toStdString();
    EXPECT_TRUE(chart.toolTipAt(QPoint(2, 2)).isEmpty());
}

TEST(ChartStyle, ValuesReadLikeTheLecture)
{
    EXPECT_EQ(chart_style::formatValue(0.0109), QStringLiteral("0.0109"));
    EXPECT_EQ(chart_style::formatValue(2.31e-4), QStringLiteral("2.31 × 10⁻⁴"));
    EXPECT_EQ(chart_style::formatValue(-9.999e-6), QStringLiteral("-1.00 × 10⁻⁵"));
    EXPECT_EQ(chart_style::formatValue(123456.0), QStringLiteral("1.23 × 10⁵"));
    EXPECT_EQ(chart_style::formatValue(kNaN), QStringLiteral("NaN"));
    EXPECT_EQ(chart_style::superscript(-12), QStringLiteral("⁻¹²"));
    EXPECT_EQ(chart_style::niceStep(37.0, 1.0), 50.0);
    EXPECT_EQ(chart_style::niceStep(0.3, 1.0), 1.0);
}

TEST(ChartStyle, LogAxesSpanDecadesOrOneTwoFiveSteps)
{
    // A narrow band (the loss of a network that does not learn) fills the chart in 1-2-5 steps.
    chart_style::LogRange narrow = chart_style::logRangeFor(0.085, 0.1003);
    EXPECT_DOUBLE_EQ(narrow.bottom, 0.05);
    EXPECT_DOUBLE_EQ(narrow.top, 0.2);
    const QList<double> steps = chart_style::logTicks(narrow.bottom, narrow.top, 200.0, 20.0);
    ASSERT_EQ(steps.size(), 3);
    EXPECT_EQ(chart_style::logTickLabels(steps), (QStringList{"0.05", "0.1", "0.2"}));

    // Gradients that vanish over five decades: whole decades, read as powers of ten.
    chart_style::LogRange wide = chart_style::logRangeFor(7e-6, 0.095);
    EXPECT_DOUBLE_EQ(wide.bottom, 1e-6);
    EXPECT_DOUBLE_EQ(wide.top, 0.1);
    const QList<double> decades = chart_style::logTicks(wide.bottom, wide.top, 300.0, 20.0);
    ASSERT_EQ(decades.size(), 6);
    EXPECT_EQ(chart_style::logTickLabels(decades).front(), QStringLiteral("10⁻⁶"));
    EXPECT_EQ(chart_style::logTickLabels(decades).back(), QStringLiteral("10⁻¹"));
    // Crowded decades are thinned, never dropped altogether.
    const QList<double> thinned = chart_style::logTicks(wide.bottom, wide.top, 60.0, 20.0);
    EXPECT_GE(thinned.size(), 2);
    EXPECT_LE(thinned.size(), 4);

    // Never more than twelve decades, whatever tiny value arrives; an exact decade stays the top.
    chart_style::LogRange extreme = chart_style::logRangeFor(1e-300, 1.0);
    EXPECT_DOUBLE_EQ(extreme.top, 1.0);
    EXPECT_NEAR(std::log10(extreme.bottom), -12.0, 1e-9);
    chart_style::LogRange invalid = chart_style::logRangeFor(kNaN, 0.0);
    EXPECT_GT(invalid.bottom, 0.0);
    EXPECT_GT(invalid.top, invalid.bottom);
}

TEST(EpochChart, UsableAt600By300)
{
    TrainingCharts both;
    both.resize(1200, 300);
    both.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&both));
    for (int epoch = 1; epoch <= 20; ++epoch)
        both.appendEpoch(metricsAt(epoch, 6));
    both.flush();
    QApplication::processEvents();
    for (QWidget *chart :
         {static_cast<QWidget *>(both.lossChart()), static_cast<QWidget *>(both.gradientChart())}) {
        const QRectF plot = chartOf(*chart)->plotArea();
        EXPECT_GE(chart->width(), 590);
        EXPECT_GT(plot.width(), 0.75 * chart->width()) << chart->objectName().toStdString();
        EXPECT_GT(plot.height(), 0.5 * chart->height()) << chart->objectName().toStdString();
    }
}

TEST(EpochChart, ClearEmptiesLinesAndMarkers)
{
    TrainingCharts both;
    for (int epoch = 1; epoch <= 10; ++epoch)
        both.appendEpoch(metricsAt(epoch, 2));
    both.addMarker(5, QStringLiteral("lr 0.5 → 0.1"));
    both.flush();
    EXPECT_EQ(both.lossChart()->markerCount(), 1);
    EXPECT_EQ(both.gradientChart()->markerCount(), 1);
    both.clear();
    both.flush();
    for (QWidget *chart :
         {static_cast<QWidget *>(both.lossChart()), static_cast<QWidget *>(both.gradientChart())}) {
        for (QAbstractSeries *series : chartOf(*chart)->series())
            EXPECT_EQ(qobject_cast<QLineSeries *>(series)->count(), 0);
    }
    EXPECT_EQ(both.lossChart()->markerCount(), 0);
    // Still a valid, drawable chart.
    assertLogSafe(*both.gradientChart());
}

TEST(EpochChart, ExportsPngAndSvg)
{
    TrainingCharts both;
    both.resize(900, 300);
    for (int epoch = 1; epoch <= 30; ++epoch)
        both.appendEpoch(metricsAt(epoch, 3));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());

    const QString png = dir.filePath(QStringLiteral("loss.png"));
    ASSERT_TRUE(both.lossChart()->exportPng(png));
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), both.lossChart()->size() * 2);
    EXPECT_GT(pixelsNear(image, palette::inkColor()), 500) << "the loss line and the text are dark";
    // Never shown, yet laid out at its full size for the picture.
    const QRectF plot = chartOf(*both.lossChart())->plotArea();
    EXPECT_GT(plot.width(), 0.65 * both.lossChart()->width());
    EXPECT_GT(plot.height(), 0.6 * both.lossChart()->height());

    const QString both_png = dir.filePath(QStringLiteral("both.png"));
    ASSERT_TRUE(both.exportPng(both_png));
    EXPECT_EQ(QImage(both_png).width(), 1800);

    const QString svg = dir.filePath(QStringLiteral("gradients.svg"));
    ASSERT_TRUE(both.gradientChart()->exportSvg(svg));
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    EXPECT_TRUE(content.contains("<svg"));
    EXPECT_TRUE(content.contains("polyline") || content.contains("<path")) << "lines are vectors";
    EXPECT_FALSE(both.exportPng(dir.filePath(QStringLiteral("missing/dir/x.png"))));
}

// Reads a CSV written by exportCsv: the header and the rows (empty cells as NaN).
struct Table {
    QStringList header;
    QList<QList<double>> rows;
};

Table readCsv(const QString &path)
{
    Table table;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return table;
    QTextStream in(&file);
    table.header = in.readLine().split(QLatin1Char(','));
    while (!in.atEnd()) {
        const QStringList cells = in.readLine().split(QLatin1Char(','));
        QList<double> row;
        for (const QString &cell : cells) {
            bool ok = false;
            const double value = cell.toDouble(&ok);
            row.append(ok ? value : kNaN);
        }
        table.rows.append(row);
    }
    return table;
}

TEST(EpochChart, CsvRoundTripsTheValues)
{
    LossChart chart;
    const double awkward[] = {0.1 + 0.2, 1e-17, 123456.789, 2.0 / 3.0, 0.0};
    for (int i = 0; i < 5; ++i)
        chart.appendPoint(i + 1, awkward[i], 1.0 - awkward[i] * 1e-3);
    chart.appendPoint(6, kNaN, 0.5);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("loss.csv"));
    ASSERT_TRUE(chart.exportCsv(path));
    const Table table = readCsv(path);
    EXPECT_EQ(table.header, (QStringList{QStringLiteral("epoch"), QStringLiteral("loss"),
                                         QStringLiteral("accuracy"), QStringLiteral("step_loss")}));
    ASSERT_EQ(table.rows.size(), 6);
    for (int i = 0; i < 5; ++i) {
        ASSERT_EQ(table.rows[i].size(), 4);
        EXPECT_TRUE(std::isnan(table.rows[i][3])) << "no step loss was given";
        EXPECT_EQ(table.rows[i][0], i + 1);
        EXPECT_EQ(table.rows[i][1], awkward[i]) << "row " << i;
        EXPECT_EQ(table.rows[i][2], 1.0 - awkward[i] * 1e-3) << "row " << i;
    }
    EXPECT_TRUE(std::isnan(table.rows[5][1])) << "a NaN loss leaves its cell empty";
    EXPECT_EQ(table.rows[5][2], 0.5);
}

TEST(EpochChart, GradientAndCombinedCsvHaveOneColumnPerLine)
{
    TrainingCharts both;
    for (int epoch = 1; epoch <= 12; ++epoch)
        both.appendEpoch(metricsAt(epoch, 2));
    QTemporaryDir dir;
    const QString gradients = dir.filePath(QStringLiteral("g.csv"));
    ASSERT_TRUE(both.gradientChart()->exportCsv(gradients));
    const Table g = readCsv(gradients);
    EXPECT_EQ(g.header.join(QLatin1Char(',')),
              QStringLiteral("epoch,grad_norm_W1,mean_abs_delta1,grad_norm_W2,mean_abs_delta2"));
    ASSERT_EQ(g.rows.size(), 12);
    EXPECT_EQ(g.rows[11][3], metricsAt(12, 2).layers[1].gradientNorm);

    const QString combined = dir.filePath(QStringLiteral("all.csv"));
    ASSERT_TRUE(both.exportCsv(combined));
    const Table all = readCsv(combined);
    EXPECT_EQ(all.header.size(), 1 + 3 + 4);
    EXPECT_EQ(all.header[1], QStringLiteral("loss"));
    EXPECT_EQ(all.header[3], QStringLiteral("step_loss"));
    ASSERT_EQ(all.rows.size(), 12);
    EXPECT_EQ(all.rows[0][1], metricsAt(1, 2).loss);
    EXPECT_EQ(all.rows[0][3], metricsAt(1, 2).stepLoss);
}

} // namespace
} // namespace bp::ui

namespace bp::ui {
namespace {

TEST(EpochChart, HoveringOverALineWithTheMouseShowsItsValue)
{
    // A real mouse move goes through the view's own event handler (not toolTipAt): it once mapped
    // a child's position as if the child were a parent, and crashed the application.
    LossChart chart;
    chart.resize(600, 300);
    chart.show();
    for (int epoch = 1; epoch <= 20; ++epoch)
        chart.appendPoint(epoch, 1.0 / epoch, 0.5);
    chart.flush();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&chart));
    QGraphicsView *view = chart.findChild<QGraphicsView *>();
    ASSERT_NE(view, nullptr);
    const QPoint onLine = view->mapFrom(&chart, chart.positionOf(LossChart::kLossTrack, 10, 0.1));
    QMouseEvent move(QEvent::MouseMove, QPointF(onLine), view->mapToGlobal(QPointF(onLine)), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    QApplication::sendEvent(view, &move);
    EXPECT_TRUE(chart.toolTipAt(chart.positionOf(LossChart::kLossTrack, 10, 0.1)).contains("epoch 10"));
}

} // namespace
} // namespace bp::ui

namespace bp::ui {
namespace {

TEST(EpochChart, PutBackToAnEarlierEpochTheAxesRescaleAtOnceToTheKeptHistory)
{
    // A run that diverged: the loss climbs to 10³⁰⁰ after epoch 40 and the gradients die out to 0.
    // Rewound to epoch 40, the charts must show epochs up to 40 at their own scale, not 10³⁰⁰.
    LossChart loss;
    GradientChart gradients;
    for (EpochChart *chart : {static_cast<EpochChart *>(&loss), static_cast<EpochChart *>(&gradients)}) {
        chart->resize(600, 300);
        chart->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(chart));
    }
    gradients.setLayerCount(1);
    for (int epoch = 1; epoch <= 60; ++epoch) {
        EpochMetrics metrics = metricsAt(epoch, 1);
        if (epoch > 40) {
            metrics.loss = std::pow(10.0, 280.0 + epoch / 3.0);
            metrics.stepLoss = metrics.loss;
            metrics.layers[0].gradientNorm = 0.0;
        }
        loss.appendEpoch(metrics);
        gradients.appendEpoch(metrics);
    }
    loss.flush();
    gradients.flush();
    auto *logAxis = qobject_cast<QLogValueAxis *>(axisAt(loss, Qt::AlignLeft));
    ASSERT_NE(logAxis, nullptr);
    EXPECT_GT(logAxis->max(), 1e250);
    EXPECT_TRUE(gradients.noteText().contains(QStringLiteral("20 zero gradients"))) << gradients.noteText().toStdString();

    loss.setCursorEpoch(40.0);
    gradients.setCursorEpoch(40.0);
    // No flush: the move rescales at once.
    EXPECT_LT(logAxis->max(), 10.0);
    EXPECT_GT(logAxis->min(), 1e-3);
    auto *x = qobject_cast<QValueAxis *>(axisAt(loss, Qt::AlignBottom));
    EXPECT_GE(x->max(), 40.0);
    EXPECT_LT(x->max(), 45.0);
    // The epochs after the state are not part of the kept history: no note about them.
    EXPECT_FALSE(gradients.noteText().contains(QStringLiteral("zero gradient"))) << gradients.noteText().toStdString();

    // Back to now: the whole run again.
    loss.setCursorEpoch(std::nullopt);
    EXPECT_GT(logAxis->max(), 1e250);
}

} // namespace
} // namespace bp::ui
