// The network graph with a gradient check on show: edges and biases in the colours of their
// relative errors, the error scale in the legend, the error in the tooltips.
#include "ui/graph/network_view.h"

#include "core/maths/gradient_check.h"
#include "core/data/preset.h"
#include "core/training/trainer.h"
#include "tests/ui/graph/graph_test_support.h"
#include "ui/graph/scene_text.h"
#include "ui/style/palette.h"
#include "tests/support/screenshot_folder.h"

#include <QApplication>
#include <QDir>
#include <QHelpEvent>
#include <QImage>
#include <QTest>
#include <QToolTip>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace bp::ui {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QImage renderView(NetworkView &view)
{
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    view.render(&image);
    return image;
}

int channelDistance(const QColor &a, const QColor &b)
{
    return std::max(
        {std::abs(a.red() - b.red()), std::abs(a.green() - b.green()), std::abs(a.blue() - b.blue())});
}

struct Closest {
    QColor colour;
    int distance = 1000;
};

// The pixel nearest in colour to `expected` among a few stretches across the line from a to b
// (anti-aliasing blends its rims, and a value tag may cover part of it).
Closest closestAlong(const QImage &image, QPointF a, QPointF b, const QColor &expected)
{
    Closest best;
    const QPointF along = b - a;
    const double length = std::hypot(along.x(), along.y());
    const QPointF across(-along.y() / length, along.x() / length);
    for (double t : {0.25, 0.3, 0.35, 0.4, 0.5}) {
        for (int offset = -3; offset <= 3; ++offset) {
            const QPoint p = (a + along * t + across * offset).toPoint();
            if (!image.rect().contains(p))
                continue;
            const QColor c(image.pixel(p));
            const int d = channelDistance(c, expected);
            if (d < best.distance)
                best = {c, d};
        }
    }
    return best;
}

std::string describe(const QColor &c)
{
    return QStringLiteral("rgb(%1, %2, %3)").arg(c.red()).arg(c.green()).arg(c.blue()).toStdString();
}

class GradientCheckOverlay : public ::testing::Test {
protected:
    void SetUp() override
    {
        view.resize(900, 600);
        trace = test::handTrace();
        GradientCheck edited =
            checkGradients(bp::test::handNetwork(), bp::test::handInput(), bp::test::handTarget());
        // w²₁₁ far off, w¹₂₁ not checked; everything else as the check found it.
        edited.relativeErrorWeights[1](0, 0) = 1e-3;
        edited.relativeErrorWeights[0](1, 0) = kNaN;
        check = std::make_shared<const GradientCheck>(edited);
    }

    // The live view of the hand network (no phase on show), with its activations.
    NetworkScene liveScene() const
    {
        NetworkScene scene;
        scene.network = std::make_shared<const Network>(bp::test::handNetwork());
        scene.activations = {trace->input.col(0), trace->forward[0].activation.col(0),
                             trace->forward[1].activation.col(0)};
        return scene;
    }

    NetworkScene checkedScene() const
    {
        NetworkScene scene = liveScene();
        scene.gradientCheck = check;
        return scene;
    }

    QPointF centre(int layer, int neuron) const { return view.neuronRect(layer, neuron).center(); }

    NetworkView view;
    std::shared_ptr<const Trace> trace;
    std::shared_ptr<const GradientCheck> check;
};

TEST_F(GradientCheckOverlay, EdgesTakeTheColoursOfTheirRelativeErrors)
{
    view.setScene(checkedScene());
    const QImage image = renderView(view);

    const QColor alarmSide = palette::relativeErrorColor(1e-3);
    const Closest w2_11 = closestAlong(image, centre(1, 0), centre(2, 0), alarmSide);
    EXPECT_LE(w2_11.distance, 4) << "w²₁₁ (error 10⁻³) should be " << describe(alarmSide) << ", closest "
                                 << describe(w2_11.colour);

    // w²₂₂ keeps the error the check found, in that error's colour.
    const double ownError = check->relativeErrorWeights[1](1, 1);
    ASSERT_TRUE(std::isfinite(ownError));
    const QColor own = palette::relativeErrorColor(ownError);
    const Closest w2_22 = closestAlong(image, centre(1, 1), centre(2, 1), own);
    EXPECT_LE(w2_22.distance, 4) << "w²₂₂ (error " << ownError << ") should be " << describe(own)
                                 << ", closest " << describe(w2_22.colour);
    EXPECT_GT(channelDistance(own, alarmSide), 40) << "the two probes must tell the colours apart";

    // w¹₂₁ (input 1 → hidden 2) was not checked: a faint grey, not the alarm colour of a NaN.
    const QPointF a = centre(0, 0);
    const QPointF b = centre(1, 1);
    const QPointF p = a + (b - a) * 0.3;
    int greyish = 0;
    for (int dy = -3; dy <= 3; ++dy) {
        const QColor c(image.pixel(p.toPoint() + QPoint(0, dy)));
        const int spread =
            std::max({c.red(), c.green(), c.blue()}) - std::min({c.red(), c.green(), c.blue()});
        if (spread <= 8 && c.lightness() < 236 && c.lightness() > 150)
            ++greyish;
        EXPECT_GT(channelDistance(c, palette::alarmColor()), 60) << describe(c);
    }
    EXPECT_GE(greyish, 1) << "the unchecked edge is drawn in grey";

    // No edge shows the signed w scale any more: w¹₁₁ = 0.15 would be orange.
    const QPointF m = (centre(0, 0) + centre(1, 0)) / 2.0;
    EXPECT_EQ(test::countPixels(image, QRect(m.toPoint() - QPoint(6, 6), QSize(13, 13)), test::isOrange), 0);
}

TEST_F(GradientCheckOverlay, BiasMarkersTakeTheColoursOfTheirRelativeErrors)
{
    GradientCheck edited = *check;
    edited.relativeErrorBiases[1](0) = 1.0; // b²₁: the alarm colour itself
    NetworkScene scene = checkedScene();
    scene.gradientCheck = std::make_shared<const GradientCheck>(edited);
    view.setScene(scene);
    const QImage image = renderView(view);
    // The bias square sits at the upper left of its neuron.
    const QRectF neuron = view.neuronRect(2, 0);
    const QPointF corner = neuron.center() + QPointF(-0.86, -0.86) * (neuron.width() / 2.0);
    const QRect square(corner.toPoint() - QPoint(3, 3), QSize(7, 7));
    const QColor alarm = palette::alarmColor();
    EXPECT_GT(
        test::countPixels(image, square, [&](const QColor &c) { return channelDistance(c, alarm) <= 4; }),
        10);
}

TEST_F(GradientCheckOverlay, TheLegendShowsTheErrorScaleInsteadOfW)
{
    view.setScene(liveScene());
    ASSERT_FALSE(view.legendEntries().isEmpty());
    EXPECT_EQ(view.legendEntries().front().label, QStringLiteral("w"));

    view.setScene(checkedScene());
    const QList<LegendEntry> entries = view.legendEntries();
    ASSERT_FALSE(entries.isEmpty());
    EXPECT_EQ(entries.front().kind, LegendEntry::Kind::RelativeError);
    EXPECT_EQ(entries.front().label, QStringLiteral("relative error"));
    EXPECT_DOUBLE_EQ(entries.front().low, 1e-12);
    EXPECT_DOUBLE_EQ(entries.front().scale, 1.0);
    for (const LegendEntry &e : entries)
        EXPECT_NE(e.label, QStringLiteral("w"));
    EXPECT_EQ(entries.back().label, QStringLiteral("activation a")) << "the neurons are unchanged";
}

TEST_F(GradientCheckOverlay, TooltipsGiveTheRelativeError)
{
    // A frame refers to the scene's values: keep the scenes alive while it is used.
    const ValueScales scales;
    const NetworkScene checked = checkedScene();
    const NetworkScene plain = liveScene();
    {
        const SceneFrame frame(checked, scales);
        ASSERT_TRUE(frame.showsGradientCheck());
        const QString html = edgeTooltip(frame, 2, 0, 0);
        EXPECT_TRUE(html.contains(QStringLiteral("relative error"))) << html.toStdString();
        EXPECT_TRUE(html.contains(QStringLiteral("0.0010"))) << html.toStdString();
        EXPECT_TRUE(edgeTooltip(frame, 1, 1, 0).contains(QStringLiteral("not checked")));
        EXPECT_TRUE(neuronTooltip(frame, 1, 0).contains(QStringLiteral("relative error of b")));
    }
    {
        const SceneFrame frame(plain, scales);
        EXPECT_FALSE(edgeTooltip(frame, 2, 0, 0).contains(QStringLiteral("relative error")));
        EXPECT_FALSE(neuronTooltip(frame, 1, 0).contains(QStringLiteral("relative error")));
    }

    // Through the widget, over the middle of w²₁₁.
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.setScene(checkedScene());
    const QPoint at = ((centre(1, 0) + centre(2, 0)) / 2.0).toPoint();
    ASSERT_EQ(view.hitTest(at), (Selection{Selection::Kind::Edge, 2, 0, 0}));
    QHelpEvent help(QEvent::ToolTip, at, view.mapToGlobal(at));
    QApplication::sendEvent(&view, &help);
    EXPECT_TRUE(QToolTip::isVisible());
    EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("relative error")))
        << QToolTip::text().toStdString();
    QToolTip::hideText();
}

TEST_F(GradientCheckOverlay, WithoutACheckNothingChanges)
{
    view.setScene(liveScene());
    const QImage plain = renderView(view);
    const QList<LegendEntry> plainLegend = view.legendEntries();

    view.setScene(checkedScene());
    EXPECT_NE(renderView(view), plain) << "the check shows";

    NetworkScene cleared = checkedScene();
    cleared.gradientCheck = nullptr;
    view.setScene(cleared);
    EXPECT_EQ(renderView(view), plain) << "a null check draws exactly what no check draws";
    EXPECT_EQ(view.legendEntries(), plainLegend);

    // A check that does not fit the network (another shape) is ignored.
    NetworkScene misfit = liveScene();
    misfit.gradientCheck = std::make_shared<const GradientCheck>(
        checkGradients(Network({2, 3, 2}, {Activation::Logistic, Activation::Logistic}),
                       bp::test::handInput(), bp::test::handTarget()));
    view.setScene(misfit);
    EXPECT_EQ(renderView(view), plain);
}

TEST_F(GradientCheckOverlay, APhaseOnShowHidesTheCheck)
{
    for (int phase : {0, 3, 4, 6}) {
        NetworkScene scene = test::traceScene(trace, phase);
        view.setScene(scene);
        const QImage plain = renderView(view);
        const QList<LegendEntry> legend = view.legendEntries();
        scene.gradientCheck = check;
        view.setScene(scene);
        EXPECT_EQ(renderView(view), plain) << "phase " << phase;
        EXPECT_EQ(view.legendEntries(), legend) << "phase " << phase;
    }
}

// The 8-3-8 encoder with a check on show, for a person to look at. Skipped unless
// BP_SCREENSHOT_DIR names a folder.
TEST(GradientCheckOverlayPicture, Encoder838)
{
    const std::optional<QDir> folder = bp::test::screenshotFolder();
    if (!folder)
        GTEST_SKIP() << "set BP_SCREENSHOT_DIR to write the pictures";
    const QDir &dir = *folder;

    const Preset preset = makePreset("encoder-8-3-8");
    Trainer trainer(preset.makeNetwork(1), preset.dataset, preset.training);
    for (int epoch = 0; epoch < 200; ++epoch)
        trainer.runEpoch();
    const Matrix x = preset.dataset.inputs.col(0);
    const Matrix t = preset.dataset.targets.col(0);
    const Network &network = trainer.network();
    const Trace forward = traceSgdStep(network, x, t, 0.0);

    NetworkScene scene;
    scene.network = std::make_shared<const Network>(network);
    scene.activations = {x.col(0), forward.forward[0].activation.col(0),
                         forward.forward[1].activation.col(0)};
    scene.gradientCheck = std::make_shared<const GradientCheck>(checkGradients(network, x, t));

    NetworkView view;
    view.resize(1150, 800);
    view.setScene(scene);
    auto save = [&](const QString &name) {
        const QString path = dir.filePath(name + QStringLiteral(".png"));
        EXPECT_TRUE(renderView(view).save(path)) << path.toStdString();
        std::printf("[ picture  ] %s\n", qPrintable(path));
    };
    save(QStringLiteral("encoder-overlay"));

    // Some parameters unchecked and one alarming, with a weight selected: the states a class sees.
    GradientCheck edited = *scene.gradientCheck;
    for (int k = 0; k < 8; k += 2)
        edited.relativeErrorWeights[0](1, k) = kNaN;
    edited.relativeErrorBiases[0](1) = kNaN;
    edited.relativeErrorWeights[1](5, 2) = 3e-3;
    scene.gradientCheck = std::make_shared<const GradientCheck>(edited);
    view.setScene(scene);
    save(QStringLiteral("encoder-overlay-edited"));
    view.setSelection({Selection::Kind::Edge, 2, 5, 2});
    save(QStringLiteral("encoder-overlay-selected"));

    NetworkView hand;
    hand.resize(1150, 800);
    NetworkScene handScene;
    handScene.network = std::make_shared<const Network>(bp::test::handNetwork());
    handScene.gradientCheck = std::make_shared<const GradientCheck>(
        checkGradients(bp::test::handNetwork(), bp::test::handInput(), bp::test::handTarget()));
    hand.setScene(handScene);
    const QString path = dir.filePath(QStringLiteral("hand-overlay.png"));
    EXPECT_TRUE(renderView(hand).save(path));

    // MNIST-sized, with made-up errors (a real check of 100 000 weights takes minutes): the thinned
    // layers keep their strongest weights, a few of them alarming, half of layer 2 unchecked.
    Network mnist({784, 128, 10}, {Activation::Logistic, Activation::Logistic});
    mnist.initialize(InitScheme::Xavier, 3);
    GradientCheck made;
    for (int l = 1; l <= 2; ++l) {
        const Layer &layer = mnist.layer(l);
        made.relativeErrorWeights.push_back(
            Matrix::Constant(layer.weights.rows(), layer.weights.cols(), 2e-9));
        made.relativeErrorBiases.push_back(Vector::Constant(layer.biases.size(), 5e-10));
    }
    for (int j = 0; j < 128; j += 9)
        made.relativeErrorWeights[0].row(j).setConstant(4e-2);
    made.relativeErrorWeights[1].leftCols(64).setConstant(kNaN);
    made.relativeErrorWeights[1](3, 100) = 0.5;
    NetworkScene big;
    big.network = std::make_shared<const Network>(mnist);
    big.gradientCheck = std::make_shared<const GradientCheck>(made);
    NetworkView bigView;
    bigView.resize(1150, 800);
    bigView.setScene(big);
    EXPECT_TRUE(renderView(bigView).save(dir.filePath(QStringLiteral("mnist-overlay.png"))));
}

} // namespace
} // namespace bp::ui
